import { csvField } from '@scorecard/shared';
import { type CityContext, profileOf } from './context.js';
import { CsvFile } from './csv.js';
import { formatDay } from './dates.js';
import { itemName } from './names.js';
import { clamp } from './profiles.js';
import { Rng } from './random.js';

export interface ItemVersion {
  from: number;
  /** Exclusive end (SPEC §4: active when effective_from ≤ E and effective_to empty or > E). */
  to: number | null;
  level: number;
}

export interface DemoItem {
  id: string;
  unitCode: string;
  name: string;
  versions: ItemVersion[];
  /** Expected cases a day while the item is active. */
  dailyCases: number;
}

/**
 * Depth level 1–4 for a quality: a bell around 1.3 + 3q (the city pushes items fully online, so
 * good units have most of them at level 4), sampled at the item's own quantile u.
 */
export function depthLevel(q: number, u: number): number {
  const centre = 1.3 + 3 * clamp(q, 0, 1);
  const weights = [1, 2, 3, 4].map((l) => Math.exp(-((l - centre) ** 2) / 0.9));
  const total = weights.reduce((a, b) => a + b, 0);
  let acc = 0;
  for (let l = 0; l < 4; l++) {
    acc += weights[l] / total;
    if (u < acc) return l + 1;
  }
  return 4;
}

/**
 * Service items with versions: the depth level moves one step at a time towards where the unit's
 * D quality is heading (improving units put items fully online, declining ones slip), some items
 * arrive mid-period and a few are withdrawn. Consecutive versions meet (effective_to of one is
 * effective_from of the next) and never overlap.
 */
export function buildItems(ctx: CityContext): DemoItem[] {
  const { range, scale } = ctx;
  const items: DemoItem[] = [];
  for (const unit of ctx.units) {
    const profile = profileOf(ctx, unit.code);
    if (!profile.hasItems) continue;
    const rng = new Rng(ctx.seed, `items:${unit.code}`);
    const count = Math.max(1, Math.round(scale.itemsPerUnit * Math.sqrt(profile.serviceVolume) * rng.between(0.7, 1.3)));
    const weights = Array.from({ length: count }, () => Math.exp(rng.normal()));
    const totalWeight = weights.reduce((a, b) => a + b, 0);
    const unitDailyCases = scale.casesPerUnitPerDay * profile.serviceVolume;
    for (let i = 0; i < count; i++) {
      const u = rng.next();
      const fresh = i > 0 && rng.chance(0.12);
      const first = fresh ? rng.int(range.first + 1, range.last - 30) : range.first - rng.int(30, 1500);
      const endLevel = depthLevel(profile.end.D + rng.normal() * 0.08, u);
      const startLevel = fresh ? endLevel : depthLevel(profile.start.D + rng.normal() * 0.08, u);
      const path = [startLevel];
      while (path[path.length - 1] !== endLevel) path.push(path[path.length - 1] + Math.sign(endLevel - startLevel));
      if (path.length === 1 && rng.chance(0.08)) {
        const detour = startLevel === 4 ? 3 : startLevel === 1 ? 2 : startLevel + (rng.chance(0.5) ? 1 : -1);
        path.push(detour, startLevel);
      }
      const lo = Math.max(first, range.first) + 1;
      const changes = rng.distinctSorted(lo, range.last, path.length - 1);
      const versions: ItemVersion[] = [{ from: first, to: null, level: path[0] }];
      for (let k = 0; k < changes.length; k++) {
        versions[versions.length - 1].to = changes[k];
        versions.push({ from: changes[k], to: null, level: path[k + 1] });
      }
      if (!fresh && rng.chance(0.04)) {
        const withdrawn = rng.int(Math.max(versions[versions.length - 1].from, range.first) + 1, range.last + 120);
        if (withdrawn <= range.last) versions[versions.length - 1].to = withdrawn;
      }
      items.push({
        id: `${unit.code}-I${String(i + 1).padStart(4, '0')}`,
        unitCode: unit.code,
        name: itemName(unit.name, unit.kind, i),
        versions,
        dailyCases: (unitDailyCases * weights[i]) / totalWeight,
      });
    }
  }
  return items;
}

export async function writeServiceItems(path: string, items: readonly DemoItem[]): Promise<number> {
  const file = new CsvFile(path, ['item_id', 'unit_code', 'name', 'depth_level', 'effective_from', 'effective_to']);
  for (const item of items) {
    const name = csvField(item.name);
    for (const v of item.versions) {
      file.row(`${item.id},${item.unitCode},${name},${v.level},${formatDay(v.from)},${v.to === null ? '' : formatDay(v.to)}`);
    }
  }
  return file.close();
}
