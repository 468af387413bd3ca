import { describe, expect, test } from 'vitest';
import {
  lostPointsRows,
  measureBasisText,
  measureValueText,
  totalPointsLost,
  type Scorecard,
  type SubIndicator,
} from './scorecard-view';
import { nothingAgainstButRecords } from './use-evidence';

function sub(id: string, pointsLost: number) {
  return {
    id,
    dimensionId: id[0] ?? '',
    name: id,
    nameEn: id,
    measureId: id,
    weight: 50,
    rule: 'band(0.6, 0.95)',
    ruleKind: 'band',
    value: 0.8,
    numerator: 8,
    denominator: 10,
    score: 57.14,
    pointsLost,
    applicable: true,
  };
}

describe('points lost', () => {
  test('flattened and sorted by points lost, most first', () => {
    const scorecard = {
      dimensions: [
        {
          id: 'U',
          name: '更新',
          nameEn: 'Update',
          weight: 25,
          score: 80,
          applicable: true,
          cityAverage: 70,
          subIndicators: [sub('U1', 5)],
        },
        {
          id: 'E',
          name: '应用',
          nameEn: 'Usage',
          weight: 25,
          score: 80,
          applicable: true,
          cityAverage: 70,
          subIndicators: [sub('E1', 1.5), sub('E2', 7.25), sub('E3', 0)],
        },
      ],
    } as unknown as Scorecard;
    const rows = lostPointsRows(scorecard);
    expect(rows.map((r) => r.id)).toEqual(['E2', 'U1', 'E1', 'E3']);
    expect(rows[0]?.dimensionName).toBe('应用');
    expect(totalPointsLost(rows)).toBe(13.75);
  });
});

describe('measure values read as the API says they are', () => {
  const texts: Record<string, string> = {
    'common.na': '不适用',
    'measure.yes': '是',
    'measure.no': '否',
    'measure.unit.CALLS': '次',
    'measure.unit.SATISFACTION': '分',
  };
  const zh = (key: string, named?: Record<string, unknown>): string =>
    key === 'measure.records' ? `${String(named?.n)} 条记录` : (texts[key] ?? key);
  type MeasureRow = Pick<
    SubIndicator,
    'value' | 'numerator' | 'denominator' | 'valueKind' | 'valueDecimals' | 'valueUnit'
  >;
  const m = (
    valueKind: SubIndicator['valueKind'],
    value: number | null,
    extra: Partial<MeasureRow> = {},
  ): MeasureRow => ({
    value,
    valueKind,
    valueDecimals: valueKind === 'RATIO' || valueKind === 'MEAN' || valueKind === 'NUMBER' ? 2 : 0,
    valueUnit: null,
    numerator: null,
    denominator: null,
    ...extra,
  });

  test.each([
    ['U1 ratio', m('RATIO', 9 / 16, { numerator: 9, denominator: 16 }), '56.25%', '9 / 16'],
    ['a ratio of exactly 1 is still a percentage', m('RATIO', 1, { numerator: 4, denominator: 4 }), '100.00%', '4 / 4'],
    ['E1 calls', m('COUNT', 120, { valueUnit: 'CALLS' }), '120 次', null],
    [
      'E3 mean of 3 ratings',
      m('MEAN', 11 / 3, { valueUnit: 'SATISFACTION', numerator: 11, denominator: 3 }),
      '3.67 分',
      '3 条记录',
    ],
    ['a mean that happens to be 1 is not a ratio', m('MEAN', 1, { numerator: 9, denominator: 9 }), '1.00', '9 条记录'],
    ['S1 flag', m('BINARY', 1), '是', null],
    ['S1 flag off', m('BINARY', 0), '否', null],
    ['manual number', m('NUMBER', 87.456), '87.46', null],
    ['N/A', m('RATIO', null), '不适用', null],
  ] as const)('%s', (_, row, text, basis) => {
    expect(measureValueText(row, zh)).toBe(text);
    expect(measureBasisText(row, zh)).toBe(basis);
  });
});

describe('evidence drawer filter', () => {
  test('switches to all records when nothing counted against the unit but records exist (averaged indicators)', () => {
    expect(nothingAgainstButRecords({ rows: [], totalCount: 40, againstCount: 0 })).toBe(true);
  });
  test('keeps the filter when something counted against, when there are no records at all, or before data', () => {
    expect(nothingAgainstButRecords({ rows: [{}], totalCount: 40, againstCount: 3 })).toBe(false);
    expect(nothingAgainstButRecords({ rows: [], totalCount: 0, againstCount: 0 })).toBe(false);
    expect(nothingAgainstButRecords(null)).toBe(false);
  });
});
