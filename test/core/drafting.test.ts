/**
 * Drafting help in the core: completions (cursor marker $$CURSOR$$ as in vscode-markdown-languageservice),
 * the date hover, the outline, folding and selection spans, and the new-notice template.
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { check, issuerOf } from '../../server/src/core/check';
import { complete, type CompletionContext, type Suggestion } from '../../server/src/core/features/completion';
import { dateHover } from '../../server/src/core/features/date-hover';
import { matchRank } from '../../server/src/core/features/match';
import { foldingSpans, outline, selectionSpans, type OutlineItem } from '../../server/src/core/features/outline';
import { noticeTemplate } from '../../server/src/core/features/template';
import { parseNotice } from '../../server/src/core/model/parse';
import { builtinRegistry, builtinRegistryData } from '../../server/src/core/registry/builtin';
import { mergeRegistry } from '../../server/src/core/registry/merge';
import { Registry } from '../../server/src/core/registry/registry';
import { repoPath } from '../support/paths';

const CURSOR = '$$CURSOR$$';
const TODAY = { year: 2025, month: 4, day: 1 };
const EXAMPLE = readFileSync(repoPath('examples/thong-bao-ket-luan.tb.md'), 'utf8');

/** Completions at the marker; `extra` goes into the context (documents of a workspace index). */
function completeAt(withCursor: string, extra: Partial<CompletionContext> = {}, registry = builtinRegistry()): Suggestion[] {
  const offset = withCursor.indexOf(CURSOR);
  assert.ok(offset >= 0, 'the fixture has a cursor marker');
  const text = withCursor.replace(CURSOR, '');
  const model = parseNotice(text);
  const issuer = issuerOf(model, registry);
  const suggestions = complete(model, offset, { registry, today: TODAY, ...(issuer && { issuer }), ...extra });
  return suggestions.sort((a, b) => a.sortText.localeCompare(b.sortText));
}

/** The draft with the suggestion accepted. */
function accept(withCursor: string, suggestion: Suggestion): string {
  const text = withCursor.replace(CURSOR, '');
  return text.slice(0, suggestion.start) + suggestion.insertText + text.slice(suggestion.end);
}

describe('drafting: Vietnamese-aware matching', () => {
  const name = 'Phòng Quản lý Khoa học và Đổi mới sáng tạo';
  it('finds a name without diacritics, by initials, by a code, by word starts', () => {
    for (const query of ['quan ly khoa hoc', 'qlkh', 'QLKH&ĐMST', 'quan ly khoa', 'Phòng Quản', 'phong quan ly', 'đổi mới']) {
      assert.notEqual(matchRank(query, [name, 'QLKH&ĐMST']), undefined, query);
    }
  });
  it('rejects what is not there, and ranks a prefix above initials', () => {
    for (const query of ['qlcn', 'tai chinh', 'xyz']) assert.equal(matchRank(query, [name]), undefined, query);
    assert.ok(matchRank('phong', [name])! < matchRank('pqlkh', [name])!);
  });
  it('matches NFD input as NFC', () => {
    assert.notEqual(matchRank('Quản lý'.normalize('NFD'), [name]), undefined);
  });
});

