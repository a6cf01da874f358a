// `npm run fuzz [-- RUNS_MULTIPLIER]`: the core's property tests with a random seed and many more inputs
// (100× the CI runs by default). A failure prints the seed and path that replay it.
import { spawnSync } from 'node:child_process';

const multiplier = Number(process.argv[2] ?? 100);
if (!(multiplier > 0)) {
  console.error('Cách dùng: npm run fuzz [-- HỆ_SỐ_SỐ_LẦN_CHẠY]');
  process.exit(2);
}
const build = spawnSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' });
if (build.status !== 0) process.exit(build.status ?? 1);
const run = spawnSync('npx', ['mocha', '--timeout', '0', 'out/test/core/fuzz.test.js'], {
  stdio: 'inherit',
  env: { ...process.env, THONGBAO_FUZZ: String(multiplier) },
});
process.exit(run.status ?? 1);
