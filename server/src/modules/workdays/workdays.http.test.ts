import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { testDatabases } from '../../test/databases.js';
import { errorCodes, gql } from '../../test/http.js';
import { runReminders } from '../remediation/reminders.job.js';
import { act, items, remediationFixture, type Fixture } from '../remediation/testing.js';
import { ok, publish } from '../schemes/testing.js';

const SET = 'mutation($d: String!, $w: Boolean, $n: String) { setWorkday(date: $d, working: $w, note: $n) { year covered days { date working source note } } }';

describe.each(testDatabases())('working-day deadlines with a fixed clock on %s', (kind) => {
  let f: Fixture;
  beforeAll(async () => {
    // Today = Thursday 2023-09-28, the day before the National Day holiday.
    f = await remediationFixture(kind);
    ok(await publish(f.app, f.tokens.assessor, '2023-03', 1));
  });
  afterAll(async () => f?.close());

  test('a deadline across National Day and the 调休 weekend: 20 working days from 09-28 is 11-01 (not 10-26)', async () => {
    const all = await items(f.app, f.tokens.leader);
    expect(all.length).toBeGreaterThan(0);
    expect(new Set(all.map((i) => i.deadline))).toEqual(new Set(['2023-11-01']));
    expect(all[0]).toMatchObject({ workingDaysLeft: 20, dueSoon: false, overdue: false });
  });

  test('the admin page shows the library year and says when a year is not covered', async () => {
    const y2023 = ok(await gql<{ workdayYear: { covered: boolean; days: Array<{ date: string; working: boolean; source: string }> } }>(f.app, '{ workdayYear(year: 2023) { covered days { date working source } } }', { token: f.tokens.admin })).workdayYear;
    expect(y2023.covered).toBe(true);
    expect(y2023.days).toContainEqual({ date: '2023-10-07', working: true, source: 'LIBRARY' });
    expect(y2023.days).toContainEqual({ date: '2023-10-02', working: false, source: 'LIBRARY' });
    const y2027 = ok(await gql<{ workdayYear: { covered: boolean; newestCoveredYear: number } }>(f.app, '{ workdayYear(year: 2027) { covered newestCoveredYear } }', { token: f.tokens.admin })).workdayYear;
    expect(y2027).toEqual({ covered: false, newestCoveredYear: 2026 });
    expect(errorCodes(await gql(f.app, '{ workdayYear(year: 2023) { covered } }', { token: f.tokens.assessor }))).toEqual(['FORBIDDEN']);
  });

  test('an admin correction moves the open items\' deadlines (verified ones keep theirs), audited', async () => {
    const [first, ...rest] = await items(f.app, f.tokens.leader, { u: 'A01' });
    let done = first!;
    done = ok(await act(f.app, f.tokens.a01, done, 'START')).remediationAction;
    done = ok(await act(f.app, f.tokens.a01, done, 'SUBMIT')).remediationAction;
    done = ok(await act(f.app, f.tokens.assessor, done, 'VERIFY')).remediationAction;
    expect(errorCodes(await gql(f.app, SET, { token: f.tokens.assessor, variables: { d: '2023-10-09', w: false } }))).toEqual(['FORBIDDEN']);
    expect(errorCodes(await gql(f.app, SET, { token: f.tokens.admin, variables: { d: '2023-13-01', w: false } }))).toEqual(['BAD_USER_INPUT']);
    const year = ok(await gql<{ setWorkday: { days: Array<{ date: string; working: boolean; source: string; note: string | null }> } }>(
      f.app, SET, { token: f.tokens.admin, variables: { d: '2023-10-09', w: false, n: '临时放假' } })).setWorkday;
    expect(year.days).toContainEqual({ date: '2023-10-09', working: false, source: 'OVERRIDE', note: '临时放假' });
    const after = await items(f.app, f.tokens.leader);
    expect(after.find((i) => i.id === done.id)!.deadline).toBe('2023-11-01');
    for (const item of after.filter((i) => i.id !== done.id)) expect(item.deadline).toBe('2023-11-02');
    expect(rest.length + 1).toBeGreaterThan(0);
    const audit = ok(await gql<{ auditLog: { entries: Array<{ action: string; entityId: string }> } }>(f.app, '{ auditLog(first: 200) { entries { action entityId } } }', { token: f.tokens.admin })).auditLog.entries;
    expect(audit.filter((e) => e.action === 'workday/set').map((e) => e.entityId)).toEqual(['2023-10-09']);
    expect(audit.filter((e) => e.action === 'remediation/deadline')).toHaveLength(after.length - 1);
    // Removing the correction puts the library's day back, and the deadlines with it.
    ok(await gql(f.app, SET, { token: f.tokens.admin, variables: { d: '2023-10-09', w: null } }));
    expect(new Set((await items(f.app, f.tokens.leader, { s: 'OPEN' })).map((i) => i.deadline))).toEqual(new Set(['2023-11-01']));
  });

  test('the daily reminders run once per day whatever the number of processes, and remind each item once', async () => {
    const runs = await Promise.all([runReminders(f.db.orm, '2023-10-26'), runReminders(f.db.orm, '2023-10-26'), runReminders(f.db.orm, '2023-10-26')]);
    expect(runs.filter((r) => r.ran)).toHaveLength(1);
    const bell = async () => ok(await gql<{ notifications: { items: Array<{ kind: string }> } }>(f.app, '{ notifications(first: 50) { items { kind } } }', { token: f.tokens.a01 })).notifications.items;
    expect((await bell()).filter((n) => n.kind === 'DUE_SOON').length).toBeGreaterThan(0);
    const dueSoon = (await bell()).filter((n) => n.kind === 'DUE_SOON').length;
    expect((await runReminders(f.db.orm, '2023-10-27')).ran).toBe(true);
    expect((await bell()).filter((n) => n.kind === 'DUE_SOON')).toHaveLength(dueSoon);
    expect((await runReminders(f.db.orm, '2023-11-02')).ran).toBe(true);
    expect((await bell()).filter((n) => n.kind === 'OVERDUE').length).toBeGreaterThan(0);
  });
});
