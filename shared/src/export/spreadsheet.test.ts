import { describe, expect, test } from 'vitest';
import { FORMULA_INJECTION_SAMPLES } from './formula-samples.js';
import { csvField, csvRecord, spreadsheetSafe } from './spreadsheet.js';

describe('spreadsheetSafe', () => {
  test.each(FORMULA_INJECTION_SAMPLES)('%j starts with an apostrophe', (cell) => {
    expect(spreadsheetSafe(cell)).toBe(`'${cell}`);
  });

  test.each(['-3', '-0.25', '-.5', '12', '1e-7', '-1.5E+3'])('the number %s stays a number', (cell) => {
    expect(spreadsheetSafe(cell)).toBe(cell);
  });

  test.each(['-1+1', '-', '+86 371 1234', '+5', '@', '-3 days'])('%j is text and is neutralised', (cell) => {
    expect(spreadsheetSafe(cell)).toBe(`'${cell}`);
  });

  test.each(['张三', 'a=b', 'x-1', '', ' =1'])('%j is left alone', (cell) => expect(spreadsheetSafe(cell)).toBe(cell));
});

describe('csvField', () => {
  test.each([
    ["=cmd|' /C calc'!A0", "'=cmd|' /C calc'!A0"],
    ['=HYPERLINK("http://x","y")', '"\'=HYPERLINK(""http://x"",""y"")"'],
    ['a,b', '"a,b"'],
    ['line\nbreak', '"line\nbreak"'],
    [-2.5, '-2.5'],
    [0, '0'],
    [true, 'true'],
    [null, ''],
    [undefined, ''],
  ] as const)('%j → %j', (value, field) => expect(csvField(value)).toBe(field));

  test('csvRecord joins fields', () => expect(csvRecord(['a', '=1', -1, null])).toBe("a,'=1,-1,"));
});
