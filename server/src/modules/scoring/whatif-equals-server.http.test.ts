import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import {
  computeRanking, defaultScheme, requirePeriod, seededRandom, validateScheme,
  type MeasureTable, type RankingScope, type Scheme, type ScoringRule, type UnitKind, type UnitRef,
} from '@scorecard/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../../app.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { createTestUser, gql, loginToken, startTestApp } from '../../test/http.js';
import { CITY_FILES, generateCity, PRESETS } from '../demo/index.js';
import { importPaths } from '../imports/index.js';
import { createDraft, ok, saveDraft } from '../schemes/testing.js';

/** The range a measure's values fall in, so that random rule parameters are plausible. */
const RANGES: Record<string, [number, number]> = { E1: [0, 20000], E3: [1, 5], D1: [1, 4], M1: [0, 100], S1: [0, 1] };
const range = (measureId: string): [number, number] => RANGES[measureId] ?? [0, 1];

function randomRule(random: () => number, measureId: string): ScoringRule {
  const [lo, hi] = range(measureId);
  const a = lo + (hi - lo) * random();
  const b = lo + (hi - lo) * random();
  const [x, y] = a === b ? [lo, hi] : [Math.min(a, b), Math.max(a, b)];
  const pick = random();
  if (pick < 0.3) return { kind: 'band', floor: x, target: y };
  if (pick < 0.5) return { kind: 'scale', lo: x, hi: y };
  if (pick < 0.6) return { kind: 'logTarget', targetPerMonth: 1 + hi * random() };
  if (pick < 0.7) return { kind: 'binary' };
  return { kind: 'minmax' };
}

/** A random valid scheme: weights, rule switches (minmax included), disabled parts, a manual measure, penalty. */
function randomScheme(random: () => number, version: number): Scheme {
  const s = defaultScheme();
  s.version = version;
  s.dimensions[1]!.subIndicators.push({
    id: 'M1', name: { zh: '手工指标', en: 'Manual' }, weight: 20, measureId: 'M1', source: 'manual', rule: { kind: 'scale', lo: 0, hi: 100 }, enabled: true,
  });
  for (const d of s.dimensions) {
    d.weight = Math.round(1 + 49 * random()) / (random() < 0.3 ? 3 : 1);
    d.enabled = random() > 0.15;
    for (const sub of d.subIndicators) {
      sub.weight = 1 + 99 * random();
      sub.enabled = random() > 0.2;
      if (random() < 0.6) sub.rule = randomRule(random, sub.measureId);
    }
    if (!d.subIndicators.some((x) => x.enabled)) d.subIndicators[0]!.enabled = true;
  }
  if (!s.dimensions.some((d) => d.enabled)) s.dimensions[0]!.enabled = true;
  s.penalty = { measureId: 'P', pointsPerIncident: Math.round(10 * random()), maxPoints: Math.round(30 * random()) };
  return s;
}

interface Row { unit: { code: string }; rank: number | null; composite: number | null; grade: string | null; penalty: number; dimensions: Array<{ id: string; score: number | null }> }
interface Values { units: Array<{ unit: { code: string; name: string; kind: string }; values: Array<{ measureId: string; value: number | null; numerator: number | null; denominator: number | null }> }> }

const VALUES = `query($p: String!) { measureValues(period: $p) { units { unit { code name kind } values { measureId value numerator denominator } } } }`;
const RANKING = `query($p: String!, $s: RankingScope, $v: Int) {
  ranking(period: $p, scope: $s, schemeVersion: $v) { schemeVersion rows { unit { code } rank composite grade penalty dimensions { id score } } }
}`;

describe.each(testDatabases())('the browser engine over measureValues equals ranking(schemeVersion), on %s', (kind) => {
  const dir = mkdtempSync(join(tmpdir(), 'whatif-city-'));
  let db: TestDatabase;
  let app: RunningApp;
  let token: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    const city = await generateCity({ ...PRESETS.smoke, outDir: dir, scale: { ...PRESETS.smoke.scale, manualIndicatorId: 'M1' } });
    const results = await importPaths(db.orm, CITY_FILES.map((f) => join(city.outDir, f)));
    expect(results.every((r) => r.status === 'imported')).toBe(true);
    await createTestUser(db.orm, 'alice', 'ASSESSOR');
    app = await startTestApp(db.orm, { LOG_LEVEL: 'silent' });
    token = await loginToken(app, 'alice');
  }, 120_000);
  afterAll(async () => {
    await app?.close();
    await db?.drop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function measureTable(period: string): Promise<{ units: UnitRef[]; measures: MeasureTable }> {
    const values = ok(await gql<{ measureValues: Values }>(app, VALUES, { token, variables: { p: period } })).measureValues;
    return {
      units: values.units.map((u) => ({ code: u.unit.code, name: u.unit.name, kind: u.unit.kind.toLowerCase() as UnitKind })),
      measures: Object.fromEntries(values.units.map((u) => [u.unit.code, Object.fromEntries(u.values.map(({ measureId, ...v }) => [measureId, v]))])),
    };
  }

  test('20 random valid schemes × 2 periods × every scope', async () => {
    const random = seededRandom(20261204);
    const draft = await createDraft(app, token, 1);
    let revision = draft.revision;
    const inputs = { '2023-02': await measureTable('2023-02'), '2023-Q1': await measureTable('2023-Q1') };
    let minmaxSeen = 0;
    for (let i = 0; i < 20; i++) {
      const scheme = randomScheme(random, draft.version);
      expect(validateScheme(scheme).filter((x) => x.severity === 'error')).toEqual([]);
      revision = ok(await saveDraft(app, token, draft.version, revision, scheme)).updateSchemeDraft.revision;
      if (scheme.dimensions.some((d) => d.enabled && d.subIndicators.some((s) => s.enabled && s.rule.kind === 'minmax'))) minmaxSeen++;
      for (const [periodId, input] of Object.entries(inputs)) {
        for (const scope of ['all', 'municipal', 'district', 'public_service'] as RankingScope[]) {
          const browser = computeRanking({ period: requirePeriod(periodId), scheme, units: input.units, measures: input.measures, scope });
          const server = ok(await gql<{ ranking: { schemeVersion: number; rows: Row[] } }>(
            app, RANKING, { token, variables: { p: periodId, s: scope.toUpperCase(), v: draft.version } })).ranking;
          expect(server.schemeVersion).toBe(draft.version);
          const expected = browser.rows.map((r) => ({
            unit: { code: r.unitCode }, rank: r.rank, composite: r.composite, grade: r.grade?.toUpperCase() ?? null, penalty: r.penalty,
            dimensions: r.dimensions.map((d) => ({ id: d.id, score: d.score })),
          }));
          expect(server.rows, `scheme ${i}, ${periodId}, ${scope}`).toEqual(expected);
        }
      }
    }
    // The generator did exercise the relative rule.
    expect(minmaxSeen).toBeGreaterThan(5);
  }, 120_000);
});
