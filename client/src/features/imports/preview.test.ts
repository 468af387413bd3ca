import { describe, expect, test } from 'vitest';
import { decodeStart, parseCsvStart } from './preview';

describe('import preview', () => {
  test('CSV with quotes, doubled quotes and CRLF; a cut last line is dropped', () => {
    const text = 'a,b\r\n1,"x, ""y"""\r\n2,partial';
    expect(parseCsvStart(text)).toEqual([['a', 'b'], ['1', 'x, "y"']]);
    expect(parseCsvStart(text, 6, true)).toEqual([['a', 'b'], ['1', 'x, "y"'], ['2', 'partial']]);
  });

  test('UTF-8 and GB18030 text are both read', () => {
    expect(decodeStart(new TextEncoder().encode('单位'))).toBe('单位');
    expect(decodeStart(new Uint8Array([0xb5, 0xa5, 0xce, 0xbb]))).toBe('单位');
  });
});
