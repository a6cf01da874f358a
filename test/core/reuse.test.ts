/**
 * A check that reuses what earlier checks of the same draft computed (the editor's path while typing) gives
 * exactly the findings of a fresh check, whatever the edits in between, and across a change of registry.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { check } from '../../server/src/core/check';
import { builtinRegistry, builtinRegistryData } from '../../server/src/core/registry/builtin';
import { mergeRegistry } from '../../server/src/core/registry/merge';
import { Registry } from '../../server/src/core/registry/registry';
import { Reuse, withReuse } from '../../server/src/core/reuse';
import { citedParagraphs } from '../../server/src/core/rules/util';
import { draftDates, findDates } from '../../server/src/core/text/dates';
import { normalizeNfc } from '../../server/src/core/text/normalize';
import { spansWithin } from '../../server/src/core/text/search';
import { mutate, mutation, type Mutation } from '../support/arbitraries';
import { draftFiles, repoPath } from '../support/paths';

const drafts = [...draftFiles(repoPath('test/fixtures/seeds')), ...draftFiles(repoPath('examples'))].map((path) => readFileSync(path, 'utf8'));
// A second registry that changes what several scans find: a place, a misspelling, a known document.
const other = new Registry(
  mergeRegistry(builtinRegistryData(), {
    places: [{ name: 'Giao Sở', kind: 'xã' }],
    misspellings: [{ wrong: 'chủ trì', right: 'chủ trì phối hợp' }],
  }),
);

describe('a check reusing earlier checks of the draft equals a fresh check', function () {
  this.timeout(120_000);

  it('over random sequences of edits of the seeds and examples, with the registry changed now and then', () => {
    const step = fc.record({ changes: fc.array(mutation, { minLength: 1, maxLength: 3 }), otherRegistry: fc.boolean() });
    fc.assert(
      fc.property(fc.nat(drafts.length - 1), fc.array(step, { minLength: 1, maxLength: 6 }), (which, steps) => {
        const reuse = new Reuse();
        let text = drafts[which]!;
        check(text, { reuse });
        for (const { changes, otherRegistry } of steps) {
          text = mutate(text, changes);
          const registry = otherRegistry ? other : builtinRegistry();
          const incremental = check(text, { reuse, registry });
          const fresh = check(text, { registry });
          assert.deepEqual(incremental.findings, fresh.findings);
          assert.deepEqual(incremental.failures, fresh.failures);
        }
      }),
      { seed: 4242, numRuns: 150 },
    );
  });

  it('typing a word letter by letter and taking it back', () => {
    const reuse = new Reuse();
    const draft = drafts[0]!;
    const at = draft.indexOf('\n', draft.length >> 1);
    // Words, an invisible character, decomposed letters (NFD) and an old encoding's «Th«ng b¸o», one by one.
    const word = ` Giao Sở Tài chính chủ trì (\u200b${'Quyết định'.normalize('NFD')} Th«ng b¸o`;
    for (let i = 0; i <= word.length; i++) {
      const text = draft.slice(0, at) + word.slice(0, i) + draft.slice(at);
      assert.deepEqual(check(text, { reuse }).findings, check(text).findings, `after ${i} letters`);
    }
    for (let i = word.length; i >= 0; i--) {
      const text = draft.slice(0, at) + word.slice(0, i) + draft.slice(at);
      assert.deepEqual(check(text, { reuse }).findings, check(text).findings, `back to ${i} letters`);
    }
  });

  it('padding a list item as a converter does, then unpadding it: the whole draft\'s lists change their reading', () => {
    // With every item padded («1.  …»), the spaces after a mark are markup; one typed item among the others
    // (seed 000's «-  Giao …») is a double space. The edit of one line flips what every other paragraph means.
    const reuse = new Reuse();
    const padded = readFileSync(repoPath('test/fixtures/rules/typo/pandoc-list-padding.tb.md'), 'utf8');
    const at = padded.indexOf('2.  Giao');
    for (const text of [padded, padded.slice(0, at) + '2. ' + padded.slice(at + 4), padded, padded.slice(0, at) + '2.   ' + padded.slice(at + 4), padded]) {
      assert.deepEqual(check(text, { reuse }).findings, check(text).findings);
    }
  });

  it('putting a row of three cells in and taking it out: a wrapped cell\'s gap elsewhere changes its reading', () => {
    // With a table laid out in columns in the draft, a line's one wide gap is the layout's; without, a double
    // space. The edit of one paragraph flips what another, untouched, means.
    const reuse = new Reuse();
    const plain = 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nMột ô bảng xuống dòng      Các khoa có học phần\n\nĐoạn khác.\n\nThông báo để các phòng biết, thực hiện./.\n';
    const withRow = plain.replace('Đoạn khác.', 'STT   Nội dung   Đơn vị chủ trì');
    const gaps = (text: string) => check(text).findings.filter((f) => f.ruleId === 'typo/double-space').length;
    assert.deepEqual([gaps(plain), gaps(withRow)], [1, 0]);
    for (const text of [plain, withRow, plain, withRow]) {
      assert.deepEqual(check(text, { reuse }).findings, check(text).findings);
    }
  });

  it('changing letters at the ends of paragraphs, the length kept', () => {
    // An edit that keeps the paragraph's spans: only the text under them tells the paragraph changed.
    const reuse = new Reuse();
    let text = drafts[0]!;
    check(text, { reuse });
    const ends = [...text.matchAll(/\p{L}(?=[.;:]? *\r?\n)/gu)].map((match) => match.index!).filter((_, i) => i % 3 === 0);
    for (const at of ends) {
      for (const letter of ['x', 'Đ']) {
        text = text.slice(0, at) + letter + text.slice(at + 1);
        const incremental = check(text, { reuse });
        const fresh = check(text);
        assert.deepEqual(incremental.findings, fresh.findings, `at ${at}`);
        assert.deepEqual(citedParagraphs(incremental.model).map((p) => p.text), citedParagraphs(fresh.model).map((p) => p.text), `at ${at}`);
      }
    }
  });

  it('tells a draft in NFC from the lines an edit changed, and normalises any other draft whole', () => {
    // Marks typed after a letter, at a line's start, decomposed lines: the edit's lines alone must tell.
    const marks = fc.constantFrom('\u0301', '\u0323', '\u0302', 'a\u0301', '\u0301\n', '\n\u0301', 'ệ', 'e\u0302\u0323');
    const edit = fc.oneof(mutation, fc.record({ kind: fc.constant('char' as const), line: fc.nat(), at: fc.nat(), remove: fc.nat(2), insert: marks }));
    fc.assert(
      fc.property(fc.nat(drafts.length - 1), fc.array(fc.array(edit, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 8 }), (which, steps) => {
        const reuse = new Reuse();
        let text = drafts[which]!;
        for (const changes of [[], ...steps]) {
          text = mutate(text, changes);
          const normalized = reuse.normalize(text);
          const fresh = normalizeNfc(text);
          assert.equal(normalized.text, fresh.text);
          for (let offset = 0; offset <= fresh.text.length; offset += 97) assert.equal(normalized.toSource(offset), fresh.toSource(offset));
          reuse.begin(builtinRegistry(), normalized.text);
        }
      }),
      { seed: 77, numRuns: 300 },
    );
  });

  it('finds again around the edit only what a scan of the whole draft finds', () => {
    const find = (text: string, from: number, to: number) => spansWithin(text, from, to, /[[<\u200b]+|```/g);
    assertOverEdits(['[', '<', '\u200b', '```', '[^1]', '\n', 'x'], 3, { seed: 78, numRuns: 300 }, (reuse, text, scanned) => {
      reuse.begin(builtinRegistry(), text);
      if (scanned) assert.deepEqual(reuse.aroundEdit('marks', text, find), find(text, 0, text.length));
    });
    // A find at the very start, deleted, leaving a line break first.
    const atStart = new Reuse();
    for (const text of ['\u200b\nabc [x', '\nabc [x', '[\nabc [x']) {
      atStart.begin(builtinRegistry(), text);
      assert.deepEqual(atStart.aroundEdit('marks', text, find), find(text, 0, text.length), JSON.stringify(text));
    }
    // A match the edit extends or cuts from inside: «[» typed after «[», the third «`» of a fence.
    const reuse = new Reuse();
    const draft = drafts[0]!;
    const at = draft.indexOf('\n', draft.length >> 1);
    for (const typed of ['[[[x', '``x`', '\u200b[<']) {
      for (const length of [...Array(typed.length + 1).keys(), ...[...Array(typed.length).keys()].reverse()]) {
        const text = `${draft.slice(0, at)}[${typed.slice(0, length)}${draft.slice(at)}`;
        reuse.begin(builtinRegistry(), text);
        assert.deepEqual(reuse.aroundEdit('marks', text, find), find(text, 0, text.length), `«${typed.slice(0, length)}»`);
      }
    }
  });

  it('searches near the edit only: what a search of the whole text finds, whatever the finds the edit makes, breaks or lengthens', () => {
    // Finds of up to 32 characters over line breaks, often overlapping candidates: a search that resumes at the
    // wrong point, or keeps a find the edit changed, gives another list.
    const reach = 34; // look-behind 31, find 32
    const search = (text: string, from: number, until: number) => {
      const found: { start: number; end: number }[] = [];
      const pattern = /(?<!xb[ab]{0,29})a[ab\n]{0,30}b/g;
      pattern.lastIndex = from;
      for (let match = pattern.exec(text); match && match.index < until; match = pattern.exec(text)) found.push({ start: match.index, end: match.index + match[0].length });
      return found;
    };
    const moved = (find: { start: number; end: number }, by: number) => ({ start: find.start + by, end: find.end + by });
    // Mostly «a» and «b»: long runs, where the look-behind reaches far and finds overlap; edits of a letter or two.
    const unit = fc.oneof({ weight: 94, arbitrary: fc.constantFrom('a', 'b') }, { weight: 6, arbitrary: fc.constantFrom('x', 'xb', '\n') });
    const text = fc.string({ unit, minLength: 40, maxLength: 300, size: 'max' });
    const edit = fc.record({ at: fc.nat(), remove: fc.nat(4), insert: fc.oneof(fc.constantFrom('x', 'xb'), fc.string({ unit, maxLength: 4 })), searched: fc.boolean() });
    fc.assert(
      fc.property(text, fc.array(edit, { minLength: 1, maxLength: 10 }), (first, edits) => {
        const reuse = new Reuse();
        let current = first;
        reuse.begin(builtinRegistry(), current);
        reuse.searchedAroundEdit('ab', current, reach, search, moved);
        for (const { at, remove, insert, searched } of edits) {
          const from = current.length === 0 ? 0 : at % (current.length + 1);
          current = current.slice(0, from) + insert + current.slice(from + remove);
          reuse.begin(builtinRegistry(), current);
          if (searched) assert.deepEqual(reuse.searchedAroundEdit('ab', current, reach, search, moved), search(current, 0, current.length));
        }
      }),
      { seed: 80, numRuns: 5000 },
    );
  });

  it('finds near the edit only the dates a search of the whole draft finds, a date over a line break included', () => {
    // Pieces of both forms, so that edits make, break, join and lengthen dates: «ngày 27 tháng» + «9 năm 2025».
    const pieces = ['ngày', 'ngày ', ' 27', '27/9', '/2025', '9/2025', ' tháng 9', ' năm 2025', '2025', '\n', '1', '/', ' ', 'x'];
    const registry = builtinRegistry();
    assertOverEdits(pieces, 12, { seed: 79, numRuns: 400 }, (reuse, text, searched) => {
      withReuse(reuse, registry, text, () => {
        if (searched) assert.deepEqual(draftDates(text), findDates(text));
      });
    });
    // Typed one character at a time, and taken back, next to a date: the search must resume where a whole one would.
    const reuse = new Reuse();
    const draft = drafts[0]!;
    const at = draft.indexOf('\n', draft.length >> 1);
    const typed = ' ngày 27 tháng\n9 năm 2025, ngày 1/10/2025 và 12/10/20255';
    for (const length of [...Array(typed.length + 1).keys(), ...[...Array(typed.length).keys()].reverse()]) {
      const text = `${draft.slice(0, at)}${typed.slice(0, length)}${draft.slice(at)}`;
      withReuse(reuse, registry, text, () => assert.deepEqual(draftDates(text), findDates(text), `«${typed.slice(0, length)}»`));
    }
  });

  it('keeps what the last two checks used, and lets go of kinds no longer asked for', () => {
    const reuse = new Reuse();
    const registry = builtinRegistry();
    const texts = Array.from({ length: 50 }, (_, i) => `đoạn ${i}`);
    for (let round = 0; round < 300; round++) {
      reuse.begin(registry);
      // One kind asked for every time, one named after what it looks for (new every round), one edited text.
      for (const text of texts) reuse.get('stable', text, (t) => t.length);
      for (const text of texts.slice(0, 5)) reuse.get(`looking for ${round}`, text, (t) => t.length);
      reuse.get('stable', `đoạn đang gõ ${round}`, (t) => t.length);
    }
    // Stale values are swept once they outnumber the live ones: bounded by the draft, not by the rounds.
    const { kinds, values } = reuse.size;
    assert.ok(kinds <= 40, `${kinds} kinds kept after 300 rounds`);
    assert.ok(values <= 2 * 56 + 64 + 56, `${values} values kept`);
  });
});

/**
 * Random edits of the seeds and examples, with `pieces` typed in among them, each draft handed to `step` with
 * one Reuse. A step may skip the scan: a check that does not make it (its rule turned off) leaves the next one
 * nothing to build on.
 */
function assertOverEdits(pieces: string[], remove: number, parameters: fc.Parameters<[number, { changes: Mutation[]; scanned: boolean }[]]>, step: (reuse: Reuse, text: string, scanned: boolean) => void): void {
  const typed = fc.record({ kind: fc.constant('char' as const), line: fc.nat(), at: fc.nat(), remove: fc.nat(remove), insert: fc.constantFrom(...pieces) });
  const steps = fc.array(fc.record({ changes: fc.array(fc.oneof(mutation, typed), { minLength: 1, maxLength: 3 }), scanned: fc.boolean() }), { minLength: 1, maxLength: 8 });
  fc.assert(
    fc.property(fc.nat(drafts.length - 1), steps, (which, edits) => {
      const reuse = new Reuse();
      let text = drafts[which]!;
      for (const { changes, scanned } of [{ changes: [], scanned: true }, ...edits]) {
        text = mutate(text, changes);
        step(reuse, text, scanned);
      }
    }),
    parameters,
  );
}
