/**
 * The model of each real notice, as a reviewed snapshot (test/snapshots/<seed>.model.json): the header,
 * title, trích yếu, body tree, closing, footnotes, Nơi nhận and signature with their exact ranges.
 * Regenerate with UPDATE_SNAPSHOTS=1 and review the diff against the seed.
 */
import { strict as assert } from 'node:assert';
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { parseNotice } from '../../server/src/core/model/parse';
import { summarizeModel } from '../support/model-summary';
import { repoPath } from '../support/paths';

describe('model of the seeds', () => {
  const seeds = readdirSync(repoPath('test/fixtures/seeds')).filter((name) => name.endsWith('.txt'));
  for (const seed of [...seeds.map((s) => `test/fixtures/seeds/${s}`), 'examples/thong-bao-ket-luan.tb.md']) {
    it(seed, () => {
      const text = readFileSync(repoPath(seed), 'utf8');
      const actual = JSON.parse(JSON.stringify(summarizeModel(parseNotice(text))));
      const snapshot = repoPath('test/snapshots', `${seed.split('/').pop()}.model.json`);
      if (process.env.UPDATE_SNAPSHOTS) writeFileSync(snapshot, `${JSON.stringify(actual, null, 1)}\n`);
      assert.ok(existsSync(snapshot), `${snapshot} is missing; run with UPDATE_SNAPSHOTS=1 and review it`);
      assert.deepEqual(actual, JSON.parse(readFileSync(snapshot, 'utf8')));
    });
  }

  it('reads the pasted two-column footer "Nơi nhận:  TL. CHỦ TỊCH" of seed 002', () => {
    const text = readFileSync(repoPath('test/fixtures/seeds/002_e18732b53341805c.txt'), 'utf8');
    const model = parseNotice(text);
    assert.deepEqual(
      model.signature.map((line) => `${line.kind} ${line.text}`),
      ['authority TL. CHỦ TỊCH', 'authority KT. CHÁNH VĂN PHÒNG', 'title PHÓ CHÁNH VĂN PHÒNG', 'name Phùng Tô Long'],
    );
    assert.equal(model.recipients?.entries.at(-1)?.text, '- Lưu: VT, KGVX.th553');
  });

  it('joins an identifier split at a line end ("130/KH-" + "BCĐTKNQ18")', () => {
    const text = readFileSync(repoPath('test/fixtures/seeds/000_e9a11ee7fd0b82dc.txt'), 'utf8');
    const texts: string[] = [];
    const walk = (nodes: ReturnType<typeof parseNotice>['body']) =>
      nodes.forEach((node) => {
        texts.push(node.paragraph.text);
        walk(node.children);
      });
    walk(parseNotice(text).body);
    assert.ok(texts.some((t) => t.includes('Kế hoạch 130/KH-BCĐTKNQ18 ngày 21/9/2025')));
  });
});

describe('front matter', () => {
  it('keeps an error, not an exception, for YAML that parses but cannot be read ("*x": an alias to no anchor)', () => {
    const model = parseNotice('---\n*x\n---\n\nTHÔNG BÁO\n');
    assert.equal(model.frontMatter?.data, undefined);
    assert.match(model.frontMatter?.error?.message ?? '', /alias/i);
    assert.deepEqual(model.frontMatter?.error?.span, { start: 4, end: 6 });
  });

  it('counts offsets from the draft, a leading BOM included', () => {
    const text = '\uFEFF---\nfragment: true\n---\n\nGhi chú[^1].\n\n[^1]: Chú thích.\n';
    const model = parseNotice(text);
    const slice = (span?: { start: number; end: number }) => span && text.slice(span.start, span.end);
    assert.equal(slice(model.frontMatter), '---\nfragment: true\n---');
    assert.deepEqual(model.footnotes.map((note) => [slice(note), slice(note.references[0])]), [['[^1]: Chú thích.', '[^1]']]);
  });
});
