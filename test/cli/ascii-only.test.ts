/**
 * The build makes the bundles of dist/ ASCII-only (scripts/ascii-only.mjs): the escaped code means what the
 * original meant, and the source map still points each token at its source.
 */
import { strict as assert } from 'node:assert';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { asciiOnly } from '../../scripts/ascii-only.mjs';
import { repoPath } from '../support/paths';

const NON_ASCII = /[^\x00-\x7f]/;

const SOURCE = [
  'export const pattern = /ngày\\s+(\\d{1,2})[–-]tháng/giu;',
  'export const legacy = /[à-ỹ]+\\–/;',
  'export const emoji = /^😀$/u;',
  'export const text = `Nơi nhận: ${1 + 1} đơn vị`;',
  'export const raw = String.raw`về|tại`;',
  'const café = "Độc lập"; export const word = café + " – " + "\\đ";',
  'export function after(value: string) { return /ố/u.test(value) ? "có ố" : "không"; }',
  'const sample = "ngày – tháng"; export const found = [/ngày/u.exec(sample)?.index, /[–]/.exec(sample)?.index];',
].join('\n');

/** What the module's exports say about the Vietnamese text they were written for. */
function behaviour(file: string) {
  const module = { exports: {} as Record<string, unknown> };
  new Function('module', 'exports', readFileSync(file, 'utf8'))(module, module.exports);
  const m = module.exports as {
    pattern: RegExp; legacy: RegExp; emoji: RegExp; text: string; raw: string; word: string; after: (value: string) => string; found: number[];
  };
  return {
    pattern: [...'ngày 27–tháng, NGÀY 3-tháng'.matchAll(m.pattern)].map((match) => match[0]),
    legacy: m.legacy.exec('xin chào–')?.[0],
    emoji: m.emoji.test('😀'),
    text: m.text,
    raw: new RegExp(m.raw, 'u').test('tại'),
    word: m.word,
    after: [m.after('tố'), m.after('to')],
    found: m.found,
  };
}

describe('build: ASCII-only bundles', function () {
  this.timeout(30000);

  it('leaves no non-ASCII character in the bundles of dist/', () => {
    for (const file of readdirSync(repoPath('dist')).filter((name) => name.endsWith('.js'))) {
      assert.ok(!NON_ASCII.test(readFileSync(repoPath('dist', file), 'utf8')), `dist/${file} is ASCII`);
    }
  });

  it('keeps what strings, templates, identifiers and patterns (with and without u) mean, and where the map points', async () => {
    const folder = mkdtempSync(join(tmpdir(), 'thongbao-ascii-'));
    try {
      writeFileSync(join(folder, 'input.ts'), SOURCE);
      const outfile = join(folder, 'out.js');
      await esbuild.build({ entryPoints: [join(folder, 'input.ts')], outfile, bundle: true, format: 'cjs', platform: 'node', sourcemap: true, logLevel: 'silent' });
      const before = behaviour(outfile);
      const lines = readFileSync(outfile, 'utf8').split('\n');
      const mapBefore = new SourceMap(JSON.parse(readFileSync(`${outfile}.map`, 'utf8')));
      // Where each name after a Vietnamese pattern or string came from, before the rewrite.
      const names = ['test', 'value', 'exec', 'index'];
      const origins = names.map((name) => {
        const line = lines.findIndex((text) => NON_ASCII.test(text) && new RegExp(`\\b${name}\\b`).test(text.slice(text.search(NON_ASCII))));
        const column = lines[line]!.indexOf(name, lines[line]!.search(NON_ASCII));
        const entry = mapBefore.findEntry(line, column) as { originalLine: number; originalColumn: number };
        return { name, line, original: [entry.originalLine, entry.originalColumn] };
      });

      asciiOnly(outfile);

      const escaped = readFileSync(outfile, 'utf8');
      assert.ok(!NON_ASCII.test(escaped));
      assert.deepEqual(behaviour(outfile), before);
      assert.deepEqual(before.pattern, ['ngày 27–tháng', 'NGÀY 3-tháng']);
      const mapAfter = new SourceMap(JSON.parse(readFileSync(`${outfile}.map`, 'utf8')));
      const linesAfter = escaped.split('\n');
      for (const { name, line, original } of origins) {
        const column = linesAfter[line]!.indexOf(name, linesAfter[line]!.indexOf('\\u'));
        const entry = mapAfter.findEntry(line, column) as { originalLine: number; originalColumn: number; generatedColumn: number };
        assert.equal(entry.generatedColumn, column, `a mapping starts at «${name}»`);
        assert.deepEqual([entry.originalLine, entry.originalColumn], original, `«${name}» maps where it did`);
      }
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
