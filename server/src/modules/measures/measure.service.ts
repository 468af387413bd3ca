import type { MikroORM } from '@mikro-orm/core';
import type { MeasureTable, Period } from '@scorecard/shared';
import { VersionedCache } from '../scoring/versioned-cache.js';
import { readDataVersion } from '../scoring/data-version.js';
import { addManualValues, computeComputedMeasures } from './compute.js';
import { earliestDueWindowStart } from './rules/index.js';

/**
 * Measures per period, cached in this process and invalidated through the database so that several
 * server processes agree: an entry is keyed by the period and the data version narrowed to what can
 * change that period's computed measures (modules/scoring/data-version.ts, read with one small query
 * per call). Manual values are read fresh on every call (one indexed query), so values entered
 * without an import show up at once.
 */
export class MeasureService {
  private readonly cache: VersionedCache<MeasureTable>;

  constructor(
    private readonly orm: MikroORM,
    maxEntries = 120,
  ) {
    this.cache = new VersionedCache<MeasureTable>(maxEntries);
  }

  async measuresFor(period: Period): Promise<MeasureTable> {
    const em = this.orm.em.fork();
    const version = await this.periodVersion(period);
    // A period in progress is computed over its days so far: the same id with an earlier end.
    const computed = await this.cache.get(`${period.id}|${period.end}|${version}`, () => computeComputedMeasures(em, period));
    const table = structuredClone(computed);
    await addManualValues(em, period, table);
    return table;
  }

  /**
   * The data version of one period: only the imported batches that can change its computed measures
   * (activity files count when their dates meet [earliest window start, E]: U1 windows due in the
   * period may start before S). The rule is data-version.ts's.
   */
  async periodVersion(period: Period): Promise<string> {
    return readDataVersion(this.orm.em.fork(), { from: earliestDueWindowStart(period), to: period.end });
  }
}
