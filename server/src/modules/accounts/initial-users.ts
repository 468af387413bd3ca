import type { EntityManager, MikroORM } from '@mikro-orm/core';
import { normalizeUsername } from '@scorecard/shared';
import type { AppConfig } from '../../config.js';
import { logger } from '../../logger.js';
import { Unit } from '../units/unit.entity.js';
import { audit, type AuditActor } from '../audit/audit.service.js';
import { hashPassword, verifyPassword } from './passwords.js';
import { deleteUserSessions } from './sessions.service.js';
import { accessOf, User } from './user.entity.js';
import { insertUser, type NewUser } from './users.service.js';

/** Username of the demo user of a unit: `unit-` + the unit code in lower case, e.g. `unit-zz-m-001`. */
export function demoUnitUsername(unitCode: string): string {
  return normalizeUsername(`unit-${unitCode}`);
}

const DEMO_USERNAMES = ['admin', 'leader', 'assessor'];

/**
 * Enabled users that demo mode creates (admin, leader, assessor, unit-…) and that still sign in with
 * a demo password (`passwords`: the default and DEMO_PASSWORD). They were all hashed once with the
 * same salt, so each distinct hash is compared once (bcrypt is slow on purpose).
 */
export async function demoUsersWithDemoPassword(em: EntityManager, passwords: string[]): Promise<User[]> {
  const candidates = await em.find(
    User,
    { disabled: false, $or: [{ username: { $in: DEMO_USERNAMES } }, { username: { $like: 'unit-%' } }] },
    { orderBy: { username: 'asc' } },
  );
  const verdicts = new Map<string, boolean>();
  for (const user of candidates) {
    if (verdicts.has(user.passwordHash)) continue;
    let demo = false;
    for (const password of passwords) demo ||= await verifyPassword(password, user.passwordHash);
    verdicts.set(user.passwordHash, demo);
  }
  return candidates.filter((user) => verdicts.get(user.passwordHash));
}

/** Disables those users and ends their sessions, audited (`pnpm user:disable-demo`). Returns their names. */
export async function disableDemoUsers(em: EntityManager, actor: AuditActor, passwords: string[]): Promise<string[]> {
  const users = await demoUsersWithDemoPassword(em, passwords);
  await em.transactional(async (tx) => {
    for (const user of users) {
      await tx.nativeUpdate(User, { id: user.id }, { disabled: true, version: user.version + 1, updatedAt: new Date().toISOString() });
      await deleteUserSessions(tx, user.id);
      await audit(tx, { actor, action: 'user/disable', entityType: 'user', entityId: user.id, after: { username: user.username, reason: 'demo password' } });
    }
  });
  return users.map((u) => u.username);
}

/** The actor of what the first start does by itself (audit entries of the users it creates). */
const FIRST_START: AuditActor = { userId: null, username: 'system:first-start', ip: null, requestId: null };

/** The audit entry of a user the first start created: who it is, never its password. */
function auditCreated(em: EntityManager, user: User): Promise<void> {
  return audit(em, {
    actor: FIRST_START,
    action: 'user/create',
    entityType: 'user',
    entityId: user.id,
    after: { username: user.username, displayName: user.displayName, ...accessOf(user), firstStart: true },
  });
}

/**
 * First start: with no user at all, creates `admin` (ADMIN_PASSWORD; in demo mode DEMO_PASSWORD when
 * ADMIN_PASSWORD is unset). In demo mode (never in production) also creates whichever demo users are
 * missing: `leader`, `assessor` and `unit-<code>` per unit, all with DEMO_PASSWORD, hashed once.
 * Call after the demo data load: the unit users need the units.
 */
export async function ensureInitialUsers(orm: MikroORM, config: AppConfig): Promise<void> {
  const em = orm.em.fork();
  const demo = config.demoData && !config.production;
  const demoHash = demo ? await hashPassword(config.demoPassword) : null;

  if ((await em.count(User, {})) === 0) {
    const password = config.adminPassword ?? (demo ? config.demoPassword : null);
    if (password) {
      const hash = password === config.demoPassword && demoHash ? demoHash : undefined;
      await em.transactional(async (tx) => {
        const admin = await insertUser(tx, { username: 'admin', displayName: '系统管理员', role: 'ADMIN', password }, hash);
        await auditCreated(tx, admin);
      });
      logger.info({ username: 'admin' }, 'created the first administrator');
    } else {
      logger.warn({}, 'no users and no ADMIN_PASSWORD: create an administrator with `pnpm user:create <name> --role ADMIN`');
    }
  }
  if (!demoHash) return;

  const wanted: NewUser[] = [
    { username: 'leader', displayName: '市领导（演示）', role: 'LEADER', password: config.demoPassword },
    { username: 'assessor', displayName: '考评人员（演示）', role: 'ASSESSOR', password: config.demoPassword },
  ];
  for (const unit of await em.find(Unit, {}, { orderBy: { code: 'asc' } })) {
    wanted.push({ username: demoUnitUsername(unit.code), displayName: unit.name, role: 'UNIT', unitCode: unit.code, password: config.demoPassword });
  }
  const existing = new Set((await em.find(User, {}, { fields: ['username'] })).map((u) => u.username));
  const missing = wanted.filter((u) => !existing.has(normalizeUsername(u.username)));
  await em.transactional(async (tx) => {
    for (const user of missing) await auditCreated(tx, await insertUser(tx, user, demoHash));
  });
  if (missing.length) logger.info({ count: missing.length }, 'created demo users (password DEMO_PASSWORD)');
}
