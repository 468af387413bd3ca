import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../../app.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { createTestUser, errorCodes, gql, loginToken, startTestApp } from '../../test/http.js';
import { importPaths, importSource } from '../imports/index.js';
import { createDraft, ok, parse, publish, saveDraft, SCHEME_QUERY, type SchemeRow } from '../schemes/testing.js';

const FIXTURE = fileURLToPath(new URL('../measures/fixtures', import.meta.url));
const SCOPES = ['ALL', 'MUNICIPAL', 'DISTRICT', 'PUBLIC_SERVICE'];
const UNITS = ['A01', 'A02', 'D01', 'P01'];
const INDICATORS = ['U1', 'E1', 'E2', 'E3', 'S1', 'S2', 'R1', 'R2', 'R3', 'D1', 'D2', 'D3', 'P'];

const RANKING = `query($p: String!, $s: RankingScope, $v: Int, $pub: String) {
  ranking(period: $p, scope: $s, schemeVersion: $v, publication: $pub) {
    published schemeVersion publishedAt previousPeriod average period { id published }
    rows { unit { code } rank previousRank rankChange composite grade penalty incidents dimensions { id weight score } }
  }
}`;
const SCORECARD = `query($u: String!, $p: String!, $pub: String) {
  unitScorecard(unitCode: $u, period: $p, publication: $pub) {
    published schemeVersion publishedAt rank previousRank rankChange rankedCount composite compositeBeforePenalty grade penalty incidents
    dimensions { id weight score cityAverage subIndicators { id value numerator denominator score pointsLost applicable } }
  }
}`;
const EVIDENCE = `query($u: String!, $p: String!, $i: String!) {
  evidence(unitCode: $u, period: $p, indicatorId: $i, first: 1) { totalCount againstCount liveTotalCount changedSincePublication }
}`;

interface Ranking { published: boolean; schemeVersion: number; publishedAt: string | null; rows: Array<{ unit: { code: string }; composite: number | null; rank: number | null }> }

/** A02's good rating turns bad and D01 gets an incident, both in March 2023: live scores change. */
const CHANGED_RATINGS = 'rating_id,unit_code,rated_at,level,rectified_at\nRB-1,A02,2023-03-05 09:00,1,\nRB-2,A02,2023-03-06 09:00,2,\n';
const NEW_INCIDENT = 'incident_id,unit_code,occurred_on,severity,description\nIN9,D01,2023-03-12,high,越权访问\n';

