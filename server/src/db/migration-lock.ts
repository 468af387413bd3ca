import pg from 'pg';

/** Any fixed 64-bit number, the same in every process of this application. */
const MIGRATION_LOCK_KEY = 7_304_112_023;

/**
 * Runs `fn` (the migrator) while holding a PostgreSQL advisory lock, so that several server
 * processes starting at once against one database apply the migrations once: the first takes the
 * lock and migrates, the others wait, then find nothing pending. MikroORM 6's migrator takes no lock
 * itself. The lock lives on its own connection (session-level locks belong to one connection, and the
 * ORM's pool may hand the migrator any). SQLite needs none: one file, one writer at a time.
 */
export async function withMigrationLock<T>(postgresUrl: string | null, fn: () => Promise<T>): Promise<T> {
  if (!postgresUrl) return fn();
  const client = new pg.Client({ connectionString: postgresUrl });
  await client.connect();
  try {
    await client.query('select pg_advisory_lock($1)', [MIGRATION_LOCK_KEY]);
    return await fn();
  } finally {
    await client.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK_KEY]).catch(() => undefined);
    await client.end();
  }
}
