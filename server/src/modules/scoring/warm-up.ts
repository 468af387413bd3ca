import { setImmediate as yieldToRequests } from 'node:timers/promises';
import type { EntityManager, MikroORM } from '@mikro-orm/core';
import type { Period, RankingScope } from '@scorecard/shared';
import { AppError, ERROR_CODES } from '../../errors.js';
import { logger } from '../../logger.js';
import { listPeriods } from '../periods/period.service.js';
import type { ScoringService } from './scoring.service.js';

/** How often a process checks whether an import (through any process) changed the data version. */
export const WARM_POLL_MS = 5_000;
const SCOPE: RankingScope = 'all';

/**
 * The periods a user is likely to open first: the latest 12 months with data (newest first: the
 * dashboard opens on the latest month), then the quarters and years those months fall in, latest
 * first (the year last: it is the most expensive, and must not delay a month). Not "the latest
 * calendar year": a case completed in January gives the next year one month of data.
 */
export function periodsToWarm(periods: ReadonlyArray<Period & { hasData: boolean }>): Period[] {
  const withData = periods.filter((p) => p.hasData).sort((a, b) => b.end.localeCompare(a.end));
  const months = withData.filter((p) => p.kind === 'month').slice(0, 12);
  if (months.length === 0) return [];
  const from = months[months.length - 1].start;
  const covering = (kind: Period['kind']) => withData.filter((p) => p.kind === kind && p.end >= from);
  return [...months, ...covering('quarter'), ...covering('year')].map(({ hasData: _, ...p }) => p);
}

/**
 * Computes the rankings of the latest periods in the background after start and after every data
 * version change, so that the first user to open a period does not wait for its cold computation
 * (a fresh PostgreSQL server took > 10 s for the latest month). The results land in the
 * ScoringService's own per-process cache (keyed by data version), which requests then share: a
 * request for a period being warmed awaits the same promise instead of computing it again.
 *
 * Each process warms its own cache; nothing is shared or locked, so several processes are safe (each
 * computes once per data version). It yields to the event loop between periods; a single period's
 * SQL is not interruptible (better-sqlite3 is synchronous), which is why the roll-ups matter.
 */
export class RankingWarmer {
  private timer: NodeJS.Timeout | null = null;
  private warmedVersion: string | null = null;
  private running: Promise<void> | null = null;
  private stopped = false;

  constructor(
    private readonly orm: MikroORM,
    private readonly scoring: ScoringService,
    private readonly pollMs = WARM_POLL_MS,
    /** Warmed after the rankings, e.g. the early warning (it reads every stored month). */
    private readonly also: (em: EntityManager) => Promise<unknown> = async () => undefined,
  ) {}

  start(): void {
    void this.check();
    this.timer = setInterval(() => void this.check(), this.pollMs);
    this.timer.unref();
  }

  stop(): void {
    this.stopped = true;
    if (this.timer) clearInterval(this.timer);
  }

  /** Resolves when the current warm-up (if any) is done (tests, bench). */
  async idle(): Promise<void> {
    while (this.running) await this.running;
  }

  /** Warms again when the data version is not the one last warmed (one run at a time). */
  private async check(): Promise<void> {
    if (this.running || this.stopped) return;
    this.running = this.run().finally(() => {
      this.running = null;
    });
    await this.running;
  }

  private async run(): Promise<void> {
    try {
      const version = await this.scoring.cacheVersion(this.orm.em.fork());
      if (version === this.warmedVersion) return;
      const periods = periodsToWarm(await listPeriods(this.orm.em.fork()));
      const t0 = performance.now();
      for (const period of periods) {
        if (this.stopped) return;
        await this.scoring.ranking(this.orm.em.fork(), period, SCOPE);
        await yieldToRequests();
      }
      if (!this.stopped) await this.also(this.orm.em.fork());
      this.warmedVersion = version;
      logger.info({ periods: periods.length, ms: Math.round(performance.now() - t0) }, 'rankings warmed');
    } catch (err) {
      // Next poll tries again; requests compute on demand meanwhile. A load in progress is no failure.
      if (this.stopped || (err instanceof AppError && err.code === ERROR_CODES.DATA_LOADING)) return;
      logger.warn({ err }, 'ranking warm-up failed');
    }
  }
}
