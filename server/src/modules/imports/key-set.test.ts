import { describe, expect, it } from 'vitest';
import { KeySet } from './key-set.js';

describe('KeySet (duplicate keys within one file)', () => {
  it('returns the first line of a key seen before and 0 for a new key', () => {
    const keys = new KeySet();
    expect(keys.add('R1\u00012023-01-01', 2)).toBe(0);
    expect(keys.add('R2\u00012023-01-01', 3)).toBe(0);
    expect(keys.add('R1\u00012023-01-01', 9)).toBe(2);
    expect(keys.add('单位甲', 10)).toBe(0);
    expect(keys.add('单位甲', 11)).toBe(10);
    keys.close();
  });

  it('tells different keys apart when every hash collides (exact, not probabilistic)', () => {
    const keys = new KeySet(16, () => 42);
    const distinct = Array.from({ length: 200 }, (_, i) => `key-${i}`);
    distinct.forEach((k, i) => expect(keys.add(k, i + 2)).toBe(0));
    distinct.forEach((k, i) => expect(keys.add(k, 1000 + i)).toBe(i + 2));
    keys.close();
  });

  it('finds keys written out to its spill file (a tiny buffer forces the disk path), with collisions', () => {
    const keys = new KeySet(16, (k) => k.length, 64);
    const n = 1_500;
    for (let i = 0; i < n; i++) expect(keys.add(`k${i}-${'x'.repeat(i % 7)}`, i + 2)).toBe(0);
    for (let i = 0; i < n; i += 97) expect(keys.add(`k${i}-${'x'.repeat(i % 7)}`, 99_999)).toBe(i + 2);
    expect(keys.add('a key longer than the 64-byte buffer: '.repeat(5), 7)).toBe(0);
    expect(keys.add('a key longer than the 64-byte buffer: '.repeat(5), 8)).toBe(7);
    expect(keys.add('k1-y', 8)).toBe(0);
    keys.close();
    keys.close();
  });
});
