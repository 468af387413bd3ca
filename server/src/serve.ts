import { startApp } from './app.js';
import type { AppConfig } from './config.js';
import { databaseKind, openDatabase } from './db/orm.js';
import { logger } from './logger.js';
import { ensureInitialUsers } from './modules/accounts/initial-users.js';
import { waitForDemoCity } from './modules/demo/load-demo.js';
import { checkNoDemoPasswords } from './startup-checks.js';

/**
 * The server's start with settings already checked: open and migrate the database, refuse a
 * production database with demo passwords, load the demo city once (or wait for the process that
 * loads it), create the first users, listen, and stop cleanly on SIGINT/SIGTERM.
 */
export async function serve(config: AppConfig): Promise<void> {
  const orm = await openDatabase(config.databaseUrl);
  logger.info({ database: databaseKind(config.databaseUrl) }, 'database ready (migrations applied)');
  await checkNoDemoPasswords(orm, config);
  // The demo city and its users are one load; another process loading it is waited for, so nothing
  // is served from partial data and no two processes create the same users.
  const createUsers = () => ensureInitialUsers(orm, config);
  if (config.demoData) await waitForDemoCity(orm, { beforeComplete: createUsers });
  await createUsers();
  const app = await startApp(orm, config);
  process.stdout.write(`\n  智慧考评 Smart Evaluation Scorecard\n  Dashboard: ${app.url}/\n  GraphQL:   ${app.url}/graphql\n\n`);
  const shutdown = async () => {
    await app.close();
    await orm.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
