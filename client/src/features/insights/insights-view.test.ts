import { describe, expect, test } from 'vitest';
import {
  changeState,
  fmtRate,
  waterfallHeight,
  warningRows,
  type ScoreChange,
  type UnitForecast,
} from './insights-view';

const part = (indicatorId: string, shownPoints: number) => ({
  indicatorId,
  kind: 'SUB_INDICATOR' as const,
  points: shownPoints,
  shownPoints,
  label: indicatorId,
  text: '',
  hasRecords: true,
});
const change = (from: number | null, to: number | null, parts: ScoreChange['parts']): ScoreChange => ({
  unit: { code: 'A', name: 'A' },
  period: { id: '2023-11', asOf: null },
  previousPeriod: '2023-10',
  from,
  to,
  locale: 'zh-CN',
  parts,
});

describe('score change panel state', () => {
  test.each<[string, ScoreChange, unknown]>([
    ['no previous composite', change(null, 70, []), { kind: 'no-previous' }],
    ['nothing moved', change(70, 70, []), { kind: 'unchanged' }],
    // 81.0856 shows as 81.09 and 65.1660 as 65.17: the shown change is −15.92.
    [
      'the shown change',
      change(81.0856, 65.166, [part('U1', -15.92)]),
      { kind: 'changed', from: 81.0856, to: 65.166, points: -15.92 },
    ],
  ])('%s', (_, c, expected) => expect(changeState(c)).toEqual(expected));

  test('waterfall height grows with the parts', () => {
    expect(waterfallHeight(1)).toBe(160);
    expect(waterfallHeight(7)).toBe(294);
  });
});

function unit(code: string, expected: number | null, flag: UnitForecast['flag']): UnitForecast {
  return {
    unit: { code, name: code, kind: 'MUNICIPAL' },
    lastComposite: 70,
    lastGrade: 'PASS',
    expected,
    low: null,
    high: null,
    expectedGrade: null,
    flag,
    monthToDate: null,
    monthToDateGrade: null,
    drivers: [],
  } as UnitForecast;
}

describe('early-warning rows', () => {
  const units = [
    unit('D', 85, null),
    unit('C', 79, 'GRADE_DROP'),
    unit('B', 55, 'BELOW_PASS'),
    unit('A', 40, 'BELOW_PASS'),
    unit('E', null, null),
  ];
  test('expected to fail first, then grade drops, then the rest, lowest expected first', () => {
    expect(warningRows(units, false).map((u) => u.unit.code)).toEqual(['A', 'B', 'C', 'D', 'E']);
  });
  test('flagged only', () => {
    expect(warningRows(units, true).map((u) => u.unit.code)).toEqual(['A', 'B', 'C']);
  });
});

describe('rates', () => {
  test.each([
    [0.7762, '77.6%'],
    [0.5, '50.0%'],
    [1, '100.0%'],
    [0.81825, '81.8%'],
    [null, '—'],
  ])('%s → %s', (rate, text) => expect(fmtRate(rate, '—')).toBe(text));
});
