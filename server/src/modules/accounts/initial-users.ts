import type { MikroORM } from '@mikro-orm/core';
import { normalizeUsername } from '@scorecard/shared';
import type { AppConfig } from '../../config.js';
import { logger } from '../../logger.js';
import { Unit } from '../units/unit.entity.js';
import { hashPassword } from './passwords.js';
import { User } from './user.entity.js';
import { insertUser, type NewUser } from './users.service.js';

/** Username of the demo user of a unit: `unit-` + the unit code in lower case, e.g. `unit-zz-m-001`. */
export function demoUnitUsername(unitCode: string): string {
  return normalizeUsername(`unit-${unitCode}`);
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
      await insertUser(em, { username: 'admin', displayName: '系统管理员', role: 'ADMIN', password }, hash);
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
    for (const user of missing) await insertUser(tx, user, demoHash);
  });
  if (missing.length) logger.info({ count: missing.length }, 'created demo users (password DEMO_PASSWORD)');
}
