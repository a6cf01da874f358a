import { columnGaps, isTableRow } from '../model/table-layout';
import type { Paragraph } from '../model/types';
import { lastAtOrBefore } from '../text/search';
import type { ParagraphRule } from './types';
import { LETTER, lowerUnitAt, type Runs, runsOf } from '../text/letters';

// Two words repeated ("UBND tỉnh UBND tỉnh"), or one function word or abbreviation repeated ("của của",
// "Các các" at a sentence's start). Single content words are left alone: Vietnamese repeats them on purpose
// ("dần dần", "nhà nhà", "ngày ngày chăm lo"); "ngày" and "số" count only before a number ("ngày ngày 15/11").
/**
 * Words never doubled on purpose (unlike «người người», «ngày ngày», «dần dần», «từ từ»): function words, and
 * the nouns a notice names units by («tỉnh tỉnh», «Sở Sở»).
 */
export const FUNCTION_WORDS = 'và|của|các|những|với|cho|tại|theo|trong|để|được|là|có|đã|từng|mỗi|sẽ|đến|về|nhằm|việc|đối|bị|đang|cũng|nếu|khi|tới|như|hoặc|nhưng|này|sở|Sở|tỉnh|phòng|huyện|xã|phường';
const REPEATED_PAIR = /(?<![\p{L}\p{N}])(\p{L}+ \p{L}+) \1(?![\p{L}\p{N}])/gu;
const REPEATED_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}])(${FUNCTION_WORDS}|\p{Lu}{2,}) \1(?![\p{L}\p{N}])`, 'gu');
const REPEATED_BEFORE_NUMBER = /(?<![\p{L}\p{N}])(ngày|số) \1(?= \p{N})/gu;
// "Các các": the first capitalised; told apart from REPEATED_WORD's matches by its case.
const CAPITALISED_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}*) (${FUNCTION_WORDS})(?![\p{L}\p{N}])`, 'gu');

export const typoRepeatedWords: ParagraphRule = {
  id: 'typo/repeated-words',
  severity: 'warning',
  decree: 'quy ước trình bày',
  description: 'Một chữ hay một cụm hai chữ bị lặp liền nhau do sơ suất («UBND tỉnh UBND tỉnh»).',
  examples: {
    wrong: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nÝ kiến của Phó Chủ tịch UBND tỉnh UBND tỉnh tại Thông báo số 105/TB-UBND.",
    right: "THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nÝ kiến của Phó Chủ tịch UBND tỉnh tại Thông báo số 105/TB-UBND.",
  },
  paragraphs: 'prose',
  checkParagraph(paragraph, context) {
    let seen: Set<number> | undefined;
    let rows: LaidOutRows | undefined;
    for (const match of repetitions(paragraph.text)) {
      const repeatAt = match.index! + match[1]!.length; // the space before the repetition
      if (seen?.has(repeatAt)) continue;
      (seen ??= new Set()).add(repeatAt);
      const start = paragraph.sourceOffset(repeatAt);
      const end = paragraph.sourceOffset(match.index! + match[0].length);
      // A repetition split over two lines has no single certain edit.
      const sameLine = end - start === match[1]!.length + 1 && !/[\n\r]/u.test(context.source.slice(start, end));
      // Over two lines of which one is short, it is two cells of a table, one per line («Văn phòng Sở» ⏎ «Sở
      // Tài chính», as LibreOffice or pandoc write a Word table), more likely than a slip; so it is over two
      // rows of a table laid out in columns (pdftotext -layout's «… Các khoa» ⏎ «khối nội … »).
      if (!sameLine && acrossCells(paragraph, context.source, paragraph.sourceOffset(match.index!), end - 1)) continue;
      // On a row laid out in columns by spaces, one space may part two cells («toán; Phòng phòng họp»).
      if (sameLine && (rows ??= new LaidOutRows(paragraph, context.source)).at(start)) continue;
      context.report({
        start: start + 1,
        end,
        message: `Sai lặp từ: «${match[1]}» viết hai lần liền nhau, cần bỏ một lần.`,
        ...(sameLine && { fix: { title: `Bỏ «${match[1]}» lặp lại`, edits: [{ start, end, newText: '' }] } }),
      });
    }
  },
};

/**
 * The repetitions in `text`: the two-word ones, then the one-word ones. The patterns try every position
 * (they begin with a look-behind), so a paragraph is first cut into words: a repetition needs the same word
 * right after (one word) or the same two words right after (two words); without that, there is none.
 */
