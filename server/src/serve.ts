import { startApp } from './app.js';
import type { AppConfig } from './config.js';
import { databaseKind, openDatabase } from './db/orm.js';
import { logger } from './logger.js';
import { ensureInitialUsers } from './modules/accounts/initial-users.js';
import { awaitDemoLoadElsewhere, loadDemoCityOnce } from './modules/demo/load-demo.js';
import { checkNoDemoPasswords } from './startup-checks.js';

/**
 * The server's start with settings already checked: open and migrate the database, refuse a
 * production database with demo passwords, load the demo city once (or let the process that loads it
 * finish), create the first users, listen, and stop cleanly on SIGINT/SIGTERM.
 */
export async function serve(config: AppConfig): Promise<void> {
  const orm = await openDatabase(config.databaseUrl);
  logger.info({ database: databaseKind(config.databaseUrl) }, 'database ready (migrations applied)');
  await checkNoDemoPasswords(orm, config);
  const demo = config.demoData ? await loadDemoCityOnce(orm) : 'already-loaded';
  // While another process loads the demo city, it creates the users when its load is complete.
  if (demo !== 'loading-elsewhere') await ensureInitialUsers(orm, config);
  const app = await startApp(orm, config);
  const stopWaiting = demo === 'loading-elsewhere' ? awaitDemoLoadElsewhere(orm, () => ensureInitialUsers(orm, config)) : () => undefined;
  process.stdout.write(`\n  智慧考评 Smart Evaluation Scorecard\n  Dashboard: ${app.url}/\n  GraphQL:   ${app.url}/graphql\n\n`);
  const shutdown = async () => {
    stopWaiting();
    await app.close();
    await orm.close();
    process.exit(0);
  };
  process.on('SIGINT', shutdown);
  process.on('SIGTERM', shutdown);
}
