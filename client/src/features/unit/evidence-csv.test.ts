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

/** A plain RFC 4180 reader for the test: quoted fields may hold commas, quotes and line breaks. */
function parseCsv(text: string): string[][] {
  const records: string[][] = [];
  let cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      cells.push(cell);
      cell = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      records.push([...cells, cell]);
      cells = [];
      cell = '';
      i++;
    } else cell += c;
  }
  return records;
}

describe('evidence CSV', () => {
  test('quotes commas, quotes and newlines; missing values are empty', () => {
    const csv = toCsv(
      ['a', 'b'],
      [
        ['x,y', 'say "hi"'],
        [null, 3],
        ['two\nlines', true],
      ],
    );
    expect(parseCsv(csv.slice(1))).toEqual([
      ['a', 'b'],
      ['x,y', 'say "hi"'],
      ['', '3'],
      ['two\nlines', 'true'],
    ]);
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
      reason: text,
      fields: [{ name: 'description', value: text }],
    }));
    const records = parseCsv(evidenceCsv(rows, LABELS).slice(1));
    expect(records.slice(1).map((cells) => [cells[5], cells[6]])).toEqual(
      FORMULA_INJECTION_SAMPLES.map((text) => [`'${text}`, `'${text}`]),
    );
  });

  test('numbers stay numbers, negative ones too', () => {
    expect(parseCsv(toCsv(['v'], [[-3], [-0.25], [0], [1]]).slice(1))).toEqual([
      ['v'],
      ['-3'],
      ['-0.25'],
      ['0'],
      ['1'],
    ]);
  });
});
