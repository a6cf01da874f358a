/** Small helpers shared by rules: walking the body, editing a field's text, Vietnamese upper case. */
import type { BodyNode, NoticeModel, Paragraph } from '../model/types';
import type { Edit } from './types';
import type { Registry } from '../registry/registry';
import { cachedPhraseTable, findPhrases, phraseKey, wordRuns, type PhraseTable } from '../text/phrases';
import type { Found, Runs } from '../text/letters';

export function* walkBody(nodes: BodyNode[], parent?: BodyNode): Generator<{ node: BodyNode; parent?: BodyNode; siblings: BodyNode[] }> {
  for (const node of nodes) {
    yield parent ? { node, parent, siblings: nodes } : { node, siblings: nodes };
    yield* walkBody(node.children, node);
  }
}

/** Every paragraph of the trích yếu and the body, in order. Shared by the rules of a check: do not mutate. */
export function prose(model: NoticeModel): readonly Paragraph[] {
  let paragraphs = proseOf.get(model);
  if (!paragraphs) {
    const list: Paragraph[] = model.summary ? [model.summary] : [];
    const add = (nodes: BodyNode[]) => {
      for (const node of nodes) {
        list.push(node.paragraph);
        add(node.children);
      }
    };
    add(model.body);
    proseOf.set(model, (paragraphs = list));
  }
  return paragraphs;
}

const proseOf = new WeakMap<NoticeModel, readonly Paragraph[]>();

/** The paragraphs of the body (the prose without the trích yếu), in order. Do not mutate. */
export function bodyParagraphs(model: NoticeModel): readonly Paragraph[] {
  return model.summary ? prose(model).slice(1) : prose(model);
}

/** The paragraphs where citations are read: the prose and the footnotes, in the draft's order. Do not mutate. */
export function citedParagraphs(model: NoticeModel): readonly Paragraph[] {
  let paragraphs = citedOf.get(model);
  if (!paragraphs) citedOf.set(model, (paragraphs = [...prose(model), ...model.footnotes.map((note) => note.content)].sort((a, b) => a.start - b.start)));
  return paragraphs;
}

const citedOf = new WeakMap<NoticeModel, readonly Paragraph[]>();

/** A phrase of a registry list written in a paragraph, with what the list gives for it. */
export interface RegistryPhrase extends Found {
  value: string;
}

/**
 * A registry list of phrases (place names, misspellings: each phrase with its value) as a finder: where its
 * phrases are written in a paragraph (with `capitalised`, only those written with a capital first letter),
 * each with its value. The list's table is built once per registry.
 */
export function registryPhrases(
  entries: (registry: Registry) => Iterable<readonly [string, string]>,
  options: { capitalised?: boolean } = {},
): (paragraph: Paragraph, registry: Registry) => RegistryPhrase[] {
  const tables = new WeakMap<Registry, PhraseTable>();
  return (paragraph, registry) => {
    const table = cachedPhraseTable(tables, registry, entries);
    if (!table.pattern) return [];
    const found: RegistryPhrase[] = [];
    for (const match of findPhrases(paragraph.text, table, wordRunsOf(paragraph), options.capitalised)) {
      // phraseKey folds case for Vietnamese (toLocaleLowerCase), slow for the names a notice writes often.
      const value = table.byPhrase.get(match.text) ?? table.byKey.get(phraseKey(match.text));
      if (value) found.push({ ...match, value });
    }
    return found;
  };
}

/** A paragraph's words, found once for the several registry lists looked up in it. */
function wordRunsOf(paragraph: Paragraph): Runs {
  let runs = runsByParagraph.get(paragraph);
  if (!runs) runsByParagraph.set(paragraph, (runs = wordRuns(paragraph.text)));
  return runs;
}

const runsByParagraph = new WeakMap<Paragraph, Runs>();

/**
 * A registry name as the draft wrote it (`written`, any white space between its words) is right when it
 * reads as the registry spells it, or is text in capitals (a header line).
 */
export function spelledAsRegistry(written: string, name: string): boolean {
  return written.split(/\s+/u).join(' ') === name || written === written.toLocaleUpperCase('vi');
}

/**
 * The edits that respell the registry name written at [from, to) of the paragraph's text as the registry
 * does, word by word in the draft's order: only the case changes, and the draft's line breaks stay.
 */
export function respell(paragraph: Paragraph, from: number, to: number, name: string, source: string): Edit[] {
  const words = name.split(' ');
  let word = 0;
  return paragraphEdits(paragraph, from, to, (text) => text.replace(/\S+/gu, (written) => words[word++] ?? written), source);
}

export function upperVi(text: string): string {
  return text.toLocaleUpperCase('vi');
}

