import type { MikroORM } from '@mikro-orm/core';
import type { MeasureTable, Period } from '@scorecard/shared';
import { addManualValues, computeComputedMeasures } from './compute.js';
import { query, str } from './db.js';
import { earliestDueWindowStart } from './rules/index.js';

interface CacheEntry {
  version: string;
  table: Promise<MeasureTable>;
}

/**
 * Measures per period, cached in this process and invalidated through the database so that several
 * server processes agree: an entry is keyed by the data version — the count and latest finish time
 * of imported batches — read with one small query per call. Any import (raw records or the units,
 * resources, systems, officers, items that change state at E) bumps it. Manual values are read fresh
 * on every call (one indexed query), so values entered without an import show up at once.
 */
export class MeasureService {
  private readonly cache = new Map<string, CacheEntry>();

  constructor(
    private readonly orm: MikroORM,
    private readonly maxEntries = 120,
  ) {}

  async measuresFor(period: Period): Promise<MeasureTable> {
    const em = this.orm.em.fork();
    const version = await this.periodVersion(period);
    let entry = this.cache.get(period.id);
    if (!entry || entry.version !== version) {
      entry = { version, table: computeComputedMeasures(em, period) };
      this.remember(period.id, entry);
      entry.table.catch(() => {
        if (this.cache.get(period.id) === entry) this.cache.delete(period.id);
      });
    }
    const table = structuredClone(await entry.table);
    await addManualValues(em, period, table);
    return table;
  }

  /** The version the cache is keyed by; changes whenever an import finishes. */
  async dataVersion(): Promise<string> {
    const [row] = await query(
      this.orm.em.fork(),
      `select count(*) as n, max(finished_at) as f from import_batches where status = 'imported'`,
    );
    return `${str(row?.n) ?? '0'}|${str(row?.f) ?? ''}`;
  }

  /**
   * The data version of one period: only the imported batches that can change its computed measures
   * (pnpm bench: after one more day of records, 3 of 17 periods recompute instead of all 17).
   * Activity files (dated records) count when their date range meets [earliest window start, E] —
   * U1 windows due in the period may start before S. Everything else counts for every period: master
   * data (units, resources, systems, officers, items: validity dates, unit membership), files without
   * dates, and activity files keyed by id that replaced rows, since a replaced row may have moved out
   * of a period the batch's range does not cover. Updates and calls carry their date in their key, so
   * a replacement never moves them.
   */
  async periodVersion(period: Period): Promise<string> {
    const [row] = await query(
      this.orm.em.fork(),
      `select count(*) as n, max(finished_at) as f from import_batches where status = 'imported' and (
        file_kind not in ('resource_updates', 'data_calls', 'data_demands', 'cases', 'ratings', 'incidents', 'manual_values')
        or min_date is null or max_date is null
        or (rows_replaced > 0 and file_kind not in ('resource_updates', 'data_calls'))
        or (min_date <= ? and max_date >= ?))`,
      [period.end, earliestDueWindowStart(period)],
    );
    return `${str(row?.n) ?? '0'}|${str(row?.f) ?? ''}`;
  }

  /** Drops every cached period (e.g. after an import in this process, before its batch row is read). */
  invalidate(): void {
    this.cache.clear();
  }

  private remember(periodId: string, entry: CacheEntry): void {
    this.cache.delete(periodId);
    this.cache.set(periodId, entry);
    while (this.cache.size > this.maxEntries) {
      const oldest = this.cache.keys().next().value;
      if (oldest === undefined) break;
      this.cache.delete(oldest);
    }
  }
}
