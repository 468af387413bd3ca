import { describe, expect, it } from 'vitest';
import { IMPORT_ERROR_CODES } from './errors.js';
import { importReason } from './import-reasons.js';
import { parseCell, type CellProblem, type ColumnSpec } from './columns.js';

describe('importReason', () => {
  it.each(Object.values(IMPORT_ERROR_CODES))('%s has a Chinese sentence', (code) => {
    expect(importReason({ code, message: 'English', params: {} }, 'zh-CN')).toMatch(/[\u4e00-\u9fff]/);
  });

  const problem = (spec: ColumnSpec, cell: string) => parseCell(spec, cell) as CellProblem;

  it.each([
    [problem({ name: 'level', type: 'int', min: 1, max: 5 }, 'x'), 'level「x」不是整数（1 至 5）', 'level "x" is not an integer from 1 to 5'],
    [problem({ name: 'score', type: 'number', min: 0 }, 'n/a'), 'score「n/a」不是数字（≥ 0）', 'score "n/a" is not a number ≥ 0'],
    [problem({ name: 'called_on', type: 'date' }, '2023-02-30'), 'called_on「2023-02-30」不是日期（格式 YYYY-MM-DD）', 'called_on "2023-02-30" is not a date YYYY-MM-DD'],
    [problem({ name: 'channel', type: 'enum', values: ['online', 'offline'] }, 'fax'), 'channel「fax」不是可选值之一：online, offline', 'channel "fax" is not one of online, offline'],
    [problem({ name: 'unit_code', type: 'id' }, ''), 'unit_code 必须填写', 'unit_code is required'],
  ])('a cell problem in both languages: %j', (p, zh, en) => {
    expect(importReason(p, 'zh-CN')).toBe(zh);
    expect(importReason(p, 'en')).toBe(en);
    expect(importReason(p, null)).toBe(`${zh} ${en}`);
  });

  it('a problem stored before params existed keeps its English sentence in every language', () => {
    const old = { code: IMPORT_ERROR_CODES.badNumber, message: 'level "7" is not an integer from 1 to 5' };
    expect(importReason(old, 'zh-CN')).toBe(old.message);
    expect(importReason(old, null)).toBe(old.message);
  });
});
