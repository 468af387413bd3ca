import { type CityContext, profileOf } from './context.js';
import { CsvFile } from './csv.js';
import { monthLabel } from './dates.js';
import { quality } from './profiles.js';

/**
 * manual_values.csv: only the header unless the scale names a manual indicator, in which case every
 * unit gets a monthly 0–100 value that follows its mean quality (a self-assessment style score).
 */
export async function writeManualValues(ctx: CityContext, path: string): Promise<number> {
  const file = new CsvFile(path, ['indicator_id', 'unit_code', 'period', 'value']);
  const indicator = ctx.scale.manualIndicatorId;
  if (indicator) {
    for (const unit of ctx.units) {
      const profile = profileOf(ctx, unit.code);
      for (let m = 0; m < ctx.range.months; m++) {
        const q = (['U', 'E', 'S', 'R', 'D'] as const).reduce((sum, d) => sum + quality(ctx.seed, profile, d, m, ctx.range.months), 0) / 5;
        file.row(`${indicator},${unit.code},${monthLabel(ctx.range.firstMonth + m)},${(40 + 60 * q).toFixed(1)}`);
      }
    }
  }
  return file.close();
}
