import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';

export type SqlRunnerParam = string | number | null;
export type SqlRunnerRow = Record<string, unknown>;

/**
 * Where set-based SQL of the derived tables (calendar, periods, roll-ups) runs: the import's own
 * connection inside the file's transaction (imports/sql-session.ts has exactly this shape), an
 * EntityManager, or a migration. `?` placeholders; the same SQL text on SQLite and PostgreSQL.
 */
export interface SqlRunner {
  query(sql: string, params?: SqlRunnerParam[]): Promise<SqlRunnerRow[]>;
  run(sql: string, params?: SqlRunnerParam[]): Promise<void>;
}

/** A SqlRunner over an EntityManager, inside its transaction when it has one. */
export function emSqlRunner(em: EntityManager): SqlRunner {
  const sqlEm = em as unknown as SqlEntityManager;
  const connection = sqlEm.getConnection();
  return {
    query: (sql, params = []) => connection.execute<SqlRunnerRow[]>(sql, params, 'all', sqlEm.getTransactionContext()),
    run: async (sql, params = []) => {
      await connection.execute(sql, params, 'run', sqlEm.getTransactionContext());
    },
  };
}

/** A count or sum as a number: PostgreSQL returns bigint aggregates as strings. */
export function toCount(v: unknown): number {
  return v === null || v === undefined ? 0 : Number(v);
}