describe('drafting: completions of units', () => {
  it('after "Giao ", typed without diacritics or by initials', () => {
    for (const typed of ['qlkh', 'quan ly khoa hoc']) {
      const fixture = EXAMPLE.replace('b) Giao Văn phòng Sở tổng hợp', () => `c) Giao ${typed}${CURSOR}\n\nb) Giao Văn phòng Sở tổng hợp`);
      const [first] = completeAt(fixture);
      assert.equal(first?.label, 'Phòng Quản lý Khoa học và Đổi mới sáng tạo', typed);
      assert.equal(first?.kind, 'unit');
      assert.equal(first?.query, typed);
      assert.match(first!.detail, /Sở Khoa học và Công nghệ/);
      assert.ok(accept(fixture, first!).includes('c) Giao Phòng Quản lý Khoa học và Đổi mới sáng tạo\n'));
    }
  });

  it('after "phối hợp với", each unit of a list; and other agencies below the units', () => {
    const text = EXAMPLE.replace('phối hợp với Văn phòng Sở', () => `phối hợp với Văn phòng Sở, Phòng Q${CURSOR}`);
    const labels = completeAt(text).map((s) => s.label);
    assert.deepEqual(labels.slice(0, 2), ['Phòng Quản lý Khoa học và Đổi mới sáng tạo', 'Phòng Quản lý Công nghệ và Chuyên ngành']);
    const agencies = completeAt(EXAMPLE.replace('phối hợp với Văn phòng Sở', () => `phối hợp với Sở ${CURSOR}`));
    assert.ok(agencies.some((s) => s.kind === 'agency' && s.label === 'Sở Tài chính'));
    assert.ok(agencies.every((s) => s.label !== 'Sở Khoa học và Công nghệ'), 'not the issuer itself');
  });

  it('at a numbered heading, and never former units', () => {
    const labels = completeAt(EXAMPLE.replace('2. Nhiệm vụ trọng tâm quý IV năm 2025', () => `2. ${CURSOR}`)).map((s) => s.label);
    assert.ok(labels.includes('Văn phòng Sở'));
    assert.ok(!labels.includes('Phòng Kế hoạch - Tài chính'), 'until 2024');
  });

  it('offers nothing in plain prose', () => {
    assert.deepEqual(completeAt(EXAMPLE.replace('Thống nhất nội dung', () => `Thống nhất ${CURSOR}nội dung`)), []);
  });
});

