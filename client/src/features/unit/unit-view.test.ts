import { describe, expect, test } from 'vitest';
import { csvCell, evidenceCsv } from './evidence-csv';
import { isRatio, lostPointsRows, totalPointsLost, type Scorecard } from './scorecard-view';
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

describe('value display', () => {
  test.each([
    [{ numerator: 2, denominator: 3, value: 2 / 3, ruleKind: 'band' }, true],
    [{ numerator: 33, denominator: 9, value: 33 / 9, ruleKind: 'scale' }, false], // D1 mean depth
    [{ numerator: 9, denominator: 9, value: 1, ruleKind: 'scale' }, false], // a mean that happens to be 1
    [{ numerator: null, denominator: null, value: 1, ruleKind: 'binary' }, false],
    [{ numerator: null, denominator: null, value: 0, ruleKind: 'logTarget' }, false],
  ])('isRatio(%o) = %s', (row, expected) => {
    expect(isRatio(row)).toBe(expected);
  });
});

describe('evidence CSV', () => {
  test('quotes commas, quotes and newlines', () => {
    expect(csvCell('a,b')).toBe('"a,b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell(null)).toBe('');
    expect(csvCell(3)).toBe('3');
  });

  test('BOM, header with field columns in first-seen order, one line per record', () => {
    const csv = evidenceCsv(
      [
        {
          recordId: 'r1',
          recordKind: 'demand',
          date: '2023-03-01',
          countedAgainst: true,
          reasonCode: 'evidence/demand-late',
          reason: '逾期, 3 天',
          fields: [{ name: 'due_on', value: '2023-02-26' }],
        },
        {
          recordId: 'r2',
          recordKind: 'demand',
          date: null,
          countedAgainst: false,
          reasonCode: 'evidence/demand-on-time',
          reason: '按期',
          fields: [
            { name: 'requester', value: 'X' },
            { name: 'due_on', value: null },
          ],
        },
      ],
      { record: '记录', kind: '类型', date: '日期', counted: '计入失分', reasonCode: '原因代码', reason: '原因' },
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '记录,类型,日期,计入失分,原因代码,原因,due_on,requester',
      'r1,demand,2023-03-01,1,evidence/demand-late,"逾期, 3 天",2023-02-26,',
      'r2,demand,,0,evidence/demand-on-time,按期,,X',
      '',
    ]);
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
