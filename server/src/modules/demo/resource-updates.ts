import { type CityContext, monthAt, profileOf, timestampStyle } from './context.js';
import { CsvFile } from './csv.js';
import { dayFromParts, formatTimestamp, partsOf, timestampOf, weekdayOf } from './dates.js';
import type { UpdateCycle } from './presets.js';
import { clamp, qualitySeries } from './profiles.js';
import { Rng } from './random.js';
import type { DemoResource } from './resources.js';

/** First day of the update window (SPEC §4 U1) that contains `day`. */
export function windowStart(cycle: UpdateCycle, day: number): number {
  if (cycle === 'daily') return day;
  if (cycle === 'weekly') return day - weekdayOf(day);
  const [y, m] = partsOf(day);
  if (cycle === 'monthly') return dayFromParts(y, m, 1);
  if (cycle === 'quarterly') return dayFromParts(y, m - ((m - 1) % 3), 1);
  return dayFromParts(y, 1, 1);
}

/** First day of the window after the one starting at `start`. */
export function nextWindowStart(cycle: UpdateCycle, start: number): number {
  if (cycle === 'daily') return start + 1;
  if (cycle === 'weekly') return start + 7;
  const [y, m] = partsOf(start);
  if (cycle === 'monthly') return dayFromParts(y, m + 1, 1);
  if (cycle === 'quarterly') return dayFromParts(y, m + 3, 1);
  return dayFromParts(y + 1, 1, 1);
}

/** Extra updates beyond the first in a met window (longer windows get more touches). */
const EXTRA_UPDATES: Record<UpdateCycle, number> = { daily: 0.12, weekly: 0.4, monthly: 1, quarterly: 2, yearly: 3 };

/**
 * Update events: each window of a resource is met with a probability that follows its unit's U
 * quality that month (U1 band 0.60–0.95), with a per-resource offset so some resources go stale.
 */
export async function writeResourceUpdates(
  ctx: CityContext,
  path: string,
  resources: readonly DemoResource[],
): Promise<number> {
  const { range, seed } = ctx;
  const file = new CsvFile(path, ['resource_id', 'updated_at']);
  const seriesByUnit = new Map<string, number[]>();
  for (const r of resources) {
    let series = seriesByUnit.get(r.unitCode);
    if (!series) {
      series = qualitySeries(seed, profileOf(ctx, r.unitCode), 'U', range.months);
      seriesByUnit.set(r.unitCode, series);
    }
    const rng = new Rng(seed, `updates:${r.id}`);
    const offset = rng.normal() * 0.08 - (rng.chance(0.05) ? 0.3 : 0);
    const lo = Math.max(range.first, r.registeredOn);
    const hi = Math.min(range.last, r.retiredOn === null ? range.last : r.retiredOn - 1);
    for (let ws = windowStart(r.cycle, lo); ws <= hi; ws = nextWindowStart(r.cycle, ws)) {
      const from = Math.max(ws, lo);
      const to = Math.min(nextWindowStart(r.cycle, ws) - 1, hi);
      const q = series[monthAt(ctx, to)];
      if (!rng.chance(clamp(0.5 + 0.5 * q + offset, 0.02, 0.995))) continue;
      const count = 1 + rng.poisson(EXTRA_UPDATES[r.cycle]);
      const seconds = new Set<number>();
      for (let k = 0; k < count; k++) {
        // Working hours mostly; nightly batch jobs for daily resources.
        const sec = r.cycle === 'daily' && rng.chance(0.6) ? rng.int(3600, 5 * 3600) : rng.int(8 * 3600, 19 * 3600);
        seconds.add(timestampOf(rng.int(from, to), sec));
      }
      for (const ts of [...seconds].sort((a, b) => a - b)) {
        file.row(`${r.id},${formatTimestamp(ts, timestampStyle(ctx, rng))}`);
      }
    }
    ctx.progress(file.rows);
    await file.drain();
  }
  return file.close();
}
