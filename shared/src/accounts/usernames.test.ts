import { expect, test } from 'vitest';
import { isValidUsername, normalizeUsername } from './usernames.js';

test.each([
  ['  Leader ', 'leader'],
  ['UNIT-ZZ-M-001', 'unit-zz-m-001'],
])('normalizeUsername(%j) = %j', (raw, name) => expect(normalizeUsername(raw)).toBe(name));

test.each([
  ['leader', true],
  ['Leader', true], // normalized first
  ['unit-zz-m-001', true],
  ['a.b_c@d-e', true],
  ['ab', true],
  ['a', false], // too short
  ['a'.repeat(64), true],
  ['a'.repeat(65), false],
  ['-leader', false], // must start with a letter or digit
  ['张三', false],
  ['lead er', false],
  ['', false],
])('isValidUsername(%j) = %s', (name, ok) => expect(isValidUsername(name)).toBe(ok));
