import type { MikroORM } from '@mikro-orm/core';
import { DEFAULT_DEMO_PASSWORD, type AppConfig } from './config.js';

/** A reason not to start, for the operator: main.ts prints it and exits with status 1. */
export class StartupRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'StartupRefusal';
  }
}

/** What production mode refuses before it opens the database (docs/deployment.md). */
export function checkProductionConfig(config: AppConfig): void {
  if (config.production && !config.adminPassword) {
    throw new StartupRefusal('NODE_ENV=production requires ADMIN_PASSWORD (at least 8 characters): the password of the first administrator.');
  }
}

/**
 * Production mode refuses a database whose demo users (admin, leader, assessor, unit-…) still sign in
 * with the public demo password — a database first run in demo mode and then put into production.
 */
export async function checkNoDemoPasswords(orm: MikroORM, config: AppConfig): Promise<void> {
  if (!config.production) return;
  // Loaded here, not at the top: main.ts refuses bad settings before the ORM is even loaded.
  const { demoUsersWithDemoPassword } = await import('./modules/accounts/initial-users.js');
  const passwords = [...new Set([DEFAULT_DEMO_PASSWORD, config.demoPassword])];
  const users = await demoUsersWithDemoPassword(orm.em.fork(), passwords);
  if (users.length === 0) return;
  const names = users.slice(0, 5).map((u) => u.username).join(', ') + (users.length > 5 ? ', …' : '');
  throw new StartupRefusal(
    `NODE_ENV=production: ${users.length} demo user(s) still sign in with the public demo password (${names}). `
    + 'Disable them with `pnpm user:disable-demo` (same DATABASE_URL), or give each one you keep its own password with '
    + '`pnpm user:reset-password <username>`; then start again.',
  );
}
