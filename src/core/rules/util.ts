import type { Quotation, RuleMeta, Span, Story } from '../types';
import { firstLineEndingAfter } from '../quotes';

export function meta(id: string, defaultSeverity: RuleMeta['defaultSeverity'], description: string, fixable: boolean): RuleMeta {
  return { id, defaultSeverity, description, docs: `docs/rules/${id}.md`, fixable };
}

/** `“We are asking everyone…”`: the first words of a quotation, for messages. */
export function preview(q: Quotation, words = 4): string {
  const open = q.marks === 'double' ? '“' : '‘';
  const close = q.marks === 'double' ? '”' : '’';
  // Read no further than the word after the last one shown: an unclosed quotation can run
  // to the end of a huge paragraph, and every finding inside it names it.
  const text = q.text;
  const ws: string[] = [];
  for (let i = 0; i < text.length && ws.length <= words; ) {
    if (text.charCodeAt(i) === 32) {
      i++;
      continue;
    }
    let j = text.indexOf(' ', i);
    if (j < 0) j = text.length;
    ws.push(text.slice(i, j));
    i = j;
  }
  if (ws.length <= words) return `${open}${text.replace(/[,.]$/, '')}${close}`;
  return `${open}${ws.slice(0, words).join(' ')}…${close}`;
}

const openedAtCache = new WeakMap<Story, Map<number, Quotation>>();

/** The quotation whose opening mark is at `offset` (indexed once per story). */
export function quotationOpenedAt(story: Story, offset: number): Quotation | undefined {
  let byOpen = openedAtCache.get(story);
  if (!byOpen) {
    byOpen = new Map(story.quotations.map((q) => [q.open.start, q]));
    openedAtCache.set(story, byOpen);
  }
  return byOpen.get(offset);
}

/** The opening mark and the words after it, to the end of that line (at most 60 characters). */
export function headSpan(story: Story, q: Quotation): Span {
  const block = story.blocks[q.blockIndex];
  const line = block.lineSpans[firstLineEndingAfter(block.lineSpans, q.start)] ?? { start: q.start, end: q.end };
  const end = Math.min(line.end, q.end, q.start + 60);
  return { start: q.start, end: Math.max(end, q.open.end) };
}

export function isSpeech(q: Quotation): boolean {
  return q.depth === 0 && q.marks === 'double' && !q.isTitle;
}