describe('drafting: completions of cited documents', () => {
  it('after "Công văn số", the registry\'s công văn; accepting writes the whole citation', () => {
    const fixture = EXAMPLE.replace('Thống nhất nội dung', () => `Thực hiện Công văn số 17${CURSOR}`);
    const found = completeAt(fixture);
    assert.deepEqual(found.map((s) => s.label).slice(0, 2), ['1724/SKHCN-VP', '1719/SKHCN-VP']);
    const first = found[0]!;
    assert.equal(first.kind, 'document');
    assert.equal(first.detail, 'Công văn ngày 27/9/2025 của Sở Khoa học và Công nghệ');
    assert.match(first.documentation, /Trích yếu: về giao chỉ tiêu/);
    assert.ok(accept(fixture, first).includes('Thực hiện Công văn số 1724/SKHCN-VP ngày 27/9/2025 của Sở Khoa học và Công nghệ về giao chỉ tiêu Kế hoạch'));
  });

  it('only documents of the named type, and documents of a workspace index first', () => {
    const fixture = EXAMPLE.replace('Thống nhất nội dung', () => `Thực hiện Quyết định số ${CURSOR}`);
    const found = completeAt(fixture, {
      documents: [{ number: '120/QĐ-SKHCN', type: 'Quyết định', date: '2025-03-05', issuer: 'Sở Khoa học và Công nghệ', subject: 'về việc ban hành Quy chế làm việc' }],
    });
    assert.equal(found[0]!.label, '120/QĐ-SKHCN');
    assert.ok(accept(fixture, found[0]!).includes('Quyết định số 120/QĐ-SKHCN ngày 05/3/2025 của Sở Khoa học và Công nghệ về việc ban hành'));
    assert.ok(found.some((s) => s.label === '1012/QĐ-TTg'));
    assert.ok(found.every((s) => !s.label.includes('SKHCN-VP')), 'no công văn after "Quyết định số"');
  });

  it('a document the workspace cites without its type: its number tells it, and the registry knows more', () => {
    const fixture = EXAMPLE.replace('Thống nhất nội dung', () => `Thực hiện Quyết định số ${CURSOR}`);
    const found = completeAt(fixture, {
      documents: [
        { number: '109/TTT-NV7', date: '2025-07-17' },
        { number: '121/QĐ-SKHCN', date: '2025-03-06' },
      ],
    });
    assert.ok(found.every((s) => s.label !== '109/TTT-NV7'), 'a công văn (no type code) is no Quyết định');
    const typed = found.find((s) => s.label === '121/QĐ-SKHCN');
    assert.equal(typed?.detail, 'Quyết định ngày 06/3/2025');
  });

  it('two documents of one number, issued by two bodies on two days, as two suggestions; one document once', () => {
    const fixture = EXAMPLE.replace('Thống nhất nội dung', () => `Thực hiện Kế hoạch số 51${CURSOR}`);
    const found = completeAt(fixture, {
      documents: [
        { number: '51/KH-UBND', type: 'Kế hoạch', date: '2025-03-10', issuer: 'UBND tỉnh Quảng Ngãi' },
        { number: '51/KH-UBND', type: 'Kế hoạch', date: '2025-08-02', issuer: 'UBND xã Tịnh Khê' },
        { number: '51/KH-UBND', type: 'Kế hoạch', date: '2025-03-10' },
      ],
    }).filter((s) => s.label === '51/KH-UBND');
    assert.deepEqual(
      found.map((s) => s.detail),
      ['Kế hoạch ngày 10/3/2025 của UBND tỉnh Quảng Ngãi', 'Kế hoạch ngày 02/8/2025 của UBND xã Tịnh Khê'],
    );
  });

  it('documents the draft itself cites, with what it says of them', () => {
    const draft = EXAMPLE.replace('Thống nhất nội dung', () => 'Thực hiện Kế hoạch số 45/KH-SKHCN ngày 10/3/2025 của Sở Khoa học và Công nghệ về chuyển đổi số. Theo Kế hoạch số 4' + CURSOR);
    const found = completeAt(draft).filter((s) => s.label === '45/KH-SKHCN');
    assert.equal(found.length, 1);
    assert.match(found[0]!.documentation, /Đã viện dẫn trong chính văn bản này/);
    assert.ok(accept(draft, found[0]!).includes('Theo Kế hoạch số 45/KH-SKHCN ngày 10/3/2025 của Sở Khoa học và Công nghệ về chuyển đổi số'));
  });

  it('nothing after a "số" that follows no type name', () => {
    assert.deepEqual(completeAt(EXAMPLE.replace('Thống nhất nội dung', () => `Thống nhất số ${CURSOR}`)), []);
  });
});

describe('drafting: completion of a body to work with', () => {
  it('no body merged or dissolved by today', () => {
    const fixture = EXAMPLE.replace('Thống nhất nội dung', () => `Giao Văn phòng Sở phối hợp với Sở Kế hoạch${CURSOR}`);
    const offered = (today: typeof TODAY) => completeAt(fixture, { today }).map((s) => s.insertText);
    assert.ok(offered({ year: 2025, month: 2, day: 28 }).includes('Sở Kế hoạch và Đầu tư'));
    assert.ok(!offered(TODAY).includes('Sở Kế hoạch và Đầu tư'));
  });
  it('no body named after a document: alone, its name is a citation without its date', () => {
    const found = completeAt(EXAMPLE.replace('Thống nhất nội dung', () => `Giao Văn phòng Sở phối hợp với ${CURSOR}`));
    assert.ok(found.length > 0);
    assert.ok(found.every((s) => !/\d+[-/]\p{Lu}/u.test(s.label)), found.map((s) => s.label).join(', '));
  });
});

