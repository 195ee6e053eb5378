// The production build writes a repeated literal once, as a top-level variable
// (scripts/shared-literals.mjs); what it leaves alone, and that the code computes the same.
import { strict as assert } from 'node:assert';
import { SHARED_PREFIX, shareLiterals } from '../../scripts/shared-literals.mjs';

/** What `code` (a function body) returns, run as written. */
const run = (code: string): unknown => new Function(code)();

describe('build: shared literals', () => {
  const program = [
    '"use strict";',
    'const kinds = ["person","person","person","word"];',
    'const o = {"person person person": 1, person: "person"};',
    'function f(x){if(x==="person")return"person";switch(x){case"person":return"personal"in o}return typeof x=="string"}',
    'const re1 = /^[A-Z][a-z]+$/u, re2 = /^[A-Z][a-z]+$/u, words = "Ann Bob cat".split(/\\s+/g);',
    'const matched = words.map((w) => /^[A-Z][a-z]+$/u.test(w) && re1.test(w) && re2.test(w) && !/^\\d+$/.test(w) && !/^\\d+$/.test(w + 1) && !/^\\d+$/.exec(w));',
    'const g = "a-b-c".replace(/-/g, "+") + "x-y".replace(/-/g, "*");',
    'return JSON.stringify([kinds, o, f("person"), f("word"), re1 === re2, matched, g, "person person person"]);',
  ].join('\n');

  it('computes the same, the directive first and names, module names and stateful expressions left alone', () => {
    const { code, shared } = shareLiterals(program, { nameLength: 1 });
    assert.ok(shared > 0, code);
    assert.equal(run(code), run(program));
    assert.ok(code.startsWith('"use strict";'), code);
    assert.ok(code.includes('{"person person person": 1, person: '), code);
    assert.ok(code.includes('"personal"in o'), code);
    assert.equal(code.match(/\/-\/g/g)?.length, 2, 'a `g` regular expression keeps its own object');
    assert.equal(code.match(/\/\^\[A-Z\]\[a-z\]\+\$\/u/g)?.length, 3, 'one kept in a variable keeps its own object');
    assert.equal(code.match(/\/\^\\d\+\$\/\.test/g), null, 'one only matched where it is written is shared');
    assert.match(code, new RegExp(`return ${SHARED_PREFIX}\\d+;switch`), 'a name after `return` stands apart');
  });

  it('leaves a literal that would not save a byte, and the `require` of a module', () => {
    const code = 'const a=require("vscode"),b=require("vscode"),c=require("vscode");return[a,"x","x"];';
    assert.deepEqual(shareLiterals(code), { code, shared: 0 });
  });

  it('refuses a bundle already holding a name it would give', () => {
    assert.throws(() => shareLiterals(`var ${SHARED_PREFIX}0=1;`), /already holds/);
  });
});
