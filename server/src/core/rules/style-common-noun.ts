import type { Registry } from '../registry/registry';
import type { Rule } from './types';
import { internedKind, reused } from '../reuse';
import { classAt, classBefore, type Found, LETTER, LOWER, MARK, NUMBER, runsOf, UPPER, WordHeads } from '../text/letters';
import { paragraphEdits, prose } from './util';

// Two or more words each with a capital initial ("Sầu Riêng"), inside a sentence: after a lower-case word
// and a space (checked in `titleCaseRuns`), not after ". ", ":", a bracket or a quote.
const TITLE_CASE = /\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)+(?![\p{L}\p{N}])/uy;

/**
 * "vùng trồng Sầu Riêng" where the same notice writes "sản phẩm sầu riêng": the draft itself shows the words
 * are a common noun (PL2 I: only proper names take capitals). Without the lower-case form elsewhere the rule
 * cannot tell a name from a noun, and stays silent.
 */
export const styleCommonNoun: Rule = {
  id: 'style/common-noun',
  severity: 'warning',
  decree: 'NĐ 30/2020/NĐ-CP, Phụ lục II, Mục I',
  description: 'Danh từ chung không viết hoa giữa câu: «vùng trồng Sầu Riêng» khi chính văn bản viết «sầu riêng» ở chỗ khác.',
  examples: {
    wrong: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nPhát triển sản phẩm sầu riêng và mở rộng vùng trồng Sầu Riêng.',
    right: 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp giao ban\n\nPhát triển sản phẩm sầu riêng và mở rộng vùng trồng sầu riêng.',
  },
  check(model, context) {
    const paragraphs = prose(model);
    const candidatesOf = paragraphs.map((paragraph) => reused('common-noun candidates', paragraph, candidatesIn));
    const names = properNames(context.registry);
    const wanted = new Set<string>();
    for (const candidates of candidatesOf) for (const { lower } of candidates) if (!names.has(lower)) wanted.add(lower);
    if (wanted.size === 0) return;
    // Per paragraph, so that an edit re-reads one paragraph while the phrases looked for stay the same.
    const lookingFor = internedKind(`lower-case ${[...wanted].sort().join('|')}`);
    const phrases = phraseStarts(wanted);
    const formsIn = (text: string) => writtenInLowerCase(text, phrases);
    const lowerForms = new Set<string>();
    for (const paragraph of paragraphs) for (const form of reused(lookingFor, paragraph, formsIn)) lowerForms.add(form);
    for (const [i, paragraph] of paragraphs.entries()) {
      for (const { from, written, lower } of candidatesOf[i]!) {
        if (!lowerForms.has(lower)) continue;
        const to = from + written.length;
        context.report({
          start: paragraph.sourceOffset(from),
          end: paragraph.sourceOffset(to),
          message: `Sai viết hoa danh từ chung: «${written}» giữa câu, cần «${lower}» (văn bản cũng viết «${lower}»).`,
          fix: { title: `Viết thường «${lower}»`, edits: paragraphEdits(paragraph, from, to, (text) => text.toLocaleLowerCase('vi'), model.text) },
        });
      }
    }
  },
};

const MAX_WORDS = 4;

/** A run of capitalised words short enough to be a common noun written in capitals, and its lower case. */
interface Candidate {
  from: number;
  written: string;
  lower: string;
}

function candidatesIn(text: string): Candidate[] {
  const found: Candidate[] = [];
  for (const run of titleCaseRuns(text)) {
    if (run.text.split(' ').length > MAX_WORDS || INSTITUTION.test(run.text)) continue;
    found.push({ from: run.index, written: run.text, lower: run.text.toLowerCase() });
  }
  return found;
}

// A capitalised kind of body begins a body's name: «Trường Trung học phổ thông chuyên Hà Tĩnh» is one school,
// though the draft writes «trường trung học cơ sở» of others.
const INSTITUTION = /^(?:Trường|Trung tâm|Bệnh viện|Viện|Học viện|Đại học|Sở|Ban|Phòng|Khoa(?! Học)|Cục|Chi cục|Hội|Công ty|Ủy ban|Trạm|Đài|Quỹ|Nhà)(?![\p{L}])/u;

/**
 * What /(?<=(?<![\p{L}\p{M}])\p{Ll}(?:[\p{L}\p{M}]*\p{Ll})? )TITLE_CASE/gu finds: the pattern is tried only
 * after a space that follows a word in small letters, begun and ended by one («trồng Sầu Riêng»; in «Hồ Nước
 * Trong», a name, «Nước» follows a capitalised word). (With the look-behind it is tried at every position;
 * without it, "A A A …" was quadratic.)
 */
