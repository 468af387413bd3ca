import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import { createTestDatabase, type TestDatabase } from '../test/databases.js';
import { AuditEntry } from '../modules/audit/audit-entry.entity.js';
import { hashPassword, verifyPassword } from '../modules/accounts/passwords.js';
import { insertUser } from '../modules/accounts/users.service.js';
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

  test('disable-demo disables the demo users that still have the demo password, audited, and nobody else', async () => {
    const demoHash = await hashPassword('demo1234');
    await insertUser(db.orm.em.fork(), { username: 'leader', role: 'LEADER', password: 'demo1234' }, demoHash);
    await insertUser(db.orm.em.fork(), { username: 'assessor', role: 'ASSESSOR', password: 'a-changed-password' });
    expect(await runUserCli(db.orm, ['disable-demo'], io(''))).toBe(0);
    expect(lines.at(-1)).toBe('disabled 1 demo user(s): leader');
    const users = await db.orm.em.fork().find(User, { username: { $in: ['leader', 'assessor', 'ops'] } }, { orderBy: { username: 'asc' } });
    expect(users.map((u) => [u.username, u.disabled])).toEqual([['assessor', false], ['leader', true], ['ops', false]]);
    const audited = await db.orm.em.fork().find(AuditEntry, { action: 'user/disable' });
    expect(audited.map((e) => e.afterJson)).toEqual([JSON.stringify({ username: 'leader', reason: 'demo password' })]);
    expect(await runUserCli(db.orm, ['disable-demo'], io(''))).toBe(0);
    expect(lines.at(-1)).toBe('no enabled user has a demo password');
    expect(await runUserCli(db.orm, ['disable-demo', 'leader'], io(''))).toBe(2);
  });

  test('refuses bad input with a sentence and a non-zero status', async () => {
    expect(await runUserCli(db.orm, ['create', 'x1', '--role', 'KING'], io('whatever-1'))).toBe(2);
    expect(await runUserCli(db.orm, ['create', 'u2', '--role', 'UNIT'], io('whatever-1'))).toBe(1);
    expect(await runUserCli(db.orm, ['create', 'short', '--role', 'LEADER'], io('short'))).toBe(1);
    expect(await runUserCli(db.orm, ['reset-password', 'ghost'], io('whatever-1'))).toBe(1);
    expect(lines.at(-1)).toMatch(/no user named ghost/);
  });
});
