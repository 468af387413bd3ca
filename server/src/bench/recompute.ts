import type { MikroORM } from '@mikro-orm/core';
import type { Period } from '@scorecard/shared';
import { listPeriods } from '../modules/periods/period.service.js';
import type { Services } from '../services.js';

export interface Recompute {
  periods: number;
  seconds: number;
  /** Seconds per period id, slowest first (the profile's first question). */
  slowest: Array<{ period: string; seconds: number }>;
}

/** Every period that has data (a city-year: 12 months, 4 quarters and the year). */
export async function periodsWithData(orm: MikroORM): Promise<Period[]> {
  return (await listPeriods(orm.em.fork())).filter((p) => p.hasData).map(({ hasData: _, ...p }) => p);
}

/**
 * Brings the ranking of every period up to date, as the server would answer it: measures (from the
 * database or the services' caches) and the engine. A fresh Services instance is cold.
 */
export async function recomputeAll(orm: MikroORM, services: Services, periods: Period[]): Promise<Recompute> {
  const times: Array<{ period: string; seconds: number }> = [];
  const t0 = performance.now();
  for (const period of periods) {
    const p0 = performance.now();
    await services.scoring.ranking(orm.em.fork(), period, 'all');
    times.push({ period: period.id, seconds: (performance.now() - p0) / 1000 });
  }
  return {
    periods: periods.length,
    seconds: (performance.now() - t0) / 1000,
    slowest: times.sort((a, b) => b.seconds - a.seconds).slice(0, 5),
  };
}
