import 'reflect-metadata';
import { startApp } from './app.js';
import { ConfigError, loadConfig, type AppConfig } from './config.js';
import { databaseKind, openDatabase } from './db/orm.js';
import { logger } from './logger.js';
import { ensureInitialUsers } from './modules/accounts/initial-users.js';
import { awaitDemoLoadElsewhere, loadDemoCityOnce } from './modules/demo/load-demo.js';
import { checkNoDemoPasswords, checkProductionConfig, StartupRefusal } from './startup-checks.js';

/** The configuration, or the process ends naming every variable that cannot be used. */
function configOrRefuse(): AppConfig {
  try {
    const config = loadConfig();
    checkProductionConfig(config);
    return config;
  } catch (err) {
    if (err instanceof ConfigError) throw new StartupRefusal(err.message);
    throw err;
  }
}

async function main(): Promise<void> {
  const config = configOrRefuse();
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

main().catch((err: unknown) => {
  if (err instanceof StartupRefusal) {
    process.stderr.write(`refusing to start: ${err.message}\n`);
  } else {
    logger.error({ err }, 'server failed to start');
  }
  process.exit(1);
});
