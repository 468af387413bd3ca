import 'reflect-metadata';
import { ConfigError, loadConfig, type AppConfig } from './config.js';
import { logger } from './logger.js';
import { checkProductionConfig, StartupRefusal } from './startup-checks.js';

/** The configuration, or a refusal that names every variable that cannot be used. */
function checkedConfig(): AppConfig {
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
  const config = checkedConfig();
  // The rest (ORM, Apollo, Express) is loaded only once the settings are known to be usable.
  const { serve } = await import('./serve.js');
  await serve(config);
}

main().catch((err: unknown) => {
  if (err instanceof StartupRefusal) process.stderr.write(`refusing to start: ${err.message}\n`);
  else logger.error({ err }, 'server failed to start');
  process.exit(1);
});
