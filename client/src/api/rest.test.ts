import { afterEach, expect, test } from 'vitest';
import { setRequestLocale } from './request';
import { restHeaders } from './rest';

afterEach(() => setRequestLocale('zh-CN'));

test('REST requests carry the page language: the server writes the reasons of bad import rows in it', () => {
  setRequestLocale('en');
  expect(restHeaders()['x-scorecard-lang']).toBe('en');
  setRequestLocale('zh-CN');
  expect(restHeaders({ accept: '*/*' })).toMatchObject({ 'x-scorecard-lang': 'zh-CN', 'x-requested-with': 'XMLHttpRequest', accept: '*/*' });
});
