// The benchmark's generator is deterministic (same seed, same bytes) and reaches the size asked for.
import { test } from 'node:test';
import { strict as assert } from 'node:assert';
import { createHash } from 'node:crypto';
import { generateNotice, random } from '../../bench/generate.mjs';

const digest = (text) => createHash('sha256').update(text).digest('hex');

test('same seed, same notice; another seed, another notice', () => {
  assert.equal(digest(generateNotice(20_000, 42)), digest(generateNotice(20_000, 42)));
  assert.notEqual(digest(generateNotice(20_000, 42)), digest(generateNotice(20_000, 43)));
});

test('a notice is at least as large as asked and not much larger', () => {
  for (const bytes of [3_000, 10_000, 100_000]) {
    const size = Buffer.byteLength(generateNotice(bytes, bytes));
    assert.ok(size >= bytes && size < bytes + 2_000, `${bytes} → ${size}`);
  }
});

test('a notice has the parts of a real one', () => {
  const text = generateNotice(10_000, 1);
  for (const part of ['CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM', '**THÔNG BÁO**', '\nI. ', '\n1. ', './.', 'Nơi nhận:', '[^1]:']) {
    assert.ok(text.includes(part), part);
  }
});

test('the random source depends only on its seed', () => {
  const a = random(7);
  const b = random(7);
  const values = Array.from({ length: 1000 }, () => a());
  assert.deepEqual(values, Array.from({ length: 1000 }, () => b()));
  assert.ok(values.every((x) => x >= 0 && x < 1));
  assert.ok(new Set(values).size > 990);
});
