// Build-time sharing of a minified bundle's repeated literals: a string the bundle writes many
// times (`"person"` a hundred times over, as a kind compared and set) is written once, as a
// top-level variable, and named where it was. A string is a value: `x.kind === P` with
// `var P = "person"` is `x.kind === "person"`. A regular expression without the `g` or `y` flag,
// written only to be matched there (`/[.!?]$/.test(s)`), is shared too: such a one keeps no state
// between matches (test and exec never write its lastIndex), and the object goes nowhere else, so
// one object serves every place that wrote the same literal, where each evaluation made a new one.
//
// Left as written: a property's name (`{ "a b": 1 }`), a directive (`"use strict"`), the module
// a `require` names, and any literal whose sharing would not save a byte. The caller gives the
// names their short form afterwards (terser's mangler, top level included).
import ts from 'typescript';

/** The prefix of the names given to shared literals; the bundle must hold no name that starts with it. */
export const SHARED_PREFIX = '__wsShared';

/** Bytes of `text` in UTF-8. */
const bytes = (text) => Buffer.byteLength(text, 'utf8');

/** The literal nodes of `code` that may be named elsewhere, by key (a string's value, a regular expression's text). */
function shareableLiterals(source) {
  const found = new Map();
  const add = (key, node, raw) => {
    const entry = found.get(key) ?? { raw, nodes: [] };
    entry.nodes.push(node);
    found.set(key, entry);
  };
  const visit = (node) => {
    if (ts.isStringLiteral(node) && isStringValue(node)) add(`s${node.text}`, node, node.getText(source));
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(source);
      const flags = text.slice(text.lastIndexOf('/') + 1);
      if (!/[gy]/.test(flags) && isMatchedOnly(node)) add(`r${text}`, node, text);
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** Whether a string literal is a value an expression computes (not a name, a directive or a module). */
function isStringValue(node) {
  const parent = node.parent;
  if (parent.name === node) return false; // a property, method or accessor's name
  if (ts.isExpressionStatement(parent)) return false; // a directive ("use strict") or a bare string
  if (ts.isImportDeclaration(parent) || ts.isExportDeclaration(parent) || ts.isExternalModuleReference(parent)) return false;
  if (ts.isCallExpression(parent) && ts.isIdentifier(parent.expression) && parent.expression.text === 'require') return false;
  return true;
}

/**
 * Whether a regular expression is only matched where it is written (`/…/.test(x)`, `/…/.exec(x)`):
 * the object goes nowhere else, so no one can tell one shared object from a new one each time.
 */
function isMatchedOnly(node) {
  const access = node.parent;
  return ts.isPropertyAccessExpression(access) && access.expression === node && (access.name.text === 'test' || access.name.text === 'exec') && ts.isCallExpression(access.parent) && access.parent.expression === access;
}

/**
 * `code` with each repeated literal worth sharing written once, in a `var` before the first
 * statement after the directives, and named where it was (`${SHARED_PREFIX}0`, … ; the caller
 * mangles). `nameLength` is what a shared name is reckoned to cost once shortened.
 */
export function shareLiterals(code, { nameLength = 2 } = {}) {
  if (code.includes(SHARED_PREFIX)) throw new Error(`the bundle already holds a name starting with ${SHARED_PREFIX}`);
  const source = ts.createSourceFile('bundle.js', code, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const chosen = [];
  for (const entry of shareableLiterals(source).values()) {
    const size = bytes(entry.raw);
    // Each place saves the literal less the name; the declaration costs `,name=literal`.
    const saved = entry.nodes.length * (size - nameLength) - (nameLength + 2 + size);
    if (saved > 0) chosen.push({ ...entry, saved });
  }
  // The most saving first: the mangler gives the shortest names to the names written most.
  chosen.sort((a, b) => b.saved - a.saved);
  const edits = [];
  const declarations = chosen.map((entry, k) => {
    const name = `${SHARED_PREFIX}${k}`;
    for (const node of entry.nodes) edits.push({ start: node.getStart(source), end: node.getEnd(), name });
    return `${name}=${entry.raw}`;
  });
  if (declarations.length === 0) return { code, shared: 0 };
  const directives = [];
  for (const statement of source.statements) {
    if (!ts.isExpressionStatement(statement) || !ts.isStringLiteral(statement.expression)) break;
    directives.push(statement);
  }
  const at = directives.length ? directives[directives.length - 1].getEnd() : 0;
  edits.push({ start: at, end: at, name: `;var ${declarations.join(',')};` });
  edits.sort((a, b) => a.start - b.start);
  let out = '';
  let done = 0;
  for (const { start, end, name } of edits) {
    // A name set apart from the words around it (`return"x"` was one token after `return`).
    const before = /[\w$\u0080-\uffff]/.test(code[start - 1] ?? '') ? ' ' : '';
    const after = /[\w$\u0080-\uffff]/.test(code[end] ?? '') ? ' ' : '';
    out += code.slice(done, start) + before + name + after;
    done = end;
  }
  out += code.slice(done);
  return { code: out, shared: chosen.length };
}
