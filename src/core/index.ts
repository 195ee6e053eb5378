// Public surface of the engine. Pure TypeScript: no `vscode`, no Node built-ins.
export * from './types';
export { analyzeStory, buildStory, runRules } from './analyze';
export { createStoryCache, type StoryCache } from './dayFile';
export { resolveOptions, isQuoteStyle, QUOTE_STYLE_CHOICES, type ResolvedOptions } from './options';
export { parseConfig, mergeOptions, type ConfigProblem } from './config';
export { applyFixes } from './fixes';
export { computeLineStarts, offsetToLineCol, spanToRange1, collapseWhiteSpace, sortByStart } from './lines';
export { rules, ruleById } from './rules';
export { personAt, quotationAt } from './query';
export { curlyQuoteEdits } from './rules/quote-style-mixed';
