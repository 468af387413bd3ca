import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { RunningApp } from '../app.js';
import { openDatabase } from '../db/orm.js';
import { captureLog } from '../logger.js';
import { insertUser } from '../modules/accounts/users.service.js';
import { createTestDatabase, testDatabases, type TestDatabase } from '../test/databases.js';
import { createTestUser, errorCodes, gql, loginToken, startTestApp } from '../test/http.js';

const BCRYPT = /\$2[abxy]?\$\d{2}\$/;
const PASSWORD = 'never-in-a-log-1';

/** A trigger that makes every insert into users fail inside the database (a constraint we cannot foresee). */
async function refuseUserInserts(db: TestDatabase, kind: 'sqlite' | 'postgresql'): Promise<void> {
  const conn = db.orm.em.fork().getConnection();
  if (kind === 'sqlite') {
    await conn.execute(`create trigger refuse_users before insert on users begin select raise(abort, 'refused by the test'); end`);
    return;
  }
  await conn.execute(`create function refuse_users() returns trigger language plpgsql as $$ begin raise exception 'refused by the test'; end $$`);
  await conn.execute('create trigger refuse_users before insert on users for each row execute function refuse_users()');
}

/** Issue 9 item 7: what reaches the log when a statement on users fails, and the ORM's statement log. */
describe.each(testDatabases())('secrets stay out of the log on %s', (kind) => {
  let db: TestDatabase;
  let app: RunningApp;
  let admin: string;
  beforeAll(async () => {
    db = await createTestDatabase(kind);
    await createTestUser(db.orm, 'log-admin', 'ADMIN');
    app = await startTestApp(db.orm);
    admin = await loginToken(app, 'log-admin');
  });
  afterAll(async () => {
    await app?.close();
    await db?.drop();
  });

  test('a failed insert into users is logged with its request id and the reason, without the hash or the password', async () => {
    await refuseUserInserts(db, kind);
    const { result, lines } = await captureLog(() =>
      gql(app, 'mutation($i: CreateUserInput!) { createUser(input: $i) { id } }', {
        token: admin,
        headers: { 'x-request-id': 'log-test-1' },
        variables: { i: { username: 'new-person', role: 'LEADER', password: PASSWORD, displayName: 'New Person' } },
      }),
    );
    expect(errorCodes(result)).toEqual(['INTERNAL_SERVER_ERROR']);
    const logged = lines.join('');
    expect(logged).toContain('"requestId":"log-test-1"');
    expect(logged).toContain('refused by the test');
    expect(logged).toMatch(/users/);
    expect(logged).not.toMatch(BCRYPT);
    expect(logged).not.toContain(PASSWORD);
    expect(logged).not.toContain('New Person');
  });

  test('ORM_DEBUG logs statements on users and sessions without their values', async () => {
    const previous = process.env.ORM_DEBUG;
    process.env.ORM_DEBUG = 'true';
    const debugOrm = await openDatabase(db.url);
    if (previous === undefined) delete process.env.ORM_DEBUG;
    else process.env.ORM_DEBUG = previous;
    try {
      await debugOrm.em.fork().getConnection().execute('drop trigger refuse_users' + (kind === 'postgresql' ? ' on users' : ''));
      const { lines } = await captureLog(() =>
        insertUser(debugOrm.em.fork(), { username: 'debugged', role: 'LEADER', password: PASSWORD, displayName: 'Debugged Person' }),
      );
      const logged = lines.join('');
      expect(logged).toMatch(/insert into \W*users/);
      expect(logged).not.toMatch(BCRYPT);
      expect(logged).not.toContain('Debugged Person');
      expect(logged).not.toContain(PASSWORD);
    } finally {
      await debugOrm.close(true);
    }
  });
});
