import { csvField } from '@scorecard/shared';
import { type CityContext, profileOf } from './context.js';
import { CsvFile } from './csv.js';
import { formatDay } from './dates.js';
import { systemName } from './names.js';
import { Rng } from './random.js';

export interface DemoSystem {
  id: string;
  unitCode: string;
  name: string;
  commissionedOn: number;
  retiredOn: number | null;
}

/** Information systems: mostly in service before the range, some commissioned or retired during it. */
export function buildSystems(ctx: CityContext): DemoSystem[] {
  const { range, scale } = ctx;
  const systems: DemoSystem[] = [];
  for (const unit of ctx.units) {
    const profile = profileOf(ctx, unit.code);
    if (!profile.hasSystems) continue;
    const rng = new Rng(ctx.seed, `systems:${unit.code}`);
    const count = Math.max(1, rng.poisson(scale.systemsPerUnit * Math.sqrt(profile.dataVolume)));
    for (let i = 0; i < count; i++) {
      // The first system is always in service for the whole range so every such unit has S2.
      const commissionedOn = i > 0 && rng.chance(0.2) ? rng.int(range.first + 1, range.last - 10) : range.first - rng.int(30, 2500);
      let retiredOn: number | null = null;
      if (i > 0 && rng.chance(0.07)) {
        const day = rng.int(Math.max(commissionedOn, range.first) + 30, range.last + 90);
        if (day <= range.last) retiredOn = day;
      }
      systems.push({
        id: `${unit.code}-S${String(i + 1).padStart(2, '0')}`,
        unitCode: unit.code,
        name: systemName(unit.name, i),
        commissionedOn,
        retiredOn,
      });
    }
  }
  return systems;
}

export async function writeSystems(path: string, systems: readonly DemoSystem[]): Promise<number> {
  const file = new CsvFile(path, ['system_id', 'unit_code', 'name', 'commissioned_on', 'retired_on']);
  for (const s of systems) {
    file.row(
      `${s.id},${s.unitCode},${csvField(s.name)},${formatDay(s.commissionedOn)},${s.retiredOn === null ? '' : formatDay(s.retiredOn)}`,
    );
  }
  return file.close();
}
