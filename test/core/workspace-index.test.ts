/**
 * The workspace index: drafts indexed one by one, updated and removed alone; every place of a document;
 * contradictions between drafts and with the registry (the seeds' 25/2018/QĐ-UBND of 12/9/2018 and of
 * 12/9/2025); the cross-document rule inside check().
 */
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { check } from '../../server/src/core/check';
import { formatDay, knownDate, sameDay, sameIssuer, type DayMonthYear } from '../../server/src/core/index/facts';
import { citationHover } from '../../server/src/core/index/hover';
import { definitionsAt, referencesAt } from '../../server/src/core/index/navigation';
import type { Mention } from '../../server/src/core/index/types';
import { CitationIndex, disagreements, type Disagreement, type Facts } from '../../server/src/core/index/workspace';
import { builtinRegistry, builtinRegistryData } from '../../server/src/core/registry/builtin';
import { Registry } from '../../server/src/core/registry/registry';
import { repoPath } from '../support/paths';

const SEEDS = ['000_e9a11ee7fd0b82dc', '001_69a6df3d887827af', '002_e18732b53341805c', '003_6ac153e6642bbe6e', '004_7237106e5b7c97de'];
const seedText = (name: string) => readFileSync(repoPath('test/fixtures/seeds', `${name}.txt`), 'utf8');
const uriOf = (name: string) => `file:///ws/${name}.txt`;
/** The built-in registry without its known documents: only the drafts speak. */
const bare = new Registry({ ...builtinRegistryData(), documents: [] });

function seedIndex(registry: Registry): CitationIndex {
  const index = new CitationIndex();
  for (const seed of SEEDS) index.update(uriOf(seed), seedText(seed), registry);
  return index;
}

const header = (number: string, date: string) => `ỦY BAN NHÂN DÂN\nTỈNH QUẢNG NGÃI\n\nSố: ${number}\n\nQuảng Ngãi, ${date}\n\nTHÔNG BÁO\n\nKết luận của Chủ tịch UBND tỉnh\n\n`;

