/**
 * Property tests over the whole core: for arbitrary text, Unicode soup and mutated real notices, check()
 * never throws, no rule fails, every range is inside the draft on UTF-16 boundaries, every fix applies, and
 * fixing everything twice equals fixing once (test/support/invariants.ts).
 *
 * Fixed seeds keep CI reproducible. `npm run fuzz` runs the same properties with a random seed and many
 * more inputs (THONGBAO_FUZZ=<runs multiplier>); a failure prints the seed and the path to replay it.
 */
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import fc from 'fast-check';
import { findCitations } from '../../server/src/core/citations/parse';
import { applyFixes } from '../../server/src/core/fix';
import { joinLines } from '../../server/src/core/model/body';
import { splitLines } from '../../server/src/core/model/lines';
import { builtinRegistry } from '../../server/src/core/registry/builtin';
import { anyText, mutate, mutation, noticeSoup } from '../support/arbitraries';
import { recordFigures } from '../support/figures';
import { invariantProblems, overlaps } from '../support/invariants';
import { repoPath } from '../support/paths';

const LONG_RUN = Number(process.env.THONGBAO_FUZZ ?? 0);
const multiplier = LONG_RUN > 0 ? LONG_RUN : 1;
/** A random seed in a long run (printed first), a fixed one per property otherwise. */
const seedFor = (fixed: number) => (LONG_RUN > 0 ? (Date.now() ^ (fixed * 7919)) >>> 0 : fixed);

const drafts = [
  ...readdirSync(repoPath('test/fixtures/seeds')).filter((name) => name.endsWith('.txt')).map((name) => repoPath('test/fixtures/seeds', name)),
  ...readdirSync(repoPath('examples')).filter((name) => name.endsWith('.tb.md')).map((name) => repoPath('examples', name)),
].map((path) => ({ name: path.slice(path.lastIndexOf('/') + 1), text: readFileSync(path, 'utf8') }));

const tried: Record<string, number> = {};
const failed: string[] = [];

function holds(name: string, fixedSeed: number, numRuns: number, arbitrary: fc.Arbitrary<string>, fixes: boolean): void {
  const seed = seedFor(fixedSeed);
  if (LONG_RUN > 0) console.log(`      ${name}: seed ${seed}, ${numRuns * multiplier} runs`);
  let count = 0;
  try {
    fc.assert(
      fc.property(arbitrary, (text) => {
        count++;
        const problems = invariantProblems(text, { fixes });
        assert.deepEqual(problems, [], `${problems.join('\n')}\ninput: ${JSON.stringify(text.length > 2000 ? `${text.slice(0, 2000)}…` : text)}`);
      }),
      { seed, numRuns: numRuns * multiplier },
    );
  } catch (error) {
    failed.push(`${name} (seed ${seed})`);
    throw error;
  } finally {
    tried[name] = (tried[name] ?? 0) + count;
  }
}

