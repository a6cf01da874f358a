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
import { joinLines } from '../../server/src/core/model/body';
import { splitLines } from '../../server/src/core/model/lines';
import { builtinRegistry } from '../../server/src/core/registry/builtin';
import { anyText, mutate, mutation, noticeSoup } from '../support/arbitraries';
import { recordFigures } from '../support/figures';
import { invariantProblems } from '../support/invariants';
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