describe.each(testDatabases())('publication freezes a period, over HTTP on %s', (kind) => {
  let db: TestDatabase;
  let app: RunningApp;
  let assessor: string;
  let leader: string;
  let unitA02: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    expect((await importPaths(db.orm, [FIXTURE])).every((r) => r.status === 'imported')).toBe(true);
    await createTestUser(db.orm, 'alice', 'ASSESSOR');
    await createTestUser(db.orm, 'lead', 'LEADER');
    await createTestUser(db.orm, 'unit-a02', 'UNIT', 'A02');
    app = await startTestApp(db.orm, { LOG_LEVEL: 'silent' });
    [assessor, leader, unitA02] = await Promise.all([loginToken(app, 'alice'), loginToken(app, 'lead'), loginToken(app, 'unit-a02')]);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  const ranking = async (period: string, scope = 'ALL', extra: { v?: number; pub?: string } = {}, token = leader) =>
    ok(await gql<{ ranking: Ranking }>(app, RANKING, { token, variables: { p: period, s: scope, ...extra } })).ranking;
  const scorecard = async (unit: string, period: string, pub?: string) =>
    ok(await gql<{ unitScorecard: unknown }>(app, SCORECARD, { token: leader, variables: { u: unit, p: period, pub } })).unitScorecard;
  const evidence = async (unit: string, period: string, indicator: string) =>
    ok(await gql<{ evidence: { totalCount: number; againstCount: number; liveTotalCount: number; changedSincePublication: boolean } }>(
      app, EVIDENCE, { token: leader, variables: { u: unit, p: period, i: indicator } })).evidence;
  const auditEntries = async (prefix: string) => ok(await gql<{ auditLog: { entries: Array<{ action: string; entityId: string; before: string | null; after: string | null }> } }>(
    app, '{ auditLog(first: 100) { entries { action entityId before after } } }', { token: assessor })).auditLog.entries.filter((e) => e.action.startsWith(prefix));

  /** Everything a viewer of the period reads: every scope's ranking, every scorecard, every evidence total. */
  async function everything(period: string) {
    const out: Record<string, unknown> = {};
    for (const s of SCOPES) out[`ranking ${s}`] = await ranking(period, s);
    for (const u of UNITS) out[`scorecard ${u}`] = await scorecard(u, period);
    for (const u of UNITS) {
      for (const i of INDICATORS) {
        const { totalCount, againstCount } = await evidence(u, period, i);
        out[`evidence ${u} ${i}`] = { totalCount, againstCount };
      }
    }
    return out;
  }

  let before: Record<string, unknown>;
  let firstPublication: string;

  test('before publication the period is preliminary: live under version 1', async () => {
    const r = await ranking('2023-03');
    expect(r).toMatchObject({ published: false, schemeVersion: 1, publishedAt: null, period: { id: '2023-03', published: false } });
  });

  test('publishing shows the snapshot with its label, and the period as published', async () => {
    const res = await publish(app, assessor, '2023-03', 1);
    const publication = ok(res).publishPeriod;
    expect(publication).toMatchObject({ seq: 1, schemeVersion: 1, reason: null });
    firstPublication = publication.id;
    // The same query text as before: the cached answer (ranking cache and HTTP response cache) moved on.
    const r = await ranking('2023-03');
    expect(r).toMatchObject({ published: true, schemeVersion: 1, publishedAt: publication.publishedAt, period: { published: true } });
    const periods = ok(await gql<{ periods: Array<{ id: string; published: boolean }> }>(app, '{ periods { id published } }', { token: leader })).periods;
    expect(periods.filter((p) => p.published).map((p) => p.id)).toEqual(['2023-03']);
    const [entry] = await auditEntries('publication/');
    expect(entry).toMatchObject({ action: 'publication/publish', entityId: publication.id, before: null });
    expect(JSON.parse(entry!.after!)).toMatchObject({ period: '2023-03', seq: 1, schemeVersion: 1, ranking: r.rows.map((row) => ({ unitCode: row.unit.code, rank: row.rank })) });
    before = await everything('2023-03');
  });

  test('immutability: changed raw data and a new draft leave the published ranking, scorecards and evidence totals identical', async () => {
    const imported = [
      await importSource(db.orm, { name: 'ratings-fix.csv', stream: Buffer.from(CHANGED_RATINGS) }),
      await importSource(db.orm, { name: 'incidents-new.csv', stream: Buffer.from(NEW_INCIDENT) }),
    ];
    expect(imported.map((r) => r.status)).toEqual(['imported', 'imported']);
    const draft = await createDraft(app, assessor, 1);
    const edited = parse(draft);
    edited.dimensions[3]!.weight = 50;
    edited.dimensions[3]!.subIndicators[0]!.rule = { kind: 'minmax' };
    ok(await saveDraft(app, assessor, draft.version, 1, edited));

    expect(await everything('2023-03')).toEqual(before);
    // The data did change: live results under version 1 and under the draft differ from the snapshot…
    const published = await ranking('2023-03');
    expect((await ranking('2023-03', 'ALL', { v: 1 })).rows).not.toEqual(published.rows);
    expect((await ranking('2023-03', 'ALL', { v: draft.version })).rows).not.toEqual(published.rows);
    // …and the evidence says its records no longer add up to the published totals.
    expect(await evidence('A02', '2023-03', 'R1')).toMatchObject({ changedSincePublication: true, totalCount: 1, liveTotalCount: 2 });
  });

  test('a saved draft changes its live ranking at once (the caches are keyed by the revision)', async () => {
    const draft = await createDraft(app, assessor, 1);
    const first = await ranking('2023-03', 'ALL', { v: draft.version });
    const edited = parse(draft);
    edited.dimensions[0]!.weight = 90;
    ok(await saveDraft(app, assessor, draft.version, 1, edited));
    const second = await ranking('2023-03', 'ALL', { v: draft.version });
    expect(second.rows.map((r) => r.composite)).not.toEqual(first.rows.map((r) => r.composite));
  });

  test('publishing a draft freezes it; later periods without a publication go live under it', async () => {
    const draft = await createDraft(app, assessor, 1);
    const edited = parse(draft);
    edited.dimensions[1]!.weight = 35;
    ok(await saveDraft(app, assessor, draft.version, 1, edited));
    ok(await publish(app, assessor, '2023-Q1', draft.version));
    const frozen = ok(await gql<{ scheme: SchemeRow }>(app, SCHEME_QUERY, { token: leader, variables: { v: draft.version } })).scheme;
    expect(frozen).toMatchObject({ frozen: true, revision: 2 });
    expect(errorCodes(await saveDraft(app, assessor, draft.version, 2, edited))).toEqual(['SCHEME_FROZEN']);
    expect((await auditEntries('scheme/freeze'))[0]).toMatchObject({ entityId: String(draft.version) });
    expect(await ranking('2023-02')).toMatchObject({ published: false, schemeVersion: draft.version });
    expect(await ranking('2023-03')).toMatchObject({ published: true, schemeVersion: 1 });
  });

  test('re-publishing needs a reason and keeps the earlier snapshot viewable', async () => {
    expect(errorCodes(await publish(app, assessor, '2023-03', 1))).toEqual(['BAD_USER_INPUT']);
    const again = ok(await publish(app, assessor, '2023-03', 1, '申诉复核：A02 评价数据更正')).publishPeriod;
    expect(again).toMatchObject({ seq: 2, reason: '申诉复核：A02 评价数据更正' });
    const now = await ranking('2023-03');
    expect(now).toMatchObject({ published: true, publishedAt: again.publishedAt });
    expect(now.rows).not.toEqual((before['ranking ALL'] as Ranking).rows);
    // The first snapshot, by id, is exactly what was published first.
    for (const s of SCOPES) expect(await ranking('2023-03', s, { pub: firstPublication })).toEqual(before[`ranking ${s}`]);
    const earlier = await gql<{ ranking: { publication: { seq: number; latest: boolean } } }>(
      app, `query($pub: String) { ranking(period: "2023-03", publication: $pub) { publication { seq latest } } }`, { token: leader, variables: { pub: firstPublication } });
    expect(ok(earlier).ranking.publication).toEqual({ seq: 1, latest: false });
    for (const u of UNITS) expect(await scorecard(u, '2023-03', firstPublication)).toEqual(before[`scorecard ${u}`]);
    const list = ok(await gql<{ publications: Array<{ id: string; seq: number; latest: boolean }> }>(
      app, '{ publications(period: "2023-03") { id seq latest } }', { token: unitA02 })).publications;
    expect(list).toEqual([{ id: again.id, seq: 2, latest: true }, { id: firstPublication, seq: 1, latest: false }]);
    const [entry] = await auditEntries('publication/republish');
    expect(JSON.parse(entry!.before!)).toMatchObject({ id: firstPublication, seq: 1 });
    expect(JSON.parse(entry!.after!)).toMatchObject({ id: again.id, seq: 2, reason: '申诉复核：A02 评价数据更正' });
  });

  test('a UNIT user sees the published ranking of every unit, but details and raw values of its own unit only', async () => {
    const r = await ranking('2023-03', 'ALL', {}, unitA02);
    expect(r.published).toBe(true);
    expect(r.rows.map((row) => row.unit.code).sort()).toEqual(UNITS);
    const other = await gql(app, '{ unitScorecard(unitCode: "A01", period: "2023-03") { rank } }', { token: unitA02 });
    expect(errorCodes(other)).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(app, '{ measureValues(period: "2023-03") { period } }', { token: unitA02 }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await publish(app, unitA02, '2023', 1))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await publish(app, leader, '2023', 1))).toEqual(['FORBIDDEN']);
  });

  test('onPublished listeners run inside the transaction: a failing one rolls the publication back', async () => {
    const draft = await createDraft(app, assessor, 1);
    const stop = app.services.publications.onPublished(async () => {
      throw new Error('remediation store unavailable');
    });
    const failed = await publish(app, assessor, '2023', draft.version);
    stop();
    expect(errorCodes(failed)).toEqual(['INTERNAL_SERVER_ERROR']);
    expect((await ranking('2023')).published).toBe(false);
    const still = ok(await gql<{ scheme: SchemeRow }>(app, SCHEME_QUERY, { token: leader, variables: { v: draft.version } })).scheme;
    expect(still.frozen).toBe(false);

    const seen: Array<{ period: string; units: number; scores: number; scopes: string[] }> = [];
    const off = app.services.publications.onPublished(async (tx, publication, snapshot) => {
      const rows = await tx.getConnection().execute('select count(*) as n from publication_measures where publication_id = ?', [publication.id], 'all', tx.getTransactionContext());
      expect(Number(rows[0].n)).toBeGreaterThan(0);
      seen.push({ period: publication.period, units: Object.keys(snapshot.measures).length, scores: snapshot.scores.length, scopes: Object.keys(snapshot.rankings) });
    });
    ok(await publish(app, assessor, '2023', draft.version));
    off();
    // 4 units × 12 enabled sub-indicators of the default tree.
    expect(seen).toEqual([{ period: '2023', units: 4, scores: 48, scopes: ['all', 'municipal', 'district', 'public_service'] }]);
  });
});
