import type { DateRange, TimestampStyle } from './dates.js';
import type { ScaleOptions } from './presets.js';
import type { UnitProfile } from './profiles.js';
import type { Rng } from './random.js';
import type { DemoUnit } from './units.js';

/** Everything a file writer needs: the city, its profiles, the time range and the scale. */
export interface CityContext {
  seed: number;
  range: DateRange;
  scale: ScaleOptions;
  units: readonly DemoUnit[];
  profiles: ReadonlyMap<string, UnitProfile>;
  /** Month index (0-based) of each day of the range, by day − range.first: hot loops avoid Date. */
  monthOfDay: Int16Array;
  /** Reports rows written so far in a long file (throttled by the caller's own cadence). */
  progress: (rows: number) => void;
}

export function profileOf(ctx: CityContext, code: string): UnitProfile {
  const p = ctx.profiles.get(code);
  if (!p) throw new Error(`no profile for unit ${code}`);
  return p;
}

/** Most timestamps are `YYYY-MM-DD HH:MM:SS`; a few are ISO 8601 with an offset (SPEC §2). */
export function timestampStyle(ctx: CityContext, rng: Rng): TimestampStyle {
  if (!rng.chance(ctx.scale.isoTimestampShare)) return 'local';
  return rng.chance(0.5) ? 'iso-utc' : 'iso-offset';
}

/** Month index within the range of a day inside it (clamped to the range for days outside). */
export function monthAt(ctx: CityContext, day: number): number {
  const i = day - ctx.range.first;
  if (i < 0) return 0;
  if (i >= ctx.monthOfDay.length) return ctx.range.months - 1;
  return ctx.monthOfDay[i];
}
