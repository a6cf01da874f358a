/** fixAll's passes: fixes that undo each other leave the draft as it was. */
import { strict as assert } from 'node:assert';
import { fixAll } from '../../server/src/core/fix';
import type { Finding } from '../../server/src/core/rules/types';

/** A check whose one fix turns «HSMT» into «HSDT» and back: a pair of "slips" of each other. */
function swapping(text: string): { findings: Finding[] } {
  const at = text.search(/HS[MD]T/u);
  if (at < 0) return { findings: [] };
  const other = text.slice(at, at + 4) === 'HSMT' ? 'HSDT' : 'HSMT';
  return { findings: [{ ruleId: 'abbreviation/typo', severity: 'error', message: '', start: at, end: at + 4, fix: { title: '', edits: [{ start: at, end: at + 4, newText: other }] } }] };
}

describe('fixAll', () => {
  it('stops where fixes lead back to a text already passed, and counts none of the cycle', () => {
    assert.deepEqual(fixAll('Nộp HSMT.', {}, swapping), { text: 'Nộp HSMT.', fixed: 0 });
  });

  it('applies fixes pass after pass until none is left', () => {
    let calls = 0;
    const oneAtATime = (text: string) => {
      calls++;
      const at = text.indexOf('  ');
      return { findings: at < 0 ? [] : [{ ruleId: 'typo/double-space', severity: 'warning' as const, message: '', start: at, end: at + 2, fix: { title: '', edits: [{ start: at, end: at + 2, newText: ' ' }] } }] };
    };
    assert.deepEqual(fixAll('a    b', {}, oneAtATime), { text: 'a b', fixed: 3 });
    assert.equal(calls, 4);
  });
});
