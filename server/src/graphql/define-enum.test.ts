import { describe, expect, test } from 'vitest';
import { enumKey } from './define-enum.js';

describe('enumKey', () => {
  test.each([
    ['municipal', 'MUNICIPAL'],
    ['public_service', 'PUBLIC_SERVICE'],
    ['depthLevel', 'DEPTH_LEVEL'],
    ['GRADE_DROP', 'GRADE_DROP'],
    ['INGEST', 'INGEST'],
  ])('%s → %s', (value, key) => {
    expect(enumKey(value)).toBe(key);
  });
});
