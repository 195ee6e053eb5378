// Types for the build's literal sharing, imported by its tests.
export const SHARED_PREFIX: string;
export function shareLiterals(code: string, options?: { nameLength?: number }): { code: string; shared: number };
