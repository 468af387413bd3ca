import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/databases.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { verifyPassword } from '../modules/accounts/passwords.js';
import { User } from '../modules/accounts/user.entity.js';
import { runUserCli, type UserCliIo } from './user.js';

describe('pnpm user:create / user:reset-password', () => {
  let db: TestDatabase;
  const lines: string[] = [];
  const io = (password: string): UserCliIo => ({ readPassword: async () => password, out: (l) => lines.push(l) });
  beforeAll(async () => {
    db = await createTestDatabase('sqlite');
    await db.orm.em.getConnection().execute(`insert into units (code, name, kind) values ('ZZ-M-001', 'x', 'municipal')`);
  });
  afterAll(async () => db?.drop());

  test('creates users and resets passwords without printing them', async () => {
    expect(await runUserCli(db.orm, ['create', 'Ops', '--role', 'admin', '--password-stdin'], io('s3cret-pass'))).toBe(0);
    expect(await runUserCli(db.orm, ['create', 'unit-zz-m-001', '--role', 'UNIT', '--unit', 'ZZ-M-001'], io('s3cret-pass'))).toBe(0);
    expect(await runUserCli(db.orm, ['reset-password', 'ops'], io('another-pass'))).toBe(0);
    const ops = await db.orm.em.fork().findOneOrFail(User, { username: 'ops' });
    expect(ops.role).toBe('ADMIN');
    expect(await verifyPassword('another-pass', ops.passwordHash)).toBe(true);
    expect(lines.join('\n')).not.toMatch(/s3cret|another-pass|\$2[aby]\$/);
    const actions = (await db.orm.em.fork().find(AuditEntry, {})).map((e) => e.action).sort();
    expect(actions).toEqual(['user/create', 'user/create', 'user/reset-password']);
  });

  test('refuses bad input with a sentence and a non-zero status', async () => {
    expect(await runUserCli(db.orm, ['create', 'x1', '--role', 'KING'], io('whatever-1'))).toBe(2);
    expect(await runUserCli(db.orm, ['create', 'u2', '--role', 'UNIT'], io('whatever-1'))).toBe(1);
    expect(await runUserCli(db.orm, ['create', 'short', '--role', 'LEADER'], io('short'))).toBe(1);
    expect(await runUserCli(db.orm, ['reset-password', 'ghost'], io('whatever-1'))).toBe(1);
    expect(lines.at(-1)).toMatch(/no user named ghost/);
  });
});
