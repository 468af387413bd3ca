import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';

/** A raw result row. PostgreSQL returns bigint counts and sums as strings: read them with `num`. */
export type SqlRow = Record<string, unknown>;

export type SqlParam = string | number | null;

/**
 * Runs one statement with `?` placeholders inside the EntityManager's transaction, if any.
 * The same SQL text runs on SQLite and PostgreSQL.
 */
export async function query(em: EntityManager, sql: string, params: SqlParam[] = []): Promise<SqlRow[]> {
  const sqlEm = em as unknown as SqlEntityManager;
  return sqlEm.getConnection().execute<SqlRow[]>(sql, params, 'all', sqlEm.getTransactionContext());
}

export async function run(em: EntityManager, sql: string, params: SqlParam[] = []): Promise<void> {
  const sqlEm = em as unknown as SqlEntityManager;
  await sqlEm.getConnection().execute(sql, params, 'run', sqlEm.getTransactionContext());
}

/** A numeric column as a number (null stays null). */
export function num(v: unknown): number | null {
  if (v === null || v === undefined) return null;
  const n = typeof v === 'number' ? v : Number(v);
  if (Number.isNaN(n)) throw new TypeError(`not a number: ${String(v)}`);
  return n;
}

export function str(v: unknown): string | null {
  if (v === null || v === undefined) return null;
  return String(v);
}
