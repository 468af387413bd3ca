import { type CityContext, monthAt, profileOf } from './context.js';
import { CsvFile } from './csv.js';
import { formatDay } from './dates.js';
import { qualitySeries } from './profiles.js';
import { Rng } from './random.js';
import type { DemoResource } from './resources.js';

/** SPEC §3: E1 is scored against 10,000 cross-unit calls a month. */
const E1_TARGET_PER_MONTH = 10_000;
const DAYS_PER_MONTH = 30.44;

interface CallPair {
  resource: DemoResource;
  caller: string;
  /** Relative daily activity of the pair. */
  activity: number;
}

/**
 * Daily call rows per (resource, caller unit). How many rows exist is a matter of scale; the counts
 * in them carry the unit's monthly volume, set by its call popularity (some units far above the
 * E1 target, some far below) and moving with its E quality. A few pairs are the unit calling
 * itself, which E1 must not count.
 */
export async function writeDataCalls(ctx: CityContext, path: string, resources: readonly DemoResource[]): Promise<number> {
  const { range, scale, seed } = ctx;
  const file = new CsvFile(path, ['resource_id', 'caller_unit_code', 'date', 'count']);
  const codes = ctx.units.map((u) => u.code);
  const byUnit = new Map<string, DemoResource[]>();
  for (const r of resources) {
    const list = byUnit.get(r.unitCode) ?? [];
    list.push(r);
    byUnit.set(r.unitCode, list);
  }
  for (const [unitCode, own] of byUnit) {
    const rng = new Rng(seed, `calls:${unitCode}`);
    const profile = profileOf(ctx, unitCode);
    const others = codes.filter((c) => c !== unitCode);
    const pairs: CallPair[] = [];
    for (const resource of own) {
      const callers = new Set<string>();
      const n = others.length === 0 ? 0 : Math.min(others.length, rng.poisson(scale.callersPerResource));
      while (callers.size < n) callers.add(rng.pick(others));
      if (rng.chance(0.05)) callers.add(unitCode);
      for (const caller of [...callers].sort()) pairs.push({ resource, caller, activity: rng.between(0.4, 1.6) });
    }
    const crossActivity = pairs.reduce((sum, p) => sum + (p.caller === unitCode ? 0 : p.activity), 0);
    const expectedRowsPerMonth = crossActivity * scale.callDayProbability * DAYS_PER_MONTH;
    const quality = qualitySeries(seed, profile, 'E', range.months);
    const meanCount = quality.map((q) => {
      const volume = E1_TARGET_PER_MONTH * 10 ** (profile.callPopularity + (q - quality[0]) * 1.2);
      return expectedRowsPerMonth > 0 ? volume / expectedRowsPerMonth : 1;
    });
    for (const pair of pairs) {
      const { resource } = pair;
      const lo = Math.max(range.first, resource.registeredOn);
      const hi = Math.min(range.last, resource.retiredOn === null ? range.last : resource.retiredOn - 1);
      const baseP = Math.min(1, scale.callDayProbability * pair.activity);
      for (let day = lo; day <= hi; day++) {
        const mean = meanCount[monthAt(ctx, day)];
        // Below one call per row, fewer rows rather than inflated counts keep the volume honest.
        if (!rng.chance(mean < 1 ? baseP * mean : baseP)) continue;
        const count = mean < 1 ? 1 + rng.poisson(0.2) : Math.max(1, Math.round(mean * Math.exp(rng.normal() * 0.5 - 0.125)));
        file.row(`${resource.id},${pair.caller},${formatDay(day)},${count}`);
      }
      await file.drain();
    }
    ctx.progress(file.rows);
  }
  return file.close();
}