describe('drafting: completion of the notice\'s symbol', () => {
  it('after «Số: 215/», the tên loại\'s code and the issuer\'s', () => {
    const fixture = EXAMPLE.replace('Số: 215/TB-SKHCN', () => `Số: 215/${CURSOR}`);
    const [symbol] = completeAt(fixture);
    assert.equal(symbol?.label, 'TB-SKHCN');
    assert.ok(accept(fixture, symbol!).includes('Số: 215/TB-SKHCN'));
    assert.deepEqual(completeAt(EXAMPLE.replace('Số: 215/TB-SKHCN', () => `Số: 215/TB-${CURSOR}`)).map((s) => s.label), ['TB-SKHCN']);
    assert.deepEqual(completeAt(EXAMPLE.replace('Số: 215/TB-SKHCN', () => `Số: 215/KH${CURSOR}`)), []);
  });
});

describe('drafting: completions of dates', () => {
  it('the issue date in the decree form, in the header', () => {
    const fixture = EXAMPLE.replace('*Quảng Ngãi, ngày 06 tháng 10 năm 2025*', () => `*Quảng Ngãi, ngày ${CURSOR}*`);
    const [today] = completeAt(fixture);
    assert.equal(today?.insertText, '01 tháng 4 năm 2025');
    assert.equal(today?.detail, 'Hôm nay, thứ Ba');
  });
  it('in the body, the draft\'s own style: short, or long when the draft writes long dates', () => {
    assert.equal(completeAt(EXAMPLE.replace('hoàn thành trước ngày 31/10/2025', () => `hoàn thành trước ngày ${CURSOR}`))[0]?.insertText, '01/4/2025');
    const long = EXAMPLE.replace(/(\d{2})\/(\d{1,2})\/(\d{4})/g, 'ngày $1 tháng $2 năm $3');
    const fixture = long.replace('Thống nhất nội dung', () => `Họp ngày 0${CURSOR}`);
    assert.equal(completeAt(fixture)[0]?.insertText, '01 tháng 4 năm 2025');
    assert.equal(completeAt(long.replace('Thống nhất nội dung', () => `Họp ngày 2${CURSOR}`)).length, 0, 'does not fit what was typed');
  });
});

describe('drafting: completions of Nơi nhận', () => {
  const base = EXAMPLE.replace('- Các phòng, đơn vị thuộc Sở;\n', '');
  it('whole entries, the unit given a task first, none already listed', () => {
    const fixture = base.replace('- Giám đốc, các Phó Giám đốc Sở;\n', () => `- Giám đốc, các Phó Giám đốc Sở;\n- ${CURSOR}\n`);
    const found = completeAt(fixture);
    assert.deepEqual(found.slice(0, 2).map((s) => s.label).sort(), ['- Phòng Quản lý Khoa học và Đổi mới sáng tạo;', '- Văn phòng Sở;']);
    assert.equal(found[0]!.detail, 'Được giao nhiệm vụ trong nội dung');
    const qlkh = found.find((s) => s.label === '- Phòng Quản lý Khoa học và Đổi mới sáng tạo;')!;
    assert.ok(found.some((s) => s.label === '- Các phòng, đơn vị thuộc Sở;'));
    assert.ok(found.every((s) => s.label !== '- Giám đốc, các Phó Giám đốc Sở;'), 'already listed');
    assert.ok(accept(fixture, qlkh).includes('Sở;\n- Phòng Quản lý Khoa học và Đổi mới sáng tạo;\n- Lưu'));
  });
  it('no body merged or dissolved by today, which the same registry offers before its last day', () => {
    const fixture = base.replace('- Giám đốc, các Phó Giám đốc Sở;\n', () => `- Giám đốc, các Phó Giám đốc Sở;\n- Sở thông tin${CURSOR}\n`);
    const offered = (today: typeof TODAY) => completeAt(fixture, { today }).map((s) => s.insertText);
    assert.ok(offered({ year: 2025, month: 2, day: 28 }).includes('- Sở Thông tin và Truyền thông;'));
    assert.ok(!offered({ year: 2025, month: 3, day: 1 }).includes('- Sở Thông tin và Truyền thông;'));
    assert.ok(!offered(TODAY).some((text) => /Thông tin và Truyền thông/u.test(text)));
  });
  it('typed by initials, on a line without its dash yet', () => {
    const fixture = base.replace('- Giám đốc, các Phó Giám đốc Sở;\n', () => `- Giám đốc, các Phó Giám đốc Sở;\nqlcn${CURSOR}\n`);
    const [first] = completeAt(fixture);
    assert.equal(first?.insertText, '- Phòng Quản lý Công nghệ và Chuyên ngành;');
    assert.equal(first?.start, fixture.indexOf('qlcn'));
  });
  it('the codes after "Lưu: VT, ", without those already written', () => {
    const codes = completeAt(EXAMPLE.replace('- Lưu: VT, VP.', () => `- Lưu: VT, VP, ${CURSOR}`)).map((s) => s.label);
    assert.ok(codes.includes('QLKH&ĐMST') && codes.includes('QLCN'));
    assert.ok(!codes.includes('VP'));
    const archive = completeAt(EXAMPLE.replace('- Lưu: VT, VP.', () => `- Lưu${CURSOR}`));
    assert.deepEqual(archive.map((s) => s.insertText), ['- Lưu: VT, VP.']);
    const [qlcn] = completeAt(EXAMPLE.replace('- Lưu: VT, VP.', () => `- Lưu: VT, qlc${CURSOR}`));
    assert.equal(qlcn?.insertText, 'QLCN');
    assert.equal(qlcn?.detail, 'Phòng Quản lý Công nghệ và Chuyên ngành');
  });
});

