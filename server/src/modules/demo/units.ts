import { csvField, type UnitKind } from '@scorecard/shared';
import { CsvFile } from './csv.js';
import { DISTRICT_NAMES, MUNICIPAL_NAMES, PRIORITY_NAMES, PUBLIC_SERVICE_NAMES } from './unit-names.js';

export interface DemoUnit {
  code: string;
  name: string;
  kind: UnitKind;
}

const CODE_PREFIX: Record<UnitKind, string> = { municipal: 'ZZ-M', district: 'ZZ-D', public_service: 'ZZ-P' };

function code(kind: UnitKind, n: number): string {
  return `${CODE_PREFIX[kind]}-${String(n).padStart(3, '0')}`;
}

/** The 75 real units, each with its stable code (ZZ-M-001 …, ZZ-P-001 …, ZZ-D-001 …). */
export function realUnits(): DemoUnit[] {
  return [
    ...MUNICIPAL_NAMES.map((name, i) => ({ code: code('municipal', i + 1), name, kind: 'municipal' as const })),
    ...PUBLIC_SERVICE_NAMES.map((name, i) => ({ code: code('public_service', i + 1), name, kind: 'public_service' as const })),
    ...DISTRICT_NAMES.map((name, i) => ({ code: code('district', i + 1), name, kind: 'district' as const })),
  ];
}

/**
 * The real units in the order a smaller city takes them: the priority units first, then the
 * others interleaved so that every prefix mixes the three kinds in about the city's proportions.
 */
function realUnitsByPriority(): DemoUnit[] {
  const all = realUnits();
  const first = PRIORITY_NAMES.map((name) => all.find((u) => u.name === name)).filter((u): u is DemoUnit => !!u);
  const rest = all.filter((u) => !PRIORITY_NAMES.includes(u.name));
  const queues = (['municipal', 'district', 'public_service'] as const).map((kind) => rest.filter((u) => u.kind === kind));
  const totals = queues.map((q) => q.length);
  const taken = [0, 0, 0];
  const ordered: DemoUnit[] = [...first];
  while (ordered.length < all.length) {
    // Take from the kind furthest behind its share (a deterministic largest-remainder interleave).
    let best = -1;
    let bestLag = -Infinity;
    for (let k = 0; k < 3; k++) {
      if (taken[k] >= totals[k]) continue;
      const lag = (taken[k] + 1) / totals[k];
      if (best === -1 || lag < bestLag) {
        best = k;
        bestLag = lag;
      }
    }
    ordered.push(queues[best][taken[best]++]);
  }
  return ordered;
}

/**
 * `count` units: a deterministic subset of the real ones when count ≤ 75, all of them plus
 * numbered synthetic units (kinds in the city's proportions) beyond. Sorted by code.
 */
export function buildUnits(count: number): DemoUnit[] {
  if (!Number.isInteger(count) || count < 1) throw new Error(`units must be a positive integer, got ${count}`);
  const real = realUnitsByPriority();
  const units = real.slice(0, Math.min(count, real.length));
  const next: Record<UnitKind, number> = {
    municipal: MUNICIPAL_NAMES.length,
    public_service: PUBLIC_SERVICE_NAMES.length,
    district: DISTRICT_NAMES.length,
  };
  for (let i = real.length; i < count; i++) {
    // 45 : 14 : 16 like the real city; the number in the name is the one in the code.
    const slot = i % 75;
    const kind: UnitKind = slot < 45 ? 'municipal' : slot < 59 ? 'public_service' : 'district';
    const seq = ++next[kind];
    const name = kind === 'municipal' ? `市第${seq}号直属单位` : kind === 'public_service' ? `第${seq}号公共服务单位` : `第${seq}号区县`;
    units.push({ code: code(kind, seq), name, kind });
  }
  return units.sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
}

export async function writeUnits(path: string, units: readonly DemoUnit[]): Promise<number> {
  const file = new CsvFile(path, ['code', 'name', 'kind']);
  for (const u of units) file.row(`${u.code},${csvField(u.name)},${u.kind}`);
  return file.close();
}