/**
 * Edits that turn the paragraph's text range [from, to) into `transform` of it, line by line so that the
 * draft's line breaks stay where they are. The transform must keep lengths (as case changes do).
 */
export function paragraphEdits(paragraph: Paragraph, from: number, to: number, transform: (text: string) => string, source: string): Edit[] {
  const edits: Edit[] = [];
  const start = paragraph.sourceOffset(from);
  const end = paragraph.sourceOffset(to);
  for (const line of paragraph.lines) {
    const a = Math.max(line.start, start);
    const b = Math.min(line.end, end);
    if (a >= b) continue;
    const original = source.slice(a, b);
    const replaced = transform(original);
    if (replaced !== original) edits.push({ start: a, end: b, newText: replaced });
  }
  return edits;
}

/**
 * Nothing but blanks (and the emphasis marks closing its line) follows `offset`: the part there is the last the drafter has typed, maybe still being
 * typed. What is missing after it is then told as information («Chưa ghi …»), not as an error.
 */
export function endsTheDraft(model: NoticeModel, offset: number): boolean {
  return /^[\s*_]*$/u.test(model.text.slice(offset));
}

/**
 * A notice that corrects another quotes the wrong text it corrects: «Thông báo số 215/TB-SKHCN đã ghi: “…
 * trước ngày 31/11/2026”», then «Nay đính chính lại là: “…”». The date in that quotation is the error being
 * corrected, not one of this draft. Asked only of a date found wrong, which is rare.
 */
export function inCorrectedQuote(model: NoticeModel, at: number): boolean {
  if (!corrects(model)) return false;
  // The quotation opens on the date's line, not far before it: a bounded look back keeps a line of
  // thousands of such dates linear.
  const before = model.text.slice(Math.max(0, at - QUOTE_REACH), at);
  const line = before.slice(before.lastIndexOf('\n') + 1);
  const quote = QUOTED_AS_WRITTEN.exec(line);
  return quote !== null && !/[”"»]/u.test(line.slice(quote.index + quote[0].length));
}

/** The draft corrects another document: it says «đính chính». Read once per draft. */
function corrects(model: NoticeModel): boolean {
  let found = correcting.get(model);
  if (found === undefined) correcting.set(model, (found = CORRECTION.test(model.text)));
  return found;
}

const correcting = new WeakMap<NoticeModel, boolean>();
const QUOTE_REACH = 600;
const QUOTED_AS_WRITTEN = /(?<!\p{L})(?:đã\s+)?(?:ghi|viết)(?:\s+là)?\s*:?\s*[“"«]/u;
const CORRECTION = /đính\s+chính/iu;

/**
 * Whether `at` (an offset of the paragraph's text) is in the column of an erratum's table that quotes the text
 * as it was wrongly written («| Vị trí | Đã ghi | Nay đính chính lại là |»): what stands there is the error being
 * corrected, not one of this draft. Read from the paragraph alone (its heading row is in it).
 */
export function inQuotedWrongColumn(text: string, at: number): boolean {
  if (!text.startsWith('|')) return false;
  // Asked of each citation in turn, and so of one table again and again: its cells are read once.
  if (text !== quotedWrong.text) quotedWrong = { text, cells: columnCells(text, QUOTED_WRONG) };
  return quotedWrong.cells.some((cell) => at >= cell.start && at < cell.start + cell.text.length);
}

let quotedWrong: { text: string; cells: { text: string; start: number }[] } = { text: '', cells: [] };

const QUOTED_WRONG = /^[*_]*(?:đã\s+(?:ghi|in|viết)|(?:ghi|in|viết|nội\s+dung)\s+sai|nội\s+dung\s+đã\s+(?:ghi|ban\s+hành))(?![\p{L}])/iu;

/**
 * The cells under the heading `heading` matches in a table paragraph («| STT | Nhiệm vụ | Đơn vị chủ trì | Thời
 * hạn |»), one per row after the heading's, each with where it starts in the text. A table is a paragraph of
 * lines that begin with «|»; its text joins them with a space, so a row ends at a «|» that « |» follows.
 */
export function columnCells(text: string, heading: RegExp): { text: string; start: number }[] {
  if (!text.startsWith('|')) return [];
  const found: { text: string; start: number }[] = [];
  let column = -1;
  let at = 0;
  for (const row of text.split(/(?<=\|) (?=\|)/u)) {
    const cells = row.split('|').slice(1, -1);
    if (column < 0) {
      column = cells.findIndex((cell) => heading.test(cell.trim()));
      if (column < 0) return [];
    } else if (!/^[\s:|-]+$/u.test(row) && cells[column] !== undefined) {
      const start = at + 1 + cells.slice(0, column).reduce((length, cell) => length + cell.length + 1, 0);
      found.push({ text: cells[column]!, start });
    }
    at += row.length + 1;
  }
  return found;
}
