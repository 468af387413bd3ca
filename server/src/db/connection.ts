import { mkdirSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { MikroORM, type Options } from '@mikro-orm/core';

// How the server connects to its database, without its entities and migrations (orm.ts adds those):
// the import worker (import-jobs/import-worker.ts) opens its connection from here, so that it is
// configured as the server's own while the worker loads ~20 MB less.

export type DatabaseKind = 'sqlite' | 'postgresql';

/** The repository root (server/src/db or server/dist/db → three levels up), where ./data lives. */
export const REPO_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const DEFAULT_SQLITE_FILE = resolve(REPO_ROOT, 'data', 'scorecard.sqlite');

export function databaseKind(url: string | undefined): DatabaseKind {
  return url && /^postgres(ql)?:\/\//.test(url) ? 'postgresql' : 'sqlite';
}

/** The database an ORM instance is connected to (its platform decides the SQL dialect). */
export function ormDatabaseKind(orm: MikroORM): DatabaseKind {
  return orm.config.getPlatform().constructor.name.startsWith('Postgre') ? 'postgresql' : 'sqlite';
}

/** Path of the SQLite file for a DATABASE_URL (`sqlite:./x.db`, `file:x.db`, a bare path, or unset). */
export function sqliteFile(url: string | undefined): string {
  if (!url) return DEFAULT_SQLITE_FILE;
  if (url === ':memory:') return url;
  return resolve(url.replace(/^(sqlite|file):(\/\/)?/, ''));
}

/** WAL lets readers proceed while an import writes; foreign keys are enforced like PostgreSQL. */
export const sqlitePool = {
  afterCreate: (conn: { pragma?: (s: string) => void }, done: (err: Error | null, conn: unknown) => void) => {
    const db = conn as unknown as { pragma: (s: string) => void };
    db.pragma('journal_mode = WAL');
    db.pragma('synchronous = NORMAL');
    db.pragma('foreign_keys = ON');
    done(null, conn);
  },
};

/**
 * A MikroORM instance without entities, for raw SQL (SqlSession) only: the same driver, pragmas and
 * type parsers as the server's, at most `connections` connections. The driver is loaded on demand.
 */
export async function openRawOrm(url: string, connections: number): Promise<MikroORM> {
  const bare = { entities: [], discovery: { warnWhenNoEntities: false }, allowGlobalContext: false, colors: false } satisfies Options;
  if (databaseKind(url) === 'postgresql') {
    const { PostgreSqlDriver } = await import('@mikro-orm/postgresql');
    return MikroORM.init({ ...bare, driver: PostgreSqlDriver, clientUrl: url, pool: { min: 0, max: connections } });
  }
  const file = sqliteFile(url);
  if (file !== ':memory:') mkdirSync(dirname(file), { recursive: true });
  const { BetterSqliteDriver } = await import('@mikro-orm/better-sqlite');
  return MikroORM.init({ ...bare, driver: BetterSqliteDriver, dbName: file, pool: { ...sqlitePool, max: connections } } as Options);
}
