/**
 * Fast paths give the answers of the simple ones: each optimised scan is compared, on random text, with the
 * plain regular expression it replaced (kept here as the oracle).
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { wordsByToneStyle } from '../../server/src/core/rules/style-tone-placement';

// Letters that make or break the patterns (q before u, marked and unmarked vowels, both cases), a combining
// mark, a letter outside the BMP, digits, spaces and punctuation.
const ALPHABET = [...'qQoOuUòóỏõọÒÓùúủũụÙaAeEyYàáảãạèéẸỳýỷỹỵỶhđ .,-1\u0301', '𝐀'];
const text = fc.array(fc.constantFrom(...ALPHABET), { maxLength: 40 }).map((chars) => chars.join(''));

describe('fast paths equal the simple scans', () => {
  it('style/tone-placement: words by tone style', () => {
    const NEW_STYLE = /(?<![\p{L}])[\p{L}]*?(?<![qQ])(?:[òóỏõọ][aAeE]|[ùúủũụ][yY]|[ÒÓỎÕỌ][aAeE]|[ÙÚỦŨỤ][yY])(?![\p{L}])/gu;
    const OLD_STYLE = /(?<![\p{L}])[\p{L}]*?(?<![qQ])(?:[oO][àáảãạèéẻẽẹÀÁẢÃẠÈÉẺẼẸ]|[uU][ỳýỷỹỵỲÝỶỸỴ])(?![\p{L}])/gu;
    const simple = (s: string) => ({ new: [...s.matchAll(NEW_STYLE)].map((m) => [m.index, m[0]]), old: [...s.matchAll(OLD_STYLE)].map((m) => [m.index, m[0]]) });
    fc.assert(
      fc.property(text, (s) => {
        const fast = wordsByToneStyle(s);
        assert.deepEqual({ new: fast.new.map((m) => [m.index, m[0]]), old: fast.old.map((m) => [m.index, m[0]]) }, simple(s));
      }),
      { numRuns: 5000 },
    );
  });
});
