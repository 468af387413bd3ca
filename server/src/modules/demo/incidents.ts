import { csvField } from '@scorecard/shared';
import { type CityContext, profileOf } from './context.js';
import { CsvFile } from './csv.js';
import { dayFromParts, formatDay, partsOf } from './dates.js';
import { INCIDENT_DESCRIPTIONS } from './names.js';
import { Rng } from './random.js';

const SEVERITIES = ['low', 'medium', 'high'] as const;
const SEVERITY_WEIGHTS = [55, 35, 10];

/**
 * A few data-security incidents across a handful of units (more likely where S quality is poor),
 * plus one incident-prone unit with six in the last calendar year of the range: enough to hit the
 * penalty cap of 20 points in a year and to show two in one month.
 */
export async function writeIncidents(ctx: CityContext, path: string): Promise<number> {
  const { range, scale } = ctx;
  const rng = new Rng(ctx.seed, 'incidents');
  const years = range.months / 12;
  const events: Array<{ unit: string; day: number }> = [];
  for (const unit of ctx.units) {
    const profile = profileOf(ctx, unit.code);
    if (profile.incidentProne) {
      const [lastYear] = partsOf(range.last);
      const from = Math.max(range.first, dayFromParts(lastYear, 1, 1));
      const burst = rng.int(from, range.last);
      events.push({ unit: unit.code, day: burst }, { unit: unit.code, day: Math.min(range.last, burst + rng.int(1, 20)) });
      for (let k = 0; k < 4; k++) events.push({ unit: unit.code, day: rng.int(from, range.last) });
      continue;
    }
    const risk = 2 * (1 - (profile.start.S + profile.end.S) / 2) ** 2;
    const n = rng.poisson(scale.incidentsPerUnitYear * years * risk);
    for (let k = 0; k < n; k++) events.push({ unit: unit.code, day: rng.int(range.first, range.last) });
  }
  events.sort((a, b) => a.day - b.day || (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0));
  const file = new CsvFile(path, ['incident_id', 'unit_code', 'occurred_on', 'severity', 'description']);
  events.forEach((e, i) => {
    const severity = SEVERITIES[rng.weighted(SEVERITY_WEIGHTS)];
    file.row(`INC-${String(i + 1).padStart(5, '0')},${e.unit},${formatDay(e.day)},${severity},${csvField(rng.pick(INCIDENT_DESCRIPTIONS))}`);
  });
  return file.close();
}
