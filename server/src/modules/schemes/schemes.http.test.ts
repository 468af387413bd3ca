import { DEFAULT_SCHEME, type Scheme } from '@scorecard/shared';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../../app.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { createTestUser, errorCodes, gql, loginToken, startTestApp } from '../../test/http.js';
import { createDraft, ok, parse, saveDraft, SCHEME_QUERY, type SchemeRow } from './testing.js';

describe.each(testDatabases())('scheme versions over HTTP on %s', (kind) => {
  let db: TestDatabase;
  let app: RunningApp;
  let alice: string;
  let bob: string;
  let leader: string;

  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await createTestUser(db.orm, 'alice', 'ASSESSOR');
    await createTestUser(db.orm, 'bob', 'ASSESSOR');
    await createTestUser(db.orm, 'lead', 'LEADER');
    app = await startTestApp(db.orm, { LOG_LEVEL: 'silent' });
    [alice, bob, leader] = await Promise.all([loginToken(app, 'alice'), loginToken(app, 'bob'), loginToken(app, 'lead')]);
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  async function scheme(version: number | null, token = leader): Promise<SchemeRow> {
    return ok(await gql<{ scheme: SchemeRow }>(app, SCHEME_QUERY, { token, variables: { v: version } })).scheme;
  }

  async function auditActions(): Promise<Array<{ action: string; entityId: string; before: string | null; after: string | null; actorUsername: string }>> {
    const res = await gql<{ auditLog: { entries: Array<{ action: string; entityId: string; before: string | null; after: string | null; actorUsername: string }> } }>(
      app, '{ auditLog(first: 50) { entries { action entityId before after actorUsername } } }', { token: alice });
    return ok(res).auditLog.entries.filter((e) => e.action.startsWith('scheme/'));
  }

  test('version 1 is the SPEC §3 tree, frozen from the start, and the newest until a draft exists', async () => {
    const v1 = await scheme(1);
    expect(v1).toMatchObject({ version: 1, revision: 1, frozen: true, basedOn: null });
    expect(parse(v1)).toEqual(DEFAULT_SCHEME);
    expect(await scheme(null)).toEqual(v1);
  });

  test('version 1 cannot be edited', async () => {
    const res = await saveDraft(app, alice, 1, 1, { ...DEFAULT_SCHEME, remediationThreshold: 50 });
    expect(errorCodes(res)).toEqual(['SCHEME_FROZEN']);
    expect(parse(await scheme(1))).toEqual(DEFAULT_SCHEME);
  });

  test('a draft copies its source, keeps its version while edited, and bumps the revision on each save', async () => {
    const draft = await createDraft(app, alice, 1);
    expect(draft).toMatchObject({ version: 2, revision: 1, frozen: false, basedOn: 1, updatedBy: 'alice' });
    expect(parse(draft)).toEqual({ ...DEFAULT_SCHEME, version: 2 });
    const edited: Scheme = structuredClone(parse(draft));
    edited.dimensions[1]!.weight = 30;
    const saved = ok(await saveDraft(app, alice, 2, 1, edited)).updateSchemeDraft;
    expect(saved).toMatchObject({ version: 2, revision: 2, frozen: false });
    expect(parse(saved).dimensions[1]!.weight).toBe(30);
    expect(await scheme(null)).toEqual(saved);
    const [update, create] = await auditActions();
    expect(create).toMatchObject({ action: 'scheme/create-draft', entityId: '2', actorUsername: 'alice', before: null });
    expect(update).toMatchObject({ action: 'scheme/update', entityId: '2', actorUsername: 'alice' });
    expect(JSON.parse(update!.before!)).toMatchObject({ revision: 1, scheme: { dimensions: [{}, { weight: 25 }, {}, {}, {}] } });
    expect(JSON.parse(update!.after!)).toMatchObject({ revision: 2, scheme: { dimensions: [{}, { weight: 30 }, {}, {}, {}] } });
  });

  test('locking: two sessions edit the same draft; the second save is refused and nothing is lost', async () => {
    const draft = await createDraft(app, alice, 1);
    // Both load the same revision.
    const [seenByAlice, seenByBob] = await Promise.all([scheme(draft.version, alice), scheme(draft.version, bob)]);
    const aliceEdit = structuredClone(parse(seenByAlice));
    aliceEdit.dimensions[0]!.weight = 40;
    const bobEdit = structuredClone(parse(seenByBob));
    bobEdit.penalty.maxPoints = 10;

    ok(await saveDraft(app, alice, draft.version, seenByAlice.revision, aliceEdit));
    const refused = await saveDraft(app, bob, draft.version, seenByBob.revision, bobEdit);
    expect(errorCodes(refused)).toEqual(['STALE_VERSION']);
    expect(refused.errors[0]!.message).toMatch(/^已被 alice 于 \d{4}-\d{2}-\d{2} \d{2}:\d{2} 修改，请刷新/);
    expect(refused.errors[0]!.extensions).toMatchObject({ currentRevision: 2, updatedBy: 'alice' });

    // Alice's edit is intact; Bob reloads, re-applies his change and both are kept.
    const now = await scheme(draft.version, bob);
    expect(parse(now)).toEqual(aliceEdit);
    const merged = structuredClone(parse(now));
    merged.penalty.maxPoints = 10;
    const saved = ok(await saveDraft(app, bob, draft.version, now.revision, merged)).updateSchemeDraft;
    expect(parse(saved)).toMatchObject({ penalty: { maxPoints: 10 }, dimensions: [{ weight: 40 }, {}, {}, {}, {}] });
    expect(saved.revision).toBe(3);
  });

  test('an invalid tree is refused with the field path, and nothing is written', async () => {
    const draft = await createDraft(app, alice, 1);
    const bad = structuredClone(parse(draft));
    bad.dimensions[3]!.subIndicators[0]!.rule = { kind: 'band', floor: 0.99, target: 0.9 };
    bad.dimensions[0]!.weight = 0;
    const res = await saveDraft(app, alice, draft.version, 1, bad);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors[0]!.message).toContain('dimensions.0.weight');
    expect(res.errors[0]!.extensions).toMatchObject({
      path: 'dimensions.0.weight',
      issues: [
        { code: 'scheme/invalid-weight', path: 'dimensions.0.weight' },
        { code: 'scheme/invalid-band', path: 'dimensions.3.subIndicators.0.rule' },
      ],
    });
    const notJson = await gql(app, 'mutation($v: Int!) { updateSchemeDraft(version: $v, expectedRevision: 1, json: "{ not json") { revision } }', { token: alice, variables: { v: draft.version } });
    expect(errorCodes(notJson)).toEqual(['BAD_USER_INPUT']);
    expect(await scheme(draft.version)).toEqual(draft);
  });

  test('a diff of two versions lists what changed, by id', async () => {
    const draft = await createDraft(app, alice, 1);
    const edited = structuredClone(parse(draft));
    edited.dimensions[1]!.subIndicators[1]!.rule = { kind: 'minmax' };
    ok(await saveDraft(app, alice, draft.version, 1, edited));
    const res = await gql<{ schemeDiff: unknown[] }>(app, `query($to: Int!) { schemeDiff(from: 1, to: $to) { kind dimensionId subIndicatorId field before after } }`, { token: leader, variables: { to: draft.version } });
    expect(ok(res).schemeDiff).toEqual([{ kind: 'changed', dimensionId: 'E', subIndicatorId: 'E2', field: 'rule', before: 'band(0.6, 0.95)', after: 'minmax' }]);
  });

  // UNIT and ADMIN are refused the same way (graphql/permissions.test.ts calls every field as every role).
  test('a leader cannot create or save drafts, and reads every version', async () => {
    expect(errorCodes(await gql(app, 'mutation { createSchemeDraft(fromVersion: 1) { version } }', { token: leader }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await saveDraft(app, leader, 2, 2, DEFAULT_SCHEME))).toEqual(['FORBIDDEN']);
    expect(parse(await scheme(2)).dimensions[1]!.weight).toBe(30);
    const res = await gql<{ schemes: Array<{ version: number }> }>(app, '{ schemes { version } }', { token: leader });
    expect(ok(res).schemes.map((s) => s.version)).toEqual([1, 2, 3, 4, 5]);
  });

  test('legends are stored with the draft; a bad band is refused naming its field', async () => {
    const draft = await createDraft(app, alice, 1);
    const withLegend = structuredClone(parse(draft));
    const legend = [
      { from: 95, color: '#16a34a', label: { zh: '达标', en: 'Met' } },
      { from: 0, color: '#dc2626', label: { zh: '未达标', en: 'Not met' } },
    ];
    withLegend.dimensions[2]!.legend = legend;
    withLegend.legend = [legend[1]!];
    const saved = ok(await saveDraft(app, alice, draft.version, 1, withLegend)).updateSchemeDraft;
    expect(parse(saved).dimensions[2]!.legend).toEqual(legend);
    expect(parse(saved).legend).toEqual([legend[1]]);
    expect(parse(saved).dimensions[1]).not.toHaveProperty('legend');

    // The version diff lists the bands, the scheme default's last.
    const diff = await gql<{ schemeDiff: unknown[] }>(app, `query($to: Int!) { schemeDiff(from: 1, to: $to) { kind dimensionId subIndicatorId field before after } }`, { token: leader, variables: { to: draft.version } });
    expect(ok(diff).schemeDiff).toEqual([
      { kind: 'added', dimensionId: 'S', subIndicatorId: null, field: 'legend.band', before: null, after: '≥ 95 · #16a34a · 达标 / Met' },
      { kind: 'added', dimensionId: 'S', subIndicatorId: null, field: 'legend.band', before: null, after: '≥ 0 · #dc2626 · 未达标 / Not met' },
      { kind: 'added', dimensionId: null, subIndicatorId: null, field: 'legend.band', before: null, after: '≥ 0 · #dc2626 · 未达标 / Not met' },
    ]);

    const bad = structuredClone(parse(saved));
    bad.dimensions[2]!.subIndicators[1]!.legend = [{ from: 0, color: 'red', label: { zh: '差', en: 'Bad' } }];
    const res = await saveDraft(app, alice, draft.version, saved.revision, bad);
    expect(errorCodes(res)).toEqual(['BAD_USER_INPUT']);
    expect(res.errors[0]!.extensions).toMatchObject({
      path: 'dimensions.2.subIndicators.1.legend.0.color',
      issues: [{ code: 'scheme/invalid-legend', path: 'dimensions.2.subIndicators.1.legend.0.color' }],
    });
  });
});