describe('workspace index', () => {
  it('finds every place of a document across the seeds, with what each says', () => {
    const index = seedIndex(builtinRegistry());
    const places = index.mentions('25/2018/QĐ-UBND').map((m) => `${m.place.uri.slice(-24)}:${m.line + 1} ${m.date?.text ?? '-'} ${m.issuer?.text ?? '-'}`);
    assert.deepEqual(places, ['001_69a6df3d887827af.txt:21 12/9/2018 -', '002_e18732b53341805c.txt:231 12/9/2025 UBND tỉnh Quảng Ngãi']);
    assert.ok(index.keys().includes('57-NQ/TW'));
    assert.deepEqual(index.citing(['57-NQ/TW']).map((uri) => uri.slice(11, 14)), ['001', '002']);
  });

  it('reports the seeds\' 25/2018/QĐ-UBND of 12/9/2025 against the registry, pointing at the draft that agrees with it', () => {
    const found = seedIndex(builtinRegistry()).contradictions(builtinRegistry()).filter((c) => c.key === '25/2018/QĐ-UBND');
    assert.equal(found.length, 1);
    assert.equal(found[0]!.kind, 'date');
    assert.equal(found[0]!.mention.date!.text, '12/9/2025');
    assert.equal(found[0]!.against.registry, '12/9/2018');
    assert.deepEqual(found[0]!.against.mentions.map((m) => m.place.uri), [uriOf('001_69a6df3d887827af')]);
  });

  it('without the registry, reports the draft whose date is not of the number\'s year, not the other', () => {
    const found = seedIndex(bare).contradictions(bare).filter((c) => c.key === '25/2018/QĐ-UBND');
    assert.deepEqual(found.map((c) => `${c.mention.date!.text} ≠ ${c.against.mentions.map((m) => m.date!.text).join()}`), ['12/9/2025 ≠ 12/9/2018']);
  });

  it('without the registry or the document itself, the date most drafts write is right: only the odd one out is reported', () => {
    const index = new CitationIndex();
    const citing = (day: string) => `${header('12/TB-UBND', 'ngày 20 tháng 3 năm 2021')}Thực hiện Kế hoạch số 145/KH-UBND ngày ${day} của UBND tỉnh.\n`;
    ['02/10/2026', '02/10/2026', '20/10/2026'].forEach((day, i) => index.update(`file:///${i}.tb.md`, citing(day), bare));
    const conflicts = (i: number, day: string) =>
      check(citing(day), { registry: bare, workspace: { index, uri: `file:///${i}.tb.md` } }).findings.filter((f) => f.ruleId === 'citation/cross-conflict').map((f) => f.message);
    assert.deepEqual(conflicts(0, '02/10/2026'), []);
    assert.deepEqual(conflicts(2, '20/10/2026'), ['Sai ngày: 145/KH-UBND ghi ngày 20/10/2026, dự thảo 0.tb.md, dòng 12 ghi 02/10/2026 (và 1 chỗ khác).']);
    // One against one: either may be wrong, and both are told.
    index.remove('file:///1.tb.md');
    assert.equal(conflicts(0, '02/10/2026').length, 1);
  });

  it('the cross-document warning appears in check() only with the index, with the other draft as related place', () => {
    const index = seedIndex(builtinRegistry());
    const uri = uriOf('002_e18732b53341805c');
    const text = seedText('002_e18732b53341805c');
    const alone = check(text).findings.filter((f) => f.ruleId === 'citation/cross-conflict');
    assert.deepEqual(alone, [], 'alone, citation/year-mismatch says it (no double report)');
    const inWorkspace = check(text, { workspace: { index, uri } }).findings.filter((f) => f.ruleId === 'citation/cross-conflict');
    assert.equal(inWorkspace.length, 1);
    const finding = inWorkspace[0]!;
    assert.equal(text.slice(finding.start, finding.end), '12/9/2025');
    assert.match(finding.message, /^Sai ngày: 25\/2018\/QĐ-UBND ghi ngày 12\/9\/2025, danh mục văn bản ghi 12\/9\/2018\.$/);
    assert.deepEqual(finding.relatedElsewhere, [
      { uri: uriOf('001_69a6df3d887827af'), range: { start: { line: 20, character: 161 }, end: { line: 20, character: 170 } }, message: 'Ghi ngày 12/9/2018' },
    ]);
    const other = check(seedText('001_69a6df3d887827af'), { workspace: { index, uri: uriOf('001_69a6df3d887827af') } });
    assert.deepEqual(other.findings.filter((f) => f.ruleId === 'citation/cross-conflict'), [], 'the draft that agrees with the registry is right');
  });

  it('a draft that IS the document is the reference for its date and issuer', () => {
    const index = new CitationIndex();
    index.update('file:///a.tb.md', `${header('105/TB-UBND', 'ngày 17 tháng 3 năm 2021')}Nội dung.\n`, bare);
    const citing = `${header('12/TB-UBND', 'ngày 20 tháng 3 năm 2021')}Thực hiện Thông báo số 105/TB-UBND ngày 18/3/2021 của UBND tỉnh; Thông báo số 105/TB-UBND ngày 17/3/2021 của UBND tỉnh Kon Tum.\n`;
    const findings = check(citing, { registry: bare, workspace: { index, uri: 'file:///b.tb.md' } }).findings.filter((f) => f.ruleId === 'citation/cross-conflict');
    assert.deepEqual(findings.map((f) => f.message), [
      'Sai ngày: 105/TB-UBND ghi ngày 18/3/2021, chính văn bản đó a.tb.md, dòng 4 ghi 17 tháng 3 năm 2021.',
      'Sai cơ quan ban hành: 105/TB-UBND ghi «UBND tỉnh Kon Tum», chính văn bản đó a.tb.md, dòng 4 ghi «ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI».',
    ]);
    // Both the date and the issuer another: another UBND's notice under the same number.
    const another = `${header('13/TB-UBND', 'ngày 20 tháng 3 năm 2021')}Thực hiện Thông báo số 105/TB-UBND ngày 18/3/2021 của UBND tỉnh Kon Tum.\n`;
    assert.deepEqual(check(another, { registry: bare, workspace: { index, uri: 'file:///c.tb.md' } }).findings.filter((f) => f.ruleId === 'citation/cross-conflict'), []);
    assert.equal(index.mentions('105/TB-UBND')[0]!.own, true);
  });

  it('skips reading the other places only when every value written agrees: the same answers as reading them all', () => {
    const date = fc.constantFrom('ngày 17/3/2021', 'ngày 18/3/2021', 'ngày 17 tháng 3 năm 2021', '');
    const issuer = fc.constantFrom(' của UBND tỉnh', ' của UBND tỉnh Quảng Ngãi', ' của UBND tỉnh Kon Tum', ' của Sở Y tế', '');
    const citation = fc.tuple(fc.constantFrom('105/TB-UBND', '25/2018/QĐ-UBND'), date, issuer).map(([key, day, by]) => `Thực hiện văn bản số ${key} ${day}${by}.`);
    const draft = fc.record({ own: fc.constantFrom('105/TB-UBND', '7/TB-UBND'), citations: fc.array(citation, { maxLength: 3 }) });
    // Drafts indexed, then some indexed again with new text or removed: the counts follow every change.
    const change = fc.record({ at: fc.nat(), draft: fc.option(draft) });
    fc.assert(
      fc.property(fc.array(draft, { minLength: 1, maxLength: 6 }), fc.array(change, { maxLength: 4 }), fc.boolean(), (drafts, changes, withRegistry) => {
        const registry = withRegistry ? builtinRegistry() : bare;
        const index = new CitationIndex();
        const text = (d: { own: string; citations: string[] }) => `${header(d.own, 'ngày 17 tháng 3 năm 2021')}${d.citations.join('\n\n')}\n`;
        drafts.forEach((d, i) => index.update(`file:///${i}.tb.md`, text(d), registry));
        for (const { at, draft: next } of changes) {
          const uri = `file:///${at % drafts.length}.tb.md`;
          if (next) index.update(uri, text(next), registry);
          else index.remove(uri);
        }
        for (const key of index.keys()) {
          for (const mention of index.mentions(key)) {
            const except = mention.place.uri;
            const expected = everyPlaceRead(mention, index.mentions(key, { except }), registry);
            assert.deepEqual(disagreements(mention, index.others(key, except), registry), expected);
            assert.deepEqual(disagreements(mention, index.mentions(key, { except }), registry), expected);
          }
        }
      }),
      { numRuns: 300, seed: 6 },
    );
  });

  it('updates and removes one draft without touching the others, and says which documents changed', () => {
    const index = new CitationIndex();
    const a = 'Thực hiện Công văn số 1724/SKHCN-VP ngày 27/9/2025 và Kế hoạch số 51/KH-UBND ngày 07/3/2025.\n';
    const b = 'Theo Công văn số 1724/SKHCN-VP ngày 27/9/2025.\n';
    assert.deepEqual([...index.update('file:///a', a, bare)].sort(), ['1724/SKHCN-VP', '51/KH-UBND']);
    index.update('file:///b', b, bare);
    const kept = index.get('file:///b');
    assert.deepEqual([...index.update('file:///a', a.replace('27/9/2025', '28/9/2025'), bare)], ['1724/SKHCN-VP']);
    assert.deepEqual([...index.update('file:///a', a.replace('27/9/2025', '28/9/2025'), bare)], [], 'the same text changes nothing');
    assert.equal(index.get('file:///b'), kept, 'the other draft is not re-read');
    assert.equal(index.contradictions(bare).length, 2);
    assert.deepEqual([...index.remove('file:///a')].sort(), ['1724/SKHCN-VP', '51/KH-UBND']);
    assert.deepEqual(index.mentions('51/KH-UBND'), []);
    assert.deepEqual(index.keys(), ['1724/SKHCN-VP']);
    assert.deepEqual(index.contradictions(bare), []);
    assert.deepEqual([...index.remove('file:///a')], [], 'removing twice is harmless');
  });

  it('keeps places in the draft as given, NFD included', () => {
    const index = new CitationIndex();
    const text = 'Thực hiện Quyết định số 25/2018/QĐ-UBND ngày 12/9/2018.\n'.normalize('NFD');
    index.update('file:///nfd', text, builtinRegistry());
    const [mention] = index.mentions('25/2018/QĐ-UBND');
    assert.equal(text.slice(mention!.place.start, mention!.place.end), '25/2018/QĐ-UBND'.normalize('NFD'));
    assert.equal(text.slice(mention!.date!.place.start, mention!.date!.place.end), '12/9/2018');
  });

  it('takes a place whose date and issuer both differ for another document under the same number', () => {
    // QĐ-UBND is the code of every UBND: the xã's Quyết định 808 is not the tỉnh's.
    const index = new CitationIndex();
    const cite = (issuer: string, date: string) => `${header('5/TB-UBND', 'ngày 20 tháng 01 năm 2026')}Triển khai Quyết định số 808/QĐ-UBND ngày ${date} của ${issuer} về kế hoạch năm 2026./.\n`;
    index.update('file:///ws/tinh.tb.md', cite('UBND tỉnh', '29/5/2025'), bare);
    index.update('file:///ws/xa.tb.md', cite('UBND xã Vạn Tường', '26/12/2025'), bare);
    index.update('file:///ws/sai-ngay.tb.md', cite('UBND tỉnh', '30/5/2025'), bare);
    const found = index.contradictions(bare).filter((c) => c.key === '808/QĐ-UBND');
    // Only the tỉnh's two dates disagree; the xã's document is compared with neither.
    assert.deepEqual(found.map((c) => `${c.mention.place.uri.slice(11)} ${c.kind}`).sort(), ['sai-ngay.tb.md date', 'tinh.tb.md date']);
  });

  it('takes a local body\'s number cited in drafts of two localities for two documents, a central one for one', () => {
    // Every provincial hospital writes BVĐK: Quảng Ngãi's Kế hoạch 97 is not Gia Lai's. CP is one body.
    const index = new CitationIndex();
    const cite = (place: string, cited: string, date: string) =>
      `BỆNH VIỆN ĐA KHOA TỈNH\n\nSố: 215/TB-BVĐK\n\n${place}, ngày 20 tháng 11 năm 2026\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Bệnh viện\n\nThực hiện ${cited} ngày ${date} của Bệnh viện./.\n`;
    index.update('file:///ws/qn.tb.md', cite('Quảng Ngãi', 'Kế hoạch số 97/KH-BVĐK', '05/10/2026'), bare);
    index.update('file:///ws/gl.tb.md', cite('Gia Lai', 'Kế hoạch số 97/KH-BVĐK', '15/8/2026'), bare);
    index.update('file:///ws/qn-nd.tb.md', cite('Quảng Ngãi', 'Nghị định số 85/2023/NĐ-CP', '07/12/2023'), bare);
    index.update('file:///ws/gl-nd.tb.md', cite('Gia Lai', 'Nghị định số 85/2023/NĐ-CP', '07/12/2022'), bare);
    const found = index.contradictions(bare).map((c) => `${c.mention.place.uri.slice(11)} ${c.key} ${c.kind}`);
    // (A date not of the number's year is no witness against the right one.)
    assert.deepEqual(found, ['gl-nd.tb.md 85/2023/NĐ-CP date']);
    // The same locality: one hospital, one Kế hoạch 97, two dates.
    index.update('file:///ws/gl.tb.md', cite('Quảng Ngãi', 'Kế hoạch số 97/KH-BVĐK', '15/8/2026'), bare);
    assert.equal(index.contradictions(bare).filter((c) => c.key === '97/KH-BVĐK').length, 2);
  });

  it('compares issuers loosely: a shorter name or the head\'s title is no contradiction', () => {
    const registry = builtinRegistry();
    assert.ok(sameIssuer('UBND tỉnh', 'Ủy ban nhân dân tỉnh Quảng Ngãi', registry));
    assert.ok(sameIssuer('Chủ tịch Ủy ban nhân dân tỉnh', 'UBND tỉnh', registry));
    assert.ok(sameIssuer('Sở KH&CN', 'Sở Khoa học và Công nghệ', registry));
    assert.ok(!sameIssuer('UBND tỉnh Quảng Ngãi', 'UBND tỉnh Kon Tum', registry));
    assert.ok(!sameIssuer('Chính phủ', 'Thủ tướng Chính phủ', registry));
  });
});

