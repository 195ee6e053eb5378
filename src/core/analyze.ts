import type { AnalyzeOptions, Analysis, Finding, Severity, Story } from './types';
import { resolveOptions, type ResolvedOptions } from './options';
import { parseStory, splitText, type TextLines } from './story';
import { findQuotations } from './quotes';
import { attributeQuotations } from './attribution';
import { rules } from './rules';
import { joinStories, storyLines, storyTexts, type StoryCache } from './dayFile';
import { messageWithLine } from './lines';

/** Build the story model (blocks, quotations, people) without running rules. */
export function buildStory(text: string, options: ResolvedOptions): Story {
  return analyzeText(text, options, false).story;
}

/**
 * Text in, model and findings out. Never throws on any string input. With a `cache`, the
 * stories of a day file whose text has not changed since the last call are not analysed again.
 */
export function analyzeStory(text: string, options: AnalyzeOptions = {}, cache?: StoryCache): Analysis {
  const resolved = resolveOptions(options);
  return analyzeText(text, resolved, true, cache, cache && JSON.stringify(options));
}

function analyzeText(text: string, options: ResolvedOptions, withRules: boolean, cache?: StoryCache, optionsKey?: string): Analysis {
  const split = splitText(text);
  // Without a cache the file is read in one pass: it gives what joining its stories would (the
  // engine reads nothing across a slug line; a test holds the two equal), without the copies.
  if (!cache || split.segments.length <= 1) {
    // (A day file cut down to one story: the cache lets go of the others.)
    cache?.byText.clear();
    return analyzeOne(text, options, withRules, split);
  }
  // A story of a file quoted in an e-mail is read past the quote marks: its cached reading
  // from before the file was (or was no longer) quoted is stale.
  const cacheKey = `${optionsKey}\n${split.quotedEmail}`;
  if (cache.optionsKey !== cacheKey) {
    cache.optionsKey = cacheKey;
    cache.byText.clear();
  }
  // A day file with a cache (an editor's document): each story on its own (see dayFile.ts), and
  // those the cache holds from the last call are not analysed again.
  const kept = new Map<string, Analysis>();
  const joined = joinStories(text, split);
  for (const piece of storyTexts(text, split)) {
    const analysis = cache.byText.get(piece.text) ?? analyzeOne(piece.text, options, withRules, storyLines(piece, split));
    kept.set(piece.text, analysis);
    joined.add(piece.offset, piece.line, analysis);
  }
  // Keep only this text's stories: a cache holds one version of one document.
  cache.byText = kept;
  return joined.finish();
}

function analyzeOne(text: string, options: ResolvedOptions, withRules: boolean, split: TextLines): Analysis {
  const story = parseStory(text, options, split);
  findQuotations(story);
  attributeQuotations(story, options);
  return { story, findings: withRules ? runRules(story, options) : [] };
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
        const finding: Finding = { rule: rule.meta.id, severity: options.rules[rule.meta.id] ? severity : (f.severity ?? severity), message: f.message, start: f.start, end: f.end, ...(f.fix ? { fix: f.fix } : {}), ...(f.suggestions ? { suggestions: f.suggestions } : {}) };
        if (f.refersTo) Object.assign(finding, { refersTo: f.refersTo, messageTemplate: f.message, message: messageWithLine(f.message, story.lineStarts, f.refersTo) });
        findings.push(finding);
      },
    });
  }
  findings.sort((a, b) => a.start - b.start || a.end - b.end || a.rule.localeCompare(b.rule));
  return findings;
}
