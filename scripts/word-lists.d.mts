// Types for the build's word-list encoder, imported by its tests.
export function frontCode(words: string[]): string | undefined;
export function compressWordSets(source: string, replace?: (coded: string) => string): { source: string; changed: boolean };
export function codingSteps(text: string): [number, string][];
export function huffmanPacked(text: string): { symbols: string[]; counts: number[][]; length: number; data: string };
export function contextOf(c: number): number;
export function engineWordLists(coreDir: string): Promise<string[]>;
export function wordListPlugin(coreDir: string): unknown;
