/**
 * Fast paths give the answers of the simple ones: each optimised scan is compared, on random text, with the
 * plain regular expression it replaced (kept here as the oracle).
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { wordsByToneStyle } from '../../server/src/core/rules/style-tone-placement';
import { repetitions } from '../../server/src/core/rules/typo-repeated-words';

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

  it('typo/repeated-words: repetitions', () => {
    const REPEATED_PAIR = /(?<![\p{L}\p{N}])(\p{L}+ \p{L}+) \1(?![\p{L}\p{N}])/gu;
    const REPEATED_WORD = /(?<![\p{L}\p{N}])(và|của|các|những|với|cho|tại|theo|trong|để|được|là|có|đã|số|ngày|\p{Lu}{2,}) \1(?![\p{L}\p{N}])/gu;
    // A few words, so that repetitions (and near misses) are frequent.
    const pieces = fc.constantFrom('UBND', 'UBN', 'tỉnh', 'tỉnhh', 'của', 'và', 'các', 'a', 'A', '2', 'dần', ' ', ' ', ' ', '  ', ',', '\n');
    const words = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));
    const simple = (s: string) => [...s.matchAll(REPEATED_PAIR), ...s.matchAll(REPEATED_WORD)].map((m) => [m.index, m[0], m[1]]);
    fc.assert(
      fc.property(words, (s) => assert.deepEqual(repetitions(s).map((m) => [m.index, m[0], m[1]]), simple(s))),
      { numRuns: 10000 },
    );
    assert.equal(repetitions('Ý kiến của UBND tỉnh UBND tỉnh và và các').length, 2);
  });
});
