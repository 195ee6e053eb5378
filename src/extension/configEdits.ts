// Edits to `.wirelintrc.json` made by quick fixes ("Add … to known people",
// "Disable … for this workspace"). No `vscode` here.
import type { RuleSetting } from '../core/types';
import { engine } from './engine';

export type ConfigEditResult = { text: string; changed: boolean } | { error: string };

/** Add `name` to `knownPeople` (unless it is there already). `text` undefined: the file does not exist yet. */
export function addKnownPerson(text: string | undefined, name: string, source = '.wirelintrc.json'): ConfigEditResult {
  const cleaned = name.replace(/\s+/g, ' ').trim();
  if (!cleaned) return { error: 'No name to add.' };
  return editConfig(text, source, (config) => {
    const list = Array.isArray(config.knownPeople) ? (config.knownPeople as unknown[]) : [];
    if (list.some((p) => typeof p === 'string' && p.trim().toLowerCase() === cleaned.toLowerCase())) return false;
    config.knownPeople = [...list, cleaned];
    return true;
  });
}

/** Set `rules.<ruleId>` to `setting`. */
export function setRule(text: string | undefined, ruleId: string, setting: RuleSetting, source = '.wirelintrc.json'): ConfigEditResult {
  return editConfig(text, source, (config) => {
    const rules = config.rules && typeof config.rules === 'object' && !Array.isArray(config.rules) ? (config.rules as Record<string, unknown>) : {};
    if (rules[ruleId] === setting) return false;
    config.rules = { ...rules, [ruleId]: setting };
    return true;
  });
}

function editConfig(text: string | undefined, source: string, change: (config: Record<string, unknown>) => boolean): ConfigEditResult {
  let config: Record<string, unknown> = {};
  const body = text === undefined ? '' : text.replace(/^\uFEFF/, '');
  if (body.trim() !== '') {
    let parsed: unknown;
    try {
      parsed = JSON.parse(body);
    } catch {
      // parseConfig words and places the syntax error for the message.
      const problem = engine().parseConfig(body, source).problems[0];
      return { error: `${source} is not valid JSON${problem ? ` (line ${problem.line}: ${problem.message})` : ''}; fix it first.` };
    }
    if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) return { error: `${source} must hold a JSON object; fix it first.` };
    config = parsed as Record<string, unknown>;
  }
  const changed = change(config);
  if (!changed) return { text: text ?? '', changed: false };
  // Keep the file's own indentation if it has one.
  const indent = /\n([ \t]+)"/.exec(body)?.[1] ?? '  ';
  return { text: `${JSON.stringify(config, null, indent)}\n`, changed: true };
}
