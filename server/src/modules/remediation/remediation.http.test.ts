import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { errorCodes, gql } from '../../test/http.js';
import { createDraft, ok, parse, publish, saveDraft } from '../schemes/testing.js';
import { act, items, remediationFixture, type Fixture, type Item } from './testing.js';

const STATES = ['OPEN', 'IN_PROGRESS', 'SUBMITTED', 'VERIFIED', 'REJECTED'] as const;
const ACTIONS = ['START', 'SUBMIT', 'VERIFY', 'REJECT'] as const;
const ROLES = ['UNIT', 'OTHER_UNIT', 'ASSESSOR', 'LEADER', 'ADMIN'] as const;
/** The path from OPEN to each state: the actions (and who takes them) that get an item there. */
const PATH: Record<(typeof STATES)[number], Array<['UNIT' | 'ASSESSOR', string]>> = {
  OPEN: [],
  IN_PROGRESS: [['UNIT', 'START']],
  SUBMITTED: [['UNIT', 'START'], ['UNIT', 'SUBMIT']],
  VERIFIED: [['UNIT', 'START'], ['UNIT', 'SUBMIT'], ['ASSESSOR', 'VERIFY']],
  REJECTED: [['UNIT', 'START'], ['UNIT', 'SUBMIT'], ['ASSESSOR', 'REJECT']],
};
const ALLOWED: Record<string, { to: string; role: string }> = {
  'OPEN START': { to: 'IN_PROGRESS', role: 'UNIT' },
  'REJECTED START': { to: 'IN_PROGRESS', role: 'UNIT' },
  'IN_PROGRESS SUBMIT': { to: 'SUBMITTED', role: 'UNIT' },
  'SUBMITTED VERIFY': { to: 'VERIFIED', role: 'ASSESSOR' },
  'SUBMITTED REJECT': { to: 'REJECTED', role: 'ASSESSOR' },
};