describe('fuzz: the core holds its promises on any input', function () {
  this.timeout(LONG_RUN > 0 ? 0 : 120_000);

  after(() => recordFigures(LONG_RUN > 0 ? 'fuzz-long' : 'fuzz', { multiplier, tried, total: Object.values(tried).reduce((a, b) => a + b, 0), failed }));

  it('arbitrary Unicode: every code point, lone surrogates, marks, zero-width, bidi, emoji', () => {
    holds('arbitrary Unicode', 1001, 400, anyText, true);
  });

  it('notice-like token soup in NFC, NFD and mixed forms', () => {
    holds('notice token soup', 1002, 300, noticeSoup, true);
  });

  for (const [i, draft] of drafts.entries()) {
    it(`mutations of ${draft.name}: lines deleted, swapped, duplicated, decomposed; characters changed`, () => {
      const mutated = fc.array(mutation, { minLength: 1, maxLength: 12 }).map((changes) => mutate(draft.text, changes));
      holds(`mutations of ${draft.name}`, 2000 + i, 25, mutated, true);
    });
  }

  it('applyFixes applies a set of fixes that never overlap, each whole or not at all', () => {
    const seed = seedFor(1004);
    const text = 'Ngày 1 tháng 2 năm 2025, Sở chủ trì.';
    const edit = fc.tuple(fc.nat(text.length), fc.nat(4), fc.constantFrom('', 'x', 'yy')).map(([start, length, newText]) => ({ start, end: Math.min(text.length, start + length), newText }));
    const fix = fc.array(edit, { minLength: 1, maxLength: 3 }).filter((edits) => edits.every((a, i) => edits.every((b, j) => i === j || !overlaps(a, b))));
    let count = 0;
    fc.assert(
      fc.property(fc.array(fix, { maxLength: 5 }), (fixes) => {
        count++;
        const findings = fixes.map((edits, i) => ({ ruleId: `r${i}`, severity: 'warning' as const, message: '', start: 0, end: 0, fix: { title: '', edits } }));
        const { text: result, applied } = applyFixes(text, findings);
        // Some subset of `applied` fixes, pairwise apart, gives exactly this text.
        const subsets = [...Array(1 << fixes.length).keys()].map((mask) => fixes.filter((_, i) => mask & (1 << i))).filter((subset) => subset.length === applied);
        const explains = subsets.some((subset) => {
          const edits = subset.flat();
          if (edits.some((a, i) => edits.some((b, j) => i !== j && overlaps(a, b)))) return false;
          const ordered = [...edits].sort((a, b) => b.start - a.start || b.end - a.end); // as applyFixes: an insertion goes before what is replaced at its point
          return ordered.reduce((current, e) => current.slice(0, e.start) + e.newText + current.slice(e.end), text) === result;
        });
        assert.ok(explains, `no set of ${applied} separate fixes gives ${JSON.stringify(result)}`);
        // And a fix whose span does not even touch another one's is always taken (fixes that meet or
        // interleave may wait for the next pass).
        const span = (edits: { start: number; end: number }[]) => ({ start: Math.min(...edits.map((e) => e.start)), end: Math.max(...edits.map((e) => e.end)) });
        const touch = (a: { start: number; end: number }, b: { start: number; end: number }) => a.start <= b.end && b.start <= a.end;
        const alone = fixes.filter((edits, i) => fixes.every((other, j) => i === j || !touch(span(edits), span(other))));
        assert.ok(applied >= alone.length, `${alone.length} fixes are apart from all others, only ${applied} applied`);
      }),
      { seed, numRuns: 500 * multiplier },
    );
    tried['fix sets for applyFixes'] = count;
  });

  it('applyFixes: a fix whose edits come out of order is kept apart by its whole span (regression)', () => {
    // The second fix deletes "Ng" after inserting at 0: judged by its first edit alone it was taken with the
    // first fix, whose insertion at 1 then landed inside the deleted text.
    const fix = (...edits: { start: number; end: number; newText: string }[]) => ({ ruleId: 'r', severity: 'warning' as const, message: '', start: 0, end: 0, fix: { title: '', edits } });
    const { text, applied } = applyFixes('Ngày', [fix({ start: 1, end: 1, newText: 'X' }), fix({ start: 0, end: 0, newText: '' }, { start: 0, end: 2, newText: 'ng' })]);
    assert.equal(applied, 1);
    assert.ok(text === 'NXgày' || text === 'ngày', text);
  });

  it('the citation grammar alone on citation-heavy soup', () => {
    const seed = seedFor(1003);
    const unit = fc.constantFrom('1', '2', '9', '/', '-', 'số', ' ', 'ngày', 'QĐ', 'UBND', 'TW', 'NQ', 'của', 'về', '\n', 'Công văn', 'Quyết định', ':', ';', '2025', '20', 'năm', 'tháng', '\u0301', '\u200B', '😀', '\uD800');
    let count = 0;
    fc.assert(
      fc.property(fc.string({ unit, maxLength: 300 }), (text) => {
        count++;
        const lines = splitLines(`x ${text}`, []).filter((line) => !line.blank);
        if (lines.length === 0) return;
        const joined = joinLines(lines);
        for (const citation of findCitations(joined, builtinRegistry())) {
          const { start, end } = citation.identifier;
          assert.ok(start >= 0 && start < end && end <= joined.text.length, `identifier ${start}-${end} outside the text`);
        }
      }),
      { seed, numRuns: 1000 * multiplier },
    );
    tried['citation soup'] = count;
  });
});
