import { computeRanking, DEFAULT_SCHEME, rankStability, requirePeriod } from '@scorecard/shared';
import { syntheticCity } from './whatif.js';

export interface StabilityRun {
  units: number;
  samples: number;
  runs: number;
  medianMs: number;
}

/**
 * The Monte Carlo of the stability view in Node (the browser runs the same code in a Web Worker):
 * `samples` re-rankings of `count` synthetic units, median of `runs` runs after one warm-up.
 */
export function timeStability(count = 75, samples = 1000, runs = 5): StabilityRun {
  const { units, measures } = syntheticCity(count);
  const rows = computeRanking({ period: requirePeriod('2023-03'), scheme: DEFAULT_SCHEME, units, measures, scope: 'all' }).rows;
  const times: number[] = [];
  for (let run = 0; run <= runs; run++) {
    const t0 = performance.now();
    const result = rankStability(rows, { spread: 0.25, samples, seed: run + 1 });
    const ms = performance.now() - t0;
    if (result.length !== count) throw new Error('stability ranked the wrong number of units');
    if (run > 0) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return { units: count, samples, runs, medianMs: times[Math.floor(times.length / 2)]! };
}