describe.each(testDatabases())('remediation over HTTP on %s', (kind) => {
  let f: Fixture;
  beforeAll(async () => {
    f = await remediationFixture(kind);
  });
  afterAll(async () => f?.close());

  const openByHand = async (unitCode: string, topic: string): Promise<Item> =>
    ok(await gql<{ openRemediationItem: Item }>(f.app, `mutation($i: OpenRemediationInput!) { openRemediationItem(input: $i) { id unit { code } state version deadline openedOn overdue } }`, {
      token: f.tokens.assessor, variables: { i: { unitCode, topic, description: `整改 ${topic}` } },
    })).openRemediationItem;

  let firstItems: Item[] = [];

  test('publishing opens one item per unit × sub-indicator below the threshold, with the deadline in working days', async () => {
    expect(await items(f.app, f.tokens.leader)).toEqual([]);
    ok(await publish(f.app, f.tokens.assessor, '2023-03', 1));
    firstItems = await items(f.app, f.tokens.leader);
    const card = ok(await gql<{ unitScorecard: { dimensions: Array<{ subIndicators: Array<{ id: string; score: number | null; pointsLost: number }> }> } }>(
      f.app, '{ unitScorecard(unitCode: "A02", period: "2023-03") { dimensions { subIndicators { id score pointsLost } } } }', { token: f.tokens.leader })).unitScorecard;
    const low = card.dimensions.flatMap((d) => d.subIndicators).filter((s) => s.score !== null && s.score < 60);
    expect(low.length).toBeGreaterThan(0);
    expect(firstItems.filter((i) => i.unit.code === 'A02').map((i) => i.indicatorId).sort()).toEqual(low.map((s) => s.id).sort());
    for (const item of firstItems) {
      // Thursday 2023-09-28 + 20 working days: National Day (09-29…10-06) off, the 调休 weekend 10-07/10-08 worked.
      expect(item).toMatchObject({ state: 'OPEN', period: '2023-03', openedOn: '2023-09-28', deadline: '2023-11-01', overdue: false, version: 1 });
      expect(item.scoreAtOpen).toBeLessThan(60);
    }
    const audit = ok(await gql<{ auditLog: { entries: Array<{ action: string; after: string }> } }>(f.app, '{ auditLog(first: 50) { entries { action after } } }', { token: f.tokens.assessor })).auditLog;
    const opened = audit.entries.filter((e) => e.action === 'remediation/open-on-publication');
    expect(opened).toHaveLength(1);
    expect((JSON.parse(opened[0]!.after) as { items: Array<{ id: string }> }).items.map((i) => i.id).sort()).toEqual(firstItems.map((i) => i.id).sort());
  });

  test('publishing again opens no duplicate; a changed threshold opens the right set', async () => {
    ok(await publish(f.app, f.tokens.assessor, '2023-03', 1, '复核'));
    expect((await items(f.app, f.tokens.leader)).map((i) => i.id).sort()).toEqual(firstItems.map((i) => i.id).sort());
    const draft = await createDraft(f.app, f.tokens.assessor, 1);
    const scheme = parse(draft);
    scheme.remediationThreshold = 90;
    ok(await saveDraft(f.app, f.tokens.assessor, draft.version, 1, scheme));
    ok(await publish(f.app, f.tokens.assessor, '2023-03', draft.version, '阈值调整'));
    const after = await items(f.app, f.tokens.leader);
    const ranking = ok(await gql<{ ranking: { rows: Array<{ unit: { code: string }; subIndicators: Array<{ id: string; score: number | null }> }> } }>(
      f.app, '{ ranking(period: "2023-03") { rows { unit { code } subIndicators { id score } } } }', { token: f.tokens.leader })).ranking;
    const expected = ranking.rows.flatMap((r) => r.subIndicators.filter((s) => s.score !== null && s.score < 90).map((s) => `${r.unit.code} ${s.id}`));
    expect(after.map((i) => `${i.unit.code} ${i.indicatorId}`).sort()).toEqual(expected.sort());
    expect(new Set(after.map((i) => `${i.unit.code} ${i.indicatorId}`)).size).toBe(after.length);
    // The items the first publication opened are the same rows, untouched.
    for (const first of firstItems) expect(after.find((i) => i.id === first.id)).toMatchObject({ scoreAtOpen: first.scoreAtOpen, state: 'OPEN' });
    firstItems = after;
  });

  test('the transition table: every state × action × role, over HTTP', async () => {
    const tokenOf = { UNIT: f.tokens.a01, OTHER_UNIT: f.tokens.a02, ASSESSOR: f.tokens.assessor, LEADER: f.tokens.leader, ADMIN: f.tokens.admin };
    let n = 0;
    for (const state of STATES) {
      for (const action of ACTIONS) {
        for (const role of ROLES) {
          let item = await openByHand('A01', `t${n++}`);
          for (const [who, step] of PATH[state]) item = ok(await act(f.app, who === 'UNIT' ? f.tokens.a01 : f.tokens.assessor, item, step, step === 'REJECT' ? '材料不全' : undefined)).remediationAction;
          expect(item.state).toBe(state);
          const rule = ALLOWED[`${state} ${action}`];
          const res = await act(f.app, tokenOf[role], item, action, action === 'REJECT' ? '补充材料' : undefined);
          const label = `${state} ${action} by ${role}`;
          if (rule && rule.role === role) {
            expect(res.data?.remediationAction, label).toMatchObject({ state: rule.to, version: item.version + 1 });
          } else {
            const wanted = role === 'OTHER_UNIT' || role === 'LEADER' || role === 'ADMIN' || (rule ? rule.role !== role : ALLOWED_ROLE[action] !== role)
              ? 'FORBIDDEN' : 'INVALID_TRANSITION';
            expect(errorCodes(res), label).toEqual([wanted]);
            expect((await items(f.app, f.tokens.leader, { u: 'A01' })).find((i) => i.id === item.id), label).toMatchObject({ state, version: item.version });
          }
        }
      }
    }
  }, 120_000);

  test('a rejection needs a comment; a stale version is detected, not overwritten', async () => {
    let item = await openByHand('A01', 'stale');
    item = ok(await act(f.app, f.tokens.a01, item, 'START')).remediationAction;
    item = ok(await act(f.app, f.tokens.a01, item, 'SUBMIT', '已整改')).remediationAction;
    expect(errorCodes(await act(f.app, f.tokens.assessor, item, 'REJECT'))).toEqual(['BAD_USER_INPUT']);
    const [first, second] = await Promise.all([act(f.app, f.tokens.assessor, item, 'VERIFY'), act(f.app, f.tokens.assessor2, item, 'REJECT', '不通过')]);
    const codes = [...errorCodes(first), ...errorCodes(second)];
    expect(codes).toEqual(['STALE_VERSION']);
    expect(errorCodes(await act(f.app, f.tokens.a01, { id: item.id, version: 1 }, 'START'))).toEqual(['STALE_VERSION']);
  });

  test('a unit sees and acts on its own items only, whatever the arguments or guessed ids', async () => {
    const a02Item = firstItems.find((i) => i.unit.code === 'A02')!;
    const mine = await items(f.app, f.tokens.a01, { u: 'A02' });
    expect(mine.length).toBeGreaterThan(0);
    expect(new Set(mine.map((i) => i.unit.code))).toEqual(new Set(['A01']));
    expect(errorCodes(await gql(f.app, `{ remediationItem(id: "${a02Item.id}") { id } }`, { token: f.tokens.a01 }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await act(f.app, f.tokens.a01, a02Item, 'START'))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(f.app, `mutation { addRemediationNote(id: "${a02Item.id}", note: "x") { id } }`, { token: f.tokens.a01 }))).toEqual(['FORBIDDEN']);
    const summary = ok(await gql<{ remediationSummary: { units: Array<{ unit: { code: string } }> } }>(f.app, '{ remediationSummary { units { unit { code } } } }', { token: f.tokens.a01 })).remediationSummary;
    expect(summary.units.map((u) => u.unit.code)).toEqual(['A01']);
  });

  test('every change is in the timeline and the audit log; notifications reach the unit', async () => {
    let item = await openByHand('A02', 'audit');
    item = ok(await act(f.app, f.tokens.a02, item, 'START')).remediationAction;
    ok(await gql(f.app, `mutation { addRemediationNote(id: "${item.id}", note: "已完成一半") { id } }`, { token: f.tokens.a02 }));
    item = ok(await act(f.app, f.tokens.a02, item, 'SUBMIT')).remediationAction;
    item = ok(await act(f.app, f.tokens.assessor, item, 'REJECT', '缺少附件')).remediationAction;
    item = ok(await act(f.app, f.tokens.a02, item, 'START')).remediationAction;
    item = ok(await act(f.app, f.tokens.a02, item, 'SUBMIT')).remediationAction;
    item = ok(await act(f.app, f.tokens.assessor, item, 'VERIFY')).remediationAction;
    const detail = ok(await gql<{ remediationItem: { timeline: Array<{ kind: string; actor: string; note: string | null }> } }>(
      f.app, `{ remediationItem(id: "${item.id}") { timeline { kind actor note } } }`, { token: f.tokens.a02 })).remediationItem;
    expect(detail.timeline.map((e) => `${e.kind} ${e.actor}`)).toEqual([
      'OPENED alice', 'START unit-a02', 'NOTE unit-a02', 'SUBMIT unit-a02', 'REJECT alice', 'START unit-a02', 'SUBMIT unit-a02', 'VERIFY alice',
    ]);
    const audit = ok(await gql<{ auditLog: { entries: Array<{ action: string; entityId: string }> } }>(f.app, '{ auditLog(first: 200) { entries { action entityId } } }', { token: f.tokens.assessor })).auditLog;
    expect(audit.entries.filter((e) => e.entityId === item.id).map((e) => e.action).reverse()).toEqual([
      'remediation/open', 'remediation/start', 'remediation/note', 'remediation/submit', 'remediation/reject', 'remediation/start', 'remediation/submit', 'remediation/verify',
    ]);
    const bell = ok(await gql<{ notifications: { unreadCount: number; items: Array<{ kind: string; subjectId: string }> } }>(f.app, '{ notifications(first: 50) { unreadCount items { kind subjectId } } }', { token: f.tokens.a02 })).notifications;
    expect(bell.items.filter((n) => n.subjectId === item.id).map((n) => n.kind).sort()).toEqual(['NEW_ITEM', 'REJECTED', 'VERIFIED']);
    expect(bell.unreadCount).toBeGreaterThan(2);
    expect(ok(await gql<{ markNotificationsRead: number }>(f.app, 'mutation { markNotificationsRead }', { token: f.tokens.a02 })).markNotificationsRead).toBe(bell.unreadCount);
    const other = ok(await gql<{ notifications: { items: Array<{ unitCode: string }> } }>(f.app, '{ notifications(first: 50) { items { unitCode } } }', { token: f.tokens.a01 })).notifications;
    expect(other.items.every((n) => n.unitCode === 'A01')).toBe(true);
    const summary = ok(await gql<{ remediationSummary: { units: Array<{ unit: { code: string }; verified: number; onTimeRate: number | null }> } }>(
      f.app, '{ remediationSummary { units { unit { code } verified onTimeRate } } }', { token: f.tokens.leader })).remediationSummary;
    expect(summary.units.find((u) => u.unit.code === 'A02')).toMatchObject({ onTimeRate: 100 });
  });

  test('appeals: within the window, a unit appeals its own score; an assessor decides with a note; others cannot see it', async () => {
    const create = (token: string, indicatorId = 'R1') => gql<{ createAppeal: { id: string; state: string; version: number; unit: { code: string } } }>(f.app,
      'mutation($i: AppealInput!) { createAppeal(input: $i) { id state version unit { code } } }', { token, variables: { i: { period: '2023-03', indicatorId, reason: '评价记录有误' } } });
    const appeal = ok(await create(f.tokens.a02)).createAppeal;
    expect(appeal).toMatchObject({ state: 'PENDING', unit: { code: 'A02' } });
    expect(errorCodes(await create(f.tokens.a02, 'NOPE'))).toEqual(['INDICATOR_NOT_FOUND']);
    expect(errorCodes(await create(f.tokens.assessor))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(f.app, `{ appeal(id: "${appeal.id}") { id } }`, { token: f.tokens.a01 }))).toEqual(['FORBIDDEN']);
    expect(ok(await gql<{ appeals: unknown[] }>(f.app, '{ appeals(unitCode: "A02") { id } }', { token: f.tokens.a01 })).appeals).toEqual([]);
    const decide = (token: string, decision: string, note: string | null, version = appeal.version) => gql<{ decideAppeal: { state: string; decisionNote: string } }>(f.app,
      'mutation($id: ID!, $d: AppealDecision!, $v: Int!, $n: String) { decideAppeal(id: $id, decision: $d, expectedVersion: $v, note: $n) { state decisionNote } }',
      { token, variables: { id: appeal.id, d: decision, v: version, n: note } });
    expect(errorCodes(await decide(f.tokens.assessor, 'REJECT', null))).toEqual(['BAD_USER_INPUT']);
    expect(errorCodes(await decide(f.tokens.a02, 'ACCEPT', '自己受理'))).toEqual(['FORBIDDEN']);
    expect(ok(await decide(f.tokens.assessor, 'ACCEPT', '数据将更正后重新发布')).decideAppeal).toMatchObject({ state: 'ACCEPTED' });
    expect(errorCodes(await decide(f.tokens.assessor, 'REJECT', '再驳回', 2))).toEqual(['INVALID_TRANSITION']);
    const seen = ok(await gql<{ appeal: { state: string; decisionNote: string; timeline: Array<{ kind: string }> } }>(f.app, `{ appeal(id: "${appeal.id}") { state decisionNote timeline { kind } } }`, { token: f.tokens.a02 })).appeal;
    expect(seen).toMatchObject({ state: 'ACCEPTED', decisionNote: '数据将更正后重新发布', timeline: [{ kind: 'APPEALED' }, { kind: 'ACCEPT' }] });
  });
});

/** Who may take each action at all (a wrong role is FORBIDDEN before the state is looked at). */
const ALLOWED_ROLE: Record<string, string> = { START: 'UNIT', SUBMIT: 'UNIT', VERIFY: 'ASSESSOR', REJECT: 'ASSESSOR' };
