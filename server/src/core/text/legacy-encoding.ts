/**
 * Vietnamese typed in an 8-bit encoding (TCVN3/ABC, VNI) and pasted as if it were Unicode: "Th«ng b¸o",
 * "Thoâng baùo". Such text breaks every rule (words, capitals, names), and the decree asks for Unicode
 * (NĐ 30/2020/NĐ-CP, Phụ lục I, Mục I, khoản 4: TCVN 6909:2001).
 */
import type { Span } from '../model/types';
import { spansWithin } from './search';

// Latin-1 characters that those encodings put inside Vietnamese words and Unicode Vietnamese never does
// ("Qu¶ng", "häc", "hoøa"): Vietnamese Unicode uses only à-ã, è-ê, ì-í, ò-õ, ù-ú, ý and their capitals.
const FOREIGN_INSIDE = /[A-Za-z\u00C0-\u00FF¡-¿][¡-¿ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïñö÷øûüþÿ][A-Za-z\u00C0-\u00FF¡-¿]/u;
const WORD = /[A-Za-z\u00A1-\u00FF\u0100-\u024F\u1E00-\u1EFF]+/gu;
// A letter only Vietnamese Unicode writes: ă, đ, ĩ, ũ, ơ, ư and the letters with a dot or hook below.
const VIETNAMESE = /[ĂăĐđĨĩŨũƠơƯư\u1EA0-\u1EF9]/u;
// The characters of FOREIGN_INSIDE's middle that a Unicode draft uses as symbols («, », °, ±, ², ³, ·) left
// out: a single class any text in those encodings is full of, and most Unicode drafts do not have at all.
const FOREIGN = /[¡-ª¬-¯´-¶¸-º¼-¿ÄÅÆÇËÎÏÐÑÖ×ØÛÜÞßäåæçëîïñö÷øûüþÿ]/gu;

/**
 * Where [from, to) of `text` may hold words in an old encoding: a quick look before reading word by word (a
 * paragraph without one of these characters has none).
 */
export function foreignCharacters(text: string, from: number, to: number): Span[] {
  return spansWithin(text, from, to, FOREIGN);
}

/** Enough of the draft to tell: a paste in an old encoding is wholesale. */
const SAMPLE = 20_000;
const MIN_WORDS = 5;

/**
 * The first word of `text` in an old encoding, when at least `minWords` are and they outnumber the words in
 * Vietnamese Unicode (only the start of a long text is read).
 */
export function legacyEncoding(text: string, minWords = MIN_WORDS): (Span & { text: string }) | undefined {
  const sample = text.slice(0, SAMPLE);
  // Most drafts have no such character inside a word: one search says so, without reading word by word.
  if (!FOREIGN_INSIDE.test(sample)) return undefined;
  let legacy = 0;
  let vietnamese = 0;
  let first: (Span & { text: string }) | undefined;
  for (const match of sample.matchAll(WORD)) {
    const word = match[0];
    if (VIETNAMESE.test(word)) vietnamese++;
    else if (FOREIGN_INSIDE.test(word)) {
      legacy++;
      first ??= { start: match.index!, end: match.index! + word.length, text: word };
    }
  }
  return legacy >= minWords && legacy > vietnamese ? first : undefined;
}
