import type { AnalyzeOptions, RuleSetting } from './types';
import { FOREIGN_STANDALONE_CITIES, US_STANDALONE_CITIES } from './data/datelines';
import { SPEECH_VERBS } from './data/words';

/** Options with defaults applied and lists turned into sets for O(1) look-ups. */
export interface ResolvedOptions {
  rules: Record<string, RuleSetting>;
  standaloneCities: Set<string>;
  speechVerbs: Set<string>;
  knownPeople: string[];
  knownOrganizations: Set<string>;
  agencies: Set<string>;
  inheritFromParaphrase: boolean;
}

export function resolveOptions(options: AnalyzeOptions = {}): ResolvedOptions {
  const upper = (xs: string[] | undefined) => (xs ?? []).map((x) => x.trim().toUpperCase()).filter(Boolean);
  return {
    rules: { ...(options.rules ?? {}) },
    standaloneCities: new Set([...US_STANDALONE_CITIES, ...FOREIGN_STANDALONE_CITIES, ...upper(options.standaloneCities)]),
    speechVerbs: new Set([...SPEECH_VERBS, ...(options.speechVerbs ?? []).map((v) => v.trim().toLowerCase()).filter(Boolean)]),
    knownPeople: (options.knownPeople ?? []).map((p) => p.trim()).filter(Boolean),
    knownOrganizations: new Set((options.knownOrganizations ?? []).map((o) => o.trim()).filter(Boolean)),
    agencies: new Set(['AP', ...(options.agencies ?? []).map((a) => a.trim()).filter(Boolean)]),
    inheritFromParaphrase: options.inheritFromParaphrase ?? true,
  };
}