describe('citation/repealed', () => {
  const draft = (date: string, sentence: string) => `Quảng Ngãi, ${date}\n\nTHÔNG BÁO\n\nKết luận của Giám đốc Sở\n\n${sentence}\n`;
  const repealed = (text: string) => check(text).findings.filter((f) => f.ruleId === 'citation/repealed').map((f) => text.slice(f.start, f.end));

  it('warns once per document cited as a basis after it was replaced', () => {
    assert.deepEqual(repealed(draft('ngày 10 tháng 7 năm 2025', 'Theo Nghị định số 110/2004/NĐ-CP và Thông tư số 01/2011/TT-BNV; xem lại Nghị định số 110/2004/NĐ-CP.')), ['110/2004/NĐ-CP', '01/2011/TT-BNV']);
  });
  it('is silent when the draft repeals or replaces it, or predates its replacement', () => {
    assert.deepEqual(repealed(draft('ngày 10 tháng 7 năm 2025', 'Nghị định số 30/2020/NĐ-CP thay thế các Nghị định: số 110/2004/NĐ-CP; số 09/2010/NĐ-CP.')), []);
    assert.deepEqual(repealed(draft('ngày 10 tháng 7 năm 2019', 'Theo Nghị định số 110/2004/NĐ-CP.')), []);
    assert.deepEqual(repealed(seedText('001_69a6df3d887827af')), []);
  });
  it('counts a replaced law as gone from the day its replacement took effect, not the day it was issued', () => {
    // Luật 64/2025/QH15: issued 19/02/2025, in effect from 01/4/2025.
    const law = 'Theo Luật Ban hành văn bản quy phạm pháp luật số 80/2015/QH13.';
    assert.deepEqual(repealed(draft('ngày 20 tháng 3 năm 2025', law)), []);
    assert.deepEqual(repealed(draft('ngày 01 tháng 4 năm 2025', law)), ['80/2015/QH13']);
  });
});

