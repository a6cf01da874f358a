/**
 * Fixture drafts with their expected findings beside them (`<draft>.expected`), compared exactly; then
 * every fix is applied, the result checked again, and nothing fixable may remain.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, relative } from 'node:path';
import { check } from '../../server/src/core/check';
import { applyFixes, fixAll } from '../../server/src/core/fix';
import { formatFindings, parseExpected } from '../support/expected';
import { draftFiles, REPO, repoPath } from '../support/paths';

/** Fixtures of the rules and the seeds, and the README's examples (their expectations live in test/). */
const cases: { draft: string; expected: string }[] = [
  ...draftFiles(repoPath('test/fixtures')).map((draft) => ({ draft, expected: `${draft}.expected` })),
  ...draftFiles(repoPath('examples')).map((draft) => ({ draft, expected: repoPath('test/fixtures/examples', `${basename(draft)}.expected`) })),
];

describe('fixtures', () => {
  for (const { draft, expected } of cases) {
    const name = relative(REPO, draft);
    describe(name, () => {
      const text = readFileSync(draft, 'utf8');
      const actual = formatFindings(text, check(text).findings);

      it('reports exactly the expected findings', () => {
        if (process.env.UPDATE_SNAPSHOTS) writeFileSync(expected, actual.map((line) => `${line}\n`).join(''));
        assert.ok(existsSync(expected), `${relative(REPO, expected)} is missing; run with UPDATE_SNAPSHOTS=1 and review it`);
        assert.deepEqual(actual, parseExpected(readFileSync(expected, 'utf8')));
      });

      it('leaves nothing fixable once its fixes are applied, and fixing again changes nothing', () => {
        const { text: fixed } = fixAll(text);
        assert.deepEqual(check(fixed).findings.filter((finding) => finding.fix).map((f) => f.ruleId), []);
        assert.equal(applyFixes(fixed, check(fixed).findings).text, fixed);
        assert.equal(fixAll(fixed).text, fixed);
      });
    });
  }
});
