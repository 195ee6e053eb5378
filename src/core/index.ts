// Public surface of the engine. Pure TypeScript: no `vscode`, no Node built-ins.
export * from './types';
export { analyzeStory, buildStory, runRules } from './analyze';
export { createStoryCache, type StoryCache } from './dayFile';
export { resolveOptions, type ResolvedOptions } from './options';
export { applyFixes } from './fixes';
export { computeLineStarts, offsetToLineCol, spanToRange1 } from './lines';
export { rules, ruleById } from './rules';
export { personAt, quotationAt } from './query';
export { curlyQuoteEdits } from './rules/quote-style-mixed';
