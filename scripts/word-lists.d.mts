// Types for the build's word-list encoder, imported by its tests.
export function frontCode(words: string[]): string | undefined;
export function compressWordSets(source: string): { source: string; changed: boolean };
export function wordListPlugin(coreDir: string): unknown;
