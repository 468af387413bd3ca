import { describe, expect, test } from 'vitest';
import { parseTimestamp } from './check.js';
import { dayOf, formatDay, formatTimestamp, monthRange, timestampOf } from './dates.js';
import { Rng } from './random.js';
import { nextWindowStart, windowStart } from './resource-updates.js';
import type { UpdateCycle } from './presets.js';

describe('timestamps', () => {
  const ts = timestampOf(dayOf('2023-04-01'), 4 * 3600 + 15 * 60);
  test.each([
    ['local', '2023-04-01 04:15:00'],
    ['local-minutes', '2023-04-01 04:15'],
    ['iso-utc', '2023-03-31T20:15:00Z'],
    ['iso-offset', '2023-04-01T04:15:00+08:00'],
  ] as const)('%s', (style, text) => {
    expect(formatTimestamp(ts, style)).toBe(text);
    expect(parseTimestamp(text)).toBe(ts);
  });
  test('invalid values are rejected', () => {
    for (const bad of ['2023-02-29 10:00', '2023-04-01 24:00', '2023/04/01 10:00', '2023-04-01']) expect(parseTimestamp(bad)).toBeNull();
  });
});

test('month ranges', () => {
  const r = monthRange('2022-01', 24);
  expect([formatDay(r.first), formatDay(r.last)]).toEqual(['2022-01-01', '2023-12-31']);
  expect(() => monthRange('2022-13', 1)).toThrow();
});

test.each([
  ['daily', 31],
  ['weekly', 4],
  ['monthly', 1],
  ['quarterly', 1],
  ['yearly', 0],
] as const)('March 2023 has the SPEC §4 number of %s windows ending in it', (cycle: UpdateCycle, expected: number) => {
  const s = dayOf('2023-03-01');
  const e = dayOf('2023-03-31');
  let ends = 0;
  for (let ws = windowStart(cycle, dayOf('2022-12-01')); ws <= e; ws = nextWindowStart(cycle, ws)) {
    const we = nextWindowStart(cycle, ws) - 1;
    if (we >= s && we <= e) ends++;
  }
  expect(ends).toBe(expected);
});

test('the PRNG is deterministic per seed and label, and stays in range', () => {
  const a = new Rng(1, 'x');
  const b = new Rng(1, 'x');
  const c = new Rng(1, 'y');
  const xs = Array.from({ length: 1000 }, () => a.next());
  expect(Array.from({ length: 1000 }, () => b.next())).toEqual(xs);
  expect(c.next()).not.toBe(xs[0]);
  expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
  const r = new Rng(2, 'poisson');
  const mean = Array.from({ length: 20000 }, () => r.poisson(3)).reduce((s, n) => s + n, 0) / 20000;
  expect(mean).toBeGreaterThan(2.9);
  expect(mean).toBeLessThan(3.1);
});
