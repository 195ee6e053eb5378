import type { AnalyzeOptions, QuoteStyle, RuleSetting } from './types';
import { FOREIGN_STANDALONE_CITIES, STANDALONE_PLACES, US_STANDALONE_CITIES } from './data/datelines';
import { SPEECH_VERBS } from './data/words';

export const QUOTE_STYLES: readonly QuoteStyle[] = ['consistent', 'curly', 'straight'];
/** The choices as a message names them, for the configuration file and the setting alike. */
export const QUOTE_STYLE_CHOICES = '"consistent", "curly" or "straight"';

export function isQuoteStyle(value: unknown): value is QuoteStyle {
  return typeof value === 'string' && (QUOTE_STYLES as readonly string[]).includes(value);
}

/** Options with defaults applied and lists turned into sets for O(1) look-ups. */
export interface ResolvedOptions {
  rules: Record<string, RuleSetting>;
  /** Shared between analyses when no extras are configured: read only. */
  standaloneCities: ReadonlySet<string>;
  speechVerbs: ReadonlySet<string>;
  knownPeople: string[];
  knownOrganizations: Set<string>;
  agencies: Set<string>;
  inheritFromParaphrase: boolean;
  quoteStyle: QuoteStyle;
}

// The built-in lists as sets, made once: most analyses add nothing to them, and building
// them afresh on every keystroke cost more than linting a short story.
let defaultCities: Set<string> | undefined;
let defaultVerbs: Set<string> | undefined;

export function resolveOptions(options: AnalyzeOptions = {}): ResolvedOptions {
  const upper = (xs: string[] | undefined) => (xs ?? []).map((x) => x.trim().toUpperCase()).filter(Boolean);
  const extraCities = upper(options.standaloneCities);
  const extraVerbs = (options.speechVerbs ?? []).map((v) => v.trim().toLowerCase()).filter(Boolean);
  defaultCities ??= new Set([...US_STANDALONE_CITIES, ...FOREIGN_STANDALONE_CITIES, ...STANDALONE_PLACES]);
  defaultVerbs ??= new Set(SPEECH_VERBS);
  return {
    rules: { ...(options.rules ?? {}) },
    standaloneCities: extraCities.length ? new Set([...defaultCities, ...extraCities]) : defaultCities,
    speechVerbs: extraVerbs.length ? new Set([...defaultVerbs, ...extraVerbs]) : defaultVerbs,
    knownPeople: (options.knownPeople ?? []).map((p) => p.trim()).filter(Boolean),
    knownOrganizations: new Set((options.knownOrganizations ?? []).map((o) => o.trim()).filter(Boolean)),
    agencies: new Set(['AP', ...(options.agencies ?? []).map((a) => a.trim()).filter(Boolean)]),
    inheritFromParaphrase: options.inheritFromParaphrase ?? true,
    quoteStyle: options.quoteStyle ?? 'consistent',
  };
}
