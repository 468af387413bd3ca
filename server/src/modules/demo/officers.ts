import { csvField } from '@scorecard/shared';
import { type CityContext, profileOf } from './context.js';
import { CsvFile } from './csv.js';
import type { DateRange } from './dates.js';
import { formatDay } from './dates.js';
import { personName } from './names.js';
import { clamp } from './profiles.js';
import { Rng } from './random.js';
import type { DemoSystem } from './systems.js';

export interface DemoOfficer {
  id: string;
  unitCode: string;
  name: string;
  /** 'unit' or a system_id of the same unit. */
  scope: string;
  appointedOn: number;
  endedOn: number | null;
  certifiedUntil: number;
}

type Span = Omit<DemoOfficer, 'id' | 'unitCode' | 'name' | 'scope'>;

/**
 * The officers covering one scope over the range, given whether the scope is covered by a valid
 * officer (appointed, not ended, certified) at the range's start and at its end. Between those
 * ends things happen the way they do in real units: handovers (ended_on), certificates that lapse
 * and are only renewed by a new appointment weeks later, appointments made mid-period.
 */
function coverage(rng: Rng, range: DateRange, since: number, atStart: boolean, atEnd: boolean, lapse: boolean): Span[] {
  const startDay = Math.max(range.first, since);
  const margin = Math.min(20, Math.floor((range.last - startDay) / 4));
  const mid = rng.int(startDay + margin, Math.max(startDay + margin, range.last - margin));
  const before = since < range.first ? rng.int(Math.max(since, range.first - 1500), range.first - 1) : since;
  const valid = (): number => range.last + rng.int(30, 700);
  if (atStart && atEnd) {
    const x = rng.next();
    if (x < 0.7) return [{ appointedOn: before, endedOn: null, certifiedUntil: valid() }];
    if (x < 0.85) {
      return [
        { appointedOn: before, endedOn: mid, certifiedUntil: valid() },
        { appointedOn: mid, endedOn: null, certifiedUntil: valid() },
      ];
    }
    const renewed = Math.min(range.last - 1, mid + rng.int(20, 75));
    return [
      { appointedOn: before, endedOn: renewed > mid ? renewed : null, certifiedUntil: mid },
      ...(renewed > mid ? [{ appointedOn: renewed, endedOn: null, certifiedUntil: valid() }] : []),
    ];
  }
  if (atStart) {
    if (lapse || rng.chance(0.6)) return [{ appointedOn: before, endedOn: null, certifiedUntil: mid }];
    return [{ appointedOn: before, endedOn: mid, certifiedUntil: valid() }];
  }
  const lapsedLongAgo = (): Span => ({
    appointedOn: Math.min(before, range.first - 400),
    endedOn: null,
    certifiedUntil: range.first - rng.int(10, 300),
  });
  if (atEnd) {
    if (since >= range.first || rng.chance(0.5)) return [{ appointedOn: mid, endedOn: null, certifiedUntil: valid() }];
    return [{ ...lapsedLongAgo(), endedOn: mid }, { appointedOn: mid, endedOn: null, certifiedUntil: valid() }];
  }
  return since < range.first && rng.chance(0.5) ? [lapsedLongAgo()] : [];
}

/** Unit officers follow S quality at the range's ends; system officers cover systems the same way. */
export function buildOfficers(ctx: CityContext, systems: readonly DemoSystem[]): DemoOfficer[] {
  const { range } = ctx;
  const officers: DemoOfficer[] = [];
  for (const unit of ctx.units) {
    const profile = profileOf(ctx, unit.code);
    const rng = new Rng(ctx.seed, `officers:${unit.code}`);
    let seq = 0;
    const add = (scope: string, spans: Span[]): void => {
      for (const span of spans) {
        seq++;
        officers.push({ id: `${unit.code}-O${String(seq).padStart(3, '0')}`, unitCode: unit.code, name: personName(rng), scope, ...span });
      }
    };
    const qs = profile.start.S;
    const qe = profile.end.S;
    const u = rng.next();
    const forcedLapse = profile.archetype === 'declining';
    add('unit', coverage(rng, range, range.first - 2000, forcedLapse || u < clamp(qs * 1.4, 0, 0.98), !forcedLapse && u < clamp(qe * 1.4, 0, 0.98), forcedLapse));
    for (const system of systems) {
      if (system.unitCode !== unit.code) continue;
      const v = rng.next();
      const since = system.commissionedOn;
      const lastDay = system.retiredOn === null ? range.last : system.retiredOn;
      if (since >= lastDay - 5) continue;
      add(system.id, coverage(rng, range, since, v < qs, v < qe, false));
    }
  }
  return officers;
}

export async function writeOfficers(path: string, officers: readonly DemoOfficer[]): Promise<number> {
  const file = new CsvFile(path, ['officer_id', 'unit_code', 'name', 'scope', 'appointed_on', 'ended_on', 'certified_until']);
  for (const o of officers) {
    file.row(
      `${o.id},${o.unitCode},${csvField(o.name)},${o.scope},${formatDay(o.appointedOn)},` +
        `${o.endedOn === null ? '' : formatDay(o.endedOn)},${formatDay(o.certifiedUntil)}`,
    );
  }
  return file.close();
}
