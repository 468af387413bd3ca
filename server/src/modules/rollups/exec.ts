import type { EntityManager } from '@mikro-orm/core';
import type { EntityManager as SqlEntityManager } from '@mikro-orm/knex';

export type RollupParam = string | number | null;
export type RollupRow = Record<string, unknown>;

/**
 * Where roll-up SQL runs: the import's raw connection (inside the file's transaction), an
 * EntityManager (measures filling the calendar) or a migration. The import's SqlSession has exactly
 * this shape, so it is passed as is. `?` placeholders; the same SQL text on SQLite and PostgreSQL.
 */
export interface RollupSql {
  query(sql: string, params?: RollupParam[]): Promise<RollupRow[]>;
  run(sql: string, params?: RollupParam[]): Promise<void>;
}

/** A RollupSql over an EntityManager, inside its transaction when it has one. */
export function emSql(em: EntityManager): RollupSql {
  const sqlEm = em as unknown as SqlEntityManager;
  const connection = sqlEm.getConnection();
  return {
    query: (sql, params = []) => connection.execute<RollupRow[]>(sql, params, 'all', sqlEm.getTransactionContext()),
    run: async (sql, params = []) => {
      await connection.execute(sql, params, 'run', sqlEm.getTransactionContext());
    },
  };
}

/** A numeric column as a number: PostgreSQL returns bigint counts as strings. */
export function toNumber(v: unknown): number {
  return v === null || v === undefined ? 0 : Number(v);
}
