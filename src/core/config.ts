// `.wirelintrc.json` → AnalyzeOptions. Pure TypeScript (the extension runs it
// in a web worker too). The file is parsed by a small JSON scanner of our own
// rather than JSON.parse: engines word and place syntax errors differently, and
// we want every problem (syntax or schema) at a 1-based line and column.
//
// Format:
//   {
//     "$schema": "…",                                  (ignored: for editors)
//     "rules": { "<rule-id>": "off" | "info" | "warning" | "error" },
//     "standaloneCities": ["…"], "speechVerbs": ["…"], "knownPeople": ["…"],
//     "knownOrganizations": ["…"], "agencies": ["…"],
//     "inheritFromParaphrase": true | false,
//     "quoteStyle": "consistent" | "curly" | "straight"
//   }

import { isQuoteStyle, QUOTE_STYLE_CHOICES } from './options';
import type { AnalyzeOptions, RuleSetting } from './types';
import { rules } from './rules';

export interface ConfigProblem {
  source: string;
  /** 1-based line and column (UTF-16 units) of the offending text. */
  line: number;
  column: number;
  message: string;
}

export const CONFIG_FILE_NAME = '.wirelintrc.json';

const RULE_SETTINGS: readonly RuleSetting[] = ['off', 'info', 'warning', 'error'];

type ListKey = 'standaloneCities' | 'speechVerbs' | 'knownPeople' | 'knownOrganizations' | 'agencies';
const LIST_KEYS: readonly ListKey[] = ['standaloneCities', 'speechVerbs', 'knownPeople', 'knownOrganizations', 'agencies'];
const TOP_LEVEL_KEYS = ['$schema', 'rules', ...LIST_KEYS, 'inheritFromParaphrase', 'quoteStyle'];

// ---------------------------------------------------------------------------
// JSON scanner: strict JSON (RFC 8259), every value keeps its offset.

type JsonNode =
  | { type: 'object'; start: number; members: JsonMember[] }
  | { type: 'array'; start: number; items: JsonNode[] }
  | { type: 'string'; start: number; value: string }
  | { type: 'number'; start: number; value: number }
  | { type: 'boolean'; start: number; value: boolean }
  | { type: 'null'; start: number };

interface JsonMember {
  key: string;
  keyStart: number;
  value: JsonNode;
}

class JsonSyntaxError extends Error {
  constructor(
    message: string,
    readonly offset: number,
  ) {
    super(message);
  }
}

const MAX_DEPTH = 64; // a config is shallow; bound recursion on hostile input

