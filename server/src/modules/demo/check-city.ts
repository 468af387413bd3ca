import { join } from 'node:path';
import { csvRows, isDate, parseTimestamp, SPEC_HEADERS } from './check.js';
import { dayOf } from './dates.js';

export interface CityCheck {
  problems: string[];
  rows: Record<string, number>;
  /** Units with at least one row in the file, by file. */
  unitsWith: Record<'resources' | 'systems' | 'items' | 'ratings' | 'incidents', Set<string>>;
  isoTimestamps: number;
}

const ENUMS = {
  kind: ['municipal', 'district', 'public_service'],
  cycle: ['daily', 'weekly', 'monthly', 'quarterly', 'yearly'],
  channel: ['online', 'offline'],
  severity: ['low', 'medium', 'high'],
};

/** Checks every file of a generated city; `problems` is empty when the city is valid (capped at 200). */
export async function checkCity(dir: string): Promise<CityCheck> {
  const problems: string[] = [];
  const rows: Record<string, number> = {};
  const unitsWith: CityCheck['unitsWith'] = {
    resources: new Set(), systems: new Set(), items: new Set(), ratings: new Set(), incidents: new Set(),
  };
  let isoTimestamps = 0;
  const units = new Set<string>();
  const resources = new Set<string>();
  const systemUnit = new Map<string, string>();
  const itemVersions = new Map<string, Array<{ unit: string; from: number; to: number | null; line: number }>>();
  const fail = (file: string, line: number, message: string): void => {
    if (problems.length < 200) problems.push(`${file}:${line}: ${message}`);
  };

  async function each(file: string, onRow: (c: string[], line: number) => void): Promise<void> {
    const seen = new Set<string>();
    let count = 0;
    for await (const { line, cells } of csvRows(join(dir, file))) {
      if (line === 1) {
        if (cells.join(',') !== SPEC_HEADERS[file].join(',')) fail(file, 1, `header ${cells.join(',')}`);
        continue;
      }
      if (cells.length !== SPEC_HEADERS[file].length) fail(file, line, `${cells.length} cells`);
      count++;
      const key = keyOf(file, cells);
      if (seen.has(key)) fail(file, line, `duplicate key ${key}`);
      seen.add(key);
      onRow(cells, line);
    }
    rows[file] = count;
  }
  function keyOf(file: string, c: string[]): string {
    if (file === 'resource_updates.csv') return `${c[0]}|${parseTimestamp(c[1])}`;
    if (file === 'data_calls.csv') return `${c[0]}|${c[1]}|${c[2]}`;
    if (file === 'service_items.csv') return `${c[0]}|${c[4]}`;
    if (file === 'manual_values.csv') return `${c[0]}|${c[1]}|${c[2]}`;
    return c[0];
  }
  const date = (file: string, line: number, text: string, optional = false): number | null => {
    if (text === '' && optional) return null;
    if (!isDate(text)) {
      fail(file, line, `bad date "${text}"`);
      return null;
    }
    return dayOf(text);
  };
  const ts = (file: string, line: number, text: string, optional = false): number | null => {
    if (text === '' && optional) return null;
    const v = parseTimestamp(text);
    if (v === null) fail(file, line, `bad timestamp "${text}"`);
    if (text.includes('T')) isoTimestamps++;
    return v;
  };
  const unit = (file: string, line: number, code: string): void => {
    if (!units.has(code)) fail(file, line, `unknown unit ${code}`);
  };
  const oneOf = (file: string, line: number, value: string, allowed: readonly string[]): void => {
    if (!allowed.includes(value)) fail(file, line, `"${value}" not one of ${allowed.join('/')}`);
  };
  const intIn = (file: string, line: number, text: string, lo: number, hi: number): void => {
    if (!/^\d+$/.test(text) || Number(text) < lo || Number(text) > hi) fail(file, line, `"${text}" not an integer ${lo}–${hi}`);
  };
  const notBefore = (file: string, line: number, a: number | null, b: number | null, what: string): void => {
    if (a !== null && b !== null && b < a) fail(file, line, what);
  };

  await each('units.csv', (c, l) => {
    oneOf('units.csv', l, c[2], ENUMS.kind);
    if (!c[1]) fail('units.csv', l, 'empty name');
    units.add(c[0]);
  });
  await each('resources.csv', (c, l) => {
    unit('resources.csv', l, c[1]);
    oneOf('resources.csv', l, c[3], ENUMS.cycle);
    notBefore('resources.csv', l, date('resources.csv', l, c[4]), date('resources.csv', l, c[5], true), 'retired before registered');
    resources.add(c[0]);
    unitsWith.resources.add(c[1]);
  });
  await each('resource_updates.csv', (c, l) => {
    if (!resources.has(c[0])) fail('resource_updates.csv', l, `unknown resource ${c[0]}`);
    ts('resource_updates.csv', l, c[1]);
  });
  await each('data_calls.csv', (c, l) => {
    if (!resources.has(c[0])) fail('data_calls.csv', l, `unknown resource ${c[0]}`);
    unit('data_calls.csv', l, c[1]);
    date('data_calls.csv', l, c[2]);
    intIn('data_calls.csv', l, c[3], 0, Number.MAX_SAFE_INTEGER);
  });
  await each('data_demands.csv', (c, l) => {
    const f = 'data_demands.csv';
    unit(f, l, c[1]);
    unit(f, l, c[2]);
    const requested = date(f, l, c[3]);
    notBefore(f, l, requested, date(f, l, c[4]), 'due before requested');
    notBefore(f, l, requested, date(f, l, c[5], true), 'fulfilled before requested');
    if (c[6] !== '') intIn(f, l, c[6], 1, 5);
  });
  await each('systems.csv', (c, l) => {
    unit('systems.csv', l, c[1]);
    notBefore('systems.csv', l, date('systems.csv', l, c[3]), date('systems.csv', l, c[4], true), 'retired before commissioned');
    systemUnit.set(c[0], c[1]);
    unitsWith.systems.add(c[1]);
  });
  await each('officers.csv', (c, l) => {
    const f = 'officers.csv';
    unit(f, l, c[1]);
    if (c[3] !== 'unit' && systemUnit.get(c[3]) !== c[1]) fail(f, l, `scope ${c[3]} is neither unit nor a system of ${c[1]}`);
    notBefore(f, l, date(f, l, c[4]), date(f, l, c[5], true), 'ended before appointed');
    date(f, l, c[6]);
  });
  await each('service_items.csv', (c, l) => {
    const f = 'service_items.csv';
    unit(f, l, c[1]);
    intIn(f, l, c[3], 1, 4);
    const from = date(f, l, c[4]);
    const to = date(f, l, c[5], true);
    if (from !== null && to !== null && to <= from) fail(f, l, 'effective_to not after effective_from');
    const list = itemVersions.get(c[0]) ?? [];
    list.push({ unit: c[1], from: from ?? 0, to, line: l });
    itemVersions.set(c[0], list);
    unitsWith.items.add(c[1]);
  });
  for (const [item, versions] of itemVersions) {
    versions.sort((a, b) => a.from - b.from);
    for (let i = 1; i < versions.length; i++) {
      const prev = versions[i - 1];
      if (versions[i].unit !== versions[0].unit) fail('service_items.csv', versions[i].line, `item ${item} changes unit`);
      if (prev.to === null || prev.to > versions[i].from) fail('service_items.csv', versions[i].line, `item ${item} versions overlap`);
    }
  }
  await each('cases.csv', (c, l) => {
    const f = 'cases.csv';
    if (!itemVersions.has(c[1])) fail(f, l, `unknown item ${c[1]}`);
    notBefore(f, l, ts(f, l, c[2]), ts(f, l, c[3], true), 'completed before submitted');
    oneOf(f, l, c[4], ENUMS.channel);
  });
  await each('ratings.csv', (c, l) => {
    const f = 'ratings.csv';
    unit(f, l, c[1]);
    intIn(f, l, c[3], 1, 5);
    const rated = ts(f, l, c[2]);
    const rectified = ts(f, l, c[4], true);
    notBefore(f, l, rated, rectified, 'rectified before rated');
    if (rectified !== null && Number(c[3]) > 2) fail(f, l, 'a positive rating was rectified');
    unitsWith.ratings.add(c[1]);
  });
  await each('incidents.csv', (c, l) => {
    unit('incidents.csv', l, c[1]);
    date('incidents.csv', l, c[2]);
    oneOf('incidents.csv', l, c[3], ENUMS.severity);
    if (!c[4]) fail('incidents.csv', l, 'empty description');
    unitsWith.incidents.add(c[1]);
  });
  await each('manual_values.csv', (c, l) => {
    unit('manual_values.csv', l, c[1]);
    if (!/^\d{4}(-(0[1-9]|1[0-2])|-Q[1-4])?$/.test(c[2])) fail('manual_values.csv', l, `bad period ${c[2]}`);
    if (!Number.isFinite(Number(c[3])) || c[3] === '') fail('manual_values.csv', l, `bad value ${c[3]}`);
  });
  return { problems, rows, unitsWith, isoTimestamps };
}
