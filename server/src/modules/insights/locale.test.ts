import { describe, expect, test } from 'vitest';
import { requestLocale } from './locale.js';

describe('the language of generated sentences', () => {
  test.each<[Record<string, string> | undefined, string]>([
    [undefined, 'zh-CN'],
    [{}, 'zh-CN'],
    [{ 'x-locale': 'en' }, 'en'],
    [{ 'x-locale': 'zh-CN', 'accept-language': 'en-US,en;q=0.9' }, 'zh-CN'],
    [{ 'accept-language': 'en-US,en;q=0.9,zh-CN;q=0.8' }, 'en'],
    [{ 'accept-language': 'zh-CN,zh;q=0.9,en;q=0.8' }, 'zh-CN'],
    [{ 'accept-language': 'fr-FR,en;q=0.5,zh;q=0.7' }, 'zh-CN'],
    [{ 'accept-language': 'de-DE' }, 'zh-CN'],
    [{ 'x-locale': 'fr', 'accept-language': 'en' }, 'en'],
  ])('%j → %s', (headers, locale) => expect(requestLocale(headers)).toBe(locale));
});
