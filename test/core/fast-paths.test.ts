/**
 * Fast paths give the answers of the simple ones: each optimised scan is compared, on random text, with the
 * plain regular expression it replaced (kept here as the oracle).
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { readMarkdown, readMarkdownWhole } from '../../server/src/core/model/markdown';
import { guardInlineHtml } from '../../server/src/core/model/markdown-guard';
import { wordsByToneStyle } from '../../server/src/core/rules/style-tone-placement';
import { FUNCTION_WORDS, repetitions } from '../../server/src/core/rules/typo-repeated-words';
import { mergeDataRuns, type MergeEvent } from '../../server/src/core/model/micromark-merge';
import { identifierMatches } from '../../server/src/core/citations/parse';
import { dashesGluedOnOneSide } from '../../server/src/core/rules/typo-dash-spacing';
import { spacesBetweenWords } from '../../server/src/core/rules/typo-double-space';
import { builtinRegistry } from '../../server/src/core/registry/builtin';
import { LETTER, MARK, NUMBER, runsOf } from '../../server/src/core/text/letters';
import { findPhrases, phraseTable } from '../../server/src/core/text/phrases';
import { capitalRuns } from '../../server/src/core/text/abbreviations';
import { lowerCaseFormsIn, titleCaseRuns } from '../../server/src/core/rules/style-common-noun';
import { lowerGenerics } from '../../server/src/core/rules/style-unit-capital';
import { isHardWrapped, isTrimmed, splitLines, type SourceLine } from '../../server/src/core/model/lines';
import { LineIndex } from '../../server/src/core/text/lines';
import { findDates } from '../../server/src/core/text/dates';
import { commonPrefix, commonSuffix } from '../../server/src/core/reuse';
import { draftFiles, repoPath } from '../support/paths';
import { check } from '../../server/src/core/check';

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
        assert.deepEqual({ new: fast.new.map((m) => [m.index, m.text]), old: fast.old.map((m) => [m.index, m.text]) }, simple(s));
      }),
      { numRuns: 5000 },
    );
  });

  it('runs of letters, marks and digits: what the \\p{…} patterns match', () => {
    const unicode = fc.string({ unit: 'binary', maxLength: 30 });
    const runs = (s: string, pattern: RegExp) => [...s.matchAll(pattern)].flatMap((m) => [m.index!, m.index! + m[0].length]);
    fc.assert(
      fc.property(fc.oneof(text, unicode), (s) => {
        assert.deepEqual([...runsOf(s, LETTER)], runs(s, /\p{L}+/gu));
        assert.deepEqual([...runsOf(s, LETTER | NUMBER)], runs(s, /[\p{L}\p{N}]+/gu));
        assert.deepEqual([...runsOf(s, LETTER | MARK | NUMBER)], runs(s, /[\p{L}\p{M}\p{N}]+/gu));
      }),
      { numRuns: 5000 },
    );
  });

  it('runs of letters of a very long paragraph, read in parts', function () {
    this.timeout(20_000);
    const runs = (s: string, pattern: RegExp) => [...s.matchAll(pattern)].flatMap((m) => [m.index!, m.index! + m[0].length]);
    // A paragraph of many thousand words, read in parts: a part ends neither inside a word nor inside a
    // surrogate pair (one begins at 16,383 here, and a word of 20,000 letters spans a part's end).
    const longs = [
      ...[4095, 4096, 4097, 8192, 20_001, 50_000].map((words) => Array.from({ length: words }, (_, i) => (i % 7 === 0 ? 'Đà𝒜 ' : 'ab1 ')).join('')),
      `${'a'.repeat(16_383)}𝒜b ${'c'.repeat(20_000)} d`,
      `${' '.repeat(16_383)}𝒜 x`,
    ];
    for (const long of longs) assert.deepEqual([...runsOf(long, LETTER)], runs(long, /\p{L}+/gu), `${long.length} characters`);
  });

  it('source lines: split at every line break and trimmed as String.prototype.trim does', () => {
    const pieces = fc.constantFrom('a', 'Sở', ' ', '\t', '\u00a0', '\u3000', '\ufeff', '\u200b', '\u2028', '\n', '\r', '\r\n', '\v', '𝐀');
    const simple = (s: string) => {
      let start = 0;
      return s.split(/\r\n|\r|\n/).map((raw, index) => {
        const lead = raw.length - raw.trimStart().length;
        const line = { index, start, end: start + raw.length, raw, contentStart: start + lead, contentEnd: start + lead + raw.trim().length, blank: raw.trim() === '' };
        start = line.end + (s.startsWith('\r\n', line.end) ? 2 : 1);
        return line;
      });
    };
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join('')), (s) => assert.deepEqual(splitLines(s, []), simple(s))), { numRuns: 5000 });
    for (let code = 0; code <= 0xffff; code++) assert.equal(isTrimmed(code), String.fromCharCode(code).trim() === '', `U+${code.toString(16)}`);
  });

  it('hard wrapping: nine content lines in ten fit the width, counted as the sorted lengths would say', () => {
    const simple = (lines: SourceLine[]) => {
      const content = lines.filter((line) => !line.blank);
      if (content.length < 8) return false;
      let followedByBlank = 0;
      for (let i = 0; i < lines.length - 1; i++) if (!lines[i]!.blank && lines[i + 1]!.blank) followedByBlank++;
      const lengths = content.map((line) => line.contentEnd - line.contentStart).sort((a, b) => a - b);
      return followedByBlank / content.length >= 0.6 && lengths[Math.floor(lengths.length * 0.9)]! <= 120;
    };
    // Content lines mostly followed by a blank line, one in ten or so too long: both thresholds are crossed.
    const line = fc.record({ long: fc.nat(9).map((n) => n === 0), length: fc.integer({ min: 1, max: 10 }), blankAfter: fc.nat(4).map((n) => n > 0) });
    fc.assert(
      fc.property(fc.array(line, { minLength: 6, maxLength: 40 }), (specs) => {
        const raws = specs.flatMap(({ long, length, blankAfter }) => [(long ? 'a' : 'b').repeat(long ? 120 + length - 5 : length), ...(blankAfter ? [''] : [])]);
        const lines = splitLines(raws.join('\n'), []);
        assert.equal(isHardWrapped(lines), simple(lines));
      }),
      { numRuns: 5000 },
    );
  });

  it('an edit between two versions of a draft: the characters they share at their start and at their end', () => {
    const naivePrefix = (a: string, b: string) => {
      let i = 0;
      while (i < a.length && i < b.length && a[i] === b[i]) i++;
      return i;
    };
    const naiveSuffix = (a: string, b: string, prefix: number) => {
      let i = 0;
      while (i < Math.min(a.length, b.length) - prefix && a[a.length - 1 - i] === b[b.length - 1 - i]) i++;
      return i;
    };
    // Long enough for every chunk size, with the edit anywhere, repeated text around it (which a suffix
    // must not count twice) and edits that change nothing.
    const draft = fc.array(fc.constantFrom('ab', 'a', 'Sở ', '\n', 'x'.repeat(300)), { maxLength: 60 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(draft, fc.nat(), fc.nat(20), fc.constantFrom('', 'a', 'b', 'ab', 'x'.repeat(17)), (a, at, removed, inserted) => {
        const i = at % (a.length + 1);
        const b = a.slice(0, i) + inserted + a.slice(i + removed);
        const prefix = commonPrefix(a, b);
        assert.equal(prefix, naivePrefix(a, b));
        assert.equal(commonSuffix(a, b, prefix), naiveSuffix(a, b, prefix));
      }),
      { numRuns: 3000 },
    );
  });

  it('line index: a line starts after every "\\n", "\\r\\n" and lone "\\r"', () => {
    const pieces = fc.constantFrom('a', 'Sở', ' ', '\n', '\r', '\r\n', '\n\r', '\u2028', '𝐀');
    const simple = (s: string) => [0, ...[...s.matchAll(/\r\n|\r|\n/g)].map((m) => m.index! + m[0].length)];
    fc.assert(fc.property(fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join('')), (s) => assert.deepEqual(new LineIndex(s).lineStarts, simple(s))), { numRuns: 5000 });
  });

  it('dates: long and short forms where the character before allows one to begin', () => {
    const LONG = /(?<![\p{L}\p{N}])ngày\s{1,8}(\d{1,2})\s{1,8}tháng\s{1,8}(\d{1,2})\s{1,8}năm\s{1,8}(\d{4})(?!\p{N})/dgiu;
    const SHORT = /(?<![\p{L}\p{N}/])(\d{1,2})\/(\d{1,2})\/(\d{4})(?![\p{N}/])/dgu;
    const simple = (s: string) =>
      [...[...s.matchAll(LONG)].map((m) => ['long', m.index, m[0]]), ...[...s.matchAll(SHORT)].map((m) => ['short', m.index, m[0]])].sort((a, b) => (a[1] as number) - (b[1] as number));
    const pieces = fc.constantFrom('ngày', 'tháng', ' ', '\n', '1', '2025', '/', 'a', 'Đ', '𝐀', '٣', '-', '27/9/2025', '1/2/3/2025', 'ngày 11 tháng 7 năm 2025', 'NGÀY 01 THÁNG 4 NĂM\n\n2025', 'ngày  5  tháng 12 năm 2024');
    let dates = 0;
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 12 }).map((parts) => parts.join('')), (s) => {
        dates += findDates(s).length;
        assert.deepEqual(findDates(s).map((d) => [d.form, d.start, s.slice(d.start, d.end)]), simple(s));
      }),
      { numRuns: 10000 },
    );
    assert.ok(dates > 2000, `only ${dates} dates in the generated texts`);
  });

  it('typo/double-space: runs of spaces between two characters that are not white space', () => {
    const pieces = fc.constantFrom('a', 'Sở', ' ', '  ', '   ', '\t', '\u00a0', '\u3000', '𝐀', '\udc00', '.');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }).map((parts) => parts.join('')), (s) => {
        assert.deepEqual(spacesBetweenWords(s), [...s.matchAll(/(?<=\S) {2,}(?=\S)/g)].map((m) => ({ index: m.index, length: m[0].length })));
      }),
      { numRuns: 5000 },
    );
  });

  it('typo/dash-spacing: dashes glued on one side', () => {
    const DASH_GLUED_ONE_SIDE = /(?<=\p{L})[-–](?= \p{L})|(?<=\p{L} )[-–](?=\p{L})/gu;
    const pieces = fc.constantFrom('Hiền', 'a', '𝐀', '1', '-', '–', ' ', '  ', ',', '\u0301');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }).map((parts) => parts.join('')), (s) => {
        assert.deepEqual(dashesGluedOnOneSide(s), [...s.matchAll(DASH_GLUED_ONE_SIDE)].map((m) => m.index));
      }),
      { numRuns: 5000 },
    );
  });

  it('place names and misspellings: the words looked up as the phrase pattern finds them', () => {
    const registry = builtinRegistry();
    // Names with a comma, a dash or "&" between their words, and one word the start of another.
    const punctuated = ['Phòng Kế hoạch - Tài chính', 'Sở Văn hóa, Thể thao và Du lịch', 'Sở KH&CN', 'Văn hóa', 'v.v'];
    const tables = [
      phraseTable(registry.places.map((place) => [place.name, place.name] as const)),
      phraseTable(registry.misspellings.map((entry) => [entry.wrong, entry.right] as const)),
      phraseTable(punctuated.map((name) => [name, name] as const)),
    ];
    assert.ok(tables.every((table) => table.byFirstWord), 'the built-in lists take the fast path');
    const words = [...registry.places.map((place) => place.name), ...registry.misspellings.map((entry) => entry.wrong), ...punctuated].flatMap((phrase) => phrase.split(/[^\p{L}\p{M}\p{N}]+/u));
    const cased = fc.tuple(fc.constantFrom(...words), fc.constantFrom('lower', 'upper', 'as is')).map(([word, how]) => (how === 'lower' ? word.toLowerCase() : how === 'upper' ? word.toUpperCase() : word));
    const glue = fc.constantFrom(' ', '  ', '\n', '\u00a0', '', '-', ' - ', ' -\n', '–', '1', '\u0301', ', ', ',', ' ,', '&', '.', 'x');
    const draft = fc.array(fc.oneof(cased, glue), { maxLength: 16 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(draft, (s) => {
        for (const table of tables) assert.deepEqual(findPhrases(s, table), [...s.matchAll(table.pattern!)].map((m) => ({ index: m.index, text: m[0] })));
      }),
      { numRuns: 10000 },
    );
    // Punctuated names alone, so that their words meet often: what stands between them must be as written.
    const names = ['Kế hoạch - Tài chính', 'Văn hóa, Thể thao', 'KH&CN', 'Tài chính', 'hóa'];
    const named = phraseTable(names.map((name) => [name, name] as const));
    // A name with each of its gaps kept or changed (" - " to "-", ", " to " ,"), among other text.
    const nearName = fc
      .tuple(fc.constantFrom(...names), fc.array(fc.option(glue, { nil: undefined }), { minLength: 4, maxLength: 4 }))
      .map(([name, changes]) => {
        let gap = 0;
        return name.replace(/[^\p{L}\p{M}\p{N}]+/gu, (kept) => changes[gap++] ?? kept);
      });
    const nameDraft = fc.array(fc.oneof(nearName, glue), { maxLength: 6 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(nameDraft, (s) => assert.deepEqual(findPhrases(s, named), [...s.matchAll(named.pattern!)].map((m) => ({ index: m.index, text: m[0] })))),
      { numRuns: 10000 },
    );
    const odd = phraseTable([['v.v.', 'vân vân'], ['sử lý', 'xử lý']]);
    assert.equal(odd.byFirstWord, undefined, 'a phrase that ends with a dot: the pattern alone');
    assert.deepEqual(findPhrases('Sử  lý v.v.', odd), [{ index: 0, text: 'Sử  lý' }, { index: 7, text: 'v.v.' }]);
  });

  it('citations: numbers and symbols where the character before allows one to begin', () => {
    const CODE = String.raw`\p{Lu}[\p{L}\p{N}&]*`;
    const IDENTIFIER = new RegExp(String.raw`(?<![\p{N}/.-])(?:(?<=[Ss]ố)|(?<!\p{L}))(\d{1,5})(\s?)(?:-(\p{Lu}\p{L}*)\/(${CODE})|\/( ?)(?:(\d{4})\/)?(${CODE}(?: ?- ?${CODE})*))(?![\p{L}\p{N}&/])`, 'gu');
    const pieces = fc.constantFrom('số', 'Số', 'so', 'x', '𝟏', '1', '25', '123456', '2018', '/', '-', '.', ' ', '&', 'QĐ', 'UBND', 'TB', 'NQ', 'TW', 'KH&CN', 'q', '\u0301', '𝐀');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 24 }).map((parts) => parts.join('')), (s) => {
        assert.deepEqual(identifierMatches(s).map((m) => [...m, m.index]), [...s.matchAll(IDENTIFIER)].map((m) => [...m, m.index]));
      }),
      { numRuns: 10000 },
    );
  });

  it('abbreviations: runs of capitals not glued to a word', () => {
    const TOKEN = /(?<![\p{L}\p{N}&^])\p{Lu}(?:[\p{Lu}\p{N}&^-]|(?<=\p{Lu}),(?=\p{Lu}))*[\p{Lu}\p{N}](?![\p{L}\p{N}&^])/gu;
    const pieces = fc.constantFrom('UBND', 'KH', '&', 'CN', '^', '-', '--', ',', ', ', 'Đ', 'ĐMST', 'x', 'Tỉnh', '2', '𝟏', '𝐀', '𝐚', ' ', '\u0301', '/', '\ud835');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }).map((parts) => parts.join('')), (s) => {
        assert.deepEqual(capitalRuns(s).map((m) => [m.index, m.text]), [...s.matchAll(TOKEN)].map((m) => [m.index, m[0]]));
      }),
      { numRuns: 10000 },
    );
  });

  it('style/common-noun: runs of capitalised words inside a sentence', () => {
    const TITLE_CASE = /(?<=(?<![\p{L}\p{M}])\p{Ll}(?:[\p{L}\p{M}]*\p{Ll})? )\p{Lu}\p{Ll}*(?: \p{Lu}\p{Ll}*)+(?![\p{L}\p{N}])/gu;
    const pieces = fc.constantFrom('Sầu', 'Riêng', 'sầu', 'A', 'a', ' ', '  ', '.', '1', '𝐀', '𝐚', '\u0301', 'Đ', 'x');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 20 }).map((parts) => parts.join('')), (s) => {
        assert.deepEqual(titleCaseRuns(s).map((m) => [m.index, m.text]), [...s.matchAll(TITLE_CASE)].map((m) => [m.index, m[0]]));
      }),
      { numRuns: 10000 },
    );
  });

  it('style/common-noun: the lower-case forms of the capitalised phrases', () => {
    const wanted = new Set(['sầu riêng', 'sầu riêng tươi', 'a b', 'đ 1']);
    // Words, and what stands between them: the words of a phrase stand apart by spaces only.
    const simple = (s: string) => {
      const parts = s.split(/([^\p{L}\p{N}]+)/u);
      const words = parts.filter((_, i) => i % 2 === 0);
      const gaps = parts.filter((_, i) => i % 2 === 1);
      const found: string[] = [];
      for (let i = 0; i < words.length; i++) {
        for (const phrase of wanted) {
          const n = phrase.split(' ').length;
          const spaced = gaps.slice(i, i + n - 1).every((gap) => /^\s+$/u.test(gap));
          if (phrase.startsWith(`${words[i]} `) && spaced && words.slice(i, i + n).join(' ') === phrase) found.push(phrase);
        }
      }
      return found.sort();
    };
    const pieces = fc.constantFrom('sầu', 'riêng', 'tươi', 'Sầu', 'a', 'b', 'đ', '1', ' ', ', ', '-', '\u0301', '𝐚', 'x');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 16 }).map((parts) => parts.join('')), (s) => assert.deepEqual(lowerCaseFormsIn(s, wanted).sort(), simple(s))),
      { numRuns: 10000 },
    );
  });

  it('style/unit-capital: a unit\'s generic word in lower case before a capital', () => {
    const LOWER_GENERIC = /(?<![\p{L}])(?<!(?:[Tt]rưởng|[Vv]ăn) )(phòng|trung tâm|chi cục|trại)(?= (\p{Lu})(\p{L}*))/gu;
    const pieces = fc.constantFrom('phòng', 'trung tâm', 'trại', 'Trưởng', 'trưởng', 'văn', 'Văn', 'x', ' ', 'Kế', 'KH', '𝐀', '\u0301');
    fc.assert(
      fc.property(fc.array(pieces, { maxLength: 16 }).map((parts) => parts.join('')), (s) => {
        assert.deepEqual(lowerGenerics(s).map((m) => [...m, m.index]), [...s.matchAll(LOWER_GENERIC)].map((m) => [...m, m.index]));
      }),
      { numRuns: 10000 },
    );
  });

  it('typo/repeated-words: repetitions', () => {
    const REPEATED_PAIR = /(?<![\p{L}\p{N}])(\p{L}+ \p{L}+) \1(?![\p{L}\p{N}])/gu;
    const REPEATED_WORD = new RegExp(String.raw`(?<![\p{L}\p{N}])(${FUNCTION_WORDS}|\p{Lu}{2,}) \1(?![\p{L}\p{N}])`, 'gu');
    const BEFORE_NUMBER = /(?<![\p{L}\p{N}])(ngày|số) \1(?= \p{N})/gu;
    const CAPITALISED = new RegExp(String.raw`(?<![\p{L}\p{N}])(\p{Lu}\p{Ll}*) (${FUNCTION_WORDS})(?![\p{L}\p{N}])`, 'gu');
    // A few words, so that repetitions (and near misses) are frequent.
    const pieces = fc.constantFrom('UBND', 'UBN', 'tỉnh', 'tỉnhh', 'của', 'và', 'các', 'Các', 'Sở', 'sở', 'từng', 'ngày', 'số', 'a', 'A', '2', '15', 'dần', ' ', ' ', ' ', '  ', ',', '\n');
    const words = fc.array(pieces, { maxLength: 30 }).map((parts) => parts.join(''));
    const simple = (s: string) =>
      [
        ...s.matchAll(REPEATED_PAIR),
        ...s.matchAll(REPEATED_WORD),
        ...s.matchAll(BEFORE_NUMBER),
        ...[...s.matchAll(CAPITALISED)].filter((m) => m[1]!.toLowerCase() === m[2]),
      ].map((m) => [m.index, m[0], m[1]]);
    fc.assert(
      fc.property(words, (s) => assert.deepEqual(repetitions(s).map((m) => [m.index, m[0], m[1]]), simple(s))),
      { numRuns: 10000 },
    );
    assert.equal(repetitions('Ý kiến của UBND tỉnh UBND tỉnh và và các').length, 2);
  });

  it("micromark's text resolver: runs of data events merged in one pass, as its splices merge them", () => {
    // micromark-core's resolveAllText, as published (lib/initialize/text.js): the oracle.
    const original = (events: MergeEvent[]) => {
      let index = -1;
      let enter: number | undefined;
      while (++index <= events.length) {
        if (enter === undefined) {
          if (events[index] && events[index]![1].type === 'data') {
            enter = index;
            index++;
          }
        } else if (!events[index] || events[index]![1].type !== 'data') {
          if (index !== enter + 2) {
            events[enter]![1].end = events[index - 1]![1].end;
            events.splice(enter + 2, index - enter - 2);
            index = enter + 2;
          }
          enter = undefined;
        }
      }
      return events;
    };
    // Enter and exit of tokens, data or not, each ending somewhere: also odd runs, as a resolver may leave.
    const events = fc.array(fc.tuple(fc.constantFrom('enter', 'exit'), fc.constantFrom('data', 'data', 'labelEnd', 'codeText'), fc.nat(100)), { maxLength: 40 });
    const build = (spec: [string, string, number][]) => {
      const tokens = spec.map(([, type, end]) => ({ type, end }));
      return spec.map(([kind], i): MergeEvent => [kind, tokens[i]!]);
    };
    const shape = (list: MergeEvent[]) => list.map(([kind, token]) => `${kind} ${token.type} ${String(token.end)}`);
    fc.assert(
      fc.property(events, (spec) => assert.deepEqual(shape(mergeDataRuns(build(spec))), shape(original(build(spec))))),
      { numRuns: 20000 },
    );
  });
});

describe('the Markdown pass reads only the chunks that matter, as the whole parse would', () => {
  // Pieces that open, close and continue blocks (lists, quotes, indented and fenced code, comments, HTML,
  // front matter, footnotes, link definitions, URLs), with every kind of line end and blank line.
  const PIECES = [
    'Giao Sở', 'tỉnh', ' ', '  ', '    ', '\t', '\n', '\n', '\n\n', '\r\n', '\r', '\n \n', '\n\n    ',
    '[^1]', '[^1]:', '[^2]: Ghi chú', '[^a b]', '[', ']', '^', '- ', '* ', '1. ', '> ', '#', '---', '***',
    '<!--', '-->', '<!-- thongbao-disable -->', '<b>', '</b>', '<div>', '<', '>', '`', '```', '~~~', '<?x',
    '<!DOCTYPE', '<script>', '[a]: /u', '[a]', 'https://x.vn', 'www.x', '\\', '*đậm*', '|', '| a |', '\uFEFF',
  ];
  const draft = fc.array(fc.constantFrom(...PIECES), { maxLength: 40 }).map((parts) => parts.join(''));
  const frontMatter = fc.tuple(fc.constantFrom('---\n', '--- \n', '\uFEFF---\n', '---\r\n', '+++\n'), draft, fc.constantFrom('\n---\n', '\n---', '\n...\n', '\n'), draft)
    .map((parts) => parts.join(''));

  it('on random drafts, with and without front matter', function () {
    this.timeout(120_000);
    fc.assert(
      fc.property(fc.oneof(draft, frontMatter), (text) => assert.deepEqual(readMarkdown(text), readMarkdownWhole(text))),
      { numRuns: 10000 },
    );
  });

  it('on the seeds and fixtures', () => {
    for (const file of [...draftFiles(repoPath('test/fixtures')), ...draftFiles(repoPath('examples'))]) {
      const text = readFileSync(file, 'utf8');
      assert.deepEqual(readMarkdown(text), readMarkdownWhole(text), file);
      assert.deepEqual(readMarkdown(text), readMarkdownWhole(text, { stock: true }), file);
    }
  });

  it('makes inert only the inline openers that cannot close, and gives their characters back', () => {
    const text = 'Giao <!-- a <? b <!x c <![CDATA[ d\n<!-- khối\n\ne <!-- đóng -->\n- <!-- mục';
    const guarded = guardInlineHtml(text);
    assert.equal(guarded.text.length, text.length);
    const changed = [...text].flatMap((char, at) => (guarded.text[at] === char ? [] : [`${at}:${char}`]));
    // The four openers inside the first line; not the one that starts a line, the closed one, or the list item's.
    assert.deepEqual(changed, ['6:!', '13:?', '18:!', '26:C']);
    assert.equal(guarded.restore(guarded.text), text);
    assert.equal(guardInlineHtml('Không có gì').text, 'Không có gì');
  });

  it('makes inert the "]" that nothing opened, but not in a paragraph with a URL nor in "]]>"', () => {
    const text = 'a ] [^1] ] [b]] c\n\nwww.x.vn ]\n\n<![CDATA[[^1]]]]>\n\n]]>';
    const guarded = guardInlineHtml(text);
    const changed = [...text].flatMap((char, at) => (guarded.text[at] === char ? [] : [at]));
    // The first "]" and the one after "[^1]" closes nothing; "[b]]" has one too many; none in the URL's
    // paragraph; and none of a "]]>", even one whose "[" were counted.
    assert.deepEqual(changed, [2, 9, 14]);
    assert.equal(guarded.restore(guarded.text), text);
    // A run of "]" before ">" is read whole by micromark: a stand-in in it moved where a CDATA block ended.
    for (const sample of [text, '<![CDATA[[^1]]]]>\r\n', '<![CDATA[`]`[^1]]]]]>---\n', ']'.repeat(50), `[${']'.repeat(50)}`]) {
      assert.deepEqual(readMarkdownWhole(sample), readMarkdownWhole(sample, { stock: true }), sample);
    }
  });

  it('without reading emphasis, and with unclosable inline HTML and unopened brackets made inert, as a stock parse would', function () {
    this.timeout(120_000);
    // Emphasis marks every way round, openers and closers of comments and instructions, and brackets, next
    // to footnotes, code, links, HTML, URLs, container marks and every kind of line end.
    const marks = fc.constantFrom(
      '*', '_', '**', '__', '~', '~~', '*a_', 'a*', '_a', ' *', '* ', '[^1]', '[^1]: x', '[^a<!--b]', '`', '[a](b)', '[a](<', '<b>', 'www.x.vn', 'https://x',
      '<!--', '<!-->', '<!---', '-->', '--', '<?', '?>', '<?x', '> ', '- ', '1. ', '    ', 'a', ' ', '\t', '\n', '\n\n', '\r\n', '\r', '\n \n', '***', '___', '---\n',
      '<![CDATA[', ']]>', '<!DOCTYPE', '<!x', '>', '<!', 'C', '<!-- thongbao-disable -->', '\uE000', '\uE001', '!', '?',
      ']', ']', '[', '![', '[^1]]', '[^', '\\[', '`]`', 'x@y.vn', 'http://x.vn', '[a]: /u',
    );
    const text = fc.array(marks, { maxLength: 40 }).map((parts) => parts.join(''));
    fc.assert(
      fc.property(text, (s) => assert.deepEqual(readMarkdownWhole(s), readMarkdownWhole(s, { stock: true }))),
      { numRuns: 20000 },
    );
  });

  it('abbreviations: the corrections kept between checks are those a first check finds, in any order of drafts', () => {
    // The index of a draft's abbreviations and the corrections judged against it are kept by content
    // (abbreviation-vocabulary.ts): checking other drafts in between must not change a draft's findings.
    const drafts = draftFiles(repoPath('test/fixtures/rules/abbreviation')).map((file) => readFileSync(file, 'utf8'));
    const findingsOf = (draft: string) => check(draft).findings.filter((finding) => finding.ruleId.startsWith('abbreviation/'));
    const first = drafts.map((draft) => JSON.stringify(findingsOf(draft)));
    assert.ok(first.some((found) => found !== '[]'), 'the fixtures have abbreviation findings');
    for (const [i, draft] of [...drafts.entries()].reverse()) assert.equal(JSON.stringify(findingsOf(draft)), first[i]);
    for (const [i, draft] of drafts.entries()) assert.equal(JSON.stringify(findingsOf(draft)), first[i]);
  });
});