describe('drafting: completions of the signature', () => {
  const footer = EXAMPLE.slice(0, EXAMPLE.indexOf('**TL. GIÁM ĐỐC**'));
  it('the authority lines of the issuer first', () => {
    const labels = completeAt(`${footer}**${CURSOR}`).map((s) => s.label);
    assert.deepEqual(labels.slice(0, 5), ['TL. GIÁM ĐỐC', 'KT. GIÁM ĐỐC', 'GIÁM ĐỐC', 'TUQ. GIÁM ĐỐC', 'Q. GIÁM ĐỐC']);
    assert.deepEqual(completeAt(`${EXAMPLE}\n${CURSOR}`), [], 'nothing below the signer');
  });
  it('after "KT. GIÁM ĐỐC", the deputy "PHÓ GIÁM ĐỐC", closing the bold', () => {
    const fixture = `${footer}**KT. GIÁM ĐỐC**\n**${CURSOR}`;
    const found = completeAt(fixture);
    assert.deepEqual(found.map((s) => s.insertText), ['PHÓ GIÁM ĐỐC**']);
    assert.ok(accept(fixture, found[0]!).endsWith('**KT. GIÁM ĐỐC**\n**PHÓ GIÁM ĐỐC**'));
  });
  it('after "TL. GIÁM ĐỐC", the heads of units, and "KT. CHÁNH VĂN PHÒNG"', () => {
    const labels = completeAt(`${footer}**TL. GIÁM ĐỐC**\n${CURSOR}`).map((s) => s.label);
    assert.ok(labels.includes('CHÁNH VĂN PHÒNG'));
    assert.ok(labels.includes('TRƯỞNG PHÒNG QUẢN LÝ KHOA HỌC VÀ ĐỔI MỚI SÁNG TẠO'));
    assert.ok(labels.includes('KT. CHÁNH VĂN PHÒNG'));
  });
  it('signer names, those holding the title above first', () => {
    const found = completeAt(`${footer}**TL. GIÁM ĐỐC**\n**CHÁNH VĂN PHÒNG**\n\n**${CURSOR}`);
    assert.deepEqual(found.slice(0, 2).map((s) => s.label).sort(), ['Nguyễn Thị Xuân', 'Trần Văn Quang']);
    assert.equal(found[0]!.kind, 'signer');
    const typed = completeAt(`${footer}**KT. GIÁM ĐỐC**\n**PHÓ GIÁM ĐỐC**\n\n**hieu${CURSOR}`);
    assert.deepEqual(typed.map((s) => s.insertText), ['Phan Văn Hiếu**']);
  });
});

