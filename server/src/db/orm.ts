import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MikroORM, type Options } from '@mikro-orm/core';
import { BetterSqliteDriver } from '@mikro-orm/better-sqlite';
import { PostgreSqlDriver } from '@mikro-orm/postgresql';
import { Migrator } from '@mikro-orm/migrations';
import { logger } from '../logger.js';
import { scrubStatement } from '../redaction.js';
import { entities } from './entities.js';
import { withMigrationLock } from './migration-lock.js';
import { installStatementCheckpoint } from './statement-checkpoint.js';
import { migrationsList } from './migrations/index.js';

export type DatabaseKind = 'sqlite' | 'postgresql';

/** The repository root (server/src/db or server/dist/db → three levels up), where ./data lives. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DEFAULT_SQLITE_FILE = resolve(REPO_ROOT, 'data', 'scorecard.sqlite');

export function databaseKind(url: string | undefined): DatabaseKind {
  return url && /^postgres(ql)?:\/\//.test(url) ? 'postgresql' : 'sqlite';
}

/** Path of the SQLite file for a DATABASE_URL (`sqlite:./x.db`, `file:x.db`, a bare path, or unset). */
export function sqliteFile(url: string | undefined): string {
  if (!url) return DEFAULT_SQLITE_FILE;
  if (url === ':memory:') return url;
  return resolve(url.replace(/^(sqlite|file):(\/\/)?/, ''));
}

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
    // WAL lets readers proceed while an import writes; foreign keys are enforced like PostgreSQL.
    pool: {
      afterCreate: (conn: { pragma?: (s: string) => void }, done: (err: Error | null, conn: unknown) => void) => {
        const db = conn as unknown as { pragma: (s: string) => void };
        db.pragma('journal_mode = WAL');
        db.pragma('synchronous = NORMAL');
        db.pragma('foreign_keys = ON');
        done(null, conn);
      },
    },
  } as Options;
}

/** Opens the database and applies every pending migration: the schema is created and evolved only here. */
export async function openDatabase(url: string | undefined = process.env.DATABASE_URL): Promise<MikroORM> {
  const orm = await MikroORM.init(ormOptions(url));
  installStatementCheckpoint(orm);
  await withMigrationLock(databaseKind(url) === 'postgresql' ? (url ?? null) : null, () => orm.getMigrator().up());
  return orm;
}
