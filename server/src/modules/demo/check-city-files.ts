import { parsePeriod, UNIT_KINDS, UPDATE_CYCLES } from '@scorecard/shared';
import type { CityChecker } from './check-city.js';

/** One file's check: each row (cells named by SPEC §8's columns), then the whole file if needed. */
interface FileCheck {
  row(c: CityChecker, cells: string[], line: number): void;
  after?(c: CityChecker): void;
}

const ENUMS = {
  kind: UNIT_KINDS,
  cycle: UPDATE_CYCLES,
  channel: ['online', 'offline'],
  severity: ['low', 'medium', 'high'],
};

const units: FileCheck = {
  row(c, [code, name, kind], l) {
    c.oneOf(l, kind, ENUMS.kind);
    if (!name) c.fail(l, 'empty name');
    c.units.add(code);
  },
};

const resources: FileCheck = {
  row(c, [resourceId, unit, , cycle, registered, retired], l) {
    c.unit(l, unit);
    c.oneOf(l, cycle, ENUMS.cycle);
    c.notBefore(l, c.date(l, registered), c.date(l, retired, true), 'retired before registered');
    c.resources.add(resourceId);
    c.unitsWith.resources.add(unit);
  },
};

const resourceUpdates: FileCheck = {
  row(c, [resourceId, updatedAt], l) {
    if (!c.resources.has(resourceId)) c.fail(l, `unknown resource ${resourceId}`);
    c.timestamp(l, updatedAt);
  },
};

const dataCalls: FileCheck = {
  row(c, [resourceId, caller, date, count], l) {
    if (!c.resources.has(resourceId)) c.fail(l, `unknown resource ${resourceId}`);
    c.unit(l, caller);
    c.date(l, date);
    c.intIn(l, count, 0, Number.MAX_SAFE_INTEGER);
  },
};

const dataDemands: FileCheck = {
  row(c, [, provider, requester, requestedOn, dueOn, fulfilledOn, satisfaction], l) {
    c.unit(l, provider);
    c.unit(l, requester);
    const requested = c.date(l, requestedOn);
    c.notBefore(l, requested, c.date(l, dueOn), 'due before requested');
    c.notBefore(l, requested, c.date(l, fulfilledOn, true), 'fulfilled before requested');
    if (satisfaction !== '') c.intIn(l, satisfaction, 1, 5);
  },
};

const systems: FileCheck = {
  row(c, [systemId, unit, , commissioned, retired], l) {
    c.unit(l, unit);
    c.notBefore(l, c.date(l, commissioned), c.date(l, retired, true), 'retired before commissioned');
    c.systems.add(systemId);
    c.unitsWith.systems.add(unit);
  },
};

const officers: FileCheck = {
  // The scope is `unit` or any system, also one of another unit (SPEC §4/§8 set no unit condition).
  row(c, [, unit, , scope, appointed, ended, certified], l) {
    c.unit(l, unit);
    if (scope !== 'unit' && !c.systems.has(scope)) c.fail(l, `scope ${scope} is neither unit nor a known system`);
    c.notBefore(l, c.date(l, appointed), c.date(l, ended, true), 'ended before appointed');
    c.date(l, certified);
  },
};

const serviceItems: FileCheck = {
  row(c, [itemId, unit, , depth, effectiveFrom, effectiveTo], l) {
    c.unit(l, unit);
    c.intIn(l, depth, 1, 4);
    const from = c.date(l, effectiveFrom);
    const to = c.date(l, effectiveTo, true);
    if (from !== null && to !== null && to <= from) c.fail(l, 'effective_to not after effective_from');
    const list = c.itemVersions.get(itemId) ?? [];
    list.push({ unit, from: from ?? 0, to, line: l });
    c.itemVersions.set(itemId, list);
    c.unitsWith.items.add(unit);
  },
  /** Versions of an item never overlap and never change unit (SPEC §8). */
  after(c) {
    for (const [item, versions] of c.itemVersions) {
      versions.sort((a, b) => a.from - b.from);
      for (let i = 1; i < versions.length; i++) {
        const prev = versions[i - 1];
        if (versions[i].unit !== versions[0].unit) c.fail(versions[i].line, `item ${item} changes unit`);
        if (prev.to === null || prev.to > versions[i].from) c.fail(versions[i].line, `item ${item} versions overlap`);
      }
    }
  },
};

const cases: FileCheck = {
  row(c, [, itemId, submittedAt, completedAt, channel], l) {
    if (!c.itemVersions.has(itemId)) c.fail(l, `unknown item ${itemId}`);
    c.notBefore(l, c.timestamp(l, submittedAt), c.timestamp(l, completedAt, true), 'completed before submitted');
    c.oneOf(l, channel, ENUMS.channel);
  },
};

const ratings: FileCheck = {
  row(c, [, unit, ratedAt, level, rectifiedAt], l) {
    c.unit(l, unit);
    c.intIn(l, level, 1, 5);
    const rectified = c.timestamp(l, rectifiedAt, true);
    c.notBefore(l, c.timestamp(l, ratedAt), rectified, 'rectified before rated');
    if (rectified !== null && Number(level) > 2) c.fail(l, 'a positive rating was rectified');
    c.unitsWith.ratings.add(unit);
  },
};

const incidents: FileCheck = {
  row(c, [, unit, occurredOn, severity, description], l) {
    c.unit(l, unit);
    c.date(l, occurredOn);
    c.oneOf(l, severity, ENUMS.severity);
    if (!description) c.fail(l, 'empty description');
    c.unitsWith.incidents.add(unit);
  },
};

const manualValues: FileCheck = {
  row(c, [, unit, period, value], l) {
    c.unit(l, unit);
    if (!parsePeriod(period)) c.fail(l, `bad period ${period}`);
    if (!Number.isFinite(Number(value)) || value === '') c.fail(l, `bad value ${value}`);
  },
};

/** Every file of a city with its check, in an order where references point backwards. */
export const CITY_FILE_CHECKS: ReadonlyArray<[file: string, check: FileCheck]> = [
  ['units.csv', units], ['resources.csv', resources], ['resource_updates.csv', resourceUpdates], ['data_calls.csv', dataCalls],
  ['data_demands.csv', dataDemands], ['systems.csv', systems], ['officers.csv', officers], ['service_items.csv', serviceItems],
  ['cases.csv', cases], ['ratings.csv', ratings], ['incidents.csv', incidents], ['manual_values.csv', manualValues],
];