describe('drafting: hover on a date', () => {
  const model = parseNotice(EXAMPLE);
  const at = (text: string, shift = 1) => EXAMPLE.indexOf(text) + shift;
  it('the weekday of a date, and of the issue date', () => {
    assert.equal(dateHover(model, at('29/9/2025'))?.markdown, '**Thứ Hai**, 29/9/2025');
    assert.equal(dateHover(model, at('ngày 06 tháng 10'))?.markdown, '**Thứ Hai**, ngày 06 tháng 10 năm 2025\n\nNgày ban hành thông báo.');
  });
  it('for a deadline, the days left from the issue date', () => {
    const hover = dateHover(model, at('31/10/2025'))!;
    assert.equal(hover.markdown, '**Thứ Sáu**, 31/10/2025\n\nThời hạn: còn **25 ngày** kể từ ngày ban hành thông báo (06/10/2025).');
    assert.deepEqual([hover.start, hover.end], [EXAMPLE.indexOf('31/10/2025'), EXAMPLE.indexOf('31/10/2025') + 10]);
    const past = parseNotice(EXAMPLE.replace('31/10/2025', '01/10/2025'));
    assert.match(dateHover(past, at('31/10/2025'))!.markdown, /đã qua 5 ngày/);
    // What was done before a date is no deadline, as date/deadline-past reads it.
    const done = parseNotice(EXAMPLE.replace('hoàn thành trước ngày 31/10/2025', 'các phòng đã hoàn thành trước ngày 01/10/2025'));
    assert.equal(dateHover(done, done.text.indexOf('01/10/2025') + 1)?.markdown, '**Thứ Tư**, 01/10/2025');
  });
  it('a date that does not exist; nothing off a date', () => {
    const wrong = parseNotice(EXAMPLE.replace('29/9/2025', '31/9/2025'));
    assert.match(dateHover(wrong, at('29/9/2025'))!.markdown, /không có trên lịch/);
    assert.equal(dateHover(model, at('Thống nhất')), undefined);
  });
});

describe('drafting: outline, folding and selection', () => {
  const model = parseNotice(EXAMPLE);
  const names = (items: OutlineItem[]): unknown[] => items.map((item) => (item.children.length ? [item.name, names(item.children)] : item.name));
  it('the outline: header, title, sections by level, Nơi nhận, signature', () => {
    assert.deepEqual(names(outline(model)), [
      ['Phần đầu', ['Cơ quan chủ quản', 'Cơ quan ban hành', 'Quốc hiệu', 'Tiêu ngữ', 'Số, ký hiệu', 'Địa danh, ngày tháng']],
      'THÔNG BÁO',
      '1. Đánh giá kết quả thực hiện nhiệm vụ quý III năm 2025',
      ['2. Nhiệm vụ trọng tâm quý IV năm 2025', ['a) Giao Phòng Quản lý Khoa học và Đổi mới sáng tạo chủ trì, ph…', 'b) Giao Văn phòng Sở tổng hợp, tham mưu dự thảo Bộ tiêu chí đá…']],
      'Nơi nhận',
      'Chữ ký',
    ]);
    const items = outline(model);
    const section = items[3]!;
    assert.equal(EXAMPLE.slice(section.start, section.end).split('\n').at(-1), 'b) Giao Văn phòng Sở tổng hợp, tham mưu dự thảo Bộ tiêu chí đánh giá, xếp loại công chức, viên chức theo Quy định số 399-QĐ/TU ngày 27/8/2025 của Tỉnh ủy; hoàn thành trước ngày 15/11/2025.');
    assert.equal(items.at(-1)!.detail, 'TL. GIÁM ĐỐC / CHÁNH VĂN PHÒNG — Trần Văn Quang');
    assert.equal(items[1]!.detail, 'Kết luận của Giám đốc Sở Khoa học và Công nghệ tại cuộc họp…');
  });
  it('folding: the header, each section, Nơi nhận, the signature', () => {
    const folded = foldingSpans(model).map((span) => EXAMPLE.slice(span.start, span.end).split('\n')[0]);
    for (const first of ['UBND TỈNH QUẢNG NGÃI', 'THÔNG BÁO', '2. Nhiệm vụ trọng tâm quý IV năm 2025', 'a) Giao Phòng', 'Nơi nhận:', 'TL. GIÁM ĐỐC']) {
      assert.ok(folded.some((line) => line!.startsWith(first)), first);
    }
  });
  it('selection grows from a word to the line, the point, the section, the body, the draft', () => {
    const spans = selectionSpans(model, EXAMPLE.indexOf('tham mưu triển khai') + 3);
    const texts = spans.map((span) => EXAMPLE.slice(span.start, span.end));
    assert.equal(texts[0], 'tham');
    assert.ok(texts[1]!.startsWith('a) Giao Phòng'));
    assert.ok(texts.some((text) => text.startsWith('2. Nhiệm vụ') && text.endsWith('15/11/2025.')));
    assert.equal(texts.at(-1), EXAMPLE);
    for (let i = 1; i < spans.length; i++) assert.ok(spans[i]!.start <= spans[i - 1]!.start && spans[i]!.end >= spans[i - 1]!.end, 'each span contains the one before');
  });
});

