// Benchmark inputs, generated from original wire stories: the shared test
// fixtures (test/fixtures/stories/*.wire) when present, else the three stories
// in bench/stories/. Each story is taken apart with the engine (blocks) and
// written out again in each paragraph layout, so the same copy is measured in
// blank-line, tab-indented and hard-wrapped form.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
export const repoRoot = join(here, '..');

export const LAYOUTS = ['blank', 'indented', 'wrapped'];
const HEADER_KINDS = new Set(['slug', 'headline', 'editorsNote', 'byline']);
const BODY_KINDS = new Set(['dateline', 'paragraph', 'subhead', 'caption']);

/**
 * The story files the inputs are made of: the shared fixtures
 * (test/fixtures/stories/*.wire) and the bench's own stories (bench/stories/,
 * longer, so there is a story near 5 KB), and the folders they came from.
 */
export function sourceStories() {
  const dirs = [join(repoRoot, 'test/fixtures/stories'), join(here, 'stories')].filter((d) => existsSync(d));
  const stories = [];
  for (const dir of dirs) {
    const all = readdirSync(dir).filter((f) => f.endsWith('.wire'));
    // The fixtures hold each story in several layouts (`x.wire`, `x.indented.wire`, …): one copy each is
    // enough, since every story is laid out again in each layout here.
    const files = all.filter((f) => !/\.(?:indented|wrapped|indented-wrapped|blank|crlf)\.wire$/.test(f) || !all.includes(f.replace(/\.[a-z-]+\.wire$/, '.wire'))).sort();
    for (const f of files) stories.push({ name: f, text: readFileSync(join(dir, f), 'utf8').replace(/^\uFEFF/, '') });
  }
  return { dir: dirs.map((d) => relative(repoRoot, d)).join(' and '), stories };
}

/**
 * A story as parts: header lines, body blocks (kind + folded text) and end
 * lines, read through the engine so a fixture in any layout can be re-laid.
 * Stories whose header has no slug are skipped: the day file splits at slugs.
 */
export function decompose(analyzeStory, text) {
  const { story } = analyzeStory(text);
  if (story.storyCount !== 1 || story.blocks[0]?.kind !== 'slug') return undefined;
  const header = [];
  const body = [];
  const end = [];
  for (const b of story.blocks) {
    const lines = b.lineSpans.map((s) => text.slice(s.start, s.end).trim());
    if (HEADER_KINDS.has(b.kind)) header.push(...lines);
    else if (BODY_KINDS.has(b.kind)) body.push({ kind: b.kind, text: b.text });
    else end.push({ kind: b.kind, lines });
  }
  return { header, body, end };
}

export function wrap(paragraph, width = 72) {
  const out = [];
  let line = '';
  for (const word of paragraph.split(' ')) {
    if (line && line.length + 1 + word.length > width) {
      out.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) out.push(line);
  return out;
}

/** One story in one layout, without a trailing newline. */
export function render(parts, layout) {
  if (layout === 'blank') {
    return [parts.header.join('\n'), ...parts.body.map((b) => b.text), ...parts.end.map((e) => e.lines.join('\n'))].join('\n\n');
  }
  const lines = [...parts.header];
  for (const b of parts.body) {
    if (b.kind === 'subhead') lines.push(b.text);
    else if (layout === 'indented') lines.push(`\t${b.text}`);
    else lines.push(...wrap(b.text, 72));
  }
  for (const e of parts.end) lines.push(...e.lines);
  return lines.join('\n');
}

/** Stories repeated in turn until the file reaches `bytes` (UTF-8); stories are separated by a blank line. */
export function dayFile(rendered, bytes) {
  const out = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const s = rendered[i % rendered.length];
    out.push(s);
    size += Buffer.byteLength(s, 'utf8') + 2;
  }
  return { text: out.join('\n\n') + '\n', stories: out.length };
}

export const KB = 1024;
export const MB = 1024 * 1024;

