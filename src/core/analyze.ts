import type { AnalyzeOptions, Analysis, Finding, Severity, Story } from './types';
import { resolveOptions, type ResolvedOptions } from './options';
import { parseStory } from './story';
import { findQuotations } from './quotes';
import { attributeQuotations } from './attribution';
import { rules } from './rules';

/** Build the story model (blocks, quotations, people) without running rules. */
export function buildStory(text: string, options: ResolvedOptions): Story {
  const story = parseStory(text, options);
  findQuotations(story);
  attributeQuotations(story, options);
  return story;
}

/** Text in, model and findings out. Never throws on any string input. */
export function analyzeStory(text: string, options: AnalyzeOptions = {}): Analysis {
  const resolved = resolveOptions(options);
  const story = buildStory(text, resolved);
  return { story, findings: runRules(story, resolved) };
}

export function runRules(story: Story, options: ResolvedOptions): Finding[] {
  const findings: Finding[] = [];
  for (const rule of rules) {
    const setting = options.rules[rule.meta.id] ?? rule.meta.defaultSeverity;
    if (setting === 'off') continue;
    const severity: Severity = setting;
    rule.check({
      story,
      options,
      report(f) {
        findings.push({ rule: rule.meta.id, severity: options.rules[rule.meta.id] ? severity : (f.severity ?? severity), message: f.message, start: f.start, end: f.end, ...(f.fix ? { fix: f.fix } : {}), ...(f.suggestions ? { suggestions: f.suggestions } : {}) });
      },
    });
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return findings;
}
