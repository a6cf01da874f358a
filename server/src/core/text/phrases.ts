/**
 * Lists of phrases of the registry (place names, misspellings) found in prose: case-insensitive, whole
 * words only, any run of white space between words (a PDF line break included), longest phrase first.
 * That is one regular expression; the same search is made by looking up each word of the text among the
 * phrases' first words, much faster on long drafts, whenever every phrase is made of whole words. (It
 * compares lower case where the pattern folds case: the same for every Vietnamese letter.)
 */
import { classAt, type Found, LETTER, MARK, NUMBER, type Runs, runsOf, UPPER, WordHeads } from './letters';

/** The phrases of a list, each with the value it stands for, looked up by what the text matched. */
export interface PhraseTable {
  pattern?: RegExp;
  /** phraseKey(phrase) → value. */
  byKey: Map<string, string>;
  /** The same value by the phrase as the list writes it: most texts write it so, and need no phraseKey. */
  byPhrase: Map<string, string>;
  /**
   * The phrases' words in lower case by their first word, in the pattern's order, with what stands between
   * them; none if a phrase begins or ends with another character than a letter or digit.
   */
  byFirstWord?: Map<string, PhraseWords[]>;
  /** The first two letters (lower case) and the length of the first words: most words of a text are passed over on them. */
  heads?: WordHeads;
}

export function phraseTable(entries: Iterable<readonly [phrase: string, value: string]>): PhraseTable {
  const byKey = new Map<string, string>();
  const phrases: string[] = [];
  for (const [phrase, value] of entries) {
    byKey.set(phraseKey(phrase), value);
    phrases.push(phrase);
  }
  const ordered = [...new Set(phrases)].sort((a, b) => b.length - a.length);
  const byPhrase = new Map(ordered.map((phrase) => [phrase, byKey.get(phraseKey(phrase))!]));
  const table: PhraseTable = { byKey, byPhrase };
  const pattern = phrasePattern(ordered);
  if (pattern) table.pattern = pattern;
  const byFirstWord = wordTable(ordered);
  if (byFirstWord) {
    table.byFirstWord = byFirstWord;
    table.heads = new WordHeads(true);
    for (const word of byFirstWord.keys()) table.heads.add(word);
  }
  return table;
}

/** A phrase as words in lower case and what stands between them, white space read as one space (" ", ", ", " - "). */
export interface PhraseWords {
  words: string[];
  gaps: string[];
}

/** A table built once per owner (a registry): the rules look it up on every check. */
export function cachedPhraseTable<T extends object>(cache: WeakMap<T, PhraseTable>, owner: T, entries: (owner: T) => Iterable<readonly [string, string]>): PhraseTable {
  let table = cache.get(owner);
  if (!table) {
    table = phraseTable(entries(owner));
    cache.set(owner, table);
  }
  return table;
}

/**
 * Where the table's phrases are in `text`, as its pattern finds them, left to right. `runs` are the text's
 * words (`wordRuns`), when several tables look in the same text. With `capitalised`, only phrases written
 * with a capital first letter are looked for (most words of a text are then passed over at once).
 */
export function findPhrases(text: string, table: PhraseTable, runs = wordRuns(text), capitalised = false): Found[] {
  const { byFirstWord, heads } = table;
  if (!byFirstWord || !heads) return table.pattern ? [...text.matchAll(table.pattern)].map((match) => ({ index: match.index!, text: match[0] })) : [];
  const found: Found[] = [];
  // Each word in lower case, and whether only white space follows it, found once however many phrases
  // compare them ("Sở" begins dozens of names).
  const lowered: string[] = [];
  const lowerAt = (run: number) => (lowered[run] ??= lowerWord(text, runs[run]!, runs[run + 1]!));
  const gaps: string[] = [];
  const gapAfter = (run: number) => (gaps[run] ??= gapOf(text.slice(runs[run + 1]!, runs[run + 2]!)));
  for (let i = 0; i < runs.length; i += 2) {
    if (capitalised && (classAt(text, runs[i]!) & UPPER) === 0) continue;
    if (!heads.mayHave(text, runs[i]!, runs[i + 1]!)) continue;
    const candidates = byFirstWord.get(lowerAt(i));
    if (!candidates) continue;
    let last = -1;
    for (const phrase of candidates) if ((last = lastRunOf(runs, i, phrase, lowerAt, gapAfter)) >= 0) break;
    if (last < 0) continue;
    found.push({ index: runs[i]!, text: text.slice(runs[i], runs[last + 1]) });
    i = last;
  }
  return found;
}

const WORD = LETTER | MARK | NUMBER;

/** The runs of letters, marks and digits of `text`, where findPhrases looks up words. */
export function wordRuns(text: string): Runs {
  return runsOf(text, WORD);
}

/** The index in `runs` of the phrase's last word when its words follow the run at `first`, apart as in the phrase; else -1. */
function lastRunOf(runs: Runs, first: number, { words, gaps }: PhraseWords, lowerAt: (run: number) => string, gapAfter: (run: number) => string): number {
  let at = first;
  for (let w = 1; w < words.length; w++) {
    const next = at + 2;
    if (next >= runs.length || gapAfter(at) !== gaps[w - 1]) return -1;
    if (lowerAt(next) !== words[w]) return -1;
    at = next;
  }
  return at;
}

/** What stands between two words, each run of white space read as one space (as the pattern's \s+ reads it). */
function gapOf(between: string): string {
  return between === ' ' ? between : between.replace(/\s+/gu, ' ');
}

/** text[start, end) in lower case, or '' when its lower case has another length (it then matches no phrase). */
function lowerWord(text: string, start: number, end: number): string {
  const lower = text.slice(start, end).toLowerCase();
  return lower.length === end - start ? lower : '';
}

/**
 * The phrases by first word, in lower case, when each begins and ends with a letter or digit (what stands
 * between its words, a comma or a dash, is matched as written); else undefined.
 */
function wordTable(ordered: string[]): Map<string, PhraseWords[]> | undefined {
  const table = new Map<string, PhraseWords[]>();
  for (const phrase of ordered) {
    const runs = runsOf(phrase, WORD);
    if (runs.length === 0 || runs[0] !== 0 || runs[runs.length - 1] !== phrase.length) return undefined;
    const words: string[] = [];
    const gaps: string[] = [];
    for (let i = 0; i < runs.length; i += 2) {
      const written = phrase.slice(runs[i], runs[i + 1]);
      const word = written.toLowerCase();
      // A lower case of another length (İ): the pattern alone can tell.
      if (word.length !== written.length) return undefined;
      words.push(word);
      if (i + 2 < runs.length) gaps.push(gapOf(phrase.slice(runs[i + 1], runs[i + 2])));
    }
    let list = table.get(words[0]!);
    if (!list) table.set(words[0]!, (list = []));
    list.push({ words, gaps });
  }
  return table;
}

function phrasePattern(ordered: string[]): RegExp | undefined {
  const words = ordered.map((phrase) => phrase.split(/\s+/u).map(escape).join('\\s+'));
  if (words.length === 0) return undefined;
  return new RegExp(`(?<![\\p{L}\\p{M}\\p{N}])(?:${words.join('|')})(?![\\p{L}\\p{M}\\p{N}])`, 'giu');
}

/** The key a phrase is matched by: lower case, single spaces. */
export function phraseKey(text: string): string {
  return text.toLocaleLowerCase('vi').split(/\s+/u).join(' ');
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
