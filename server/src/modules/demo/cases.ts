import { type CityContext, monthAt, profileOf, timestampStyle } from './context.js';
import { CsvFile } from './csv.js';
import { formatDay, formatTimestamp, SECONDS_PER_DAY, timestampOf, weekdayOf } from './dates.js';
import { clamp, qualitySeries } from './profiles.js';
import { Rng } from './random.js';
import type { DemoItem } from './service-items.js';

/** Fewer cases at weekends; the weekday factor keeps the weekly mean at the configured volume. */
export function weekdayFactor(day: number): number {
  return weekdayOf(day) >= 5 ? 0.4 : 1.2;
}

/** `C20230301000123`: date plus a per-day sequence, like the case numbers of a real platform. */
export function dailyId(prefix: string, day: number, seq: number): string {
  return `${prefix}${formatDay(day).replace(/-/g, '')}${String(seq).padStart(6, '0')}`;
}

/**
 * Cases of every active item, day by day. Deeper items and units with better D quality take more
 * cases online (D3 band 0.30–0.90); most complete within days, fully online ones often the same
 * day; a few never complete, and any completion after the range is left empty (still pending).
 */
export async function writeCases(ctx: CityContext, path: string, items: readonly DemoItem[]): Promise<number> {
  const { range, seed } = ctx;
  const rng = new Rng(seed, 'cases');
  const file = new CsvFile(path, ['case_id', 'item_id', 'submitted_at', 'completed_at', 'channel']);
  const quality = new Map<string, number[]>();
  for (const u of ctx.units) quality.set(u.code, qualitySeries(seed, profileOf(ctx, u.code), 'D', range.months));
  const versionIndex = new Int32Array(items.length);
  const lastSecond = timestampOf(range.last, SECONDS_PER_DAY - 1);
  for (let day = range.first; day <= range.last; day++) {
    const m = monthAt(ctx, day);
    const factor = weekdayFactor(day);
    let seq = 0;
    for (let i = 0; i < items.length; i++) {
      const item = items[i];
      const versions = item.versions;
      let v = versionIndex[i];
      while (v < versions.length - 1 && versions[v + 1].from <= day) v++;
      versionIndex[i] = v;
      const version = versions[v];
      if (version.from > day || (version.to !== null && version.to <= day)) continue;
      const n = rng.poisson(item.dailyCases * factor);
      if (n === 0) continue;
      const q = (quality.get(item.unitCode) as number[])[m];
      const onlineP = clamp(0.06 + 0.2 * (version.level - 1) + 0.5 * (q - 0.5), 0.02, 0.97);
      for (let k = 0; k < n; k++) {
        const online = rng.chance(onlineP);
        const sec = online ? rng.int(7 * 3600, 23 * 3600) : rng.int(8 * 3600 + 1800, 17 * 3600 + 1800);
        const submitted = timestampOf(day, sec);
        let completed: number | null = null;
        if (!rng.chance(0.004 + 0.03 * (1 - q))) {
          const sameDay = online && version.level === 4 && rng.chance(0.6);
          completed = submitted + (sameDay ? 0 : rng.poisson(2.5) * SECONDS_PER_DAY) + rng.int(600, 6 * 3600);
          if (completed > lastSecond) completed = null;
        }
        let style = timestampStyle(ctx, rng);
        if (style === 'local' && submitted % 60 === 0) style = 'local-minutes';
        seq++;
        file.row(
          `${dailyId('C', day, seq)},${item.id},${formatTimestamp(submitted, style)},` +
            `${completed === null ? '' : formatTimestamp(completed, timestampStyle(ctx, rng))},${online ? 'online' : 'offline'}`,
        );
      }
    }
    await file.drain();
    ctx.progress(file.rows);
  }
  return file.close();
}
