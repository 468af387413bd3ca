import { describe, expect, test } from 'vitest';
import { fallbackScope, kindInScope } from './scope';

describe('a unit page never dead-ends on scope', () => {
  test('a scope that contains the unit stays', () => {
    expect(fallbackScope('DISTRICT', 'ALL')).toBeNull();
    expect(fallbackScope('DISTRICT', 'DISTRICT')).toBeNull();
  });
  test('another kind’s scope falls back to the unit’s own kind', () => {
    expect(fallbackScope('DISTRICT', 'PUBLIC_SERVICE')).toBe('DISTRICT');
    expect(fallbackScope('PUBLIC_SERVICE', 'MUNICIPAL')).toBe('PUBLIC_SERVICE');
  });
  test('kindInScope follows shared’s unitInScope', () => {
    expect(kindInScope('MUNICIPAL', 'ALL')).toBe(true);
    expect(kindInScope('MUNICIPAL', 'DISTRICT')).toBe(false);
  });
});
