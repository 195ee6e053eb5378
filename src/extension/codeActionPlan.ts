// Which code actions to offer for a range of a story, and the edits they make.
// No `vscode` here; codeActions.ts turns the plan into vscode.CodeActions.
import type { Finding, Span, Story, TextEdit } from '../core/types';
import { engine } from './engine';
import { diffEdits } from './textEdits';

export type PlannedAction =
  | { type: 'fix'; title: string; edits: TextEdit[]; findings: Finding[]; preferred: boolean }
  // Fix-all edits are computed only when the action is picked (resolveCodeAction).
  | { type: 'fixAllRule'; title: string; rule: string; edits: () => TextEdit[]; findings: Finding[] }
  | { type: 'fixAll'; title: string; edits: () => TextEdit[]; findings: Finding[] }
  | { type: 'addKnownPerson'; title: string; name: string; findings: Finding[] }
  | { type: 'disableRule'; title: string; rule: string; findings: Finding[] };

export type PlanStory = Pick<Story, 'text' | 'quotations'>;

const isFixable = (f: Finding) => !!f.fix && f.fix.edits.length > 0;

function touches(f: Span, range: Span): boolean {
  // A cursor (empty range) at either end of a finding counts as on it.
  return f.start <= range.end && range.start <= f.end;
}

/** Quick fixes for the findings touching `range`, in the order VS Code should list them. */
export function planCodeActions(
  story: PlanStory,
  findings: readonly Finding[],
  range: Span,
  reanalyze?: (text: string) => readonly Finding[],
): PlannedAction[] {
  const here = findings.filter((f) => touches(f, range));
  if (here.length === 0) return [];
  const actions: PlannedAction[] = [];

  const fixableHere = here.filter(isFixable);
  for (const f of fixableHere) {
    actions.push({ type: 'fix', title: f.fix!.title, edits: f.fix!.edits, findings: [f], preferred: fixableHere.length === 1 });
  }
  // Choices for a person to make (`Write “Dale Ruud”` / `Write “Gary Ruud”`): never preferred,
  // never part of a fix-all.
  for (const f of here) {
    for (const s of f.suggestions ?? []) actions.push({ type: 'fix', title: s.title, edits: s.edits, findings: [f], preferred: false });
  }

  for (const f of here) {
    if (f.rule !== 'attribution-unknown') continue;
    const name = unknownName(story, f);
    if (name && !actions.some((a) => a.type === 'addKnownPerson' && a.name === name)) {
      actions.push({ type: 'addKnownPerson', title: `Add ‘${name}’ to known people`, name, findings: [f] });
    }
  }

  // Fix-all per rule, for rules with more than one fixable finding in the document.
  const rulesHere = [...new Set(fixableHere.map((f) => f.rule))];
  for (const rule of rulesHere) {
    const ofRule = findings.filter((f) => f.rule === rule && isFixable(f));
    if (ofRule.length < 2) continue;
    actions.push({
      type: 'fixAllRule',
      title: `Fix all ${rule} problems`,
      rule,
      edits: () => fixAllEdits(story.text, ofRule, reanalyze && ((t) => reanalyze(t).filter((f) => f.rule === rule))),
      findings: ofRule,
    });
  }

  const allFixable = findings.filter(isFixable);
  if (allFixable.length > 1 && fixableHere.length > 0) {
    actions.push({ type: 'fixAll', title: 'Fix all auto-fixable problems', edits: () => fixAllEdits(story.text, allFixable, reanalyze), findings: allFixable });
  }

  for (const rule of [...new Set(here.map((f) => f.rule))]) {
    actions.push({ type: 'disableRule', title: `Disable ${rule} for this workspace`, rule, findings: here.filter((f) => f.rule === rule) });
  }
  return actions;
}

/**
 * The edits of every fix applied together by the engine's applyFixes (which
 * skips fixes that overlap), as small edits against the current text. With
 * `reanalyze`, the fixed text is linted again and fixed again, up to
 * `maxPasses` times, so fixes skipped for overlapping land too.
 */
export function fixAllEdits(
  text: string,
  findings: readonly Finding[],
  reanalyze?: (text: string) => readonly Finding[],
  maxPasses = 10,
): TextEdit[] {
  let current = text;
  let pending = findings;
  for (let pass = 0; pass < maxPasses; pass++) {
    const { text: fixed, applied } = engine().applyFixes(current, pending);
    if (applied === 0 || fixed === current) break;
    current = fixed;
    if (!reanalyze) break;
    pending = reanalyze(current);
  }
  return current === text ? [] : diffEdits(text, current);
}

/**
 * The name an attribution-unknown finding is about: the unresolved name the
 * engine recorded on the quotation's attribution, else the flagged words when
 * they look like a name (`Odum`, `Ruth Abara`).
 */
export function unknownName(story: PlanStory, finding: Finding): string | undefined {
  for (const q of story.quotations) {
    const a = q.attribution;
    if (!a?.unresolvedName) continue;
    const at = a.subject ?? q;
    if (at.start < finding.end && finding.start < at.end) return a.unresolvedName;
  }
  const written = story.text.slice(finding.start, finding.end).replace(/\s+/g, ' ').trim();
  return /^\p{Lu}[\p{L}'’.-]*(?: \p{Lu}[\p{L}'’.-]*){0,3}$/u.test(written) ? written : undefined;
}
