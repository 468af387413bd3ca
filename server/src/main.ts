import 'reflect-metadata';
import { startApp } from './app.js';
import { loadConfig } from './config.js';
import { databaseKind, openDatabase } from './db/orm.js';
import { logger } from './logger.js';
import { loadDemoCityIfEmpty } from './modules/demo/load-demo.js';
import { ensureInitialUsers } from './modules/accounts/initial-users.js';

async function main(): Promise<void> {
  const config = loadConfig();
  if (config.production && !config.adminPassword) {
    logger.error({}, 'NODE_ENV=production requires ADMIN_PASSWORD');
    process.exit(1);
  }
  const orm = await openDatabase(config.databaseUrl);
  logger.info({ database: databaseKind(config.databaseUrl) }, 'database ready (migrations applied)');
  if (config.demoData) await loadDemoCityIfEmpty(orm);
  await ensureInitialUsers(orm, config);
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

main().catch((err: unknown) => {
  logger.error({ err }, 'server failed to start');
  process.exit(1);
});
