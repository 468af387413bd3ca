import { type CityContext, profileOf } from './context.js';
import { CsvFile } from './csv.js';
import { firstDayOfMonth, formatDay, lastDayOfMonth } from './dates.js';
import { clamp, quality } from './profiles.js';
import { Rng } from './random.js';
import type { DemoResource } from './resources.js';

const DUE_DAYS = [5, 7, 10, 15, 20, 30];

/**
 * Data demands between units. Providers are weighted by how much data they share; whether a demand
 * is met on time, late or never, and how satisfied the requester is, follow the provider's E quality
 * in the month the demand falls due (E2 band 0.60–0.95, E3 scale 1–5). Nothing is dated after the
 * range: a demand still open at its end simply has no fulfilled_on.
 */
export async function writeDataDemands(ctx: CityContext, path: string, resources: readonly DemoResource[]): Promise<number> {
  const { range, scale, seed } = ctx;
  const rng = new Rng(seed, 'demands');
  const file = new CsvFile(path, [
    'demand_id', 'provider_unit_code', 'requester_unit_code', 'requested_on', 'due_on', 'fulfilled_on', 'satisfaction',
  ]);
  const resourceCount = new Map<string, number>();
  for (const r of resources) resourceCount.set(r.unitCode, (resourceCount.get(r.unitCode) ?? 0) + 1);
  const codes = ctx.units.map((u) => u.code);
  const weights = codes.map((c) => 0.5 + Math.sqrt(resourceCount.get(c) ?? 0));
  if (codes.length < 2) return file.close();
  let seq = 0;
  for (let m = 0; m < range.months; m++) {
    const first = firstDayOfMonth(range.firstMonth + m);
    const last = lastDayOfMonth(range.firstMonth + m);
    const n = rng.poisson(scale.demandsPerUnitPerMonth * codes.length);
    const requested = Array.from({ length: n }, () => rng.int(first, last)).sort((a, b) => a - b);
    for (const requestedOn of requested) {
      const provider = codes[rng.weighted(weights)];
      let requester = rng.pick(codes);
      while (requester === provider) requester = rng.pick(codes);
      const dueOn = requestedOn + rng.pick(DUE_DAYS);
      const q = quality(seed, profileOf(ctx, provider), 'E', Math.min(range.months - 1, m + (dueOn > last ? 1 : 0)), range.months);
      const x = rng.next();
      const onTimeP = clamp(0.45 + 0.53 * q, 0, 0.99);
      let fulfilledOn: number | null = null;
      let late = false;
      if (x < onTimeP) fulfilledOn = rng.int(requestedOn, dueOn);
      else if (x < onTimeP + (1 - onTimeP) * 0.65) {
        fulfilledOn = dueOn + rng.int(1, 40);
        late = true;
      }
      if (fulfilledOn !== null && fulfilledOn > range.last) fulfilledOn = null;
      let satisfaction = '';
      if (fulfilledOn !== null && rng.chance(0.85)) {
        const s = 1.4 + 3.6 * q + rng.normal() * 0.7 - (late ? 0.9 : 0);
        satisfaction = String(Math.round(clamp(s, 1, 5)));
      }
      seq++;
      file.row(
        `DM-${String(seq).padStart(7, '0')},${provider},${requester},${formatDay(requestedOn)},${formatDay(dueOn)},` +
          `${fulfilledOn === null ? '' : formatDay(fulfilledOn)},${satisfaction}`,
      );
    }
    await file.drain();
    ctx.progress(file.rows);
  }
  return file.close();
}
