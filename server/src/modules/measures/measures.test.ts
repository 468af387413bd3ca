import { fileURLToPath } from 'node:url';
import { requirePeriod, type MeasureTable } from '@scorecard/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { computeMeasures } from './index.js';
import { EXPECTED } from './expected-fixture-values.js';
import { loadMeasureFixture } from './testing/fixture.js';

const FIXTURE_DIR = fileURLToPath(new URL('./fixtures', import.meta.url));

describe.each(testDatabases())('measures on %s', (kind) => {
  let db: TestDatabase;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await loadMeasureFixture(db.orm, FIXTURE_DIR);
  });
  afterAll(async () => db?.drop());

  describe.each(Object.keys(EXPECTED))('period %s', (periodId) => {
    let table: MeasureTable;
    beforeAll(async () => {
      table = await computeMeasures(db.orm.em.fork(), requirePeriod(periodId));
    });

    test('every unit has every computed measure', () => {
      expect(Object.keys(table).sort()).toEqual(['A01', 'A02', 'D01', 'P01']);
      for (const unit of Object.values(table)) {
        for (const id of ['U1', 'E1', 'E2', 'E3', 'S1', 'S2', 'R1', 'R2', 'R3', 'D1', 'D2', 'D3', 'P']) {
          expect(unit[id], id).toBeDefined();
        }
      }
    });

    const cases = Object.entries(EXPECTED[periodId] ?? {}).flatMap(([unit, measures]) =>
      Object.entries(measures).map(([measure, expected]) => ({ unit, measure, expected })),
    );
    test.each(cases)('$unit $measure', ({ unit, measure, expected }) => {
      const actual = table[unit]?.[measure];
      expect(actual, `${unit} ${measure} missing`).toBeDefined();
      if (expected === null) {
        expect(actual).toEqual({ value: null, numerator: null, denominator: null });
        return;
      }
      const [value, numerator, denominator] = expected;
      expect(actual?.value).not.toBeNull();
      expect(actual?.value ?? NaN).toBeCloseTo(value, 3);
      expect(actual?.numerator).toBe(numerator);
      expect(actual?.denominator).toBe(denominator);
    });

    test('no manual measure other than those imported for the period', () => {
      const manual = Object.entries(table).flatMap(([unit, m]) => (m.M1 ? [`${unit}:${m.M1.value}`] : []));
      const expected = Object.entries(EXPECTED[periodId] ?? {}).flatMap(([unit, m]) => (m.M1 ? [`${unit}:${m.M1[0]}`] : []));
      expect(manual.sort()).toEqual(expected.sort());
    });
  });
});
