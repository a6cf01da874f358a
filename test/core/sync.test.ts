/**
 * The rule list, the rule pages, the README's table and the settings schema stay in step: the generated
 * files must be what `npm run generate` writes, and every rule has its page.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readFileSync } from 'node:fs';
import { check } from '../../server/src/core/check';
import { RULES } from '../../server/src/core/rules/index';
import { GENERATED } from '../../server/src/tools/generate';
import { repoPath } from '../support/paths';

describe('rules, docs, README and settings in step', () => {
  for (const { file, generate } of GENERATED) {
    it(`${file} is what npm run generate writes`, () => {
      const current = existsSync(repoPath(file)) ? readFileSync(repoPath(file), 'utf8') : '';
      assert.equal(generate(current), current, `run npm run generate: ${file} is out of date`);
    });
  }

  it('rule ids are unique, kebab-case and grouped by area', () => {
    const ids = RULES.map((rule) => rule.id);
    assert.equal(new Set(ids).size, ids.length);
    for (const id of ids) assert.match(id, /^[a-z]+\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  for (const rule of RULES) {
    it(`${rule.id}: its wrong example triggers it, its right example does not`, () => {
      const wrong = check(rule.examples.wrong).findings.filter((finding) => finding.ruleId === rule.id);
      const right = check(rule.examples.right).findings.filter((finding) => finding.ruleId === rule.id);
      assert.ok(wrong.length > 0, 'the wrong example must trigger the rule');
      assert.deepEqual(right.map((finding) => finding.message), [], 'the right example must not trigger the rule');
    });
  }
});
