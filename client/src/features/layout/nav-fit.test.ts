import { describe, expect, test } from 'vitest';
import { navFit } from './nav-fit';

describe('navFit: links in one header row, the rest under “More”', () => {
  const widths = [80, 100, 90, 120];
  // Four links with three 4 px gaps need 402 px.
  test.each<[string, number, number]>([
    ['all fit exactly', 402, 4],
    ['all fit with room to spare', 1000, 4],
    ['one pixel short: the last moves to More (80+100+90+8 + 4 + 60 = 342)', 401, 3],
    ['just enough for two and More (80+100+4 + 4 + 60 = 248)', 248, 2],
    ['one short of two and More', 247, 1],
    ['never fewer than one', 10, 1],
  ])('%s', (_, available, expected) => {
    expect(navFit(widths, available, 4, 60)).toBe(expected);
  });

  test('no links, nothing to place', () => {
    expect(navFit([], 100, 4, 60)).toBe(0);
  });
});