describe('citation/issuer', () => {
  it('names the issuer the registry knows, and is the one warning at the words even when another draft disagrees too', () => {
    const cite = (issuer: string) => `${header('5/TB-UBND', 'ngày 20 tháng 01 năm 2026')}Quán triệt Nghị quyết số 57-NQ/TW ngày 22/12/2024 của ${issuer} về khoa học, công nghệ./.\n`;
    const index = new CitationIndex();
    const registry = builtinRegistry();
    index.update('file:///ws/a.tb.md', cite('Bộ Chính trị'), registry);
    const text = cite('Chính phủ');
    index.update('file:///ws/b.tb.md', text, registry);
    const found = check(text, { registry, workspace: { index, uri: 'file:///ws/b.tb.md' } }).findings.filter((f) => f.ruleId.startsWith('citation/'));
    assert.deepEqual(
      found.map((f) => `${f.ruleId} ${text.slice(f.start, f.end)}: ${f.message}`),
      ['citation/issuer Chính phủ: Sai cơ quan ban hành: 57-NQ/TW là văn bản của Bộ Chính trị, không phải của Chính phủ.'],
    );
  });
});

describe('hover, definition and references on a citation', () => {
  const registry = builtinRegistry();
  const OWNER = `${header('77/KH-UBND', 'ngày 05 tháng 3 năm 2025')}Nội dung.\n`;
  const CITING = 'Triển khai Kế hoạch số 77/KH-UBND ngày 06/3/2025[^1] và Quyết định số 110/2004/NĐ-CP.\n\n[^1]: Kế hoạch số 77/KH-UBND ngày 05/3/2025 của UBND tỉnh.\n';
  const index = new CitationIndex();
  index.update('file:///ws/ke-hoach.tb.md', OWNER, registry);
  index.update('file:///ws/a.tb.md', CITING, registry);
  const at = (needle: string, nth = 0) => {
    let offset = -1;
    for (let i = 0; i <= nth; i++) offset = CITING.indexOf(needle, offset + 1);
    return offset + 2;
  };

  it('describes the document from the draft that is it, says what this place writes otherwise, and lists the other places', () => {
    const hover = citationHover(index, 'file:///ws/a.tb.md', at('77/KH-UBND'), registry);
    assert.equal(
      hover,
      [
        '**Kế hoạch số 77/KH-UBND**',
        '',
        '- Ngày ban hành: 05 tháng 3 năm 2025 (chính văn bản đó, ke-hoach.tb.md) — ở đây ghi 06/3/2025',
        '- Cơ quan ban hành: ỦY BAN NHÂN DÂN TỈNH QUẢNG NGÃI',
        '- Trích yếu: Kết luận của Chủ tịch UBND tỉnh',
        '',
        'Có ở 2 chỗ khác trong thư mục làm việc:',
        '',
        '- [ke-hoach.tb.md, dòng 4](file:///ws/ke-hoach.tb.md#L4) — chính văn bản này',
        '- [a.tb.md, dòng 3](file:///ws/a.tb.md#L3) — ngày 05/3/2025',
      ].join('\n'),
    );
    assert.equal(citationHover(index, 'file:///ws/a.tb.md', 3, registry), undefined, 'no citation under the cursor');
  });

  it('says when the registry marks the document replaced, and by what', () => {
    const hover = citationHover(index, 'file:///ws/a.tb.md', at('110/2004'), registry)!;
    assert.match(hover, /^\*\*Nghị định số 110\/2004\/NĐ-CP\*\*/);
    assert.match(hover, /- Hiệu lực: \*\*đã bị thay thế\*\* bởi Nghị định số 30\/2020\/NĐ-CP \(danh mục văn bản\)/);
  });

  it('goes to the draft that is the document and to the footnote; finds every reference', () => {
    const definitions = definitionsAt(index, 'file:///ws/a.tb.md', at('77/KH-UBND'));
    assert.deepEqual(definitions.map((p) => `${p.uri} ${p.range.start.line}:${p.range.start.character}`), ['file:///ws/ke-hoach.tb.md 3:4', 'file:///ws/a.tb.md 2:0']);
    assert.deepEqual(definitionsAt(index, 'file:///ws/a.tb.md', at('77/KH-UBND', 1)).map((p) => p.uri), ['file:///ws/ke-hoach.tb.md'], 'the footnote itself points at no footnote');
    assert.equal(referencesAt(index, 'file:///ws/a.tb.md', at('77/KH-UBND'), true).length, 3);
    assert.equal(referencesAt(index, 'file:///ws/a.tb.md', at('77/KH-UBND'), false).length, 2);
    assert.equal(referencesAt(index, 'file:///ws/ke-hoach.tb.md', OWNER.indexOf('77/KH') + 1, false).length, 2, 'from the draft\'s own number too');
  });
});

