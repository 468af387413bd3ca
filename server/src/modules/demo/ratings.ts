import { weekdayFactor, dailyId } from './cases.js';
import { type CityContext, monthAt, profileOf, timestampStyle } from './context.js';
import { CsvFile } from './csv.js';
import { formatTimestamp, SECONDS_PER_DAY, timestampOf } from './dates.js';
import { clamp, qualitySeries } from './profiles.js';
import { Rng } from './random.js';
import type { DemoItem } from './service-items.js';

/** Ratings a day for a unit without service items (window and hotline service), so R3 alone is N/A. */
const RATINGS_WITHOUT_ITEMS_PER_DAY = 0.6;

/**
 * 好差评 ratings per unit and day. R quality sets participation (R3 band 0.30–0.80), the share of
 * bad ratings (R1 band 0.90–0.99) and how fast bad ones are rectified: within 15 days, late, or
 * never (R2 band 0.60–1.00). Levels lean towards 4–5 as on real platforms.
 */
export async function writeRatings(ctx: CityContext, path: string, items: readonly DemoItem[]): Promise<number> {
  const { range, scale, seed } = ctx;
  const rng = new Rng(seed, 'ratings');
  const file = new CsvFile(path, ['rating_id', 'unit_code', 'rated_at', 'level', 'rectified_at']);
  const dailyCases = new Map<string, number>();
  for (const item of items) dailyCases.set(item.unitCode, (dailyCases.get(item.unitCode) ?? 0) + item.dailyCases);
  const units = ctx.units.map((u) => ({
    code: u.code,
    cases: dailyCases.get(u.code) ?? 0,
    quality: qualitySeries(seed, profileOf(ctx, u.code), 'R', range.months),
  }));
  const lastSecond = timestampOf(range.last, SECONDS_PER_DAY - 1);
  for (let day = range.first; day <= range.last; day++) {
    const m = monthAt(ctx, day);
    const factor = weekdayFactor(day);
    let seq = 0;
    for (const unit of units) {
      const q = unit.quality[m];
      const participation = clamp(0.15 + 0.8 * q, 0.05, 1) * scale.ratingsPerCase;
      const mean = unit.cases > 0 ? unit.cases * factor * participation : RATINGS_WITHOUT_ITEMS_PER_DAY * scale.ratingsPerCase;
      const n = rng.poisson(mean);
      const badShare = 0.003 + 0.13 * (1 - q) ** 1.4;
      const onTimeP = clamp(0.4 + 0.6 * q, 0, 0.995);
      for (let k = 0; k < n; k++) {
        const rated = timestampOf(day, rng.int(8 * 3600, 22 * 3600));
        let level: number;
        let rectified: number | null = null;
        if (rng.chance(badShare)) {
          level = rng.chance(0.4) ? 1 : 2;
          const x = rng.next();
          if (x < onTimeP) rectified = rated + rng.int(0, 14) * SECONDS_PER_DAY + rng.int(1800, 8 * 3600);
          else if (x < onTimeP + (1 - onTimeP) * 0.6) rectified = rated + rng.int(16, 60) * SECONDS_PER_DAY + rng.int(1800, 8 * 3600);
          if (rectified !== null && rectified > lastSecond) rectified = null;
        } else {
          const y = rng.next();
          level = y < 0.1 + 0.12 * (1 - q) ? 3 : y < 0.42 ? 4 : 5;
        }
        seq++;
        file.row(
          `${dailyId('RT', day, seq)},${unit.code},${formatTimestamp(rated, timestampStyle(ctx, rng))},${level},` +
            `${rectified === null ? '' : formatTimestamp(rectified, timestampStyle(ctx, rng))}`,
        );
      }
    }
    await file.drain();
    ctx.progress(file.rows);
  }
  return file.close();
}
