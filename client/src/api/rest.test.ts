import { afterEach, expect, test } from 'vitest';
import { setRequestLocale } from './request';
import { attachmentName, restHeaders } from './rest';

afterEach(() => setRequestLocale('zh-CN'));

test('REST requests carry the page language: the server writes the reasons of bad import rows in it', () => {
  setRequestLocale('en');
  expect(restHeaders()['x-scorecard-lang']).toBe('en');
  setRequestLocale('zh-CN');
  expect(restHeaders({ accept: '*/*' })).toMatchObject({ 'x-scorecard-lang': 'zh-CN', 'x-requested-with': 'XMLHttpRequest', accept: '*/*' });
});

test.each([
  [`attachment; filename="ranking-2023-11-ALL.xlsx"; filename*=UTF-8''ranking-2023-11-ALL.xlsx`, 'ranking-2023-11-ALL.xlsx'],
  [`attachment; filename="___.pdf"; filename*=UTF-8''%E6%95%B4%E6%94%B9%E6%8A%A5%E5%91%8A.pdf`, '整改报告.pdf'],
  ['attachment; filename="plain.csv"', null],
  [null, null],
])('a download is named as the server named it: %s → %s', (header, name) => {
  expect(attachmentName(header)).toBe(name);
});
