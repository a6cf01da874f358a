/**
 * The citation parser takes time linear in the paragraph's length, whatever the paragraph holds: digits,
 * slashes, dashes, "số số số …", lists that share one type. Measured as a ratio (the time at 8× the size
 * over the time at 1×), never against a clock: linear is about 8, quadratic about 64.
 */
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { findCitations } from '../../server/src/core/citations/parse';
import type { Paragraph } from '../../server/src/core/model/types';
import { builtinRegistry } from '../../server/src/core/registry/builtin';

const SMALL = 10_000;
const GROWTH = 8;
/** Three times linear: room for caches and a busy machine, far below the 64 of a quadratic parser. */
const MAX_RATIO = 3 * GROWTH;

function paragraph(text: string): Paragraph {
  return { text, start: 0, end: text.length, lines: [{ start: 0, end: text.length }], sourceOffset: (offset) => offset };
}

/** Milliseconds per parse: enough repetitions to measure, the best of three rounds. */
function perParse(text: string, repetitions: number): number {
  const registry = builtinRegistry();
  let best = Infinity;
  for (let round = 0; round < 3; round++) {
    const started = process.hrtime.bigint();
    for (let i = 0; i < repetitions; i++) findCitations(paragraph(text), registry);
    best = Math.min(best, Number(process.hrtime.bigint() - started) / 1e6 / repetitions);
  }
  return best;
}

function growthRatio(head: string, unit: string): number {
  const at = (size: number) => head + unit.repeat(Math.ceil(size / unit.length));
  const small = at(SMALL);
  const large = at(SMALL * GROWTH);
  findCitations(paragraph(small), builtinRegistry()); // compile the regular expressions first
  // Enough repetitions of the small text for about 20 ms, so that the clock's grain does not matter.
  const once = Math.max(perParse(small, 1), 0.001);
  const repetitions = Math.min(2000, Math.max(1, Math.ceil(20 / once)));
  return perParse(large, Math.max(1, Math.ceil(repetitions / GROWTH))) / perParse(small, repetitions);
}

const TOKENS = ['1', '12', '2025', '12345', '/', '-', ' ', 'số', 'số ', 'Số ', 'ngày ', '12/9/', 'QĐ', 'UBND', 'NQ/TW', 'TW', 'KH-', 'Công văn ', 'các Quyết định: ', 'của ', 'về việc ', ';', ',', '.', ':', 'năm ', 'tháng '];
const HEADS = ['', 'Công văn: ', 'các Công văn: ', 'Thay thế các Quyết định: '];

describe('citation parser: linear time', function () {
  this.timeout(120_000);

  for (const [head, unit] of [
    ['Công văn: ', 'số 1/UBND-A '],
    ['', 'số '],
    ['', '1/'],
    ['', '1-'],
    ['', '1/A-A-A-A-A-A-A-A/'],
    ['các Quyết định: ', 'số 12/2025/QĐ-UBND ngày 1/1/2025 của UBND tỉnh và '],
    ['', 'Công văn số 1/UBND-VP ngày 1/1/2025 của UBND tỉnh về việc '],
  ] as const) {
    it(`grows linearly on ${JSON.stringify(head + unit)}…`, () => {
      const ratio = growthRatio(head, unit);
      assert.ok(ratio < MAX_RATIO, `×${GROWTH} the text took ×${ratio.toFixed(1)} the time`);
    });
  }

  it('grows linearly on generated adversarial paragraphs', () => {
    fc.assert(
      fc.property(fc.constantFrom(...HEADS), fc.array(fc.constantFrom(...TOKENS), { minLength: 1, maxLength: 10 }), (head, tokens) => {
        const ratio = growthRatio(head, `${tokens.join('')} `);
        assert.ok(ratio < MAX_RATIO, `×${GROWTH} the text took ×${ratio.toFixed(1)} the time`);
      }),
      { seed: 20251201, numRuns: 12 },
    );
  });
});