export function titleCaseRuns(text: string): Found[] {
  const found: Found[] = [];
  const pattern = new RegExp(TITLE_CASE);
  for (let space = text.indexOf(' '); space >= 0; space = text.indexOf(' ', space + 1)) {
    const at = space + 1;
    if ((classBefore(text, space) & LOWER) === 0 || (classAt(text, at) & UPPER) === 0) continue;
    pattern.lastIndex = at;
    const match = pattern.exec(text);
    // The word before is read only under a run (most capitals begin one word alone).
    if (!match || !wordInSmallLetters(text, space)) continue;
    found.push({ index: at, text: match[0] });
    space = at + match[0].length - 1; // the search goes on after the match
  }
  return found;
}

/** Whether the word of letters and marks that ends at `end` begins with a small letter. */
function wordInSmallLetters(text: string, end: number): boolean {
  let start = end;
  while (start > 0 && (classBefore(text, start) & (LETTER | MARK)) !== 0) start -= (text.charCodeAt(start - 1) & 0xfc00) === 0xdc00 && start >= 2 && (text.charCodeAt(start - 2) & 0xfc00) === 0xd800 ? 2 : 1;
  return (classAt(text, start) & LOWER) !== 0;
}

const namesOf = new WeakMap<Registry, Set<string>>();

/** The registry's proper names (places, people, agencies, units) and every run of words in them, lower case. */
function properNames(registry: Registry): Set<string> {
  let names = namesOf.get(registry);
  if (!names) {
    const texts = [
      ...registry.places.map((place) => place.name),
      ...registry.people.map((person) => person.name),
      ...registry.agencies.flatMap((agency) => [agency.name, agency.fullName ?? '']),
      ...registry.units.map((unit) => unit.name),
    ].map((text) => text.toLocaleLowerCase('vi'));
    names = lowerCaseRuns(texts, new Set([2, 3, 4]));
    namesOf.set(registry, names);
  }
  return names;
}

/** The wanted phrases by their first word, each with its length in words. */
interface PhraseStarts {
  /** First word → the phrases it begins, with their length in words. */
  byFirstWord: Map<string, { phrase: string; words: number }[]>;
  /** The heads of the first words: most words of a text are passed over on them. */
  heads: WordHeads;
}

function phraseStarts(wanted: Set<string>): PhraseStarts {
  const byFirstWord = new Map<string, { phrase: string; words: number }[]>();
  const heads = new WordHeads(false);
  for (const phrase of wanted) {
    const first = phrase.slice(0, phrase.indexOf(' '));
    let list = byFirstWord.get(first);
    if (!list) byFirstWord.set(first, (list = []));
    list.push({ phrase, words: phrase.split(' ').length });
    heads.add(first);
  }
  return { byFirstWord, heads };
}

/** The `wanted` phrases (lower case) that `text` writes, in order: the rule's search, for the fast-paths test. */
export function lowerCaseFormsIn(text: string, wanted: Set<string>): string[] {
  return writtenInLowerCase(text, phraseStarts(wanted));
}

/** Which of the wanted phrases the text also writes in lower case: one pass, linear in its size. */
function writtenInLowerCase(text: string, { byFirstWord, heads }: PhraseStarts): string[] {
  const found: string[] = [];
  const runs = runsOf(text, LETTER | NUMBER);
  for (let i = 0; i < runs.length; i += 2) {
    if (!heads.mayHave(text, runs[i]!, runs[i + 1]!)) continue;
    const starting = byFirstWord.get(text.slice(runs[i], runs[i + 1])); // the wanted phrases are in lower case: so is a match
    if (!starting) continue;
    for (const { phrase, words } of starting) {
      const last = i + 2 * (words - 1);
      if (last >= runs.length) continue;
      let run = '';
      for (let w = i; w <= last; w += 2) {
        // Words of a phrase stand apart by spaces only: «các khoa, phòng» is a list, not «khoa phòng».
        if (w > i && !SPACES.test(text.slice(runs[w - 1], runs[w]))) break;
        run += (w === i ? '' : ' ') + text.slice(runs[w], runs[w + 1]);
      }
      if (run === phrase) found.push(phrase);
    }
  }
  return found;
}

const SPACES = /^\s+$/u;

/** Every run of `lengths` consecutive lower-case words in the texts: one pass, linear in their size. */
function lowerCaseRuns(texts: string[], lengths: Set<number>): Set<string> {
  const runs = new Set<string>();
  for (const text of texts) {
    const words = text.split(/[^\p{L}\p{N}]+/u);
    // Vietnamese has no locale-specific lower case: the plain one is exact and much faster.
    const lower = words.map((word) => word !== '' && word === word.toLowerCase());
    for (let i = 0; i < words.length; i++) {
      let run = 0; // how many lower-case words start at i
      while (run < MAX_WORDS && i + run < words.length && lower[i + run]) run++;
      for (const length of lengths) if (length <= run) runs.add(words.slice(i, i + length).join(' '));
    }
  }
  return runs;
}
