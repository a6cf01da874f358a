/** NFC, NFD and mixed input give the same findings, at the exact characters of the input as given. */
import { strict as assert } from 'node:assert';
import { check } from '../../server/src/core/check';
import { inFormOf, normalizeNfc } from '../../server/src/core/text/normalize';

const DRAFT = 'Quảng Ngãi, ngày 1 tháng 2 năm 2025\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở\n\nNgày 31/4/2025, Giám đốc Sở chủ trì cuộc họp.\n';

describe('unicode', () => {
  const nfc = DRAFT.normalize('NFC');
  const nfd = DRAFT.normalize('NFD');
  // The first line precomposed, the rest decomposed, as when a draft is assembled from two sources.
  const mixed = nfc.slice(0, nfc.indexOf('\n') + 1) + nfd.slice(nfd.indexOf('\n') + 1);

  for (const [name, text] of [['NFC', nfc], ['NFD', nfd], ['mixed', mixed]] as const) {
    it(`finds the same defects in ${name} text, at the same characters`, () => {
      const findings = check(text).findings.filter((f) => f.ruleId.startsWith('date/') || f.ruleId.startsWith('header/date'));
      assert.deepEqual(findings.map((f) => f.ruleId), ['header/date-zero-padding', 'header/date-zero-padding', 'date/invalid']);
      assert.deepEqual(findings.map((f) => text.slice(f.start, f.end)), ['1', '2', '31/4/2025']);
    });
  }

  it('maps every normalised offset back inside the source, monotonically', () => {
    const source = 'Thông báo kết luận: Sở Khoa học và Công nghệ'.normalize('NFD');
    const normalized = normalizeNfc(source);
    assert.equal(normalized.text, source.normalize('NFC'));
    let previous = 0;
    for (let offset = 0; offset <= normalized.text.length; offset++) {
      const mapped = normalized.toSource(offset);
      assert.ok(mapped >= previous && mapped <= source.length);
      previous = mapped;
    }
    assert.equal(normalized.toSource(normalized.text.length), source.length);
  });

  it('applies a fix in NFD text where the user sees it', () => {
    const finding = check(nfd).findings.find((f) => f.ruleId === 'header/date-zero-padding');
    const edit = finding!.fix!.edits[0]!;
    const fixed = nfd.slice(0, edit.start) + edit.newText + nfd.slice(edit.end);
    assert.ok(fixed.normalize('NFC').startsWith('Quảng Ngãi, ngày 01 tháng 2'));
  });

  it('writes a fix of decomposed text decomposed, and of composed text composed', () => {
    const draft = 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nGiao Sở Tài Chính chủ trì.';
    for (const form of ['NFC', 'NFD'] as const) {
      const text = draft.normalize(form);
      const edit = check(text).findings.find((f) => f.ruleId === 'style/agency-name')!.fix!.edits[0]!;
      assert.equal(edit.newText, edit.newText.normalize(form), form);
      assert.equal(text.slice(0, edit.start) + edit.newText + text.slice(edit.end), draft.replace('Tài Chính', 'Tài chính').normalize(form), form);
    }
  });

  it('gives text the form the draft writes where it goes (inFormOf, for fixes and completions)', () => {
    const nfd = 'Giao Phòng Quản lý chủ trì'.normalize('NFD');
    const inserted = 'Phòng Quản lý Khoa học';
    // Replacing decomposed text, or inserting (or replacing ASCII) in a decomposed line: decomposed.
    assert.equal(inFormOf(nfd, 5, nfd.length, inserted), inserted.normalize('NFD'));
    assert.equal(inFormOf(nfd, 5, 5, inserted), inserted.normalize('NFD'));
    assert.equal(inFormOf(nfd, 0, 4, inserted), inserted.normalize('NFD'));
    // The same in a composed draft, or in a composed line of a mixed one: composed.
    assert.equal(inFormOf(nfd.normalize('NFC'), 5, 5, inserted), inserted);
    assert.equal(inFormOf(`${nfd}\nGiao Sở Tài chính`, nfd.length + 6, nfd.length + 6, inserted), inserted);
  });

  it('writes an insertion in the form of the line it goes into', () => {
    // «số» inserted before a number: nothing is replaced, so the line tells the form.
    const draft = 'THÔNG BÁO\n\nKết luận của Giám đốc Sở tại cuộc họp\n\nThực hiện Thông tư 05/2025/TT-BNV ngày 10/3/2025 của Bộ Nội vụ.';
    for (const form of ['NFC', 'NFD'] as const) {
      const text = draft.normalize(form);
      const edit = check(text).findings.find((f) => f.ruleId === 'citation/missing-so')!.fix!.edits[0]!;
      assert.equal(edit.start, edit.end, form);
      assert.equal(text.slice(0, edit.start) + edit.newText + text.slice(edit.end), draft.replace('Thông tư 05', 'Thông tư số 05').normalize(form), form);
    }
  });
});