/** Parse strict JSON; throws JsonSyntaxError with the offset of the first problem. */
function parseJson(text: string): JsonNode {
  let pos = 0;

  const describe = (at: number): string => {
    if (at >= text.length) return 'end of file';
    const c = text[at];
    return c === '\n' || c === '\r' ? 'end of line' : `'${c}'`;
  };
  const fail = (message: string, at = pos): never => {
    throw new JsonSyntaxError(message, at);
  };
  const skipWhitespace = () => {
    while (pos < text.length) {
      const c = text.charCodeAt(pos);
      if (c === 32 || c === 9 || c === 10 || c === 13) pos++;
      else if (c === 47 && (text[pos + 1] === '/' || text[pos + 1] === '*')) fail('Comments are not allowed in JSON');
      else break;
    }
  };

  const parseValue = (depth: number): JsonNode => {
    if (depth > MAX_DEPTH) fail('Too deeply nested');
    skipWhitespace();
    const start = pos;
    const c = text[pos];
    if (c === '{') return parseObject(depth);
    if (c === '[') return parseArray(depth);
    if (c === '"') return { type: 'string', start, value: parseString() };
    if (c === '-' || (c >= '0' && c <= '9')) return parseNumber();
    for (const [word, node] of [
      ['true', { type: 'boolean', start, value: true }],
      ['false', { type: 'boolean', start, value: false }],
      ['null', { type: 'null', start }],
    ] as const) {
      if (text.startsWith(word, pos)) {
        pos += word.length;
        return node;
      }
    }
    if (c === "'") return fail('Strings must use double quotes');
    return fail(`Expected a value but found ${describe(pos)}`);
  };

  const parseObject = (depth: number): JsonNode => {
    const start = pos++;
    const members: JsonMember[] = [];
    skipWhitespace();
    if (text[pos] === '}') {
      pos++;
      return { type: 'object', start, members };
    }
    for (;;) {
      skipWhitespace();
      if (text[pos] !== '"') {
        if (text[pos] === '}' && members.length > 0) fail('Trailing comma is not allowed');
        fail(`Expected a property name in double quotes but found ${describe(pos)}`);
      }
      const keyStart = pos;
      const key = parseString();
      skipWhitespace();
      if (text[pos] !== ':') fail(`Expected ':' after property name but found ${describe(pos)}`);
      pos++;
      const value = parseValue(depth + 1);
      members.push({ key, keyStart, value });
      skipWhitespace();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      if (text[pos] === '}') {
        pos++;
        return { type: 'object', start, members };
      }
      fail(`Expected ',' or '}' but found ${describe(pos)}`);
    }
  };

  const parseArray = (depth: number): JsonNode => {
    const start = pos++;
    const items: JsonNode[] = [];
    skipWhitespace();
    if (text[pos] === ']') {
      pos++;
      return { type: 'array', start, items };
    }
    for (;;) {
      skipWhitespace();
      if (text[pos] === ']' && items.length > 0) fail('Trailing comma is not allowed');
      items.push(parseValue(depth + 1));
      skipWhitespace();
      if (text[pos] === ',') {
        pos++;
        continue;
      }
      if (text[pos] === ']') {
        pos++;
        return { type: 'array', start, items };
      }
      fail(`Expected ',' or ']' but found ${describe(pos)}`);
    }
  };

  const parseString = (): string => {
    pos++; // opening quote
    let out = '';
    for (;;) {
      if (pos >= text.length) fail('Unterminated string');
      const c = text.charCodeAt(pos);
      if (c === 34) {
        pos++;
        return out;
      }
      if (c === 10 || c === 13) fail('Unterminated string (line break inside a string)');
      if (c < 32) fail('Control character in string');
      if (c !== 92) {
        out += text[pos++];
        continue;
      }
      const e = text[pos + 1];
      const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
      if (e !== undefined && e in simple) {
        out += simple[e];
        pos += 2;
      } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(pos + 2, pos + 6))) {
        out += String.fromCharCode(parseInt(text.slice(pos + 2, pos + 6), 16));
        pos += 6;
      } else {
        fail('Invalid escape sequence in string');
      }
    }
  };

  const parseNumber = (): JsonNode => {
    const start = pos;
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(pos, pos + 400));
    if (!m) return fail('Invalid number');
    pos += m[0].length;
    return { type: 'number', start, value: Number(m[0]) };
  };

  const root = parseValue(0);
  skipWhitespace();
  if (pos < text.length) fail(`Unexpected ${describe(pos)} after the end of the JSON value`);
  return root;
}

// ---------------------------------------------------------------------------

/** 1-based line and column of `offset` (a line break is \n, \r\n or \r). */
function lineColumn1(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = 0; i < offset && i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || (c === 13 && text.charCodeAt(i + 1) !== 10)) {
      line++;
      lineStart = i + 1;
    }
  }
  return { line, column: offset - lineStart + 1 };
}

/** Levenshtein distance, for "did you mean" on rule ids. */
function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    for (let j = 1; j <= b.length; j++) {
      cur[j] = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    }
    prev = cur;
  }
  return prev[b.length];
}