/** The disagreements as first written: every other place read, for every place. The oracle of the fast one. */
function everyPlaceRead(mention: Facts, all: Mention[], registry: Registry): Disagreement[] {
  const found: Disagreement[] = [];
  const known = registry.document(mention.key);
  const date = mention.date;
  const issuer = mention.issuer;
  // Another document under the same number: its date and its issuer both differ.
  const another = (otherDate: DayMonthYear | undefined, otherIssuer: string | undefined) =>
    date !== undefined && otherDate !== undefined && !sameDay(date, otherDate) && issuer !== undefined && otherIssuer !== undefined && !sameIssuer(issuer.text, otherIssuer, registry);
  const others = all.filter((other) => !another(other.date, other.issuer?.text));
  const registryDate = knownDate(known);
  if (registryDate && another(registryDate, known?.issuer)) return found;
  const authority = others.find((other) => other.own);
  if (date) {
    const dated = others.filter((other) => other.date);
    if (registryDate) {
      if (!sameDay(date, registryDate)) found.push({ kind: 'date', against: { registry: formatDay(registryDate), mentions: all.filter((other) => other.date && sameDay(other.date, registryDate)) } });
    } else {
      // The document's own notice is the reference; else the dates that may be of the number's year, and
      // the place is with the majority or not.
      const reference = authority?.date && !mention.own ? [authority] : dated.filter((other) => !/^\d+\/\d{4}\//u.test(mention.key) || Number(mention.key.split('/')[1]) === other.date!.year);
      const differing = reference.filter((other) => !sameDay(other.date!, date));
      const withMajority = !authority && reference.length - differing.length + 1 > differing.length;
      if (differing.length > 0 && !withMajority) found.push({ kind: 'date', against: { mentions: differing } });
    }
  }
  if (issuer) {
    if (known?.issuer) {
      if (!sameIssuer(issuer.text, known.issuer, registry)) {
        found.push({ kind: 'issuer', against: { registry: known.issuer, mentions: all.filter((other) => other.issuer && sameIssuer(other.issuer.text, known.issuer!, registry)) } });
      }
    } else {
      const reference = authority?.issuer && !mention.own ? [authority] : others.filter((other) => other.issuer);
      const differing = reference.filter((other) => !sameIssuer(other.issuer!.text, issuer.text, registry));
      const withMajority = !authority && reference.length - differing.length + 1 > differing.length;
      if (differing.length > 0 && !withMajority) found.push({ kind: 'issuer', against: { mentions: differing } });
    }
  }
  return found;
}
