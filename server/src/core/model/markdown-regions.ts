/**
 * The part of a draft the Markdown pass must read. CommonMark closes every block at a blank line followed by
 * a line that starts in column 0, except fenced code and raw HTML blocks (and the front matter). Between such
 * boundaries a draft falls into chunks that parse alone exactly as they do in the whole. Only a chunk with a
 * "[" or a "<" can hold what the model takes from Markdown (footnotes, comments, HTML; fences and front matter
 * are dealt with apart), so the pass reads those chunks, glued together, and skips the prose: on a typical
 * notice, two footnotes in 10 KB, that is a hundredth of the text.
 */

import { scannedAroundEdit } from '../reuse';
import { lastAtOrBefore, spansWithin } from '../text/search';

export interface MarkdownRegion {
  /** The chunks to parse, in order, each ending where the next chunk of the draft began. */
  text: string;
  /** Maps an offset of `text` to the draft; an end offset belongs to the chunk before a seam. */
  toSource(offset: number, isEnd: boolean): number;
}

// A blank line (spaces and tabs only) followed by a line that begins with content in column 0 (not a BOM,
// which the parser drops at the start of a text and would drop at the start of a glued chunk).
const BOUNDARY = /(?:\r\n|\n|\r(?!\n))[ \t]*(?:\r\n|\n|\r(?!\n))(?=[^ \t\r\n\uFEFF])/g;
const RELEVANT = /[[<]/g;
// Blocks that outlive a blank line: fenced code, and the raw HTML blocks that end on a marker rather than at
// a blank line (<!-- is handled below, the rest is rare enough to take the whole parse).
const SPANNING = /```|~~~|<(?:\?|![A-Za-z[]|(?:script|pre|style|textarea))/gi;
const FRONT_MATTER_OPEN = /^\uFEFF?---[ \t]*(?:\r\n|\n|\r)/;
const OPENS_LIKE_FRONT_MATTER = /---[ \t]*(?:\r\n|\n|\r)/y;
const FRONT_MATTER_CLOSE = /(?:\r\n|\n|\r)---[ \t]*(?=\r\n|\n|\r|$)/g;

/** The region to parse, or undefined when the draft must be parsed whole. */
export function markdownRegion(text: string): MarkdownRegion | undefined {
  // Both searches are of marks within a line: while the draft is edited, only the lines the edit changed are
  // searched again.
  if (scannedAroundEdit('markdown: spanning blocks', text, (draft, from, to) => spansWithin(draft, from, to, SPANNING)).length > 0) return undefined;
  const marks = scannedAroundEdit('markdown: [ and <', text, (draft, from, to) => spansWithin(draft, from, to, RELEVANT));
  const starts = chunkStarts(text);
  let mustReach = 0;
  if (FRONT_MATTER_OPEN.test(text)) {
    FRONT_MATTER_CLOSE.lastIndex = 3;
    const close = FRONT_MATTER_CLOSE.exec(text);
    if (!close) return undefined;
    mustReach = close.index + close[0].length;
  }
  const wanted = new Set<number>();
  if (mustReach > 0) for (let i = 0; i < starts.length && starts[i]! < mustReach; i++) wanted.add(i);
  for (let i = 0; i < marks.length; ) {
    const chunk = lastAtOrBefore(starts, marks[i]!.start);
    wanted.add(chunk);
    // Skip to the next chunk: one mark is enough to take it.
    const next = chunk + 1 < starts.length ? starts[chunk + 1]! : text.length;
    while (i < marks.length && marks[i]!.start < next) i++;
  }
  const chunks = [...wanted].sort((a, b) => a - b);
  // A chunk that opens with "---" would read as front matter at the start of the region: the draft's first
  // chunk goes before it, as in the whole draft. Otherwise the first chunk, with no mark, is skipped (each
  // parse costs micromark tens of microseconds before its first character).
  const first = chunks[0];
  if (first !== undefined && first > 0) {
    OPENS_LIKE_FRONT_MATTER.lastIndex = starts[first]!;
    if (OPENS_LIKE_FRONT_MATTER.test(text)) chunks.unshift(0);
  }
  return glue(text, starts, chunks);
}

function chunkStarts(text: string): number[] {
  const starts = [0];
  BOUNDARY.lastIndex = 0;
  for (let match = BOUNDARY.exec(text); match; match = BOUNDARY.exec(text)) {
    starts.push(match.index + match[0].length);
    // The lookahead leaves the next line unread; a boundary is never inside it.
  }
  return starts;
}

interface Segment {
  from: number;
  source: number;
  length: number;
}

function glue(text: string, starts: number[], chunks: number[]): MarkdownRegion {
  const segments: Segment[] = [];
  const parts: string[] = [];
  let length = 0;
  for (let k = 0; k < chunks.length; k++) {
    const first = chunks[k]!;
    let last = first;
    let open = commentLeftOpen(text, starts, first, false);
    for (;;) {
      // An HTML comment left open runs on through the next chunks until its "-->"; wanted chunks next to
      // each other are read as one.
      if (open && last + 1 < starts.length) open = commentLeftOpen(text, starts, ++last, open);
      else if (k + 1 < chunks.length && chunks[k + 1]! <= last + 1) {
        while (last < chunks[k + 1]!) open = commentLeftOpen(text, starts, ++last, open);
        k++;
      } else break;
    }
    const start = starts[first]!;
    const end = last + 1 < starts.length ? starts[last + 1]! : text.length;
    segments.push({ from: length, source: start, length: end - start });
    parts.push(text.slice(start, end));
    length += end - start;
  }
  const froms = segments.map((segment) => segment.from);
  return {
    text: parts.join(''),
    toSource(offset, isEnd) {
      // An end offset at a seam belongs to the segment before it: search for the segment starting before it.
      const segment = segments[lastAtOrBefore(froms, isEnd ? offset - 1 : offset)];
      return segment ? segment.source + offset - segment.from : offset;
    },
  };
}

/** Whether an HTML comment may still be open after chunk `index`, given whether one was open before it. */
function commentLeftOpen(text: string, starts: number[], index: number, openBefore: boolean): boolean {
  const chunk = text.slice(starts[index]!, index + 1 < starts.length ? starts[index + 1]! : text.length);
  const open = chunk.lastIndexOf('<!--');
  if (open >= 0) return chunk.indexOf('-->', open + 4) < 0;
  return openBefore && !chunk.includes('-->');
}
