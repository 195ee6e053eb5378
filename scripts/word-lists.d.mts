// Types for the build's word-list encoder, imported by its tests.
export function frontCode(words: string[]): string | undefined;
export function compressWordSets(source: string, replace?: (coded: string) => string): { source: string; changed: boolean };
export function codingSteps(text: string): [number, string][];
export function huffmanPacked(text: string): { groups: string; tables: string; length: number; data: string };
export function placeOf(c: number): number;
export const PLACES: number;
export type PlainValue = string | PlainValue[] | { entries: [string, PlainValue, boolean][] };
export function plainData(value: PlainValue): unknown;
export function dataLiterals(source: string, keepsName?: (name: string) => boolean): { start: number; end: number; value: PlainValue; coded: string }[];
export function compressDataLiterals(source: string, replace: (coded: string) => string, keepsName?: (name: string) => boolean): { source: string; changed: boolean };
export function engineWordLists(coreDir: string): Promise<string[]>;
export function engineDataLiterals(coreDir: string, keepsName?: (name: string) => boolean): Promise<string[]>;
export function enginePack(coreDir: string, keepsName?: (name: string) => boolean): Promise<{ lists: string[]; tables: string[]; pack: { groups: string; tables: string; length: number; data: string } }>;
export function wordListPlugin(coreDir: string): unknown;