describe('drafting: the new-notice template', () => {
  const problems = (text: string, registry = builtinRegistry()) =>
    check(text, { registry }).findings.filter((f) => f.severity === 'error' || f.severity === 'warning').map((f) => `${f.ruleId} ${f.message}`);

  it('from the built-in profile: a notice of Sở KH&CN that passes the checker', () => {
    const { text, snippet } = noticeTemplate(builtinRegistry(), TODAY);
    assert.ok(text.startsWith('UBND TỈNH QUẢNG NGÃI\n**SỞ KHOA HỌC VÀ CÔNG NGHỆ**\n'));
    assert.ok(text.includes('*Quảng Ngãi, ngày 01 tháng 4 năm 2025*'));
    assert.ok(text.includes('**TL. GIÁM ĐỐC**\n**CHÁNH VĂN PHÒNG**\n'));
    assert.match(snippet, /\$\{5:cuộc họp giao ban\}/);
    assert.match(snippet, /\$0$/);
    assert.deepEqual(problems(text.replace('Họ và tên', 'Nguyễn Văn An')), []);
  });

  it('from a workspace profile: another agency, place and signer, with the signature of the signer\'s title', () => {
    const registry = new Registry(
      mergeRegistry(builtinRegistryData(), {
        profile: { agency: 'STC', place: 'Quảng Ngãi', signer: 'Lê Văn Bình' },
        units: [{ agency: 'STC', code: 'VP', name: 'Văn phòng Sở', head: 'CHÁNH VĂN PHÒNG', deputy: 'PHÓ CHÁNH VĂN PHÒNG' }],
        people: [{ name: 'Lê Văn Bình', title: 'Phó Giám đốc', agency: 'STC' }],
      }),
    );
    const { text } = noticeTemplate(registry, { year: 2026, month: 12, day: 9 });
    assert.ok(text.includes('**SỞ TÀI CHÍNH**'));
    assert.ok(text.includes('Số:      /TB-STC'));
    assert.ok(text.includes('ngày 09 tháng 12 năm 2026'));
    assert.ok(text.endsWith('**KT. GIÁM ĐỐC**\n**PHÓ GIÁM ĐỐC**\n\n**Lê Văn Bình**\n'));
    assert.deepEqual(problems(text, registry), []);
  });
});
