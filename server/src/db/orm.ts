import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { MikroORM, type Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { logger } from '../logger.js';
import { scrubStatement } from '../redaction.js';
import { entities } from './entities.js';
import { databaseKind, sqliteFile, sqlitePool } from './connection.js';
import { withMigrationLock } from './migration-lock.js';
import { installStatementCheckpoint } from './statement-checkpoint.js';
import { migrationsList } from './migrations/index.js';

export { DEFAULT_SQLITE_FILE, REPO_ROOT, databaseKind, sqliteFile, type DatabaseKind } from './connection.js';

export function ormOptions(url: string | undefined = process.env.DATABASE_URL): Options {
  const common = {
    entities,
    extensions: [Migrator],
    migrations: { migrationsList, transactional: true, allOrNothing: true, snapshot: false, silent: true },
    discovery: { warnWhenNoEntities: false },
    allowGlobalContext: false,
    debug: process.env.ORM_DEBUG === 'true',
    colors: false,
    // ORM_DEBUG's statement log goes through the logger: values of statements on users and sessions never reach it.
    logger: (message: string) => logger.info({ orm: true }, scrubStatement(message)),
  } satisfies Options;
  if (databaseKind(url) === 'postgresql') {
    return { ...common, driver: PostgreSqlDriver, clientUrl: url, pool: { min: 0, max: 10 } };
  }
  const file = sqliteFile(url);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  return {
    ...common,
    driver: BetterSqliteDriver,
    dbName: file,
    pool: sqlitePool,
  } as Options;
}

/** Opens the database and applies every pending migration: the schema is created and evolved only here. */
export async function openDatabase(url: string | undefined = process.env.DATABASE_URL): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(url));
  installStatementCheckpoint(orm);
  await withMigrationLock(databaseKind(url) === 'postgresql' ? (url ?? null) : null, () => orm.getMigrator().up());
  return orm;
}
