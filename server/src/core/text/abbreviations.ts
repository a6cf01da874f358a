/**
 * Abbreviations written in a draft: runs of capitals (with digits, "&" or "-" inside) such as UBND,
 * KH&CN, QLKH&ĐMST, BCVT&CĐS, KH-TC, NV2. Roman numerals and words of an all-capitals line are not.
 */
import { charEndAfter } from './chars';
import { classBefore, LETTER, NUMBER } from './letters';

export interface AbbreviationToken {
  text: string;
  start: number;
  end: number;
}

// Not after a letter, digit, "&" or "^": checked by `tokenMatches` (a look-behind here costs ten times more).
const TOKEN = /\p{Lu}[\p{Lu}\p{N}&^-]*[\p{Lu}\p{N}](?![\p{L}\p{N}&^])/gu;
const ROMAN = /^(?=[IVXLC]+$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

// A vowel with a tone or a hat: "TỈNH", "QUẢNG" are words written in capitals; no abbreviation has one.
const MARKED_VOWEL = /[ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴ]/u;

export function findAbbreviations(text: string): AbbreviationToken[] {
  const tokens: (AbbreviationToken & { word: boolean })[] = [];
  for (const match of tokenMatches(text)) {
    let word = match[0];
    // "KH-TC" is one token; a trailing "-" (identifier split at a line end) is not part of it.
    word = word.replace(/-+$/, '');
    if (word.length < 2 || ROMAN.test(word)) continue;
    tokens.push({ text: word, start: match.index!, end: match.index! + word.length, word: MARKED_VOWEL.test(word) });
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

/** What /(?<![\p{L}\p{N}&^])TOKEN/gu finds: where the character before rules a match out, search on from the next. */
export function tokenMatches(text: string): RegExpExecArray[] {
  const found: RegExpExecArray[] = [];
  const pattern = new RegExp(TOKEN);
  let match: RegExpExecArray | null;
  while ((match = pattern.exec(text))) {
    const char = text[match.index - 1];
    if ((classBefore(text, match.index) & (LETTER | NUMBER)) === 0 && char !== '&' && char !== '^') found.push(match);
    // On from the next character: inside a surrogate pair, a Unicode pattern would step back to the same match.
    else pattern.lastIndex = charEndAfter(text, match.index);
  }
  return found;
}
