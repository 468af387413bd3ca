import { csvField } from '@scorecard/shared';
import { type CityContext, profileOf } from './context.js';
import { CsvFile } from './csv.js';
import { formatDay } from './dates.js';
import { resourceName } from './names.js';
import { UPDATE_CYCLES, type UpdateCycle } from './presets.js';
import { Rng } from './random.js';

export interface DemoResource {
  id: string;
  unitCode: string;
  name: string;
  cycle: UpdateCycle;
  registeredOn: number;
  retiredOn: number | null;
}

/**
 * Shared data resources: most registered before the range, some mid-period (so U1 windows start
 * at registration) and a few retired (so windows stop). Units without resources get none (U1, E1 N/A).
 */
export function buildResources(ctx: CityContext): DemoResource[] {
  const { range, scale } = ctx;
  const cycleWeights = UPDATE_CYCLES.map((c) => scale.cycleMix[c]);
  const resources: DemoResource[] = [];
  for (const unit of ctx.units) {
    const profile = profileOf(ctx, unit.code);
    if (!profile.hasResources) continue;
    const rng = new Rng(ctx.seed, `resources:${unit.code}`);
    const count = Math.max(1, Math.round(scale.resourcesPerUnit * profile.dataVolume * rng.between(0.7, 1.3)));
    for (let i = 0; i < count; i++) {
      const lateRegistration = i > 0 && rng.chance(0.12);
      const registeredOn = lateRegistration
        ? rng.int(range.first + 1, range.last - 7)
        : range.first - rng.int(1, 1500);
      let retiredOn: number | null = null;
      if (i > 0 && rng.chance(0.04)) {
        const day = rng.int(Math.max(registeredOn, range.first) + 20, range.last + 60);
        if (day <= range.last) retiredOn = day;
      }
      resources.push({
        id: `${unit.code}-R${String(i + 1).padStart(4, '0')}`,
        unitCode: unit.code,
        name: resourceName(unit.name, unit.kind, i),
        cycle: UPDATE_CYCLES[rng.weighted(cycleWeights)],
        registeredOn,
        retiredOn,
      });
    }
  }
  return resources;
}

export async function writeResources(path: string, resources: readonly DemoResource[]): Promise<number> {
  const file = new CsvFile(path, ['resource_id', 'unit_code', 'name', 'update_cycle', 'registered_on', 'retired_on']);
  for (const r of resources) {
    file.row(
      `${r.id},${r.unitCode},${csvField(r.name)},${r.cycle},${formatDay(r.registeredOn)},${r.retiredOn === null ? '' : formatDay(r.retiredOn)}`,
    );
    await file.drain();
  }
  return file.close();
}
