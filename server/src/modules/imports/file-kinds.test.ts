import { describe, expect, test } from 'vitest';
import { kindFromFileName } from './file-kinds.js';

describe('kindFromFileName', () => {
  test.each([
    ['units.csv', 'units'],
    ['Units.XLSX', 'units'],
    ['/data/2023/resource_updates.csv', 'resource_updates'],
    ['resource-updates.csv', 'resource_updates'],
    ['resources.csv', 'resources'],
    ['ratings-2023.csv', 'ratings'],
    ['ratings_2023_q1.xlsx', 'ratings'],
    ['01-units.csv', 'units'],
    ['10_manual_values.csv', 'manual_values'],
    ['data_calls.2023-03.csv', 'data_calls'],
    ['ratings2023.csv', null],
    ['rating.csv', null],
    ['units.txt', null],
    ['units.xls', null],
    ['notes.csv', null],
  ])('%s → %s', (name, kind) => {
    expect(kindFromFileName(name)).toBe(kind);
  });
});