export function repetitions(text: string): RegExpMatchArray[] {
  const runs = runsOf(text, LETTER);
  const words = runs.length / 2;
  let pair = false;
  let single = false;
  for (let i = 0; i + 1 < words && !(pair && single); i++) {
    if (sameWord(text, runs, i, i + 1, true)) single = true;
    if (i + 3 < words && sameWord(text, runs, i, i + 2, false) && sameWord(text, runs, i + 1, i + 3, false)) pair = true;
  }
  if (!single) return pair ? [...text.matchAll(REPEATED_PAIR)] : [];
  const capitalised = [...text.matchAll(CAPITALISED_WORD)].filter((match) => match[1]!.toLowerCase() === match[2]);
  const singles = [...text.matchAll(REPEATED_WORD)].filter((match) => !endsCompound(text, match));
  return [...(pair ? text.matchAll(REPEATED_PAIR) : []), ...singles, ...text.matchAll(REPEATED_BEFORE_NUMBER), ...capitalised];
}

/** The lines of a paragraph read as rows of a table laid out by spaces, each line read once, when first asked. */
class LaidOutRows {
  private readonly starts: number[];
  private readonly known = new Map<number, boolean>();
  constructor(
    private readonly paragraph: Paragraph,
    private readonly source: string,
  ) {
    this.starts = paragraph.lines.map((span) => span.start);
  }

  /** Whether the line at `offset` of the draft is a row laid out in columns by spaces. */
  at(offset: number): boolean {
    const index = lastAtOrBefore(this.starts, offset);
    let laidOut = this.known.get(index);
    if (laidOut === undefined) {
      const line = this.paragraph.lines[index];
      this.known.set(index, (laidOut = line !== undefined && columnGaps(this.source.slice(line.start, line.end)) >= 2));
    }
    return laidOut;
  }
}

/** Shorter than this, a line of a paragraph reads as a table's cell: a wrapped line of prose is longer. */
const CELL_LINE = 40;

/**
 * Whether the line at `first` or the one at `second` (offsets of the draft in `paragraph`) is a table's cell:
 * shorter than CELL_LINE, or a row laid out in columns.
 */
function acrossCells(paragraph: Paragraph, source: string, first: number, second: number): boolean {
  const cell = (offset: number) => {
    const line = paragraph.lines.find((span) => span.start <= offset && offset < span.end);
    return line !== undefined && (line.end - line.start < CELL_LINE || isTableRow(source.slice(line.start, line.end)));
  };
  return cell(first) || cell(second);
}

/**
 * Compounds whose last word is a function word that may come again right after: «các năm tiếp theo theo quy
 * định», «nguồn lực hiện có có thể huy động», «quỹ dự phòng phòng, chống thiên tai».
 */
const COMPOUND_HEADS: Record<string, RegExp> = {
  theo: /(?:^|[^\p{L}])(?:tiếp|kèm|làm|noi|đi|bám|dựa)\s$/iu,
  có: /(?:^|[^\p{L}])(?:hiện|sẵn|vốn)\s$/iu,
  phòng: /(?:^|[^\p{L}])dự\s$/iu,
};

/** Whether a repeated word's first time ends a compound (COMPOUND_HEADS), read from the word before it. */
function endsCompound(text: string, match: RegExpMatchArray): boolean {
  const head = COMPOUND_HEADS[match[1]!];
  return head !== undefined && head.test(text.slice(Math.max(0, match.index! - 8), match.index!));
}

/**
 * Whether words `a` and `b` (indices into `runs`) are the same, read in place: most neighbours differ in
 * length or first letter, and a paragraph's words are never cut out. With `firstInAnyCase`, "Các" is "các".
 */
function sameWord(text: string, runs: Runs, a: number, b: number, firstInAnyCase: boolean): boolean {
  const from = runs[2 * a]!;
  const to = runs[2 * b]!;
  const length = runs[2 * a + 1]! - from;
  if (runs[2 * b + 1]! - to !== length) return false;
  const first = text.charCodeAt(from);
  if (first !== text.charCodeAt(to) && !(firstInAnyCase && lowerUnitAt(text, from) === text.charCodeAt(to))) return false;
  for (let k = 1; k < length; k++) if (text.charCodeAt(from + k) !== text.charCodeAt(to + k)) return false;
  return true;
}
