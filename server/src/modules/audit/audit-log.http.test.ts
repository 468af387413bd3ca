import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../../app.js';
import { loadConfig } from '../../config.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../../test/databases.js';
import { errorCodes, gql, loginToken, startTestApp } from '../../test/http.js';
import { ensureInitialUsers } from '../accounts/initial-users.js';
import { AuditEntry } from './audit-entry.entity.js';

interface Entry {
  action: string;
  actorUsername: string | null;
  actorName: string | null;
  entityType: string | null;
  entityName: string | null;
  at: string;
}
type Log = { auditLog: { entries: Entry[] } };
const FIELDS = 'entries { action actorUsername actorName entityType entityName at }';

/** Issue 14.7: names instead of ids, filters by user, action and days, and the first start's users logged. */
describe.each(testDatabases())('audit log on %s', (kind) => {
  let db: TestDatabase;
  let app: RunningApp;
  let admin: string;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await db.orm.em.getConnection().execute(`insert into units (code, name, kind) values ('U1', '一号单位', 'municipal')`);
    // The first start, in demo mode: admin, leader, assessor and one unit user, each audited.
    await ensureInitialUsers(db.orm, loadConfig({ ...process.env, DEMO_DATA: 'true', DEMO_PASSWORD: 'correct-horse-1', NODE_ENV: 'test' }));
    app = await startTestApp(db.orm);
    admin = await loginToken(app, 'admin');
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  test('the first start’s creation of users is in the log, named', async () => {
    const rows = await db.orm.em.fork().find(AuditEntry, { action: 'user/create' });
    expect(rows.map((r) => JSON.parse(r.afterJson ?? '{}').username).sort()).toEqual(['admin', 'assessor', 'leader', 'unit-u1']);
    expect(rows.every((r) => r.actorUsername === 'system:first-start')).toBe(true);
    expect(rows.every((r) => !/password|hash/i.test(r.afterJson ?? ''))).toBe(true);

    const log = await gql<Log>(app, `{ auditLog(first: 50, action: "user/create") { ${FIELDS} } }`, { token: admin });
    expect(log.errors).toEqual([]);
    const names = log.data!.auditLog.entries.map((e) => e.entityName).sort();
    expect(names).toContain('系统管理员 (admin)');
    expect(names).toContain('一号单位 (unit-u1)');
  });

  test('the actor is named by the user’s display name', async () => {
    const log = await gql<Log>(app, `{ auditLog(first: 50, action: "auth/login") { ${FIELDS} } }`, { token: admin });
    const login = log.data!.auditLog.entries.find((e) => e.actorUsername === 'admin');
    expect(login?.actorName).toBe('系统管理员');
  });

  test('filters by user, action and a range of days', async () => {
    const byActor = await gql<Log>(app, `{ auditLog(first: 50, actor: "ADMIN") { ${FIELDS} } }`, { token: admin });
    expect(byActor.errors).toEqual([]);
    expect(byActor.data!.auditLog.entries.length).toBeGreaterThan(0);
    expect(byActor.data!.auditLog.entries.every((e) => e.actorUsername === 'admin')).toBe(true);

    const today = new Date(Date.now() + 8 * 3600_000).toISOString().slice(0, 10);
    const inRange = await gql<Log>(app, `{ auditLog(first: 50, from: "${today}", to: "${today}") { ${FIELDS} } }`, { token: admin });
    expect(inRange.data!.auditLog.entries.length).toBeGreaterThan(0);
    const past = await gql<Log>(app, `{ auditLog(first: 50, from: "2001-01-01", to: "2001-12-31") { ${FIELDS} } }`, { token: admin });
    expect(past.data!.auditLog.entries).toEqual([]);

    const bad = await gql<Log>(app, `{ auditLog(first: 5, from: "2023-13-01") { ${FIELDS} } }`, { token: admin, headers: { 'x-scorecard-lang': 'en' } });
    expect(errorCodes(bad)).toEqual(['BAD_USER_INPUT']);
    expect(bad.errors[0]!.message).toContain('from');
    const reversed = await gql<Log>(app, `{ auditLog(first: 5, from: "2023-12-02", to: "2023-12-01") { ${FIELDS} } }`, { token: admin });
    expect(errorCodes(reversed)).toEqual(['BAD_USER_INPUT']);
  });
});