/** The closest of `candidates` to `word`, if it is close enough to be a likely typo. */
export function closestMatch(word: string, candidates: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const c of candidates) {
    const d = editDistance(word.toLowerCase(), c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  // Allow roughly one typo per three characters, and at least two edits.
  return best !== undefined && bestDistance <= Math.max(2, Math.floor(word.length / 3)) ? best : undefined;
}

const typeName = (node: JsonNode): string => (node.type === 'object' ? 'an object' : node.type === 'array' ? 'an array' : node.type === 'null' ? 'null' : `a ${node.type}`);

/**
 * Parse the text of a `.wirelintrc.json`. Never throws. A syntax error gives
 * one problem and default options; a key with the wrong type or an unknown
 * key gives a problem and is ignored while the rest still applies.
 */
export function parseConfig(text: string, source: string): { options: AnalyzeOptions; problems: ConfigProblem[] } {
  const problems: ConfigProblem[] = [];
  // A BOM is not JSON whitespace but editors on Windows write one.
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  // Positions are reported against the file as the user sees it: after the BOM.
  const report = (offset: number, message: string) => problems.push({ source, ...lineColumn1(body, offset), message });

  if (body.trim() === '') {
    report(0, 'Configuration file is empty; expected a JSON object. The defaults apply');
    return { options: {}, problems };
  }
  let root: JsonNode;
  try {
    root = parseJson(body);
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    report(e.offset, `Invalid JSON: ${e.message}. The whole file is ignored and the defaults apply`);
    return { options: {}, problems };
  }
  if (root.type !== 'object') {
    report(root.start, `Configuration must be a JSON object, not ${typeName(root)}. The whole file is ignored and the defaults apply`);
    return { options: {}, problems };
  }

  const options: AnalyzeOptions = {};
  const seen = new Set<string>();
  for (const member of root.members) {
    const { key, keyStart, value } = member;
    if (seen.has(key)) report(keyStart, `Duplicate key "${key}"; the last one wins`);
    seen.add(key);
    if (key === '$schema') {
      if (value.type !== 'string') report(value.start, `"$schema" must be a string, not ${typeName(value)}`);
    } else if (key === 'rules') {
      const parsed = parseRules(value, report);
      if (parsed) options.rules = parsed;
      else delete options.rules;
    } else if (key === 'inheritFromParaphrase') {
      if (value.type === 'boolean') options.inheritFromParaphrase = value.value;
      else {
        report(value.start, `"inheritFromParaphrase" must be true or false, not ${typeName(value)}; ignored`);
        delete options.inheritFromParaphrase;
      }
    } else if (key === 'quoteStyle') {
      if (value.type === 'string' && isQuoteStyle(value.value)) options.quoteStyle = value.value;
      else {
        const shown = value.type === 'string' ? `"${value.value}"` : typeName(value);
        report(value.start, `"quoteStyle" must be ${QUOTE_STYLE_CHOICES}, not ${shown}; ignored`);
        delete options.quoteStyle;
      }
    } else if ((LIST_KEYS as readonly string[]).includes(key)) {
      const list = parseStringList(key, value, report);
      if (list) options[key as ListKey] = list;
      else delete options[key as ListKey];
    } else {
      const guess = closestMatch(key, TOP_LEVEL_KEYS);
      report(keyStart, `Unknown setting "${key}"${guess ? ` (did you mean "${guess}"?)` : ''}; known settings: ${TOP_LEVEL_KEYS.filter((k) => k !== '$schema').join(', ')}`);
    }
  }
  return { options, problems };
}

function parseRules(node: JsonNode, report: (offset: number, message: string) => void): Record<string, RuleSetting> | undefined {
  if (node.type !== 'object') {
    report(node.start, `"rules" must be an object mapping rule ids to "off", "info", "warning" or "error", not ${typeName(node)}; ignored`);
    return undefined;
  }
  const knownIds = rules.map((r) => r.meta.id);
  const out: Record<string, RuleSetting> = {};
  for (const { key, keyStart, value } of node.members) {
    if (!knownIds.includes(key)) {
      const guess = closestMatch(key, knownIds);
      report(keyStart, `Unknown rule "${key}"${guess ? `; did you mean "${guess}"?` : ''}`);
      continue;
    }
    if (value.type === 'string' && (RULE_SETTINGS as readonly string[]).includes(value.value)) {
      out[key] = value.value as RuleSetting;
    } else {
      const shown = value.type === 'string' ? `"${value.value}"` : typeName(value);
      report(value.start, `Rule "${key}": setting must be "off", "info", "warning" or "error", not ${shown}; ignored`);
    }
  }
  return out;
}

function parseStringList(key: string, node: JsonNode, report: (offset: number, message: string) => void): string[] | undefined {
  if (node.type !== 'array') {
    report(node.start, `"${key}" must be an array of strings, not ${typeName(node)}; ignored`);
    return undefined;
  }
  const bad = node.items.find((item) => item.type !== 'string');
  if (bad) {
    report(bad.start, `"${key}" must contain only strings, found ${typeName(bad)}; "${key}" ignored`);
    return undefined;
  }
  return node.items.map((item) => (item as { value: string }).value);
}

/** Layer `override` on `base`: rule settings from `override` win; lists are joined without duplicates. */
export function mergeOptions(base: AnalyzeOptions, override: AnalyzeOptions): AnalyzeOptions {
  const out: AnalyzeOptions = {};
  if (base.rules || override.rules) out.rules = { ...base.rules, ...override.rules };
  for (const key of LIST_KEYS) {
    const a = base[key];
    const b = override[key];
    if (a || b) out[key] = [...new Set([...(a ?? []), ...(b ?? [])])];
  }
  const inherit = override.inheritFromParaphrase ?? base.inheritFromParaphrase;
  if (inherit !== undefined) out.inheritFromParaphrase = inherit;
  const quoteStyle = override.quoteStyle ?? base.quoteStyle;
  if (quoteStyle !== undefined) out.quoteStyle = quoteStyle;
  return out;
}
