import { describe, expect, test } from 'vitest';
import { isSupportedDate, parseDateValue, parseTimestampValue, readTimestamp, SUPPORTED_DATES } from './timestamps.js';

describe('parseDateValue', () => {
  test.each([
    ['2023-03-01', '2023-03-01'],
    [' 2023-03-01 ', '2023-03-01'], // cell whitespace is trimmed
    ['2024-02-29', '2024-02-29'],
    ['2023-02-29', null],
    ['2023/03/01', null],
    ['2023-3-1', null],
    ['20230301', null],
    ['2023-03-01 10:00', null], // a timestamp is not a date
    ['', null],
  ])('%j → %j', (s, out) => expect(parseDateValue(s)).toBe(out));
});

describe('parseTimestampValue', () => {
  test.each([
    // local (Asia/Shanghai) forms
    ['2023-03-31 23:30', '2023-03-31 23:30:00'],
    ['2023-03-31 23:30:59', '2023-03-31 23:30:59'],
    ['2023-03-31T23:30', '2023-03-31 23:30:00'],
    ['2023-03-31T23:30:00', '2023-03-31 23:30:00'],
    ['2023-03-01 00:00:00', '2023-03-01 00:00:00'],
    // with an offset: converted to UTC+8
    ['2023-03-31T23:30:00+08:00', '2023-03-31 23:30:00'],
    ['2023-03-31T20:00:00Z', '2023-04-01 04:00:00'], // next day in Shanghai
    ['2023-03-31T15:59:59Z', '2023-03-31 23:59:59'], // last second of the day
    ['2023-03-31T16:00:00Z', '2023-04-01 00:00:00'],
    ['2023-04-01T01:00:00+09:00', '2023-04-01 00:00:00'],
    ['2023-04-01T06:00-05:00', '2023-04-01 19:00:00'],
    ['2023-01-01T01:00:00+14:00', '2022-12-31 19:00:00'], // back across a year boundary
    ['2024-02-28T20:00:00Z', '2024-02-29 04:00:00'], // into a leap day
    ['2023-03-01T05:30:00+05:30', '2023-03-01 08:00:00'], // half-hour offset
  ])('%s → %s', (s, local) => {
    expect(parseTimestampValue(s)).toEqual({ date: local.slice(0, 10), local });
  });

  test.each([
    '2023-02-29 10:00', // no such day
    '2023-03-01 25:00',
    '2023-03-01 24:00',
    '2023-03-01 10:60',
    '2023-03-01 10:00:60',
    '2023/03/01 10:00',
    '2023-03-01', // a bare date is not a timestamp
    '2023-03-01 10', // minutes are required
    '2023-03-01 1:00',
    '2023-03-01 10:00+08:00', // offsets only in the ISO form
    '2023-03-01T10:00:00+0800', // ±HHMM rejected (see module comment)
    '2023-03-01T10:00:00+08',
    '2023-03-01T10:00:00.123Z', // no fractional seconds in SPEC §2
    '2023-03-01t10:00:00z',
    '2023-03-01T10:00:00+24:00',
    '2023-03-01T10:00:00+08:60',
    'yesterday',
    '',
  ])('%j is invalid', (s) => expect(parseTimestampValue(s)).toBeNull());
});

/** SPEC §2: dates before 1990-01-01 or after 2099-12-31 are invalid values, for dates and timestamps alike. */
describe('the supported date range', () => {
  test.each([
    ['1989-12-31', null],
    ['1990-01-01', '1990-01-01'],
    ['2099-12-31', '2099-12-31'],
    ['2100-01-01', null],
    ['0001-01-01', null],
    ['9999-12-31', null],
  ])('date %s → %j', (s, out) => expect(parseDateValue(s)).toBe(out));

  test.each([
    ['1989-12-31 23:59:59', null],
    ['1990-01-01 00:00:00', '1990-01-01 00:00:00'],
    ['2099-12-31 23:59', '2099-12-31 23:59:00'],
    ['2100-01-01 00:00', null],
    ['9999-12-31T23:59:59', null],
    // The Shanghai date decides: these cross the bound when converted from UTC.
    ['1989-12-31T16:00:00Z', '1990-01-01 00:00:00'],
    ['1989-12-31T15:59:59Z', null],
    ['2099-12-31T15:59:59Z', '2099-12-31 23:59:59'],
    ['2099-12-31T16:00:00Z', null],
  ])('timestamp %s → %j', (s, local) => {
    expect(parseTimestampValue(s)?.local ?? null).toBe(local);
    // The format alone is fine: readTimestamp tells a range problem from a format problem.
    expect(readTimestamp(s)).not.toBeNull();
  });

  test('bounds are the constant everyone reads', () => {
    expect(SUPPORTED_DATES).toEqual({ start: '1990-01-01', end: '2099-12-31' });
    expect([isSupportedDate('1989-12-31'), isSupportedDate('1990-01-01'), isSupportedDate('2099-12-31'), isSupportedDate('2100-01-01')])
      .toEqual([false, true, true, false]);
  });
});
