import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, test } from 'vitest';
import { REPO_ROOT } from '../db/orm.js';
import { parseBenchArgs } from './options.js';
import { runBench } from './run.js';
import type { BenchResults } from './results.js';

const benchDir = mkdtempSync(join(tmpdir(), 'scorecard-bench-'));
afterAll(() => rmSync(benchDir, { recursive: true, force: true }));

// Every step of `pnpm bench` end to end on the tiny preset: that the benchmark keeps working as the
// code changes. No timing is asserted — figures from a test run on a shared machine mean nothing.
test('the smoke bench writes results.json with every figure measured', { timeout: 300_000 }, async () => {
  const options = { ...parseBenchArgs(['--preset', 'smoke', '--in-process', '--bench-dir', benchDir]), log: () => undefined };
  await runBench(options);
  const results = JSON.parse(readFileSync(join(benchDir, 'results.json'), 'utf8')) as BenchResults;
  expect(results.preset).toBe('smoke');
  const ids = results.figures.map((f) => f.id);
  expect(ids).toEqual(expect.arrayContaining([
    'import.rowsPerSecond', 'import.ratioToBare', 'csv.oursVsCsvParse', 'import.peakRssMB', 'recompute.coldSeconds', 'recompute.incrementalSeconds',
    'ranking.requestsPerSecond', 'ranking.p99Ms', 'scorecard.p99Ms', 'whatIf.medianMs', 'bundle.rankingKB',
    'warmUp.seconds', 'browser.rankingLcpMs', 'browser.periodSwitchMs',
    'browser.whatIfRedrawMs', 'stability.medianMs', 'browser.stabilityMs', 'browser.stabilityWorkerMs',
    'upload.serverPeakRssMB', 'upload.rankingP99Ms', 'upload.rankingFailed', 'browser.rankingScriptKB',
  ]));
  // The bundle figure needs a built client (npm test builds it first; a bare vitest run may not have).
  const clientBuilt = existsSync(join(REPO_ROOT, 'client', 'dist', 'index.html'));
  // The browser figures also need Chromium; without it (or the client) they must say so.
  const browserRuns = clientBuilt && existsSync(process.env.CHROMIUM_PATH ?? '/usr/bin/chromium');
  for (const f of results.figures) {
    if (f.id === 'bundle.rankingKB' && !clientBuilt) continue;
    if (f.id.startsWith('browser.') && !browserRuns) {
      expect(f.note).toMatch(/^not measured/);
      continue;
    }
    expect({ id: f.id, measured: typeof f.measured === 'number' && Number.isFinite(f.measured) }).toEqual({ id: f.id, measured: true });
  }
});
