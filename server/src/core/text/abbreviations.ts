/**
 * Abbreviations written in a draft: runs of capitals (with digits, "&" or "-" inside) such as UBND,
 * KH&CN, QLKH&ĐMST, BCVT&CĐS, KH-TC, NV2, KH,CN&ĐMST. Roman numerals and words of an all-capitals line are not.
 */
import { charEndAfter, charStartBefore } from './chars';
import { classAt, classBefore, type Found, LETTER, NUMBER, UPPER } from './letters';

export interface AbbreviationToken {
  text: string;
  start: number;
  end: number;
}

const ROMAN = /^(?=[IVXLC]+$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

// A vowel with a tone or a hat: "TỈNH", "QUẢNG" are words written in capitals; no abbreviation has one.
const MARKED_VOWEL = /[ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]/u;

export function findAbbreviations(text: string): AbbreviationToken[] {
  const tokens: (AbbreviationToken & { word: boolean })[] = [];
  for (const match of capitalRuns(text)) {
    let word = match.text;
    // "KH-TC" is one token; a trailing "-" (identifier split at a line end) is not part of it.
    word = word.replace(/-+$/, '');
    if (word.length < 2 || ROMAN.test(word)) continue;
    tokens.push({ text: word, start: match.index, end: match.index + word.length, word: MARKED_VOWEL.test(word) });
  }
  // "TỈNH QUẢNG NGÃI ĐÃ CHỈ ĐẠO": a run of capitals with a marked word in it is prose in capitals.
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i]!.word) continue;
    for (let j = i - 1; j >= 0 && adjacent(text, tokens[j]!, tokens[j + 1]!) && !tokens[j]!.word; j--) tokens[j]!.word = true;
    for (let j = i + 1; j < tokens.length && adjacent(text, tokens[j - 1]!, tokens[j]!) && !tokens[j]!.word; j++) tokens[j]!.word = true;
  }
  return tokens.filter((token) => !token.word).map(({ text: word, start, end }) => ({ text: word, start, end }));
}

function adjacent(text: string, before: AbbreviationToken, after: AbbreviationToken): boolean {
  return /^ +$/.test(text.slice(before.end, after.start));
}

/**
 * What /(?<![\p{L}\p{N}&^])\p{Lu}(?:[\p{Lu}\p{N}&^-]|(?<=\p{Lu}),(?=\p{Lu}))*[\p{Lu}\p{N}](?![\p{L}\p{N}&^])/gu
 * finds, by a scan of the character table: a capital not glued to a word, then the run of capitals, digits,
 * "&", "^", "-" and commas between capitals after it, cut back to its longest part that ends on a capital or digit with nothing glued after. The
 * pattern tries every position (slow on prose), and without its look-behind it was quadratic on a long
 * run of capitals.
 */
export function capitalRuns(text: string): Found[] {
  const found: Found[] = [];
  let start = 0;
  while (start < text.length) {
    const second = charEndAfter(text, start);
    if ((classAt(text, start) & UPPER) === 0 || gluedBefore(text, start)) {
      start = second;
      continue;
    }
    let end = second;
    while (end < text.length && inRun(text, end)) end = charEndAfter(text, end);
    let cut = end;
    while (cut > second && !((classBefore(text, cut) & (UPPER | NUMBER)) !== 0 && !gluedAt(text, cut))) cut = charStartBefore(text, cut);
    if (cut > second) {
      found.push({ index: start, text: text.slice(start, cut) });
      start = cut;
    } else start = second;
  }
  return found;
}

/** A letter, digit, "&" or "^": what an abbreviation must not be glued to. */
function gluedAt(text: string, at: number): boolean {
  return (classAt(text, at) & (LETTER | NUMBER)) !== 0 || text[at] === '&' || text[at] === '^';
}

function gluedBefore(text: string, at: number): boolean {
  return (classBefore(text, at) & (LETTER | NUMBER)) !== 0 || text[at - 1] === '&' || text[at - 1] === '^';
}

/** A capital, digit, "&", "^" or "-", or a comma between two capitals («KH,CN&ĐMST» is one abbreviation). */
function inRun(text: string, at: number): boolean {
  if ((classAt(text, at) & (UPPER | NUMBER)) !== 0 || text[at] === '&' || text[at] === '^' || text[at] === '-') return true;
  return text[at] === ',' && (classBefore(text, at) & UPPER) !== 0 && (classAt(text, at + 1) & UPPER) !== 0;
}
