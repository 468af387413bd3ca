import { describe, expect, test } from 'vitest';
import { SLIDE_EVERY_MS, sessionState } from './sessions.service.js';

const NOW = Date.parse('2023-03-01T12:00:00.000Z');
const ago = (ms: number) => new Date(NOW - ms).toISOString();
const HOUR = 3_600_000;

/** The one rule of session validity, used by viewerForToken and the fast path alike. */
describe('sessionState', () => {
  test.each([
    ['just used', ago(1000), false, 8, 'valid'],
    ['used a minute ago: due for its slide', ago(SLIDE_EVERY_MS), false, 8, 'slide-due'],
    ['idle just under the limit', ago(8 * HOUR - 1), false, 8, 'slide-due'],
    ['idle exactly the limit', ago(8 * HOUR), false, 8, 'expired'],
    ['idle past a short limit', ago(HOUR), false, 0.5, 'expired'],
    ['disabled user', ago(1000), true, 8, 'disabled'],
    ['disabled and expired: expired (the row is deleted)', ago(9 * HOUR), true, 8, 'expired'],
  ] as const)('%s → %s', (_label, lastSeenAt, disabled, idleHours, state) => {
    expect(sessionState({ lastSeenAt, disabled }, idleHours, NOW)).toBe(state);
  });
});
