/**
 * A Party document («ĐẢNG CỘNG SẢN VIỆT NAM» where the Quốc hiệu stands) follows Hướng dẫn 36-HD/VPTW:
 * the rules that hold a notice's own thể thức to NĐ 30 are not run on it; citations and dates still are.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { check, isPartyDocument } from '../../server/src/core/check';
import { parseNotice } from '../../server/src/core/model/parse';
import { RULES } from '../../server/src/core/rules/index';
import { repoPath } from '../support/paths';

const PARTY = readFileSync(repoPath('test/fixtures/rules/party/party-notice.tb.md'), 'utf8');
const STATE = PARTY.replace('ĐẢNG CỘNG SẢN VIỆT NAM', 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM\nĐộc lập - Tự do - Hạnh phúc');
const ruleIds = (text: string) => new Set(check(text).findings.map((finding) => finding.ruleId));

describe('Party documents', () => {
  it('are told by their heading, which is not taken for an agency', () => {
    const model = parseNotice(PARTY);
    assert.ok(isPartyDocument(model));
    assert.equal(model.header.partyHeading?.text, 'ĐẢNG CỘNG SẢN VIỆT NAM');
    assert.equal(model.header.issuingAgency?.text, 'TỈNH ỦY');
    assert.ok(!isPartyDocument(parseNotice(STATE)));
    assert.ok(!isPartyDocument(parseNotice(STATE.replace('Độc lập', 'ĐẢNG CỘNG SẢN VIỆT NAM\nĐộc lập'))), 'a Quốc hiệu makes it a state document');
  });

  it('are not held to the state thể thức, which the same draft under a Quốc hiệu breaks', () => {
    const stateFormat = new Set(RULES.filter((rule) => rule.stateFormat).map((rule) => rule.id));
    const asState = ruleIds(STATE);
    for (const id of ['header/number', 'header/date-extra-zero', 'body/closing', 'recipients/entries', 'recipients/archive', 'signature/authority']) {
      assert.ok(asState.has(id), `${id} under a Quốc hiệu`);
      assert.ok(stateFormat.has(id), `${id} is a state-format rule`);
    }
    const asParty = ruleIds(PARTY);
    assert.deepEqual([...asParty].filter((id) => stateFormat.has(id)), []);
    assert.ok(asParty.has('date/invalid'), 'its dates are checked alike');
  });
});