/**
 * Every input of the benchmark: for each layout, a typical story (the source
 * story nearest 5 KB), a 1 MB day file and a 10 MB file (the 1 MB file ten
 * times over, so the growth ratio compares exactly ten times the same work).
 */
export function buildInputs(analyzeStory, wanted = () => true) {
  const source = sourceStories();
  const parts = source.stories.map((s) => ({ name: s.name, parts: decompose(analyzeStory, s.text) })).filter((s) => s.parts);
  if (parts.length === 0) throw new Error(`no usable story (with a slug line) in ${source.dir}`);
  const typical = parts.reduce((best, s) =>
    Math.abs(render(s.parts, 'blank').length - 5 * KB) < Math.abs(render(best.parts, 'blank').length - 5 * KB) ? s : best,
  );
  const inputs = [];
  // `wanted(layout, size)` picks inputs, so a child process measuring memory holds only its own.
  for (const layout of LAYOUTS) {
    const rendered = parts.map((s) => render(s.parts, layout));
    if (wanted(layout, '5 KB')) inputs.push({ layout, size: '5 KB', label: `story (${typical.name})`, text: render(typical.parts, layout) + '\n', stories: 1 });
    if (!wanted(layout, '1 MB') && !wanted(layout, '10 MB')) continue;
    const day = dayFile(rendered, MB);
    if (wanted(layout, '1 MB')) inputs.push({ layout, size: '1 MB', label: `day file (${day.stories} stories)`, text: day.text, stories: day.stories });
    if (wanted(layout, '10 MB')) {
      const ten = { text: Array(10).fill(day.text.trimEnd()).join('\n\n') + '\n', stories: day.stories * 10 };
      inputs.push({ layout, size: '10 MB', label: `10 day files (${ten.stories} stories)`, text: ten.text, stories: ten.stories });
    }
  }
  // A mid size for peers that cannot take a 1 MB file in reasonable time.
  const mid = dayFile(
    parts.map((s) => render(s.parts, 'blank')),
    64 * KB,
  );
  const skipped = source.stories.filter((s) => !parts.some((p) => p.name === s.name)).map((s) => s.name);
  return { source: source.dir, storyNames: parts.map((p) => p.name), skipped, typical: typical.name, inputs, mid: { text: mid.text, stories: mid.stories } };
}

/**
 * Pathological shapes at a given size (bytes): what a broken feed or a
 * careless paste can put in front of the engine.
 */
export const PATHOLOGICAL = {
  'single line': (bytes) => {
    const sentence = 'The council voted to “delay the levy” again, and Mayor Ruth Okafor said the town would wait. ';
    return sentence.repeat(Math.ceil(bytes / sentence.length)).slice(0, bytes);
  },
  'unmatched marks': (bytes) => 'Opening “ with no close. '.repeat(Math.ceil(bytes / 25)).slice(0, bytes),
  'all subheads': (bytes) => {
    const heads = ['Storm Damage Spreads', 'Schools Close Early', 'Power Crews Arrive', 'What Comes Next'];
    const out = [];
    let n = 0;
    for (let i = 0; n < bytes; i++) {
      const h = `${heads[i % heads.length]} ${i}`;
      out.push(h);
      n += h.length + 2;
    }
    return out.join('\n\n');
  },
  dashes: (bytes) => '-'.repeat(bytes),
  // One paragraph of quotations and pronouns: each `he said` looks back for whom it can mean.
  'single line, pronouns': (bytes) => {
    const sentence = '“The harbor is open,” said Gene Talvola. He said ships waited. “We lost 12 days,” he said. ';
    return sentence.repeat(Math.ceil(bytes / sentence.length)).slice(0, bytes);
  },
  'many paragraphs': (bytes) => {
    const p = '“We are not leaving,” said Ines Marchetti, who runs the bakery on Front Street.';
    return Array(Math.ceil(bytes / (p.length + 2)))
      .fill(p)
      .join('\n\n');
  },
};
