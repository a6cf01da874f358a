/**
 * Abbreviations written in a draft: runs of capitals (with digits, "&" or "-" inside) such as UBND,
 * KH&CN, QLKH&ĐMST, BCVT&CĐS, KH-TC, NV2. Roman numerals and words of an all-capitals line are not.
 */
export interface AbbreviationToken {
  text: string;
  start: number;
  end: number;
}

const TOKEN = /(?<![\p{L}\p{N}&^])\p{Lu}[\p{Lu}\p{N}&^-]*[\p{Lu}\p{N}](?![\p{L}\p{N}&^])/gu;
const ROMAN = /^(?=[IVXLC]+$)C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})$/;

export function findAbbreviations(text: string): AbbreviationToken[] {
  const tokens: AbbreviationToken[] = [];
  for (const match of text.matchAll(TOKEN)) {
    let word = match[0];
    // "KH-TC" is one token; a trailing "-" (identifier split at a line end) is not part of it.
    word = word.replace(/-+$/, '');
    if (word.length < 2 || ROMAN.test(word)) continue;
    tokens.push({ text: word, start: match.index!, end: match.index! + word.length });
  }
  return tokens;
}
