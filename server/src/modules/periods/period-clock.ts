import type { EntityManager } from '@mikro-orm/core';
import { parseTimestampValue, periodToDate, type Period } from '@scorecard/shared';
import { emSqlRunner } from '../../db/sql-runner.js';
import { readDataVersion } from '../scoring/data-version.js';
import { latestActivityDate } from './refresh-periods.js';

/** A period as computed: the whole period, or while it runs its days so far (`asOf`). */
export interface DatedPeriod {
  /** What the measures are computed over: [start, asOf] while in progress, else the period itself. */
  period: Period;
  /** The last day counted while the period is in progress (截至…, preliminary); null when complete. */
  asOf: string | null;
}

/**
 * Today, and which period is still running. A period is in progress when it contains today; its
 * scores then count the data through min(today, the latest activity date) — the month to date — so
 * that no U1 window after that day is counted as missed and officers, systems and items are taken
 * at that day, not at a month end still to come. Today is the real date in Asia/Shanghai, or
 * SCORECARD_CLOCK. Complete periods (ending before today) are never affected.
 */
export class PeriodClock {
  private latest: { version: string; date: Promise<string | null> } | null = null;

  constructor(private readonly fixedToday: string | null = null) {}

  today(): string {
    if (this.fixedToday) return this.fixedToday;
    const now = parseTimestampValue(`${new Date().toISOString().slice(0, 19)}Z`);
    if (!now) throw new Error('the system clock is outside 0000–9999');
    return now.date;
  }

  inProgress(period: Period): boolean {
    const today = this.today();
    return period.start <= today && today <= period.end;
  }

  /** The latest activity date (refresh-periods.ts), cached per data version. */
  async dataThrough(em: EntityManager): Promise<string | null> {
    const version = await readDataVersion(em);
    if (this.latest?.version !== version) {
      const date = latestActivityDate(emSqlRunner(em));
      date.catch(() => {
        if (this.latest?.date === date) this.latest = null;
      });
      this.latest = { version, date };
    }
    return this.latest.date;
  }

  async dated(em: EntityManager, period: Period): Promise<DatedPeriod> {
    if (!this.inProgress(period)) return { period, asOf: null };
    const through = await this.dataThrough(em);
    const today = this.today();
    const asOf = through === null || through > today ? today : through < period.start ? period.start : through;
    return { period: periodToDate(period, asOf), asOf };
  }
}
