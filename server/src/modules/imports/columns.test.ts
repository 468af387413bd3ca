import { describe, expect, test } from 'vitest';
import { dateCellText, parseCell, type ColumnSpec } from './columns.js';

const ts: ColumnSpec = { name: 't', type: 'timestamp' };
const date: ColumnSpec = { name: 'd', type: 'date', optional: true };
const level: ColumnSpec = { name: 'level', type: 'int', min: 1, max: 5 };
const sat: ColumnSpec = { name: 's', type: 'number', min: 1, max: 5, optional: true };
const period: ColumnSpec = { name: 'p', type: 'period' };

describe('parseCell', () => {
  test.each<[ColumnSpec, string, unknown]>([
    [ts, '2023-03-01 09:00', '2023-03-01 09:00:00'],
    [ts, ' 2023-03-01 09:00:05 ', '2023-03-01 09:00:05'],
    [ts, '2023-03-01T09:00', '2023-03-01 09:00:00'],
    [ts, '2023-02-28T20:00:00-05:00', '2023-03-01 09:00:00'],
    [ts, '2023-12-31T16:00:00Z', '2024-01-01 00:00:00'],
    [ts, '2024-02-29 23:59:59', '2024-02-29 23:59:59'],
    [ts, '2023-02-29 10:00:00', 'import/bad-timestamp'],
    [ts, '2023-03-01', 'import/bad-timestamp'],
    [ts, '2023-03-01 09:00+08:00', 'import/bad-timestamp'],
    [ts, '2023-03-01T09:00:00.5', 'import/bad-timestamp'],
    [ts, '', 'import/missing-value'],
    [date, '2023-03-01', '2023-03-01'],
    [date, '', null],
    [date, '2023-3-1', 'import/bad-date'],
    [level, '5', 5],
    [level, '0', 'import/bad-number'],
    [level, '4.5', 'import/bad-number'],
    [sat, '4.5', 4.5],
    [sat, '', null],
    [sat, '5.5', 'import/bad-number'],
    [period, '2023-03', '2023-03'],
    [period, '2023-Q4', '2023-Q4'],
    [period, '2023', '2023'],
    [period, '2023-Q5', 'import/bad-period'],
  ])('%o %s → %o', (spec, text, expected) => {
    const v = parseCell(spec, text);
    expect(v !== null && typeof v === 'object' ? v.code : v).toEqual(expected);
  });
});

/** SPEC §2's date range at its four edges, for every column type that holds a date (one rule: shared/src/periods). */
describe('dates outside 1990-01-01 … 2099-12-31 are bad values with the reason', () => {
  const required: ColumnSpec = { name: 'd', type: 'date' };
  test.each<[ColumnSpec, string, string | null]>([
    [required, '1989-12-31', 'import/bad-date'],
    [required, '1990-01-01', null],
    [required, '2099-12-31', null],
    [required, '2100-01-01', 'import/bad-date'],
    [required, '9999-12-31', 'import/bad-date'],
    // The fast path (YYYY-MM-DD HH:MM:SS) and the general parser must agree at the edges.
    [ts, '1989-12-31 23:59:59', 'import/bad-timestamp'],
    [ts, '1990-01-01 00:00:00', null],
    [ts, '2099-12-31 23:59:59', null],
    [ts, '2100-01-01 00:00:00', 'import/bad-timestamp'],
    [ts, '1989-12-31 23:59', 'import/bad-timestamp'],
    [ts, '2100-01-01T00:00:00+08:00', 'import/bad-timestamp'],
    [ts, '2099-12-31T16:00:00Z', 'import/bad-timestamp'],
    [period, '1989-12', 'import/bad-period'],
    [period, '2100', 'import/bad-period'],
  ])('%o %s', (spec, text, code) => {
    const v = parseCell(spec, text);
    if (code === null) {
      expect(typeof v).toBe('string');
      return;
    }
    expect(v).toMatchObject({ code });
    if (spec.type !== 'period') expect((v as { message: string }).message).toBe(`d "${text}" is outside the supported dates 1990-01-01 … 2099-12-31`.replace('d "', `${spec.name} "`));
  });

  test('a malformed date keeps the format message', () => {
    expect(parseCell({ name: 'd', type: 'date' }, '2023-02-30')).toEqual({
      code: 'import/bad-date', message: 'd "2023-02-30" is not a date YYYY-MM-DD', params: { column: 'd', value: '2023-02-30' },
    });
  });
});

describe('dateCellText', () => {
  const d = new Date(Date.UTC(2023, 2, 1));
  const dt = new Date(Date.UTC(2023, 2, 1, 9, 30, 0, 999));
  test.each<[Date, ColumnSpec['type'], string]>([
    [d, 'date', '2023-03-01'],
    [d, 'timestamp', '2023-03-01 00:00:00'],
    [dt, 'timestamp', '2023-03-01 09:30:01'],
    [dt, 'date', '2023-03-01 09:30:01'],
    [d, 'period', '2023-03'],
  ])('%o as %s → %s', (value, type, expected) => {
    expect(dateCellText(value, type)).toBe(expected);
  });
});
