/**
 * Figures of the reliability tests (inputs tried, edits survived, memory), written to out/reliability/*.json
 * by each run; `npm run reliability-report` turns the latest into docs/reliability.md.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { repoPath } from './paths';

export function recordFigures(name: string, figures: Record<string, unknown>): void {
  const folder = repoPath('out', 'reliability');
  mkdirSync(folder, { recursive: true });
  writeFileSync(`${folder}/${name}.json`, `${JSON.stringify({ ...figures, recordedAt: new Date().toISOString() }, null, 2)}\n`);
}
