import { computeRanking, DEFAULT_SCHEME, requirePeriod, type MeasureTable, type Scheme, type UnitRef } from '@scorecard/shared';

export interface WhatIf {
  units: number;
  runs: number;
  medianMs: number;
  maxMs: number;
}

/** Deterministic pseudo-random numbers (the numbers only need to look like a city's). */
function lcg(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function value(v: number) {
  return { value: v, numerator: v, denominator: null };
}

/** The assessor's draft: every dimension weight nudged, as a what-if edit does. */
function draftScheme(run: number): Scheme {
  return {
    ...DEFAULT_SCHEME,
    dimensions: DEFAULT_SCHEME.dimensions.map((d, i) => ({ ...d, weight: d.weight + ((run + i) % 5) })),
  };
}

/** `count` units with plausible measure values (deterministic). */
export function syntheticCity(count: number): { units: UnitRef[]; measures: MeasureTable } {
  const rand = lcg(7);
  const kinds = ['municipal', 'district', 'public_service'] as const;
  const units: UnitRef[] = [];
  const measures: MeasureTable = {};
  for (let i = 0; i < count; i++) {
    const code = `U${String(i).padStart(5, '0')}`;
    units.push({ code, name: code, kind: kinds[i % 3] });
    measures[code] = {
      U1: value(rand()), E1: value(Math.floor(rand() * 20000)), E2: value(rand()), E3: value(1 + 4 * rand()),
      S1: value(rand() < 0.5 ? 0 : 1), S2: value(rand()), R1: value(0.85 + 0.15 * rand()), R2: value(rand()),
      R3: value(rand()), D1: value(1 + 3 * rand()), D2: value(rand()), D3: value(rand()), P: value(rand() < 0.1 ? 1 : 0),
    };
  }
  return { units, measures };
}

/**
 * The browser's what-if re-rank: the shared engine's computeRanking over `count` synthetic units
 * with a draft scheme. Median of `runs` runs after `warmup` runs (the JIT settles first).
 */
export function timeWhatIf(count: number, runs = 21, warmup = 5): WhatIf {
  const { units, measures } = syntheticCity(count);
  const period = requirePeriod('2023-03');
  const times: number[] = [];
  for (let run = 0; run < warmup + runs; run++) {
    const scheme = draftScheme(run);
    const t0 = performance.now();
    const result = computeRanking({ period, scheme, units, measures, scope: 'all' });
    const ms = performance.now() - t0;
    if (result.rows.length !== count) throw new Error('what-if ranked the wrong number of units');
    if (run >= warmup) times.push(ms);
  }
  times.sort((a, b) => a - b);
  return { units: count, runs, medianMs: times[Math.floor(times.length / 2)], maxMs: times[times.length - 1] };
}
