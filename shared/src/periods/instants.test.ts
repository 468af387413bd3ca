import { expect, test } from 'vitest';
import { shanghaiDateTime } from './instants.js';

test.each([
  ['2026-12-04T01:02:03.000Z', '2026-12-04 09:02'],
  ['2026-12-31T16:30:00.000Z', '2027-01-01 00:30'],
  ['2026-06-01T12:00:00+08:00', '2026-06-01 12:00'],
  ['not a time', 'not a time'],
])('%s → %s', (instant, text) => {
  expect(shanghaiDateTime(instant)).toBe(text);
});
