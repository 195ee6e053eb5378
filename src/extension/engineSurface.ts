// What of the engine the extension uses, and so what its bundles load at the first lint
// (src/extension/engine.ts): the engine's other exports serve the CLI.
export { analyzeStory, buildStory, createStoryCache, curlyQuoteEdits, resolveOptions, isQuoteStyle, QUOTE_STYLE_CHOICES, parseConfig, mergeOptions, applyFixes, computeLineStarts, offsetToLineCol, collapseWhiteSpace, sortByStart, personAt } from '../core/index';
