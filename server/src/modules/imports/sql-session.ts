import type { MikroORM } from '@mikro-orm/core';
import { ormDatabaseKind } from '../../db/connection.js';
import type { AbstractSqlConnection } from '@mikro-orm/knex';
import type { Value } from './columns.js';
import { pgSession, type PgClient } from './pg-session.js';
import { sqliteSession, type SqliteDatabase } from './sqlite-session.js';

interface KnexClientPool {
  acquireConnection(): Promise<unknown>;
  releaseConnection(connection: unknown): Promise<unknown>;
}

/**
 * Writes the rows of one file; the caller awaits `add` only when it returns a promise. A file that
 * is rejected is simply not flushed: the session's next statement (the rollback) ends any
 * unfinished bulk load first.
 */
export interface Upserter {
  add(row: Value[]): void | Promise<void>;
  /** Writes what is pending; the rows are then in the table (inside the import's transaction). */
  flush(): Promise<void>;
}

/**
 * One raw database connection held for a whole import, outside MikroORM's unit of work: bulk
 * writes go straight to better-sqlite3 prepared statements or to pg. SQL is written with `?`
 * placeholders and portable syntax (upsert with `excluded`, string dates).
 */
export interface SqlSession {
  readonly dialect: 'sqlite' | 'postgresql';
  query<T>(sql: string, params?: Value[]): Promise<T[]>;
  run(sql: string, params?: Value[]): Promise<void>;
  /**
   * `emptyTable`: the table had no rows when the transaction began (the caller counted them inside
   * it), so nothing can conflict — keys are unique within a file — and a plain bulk load suffices.
   */
  upserter(table: string, columns: string[], keyColumns: string[], emptyTable?: boolean): Upserter;
  release(): Promise<void>;
}

export async function openSqlSession(orm: MikroORM): Promise<SqlSession> {
  const knex = (orm.em.getConnection() as AbstractSqlConnection).getKnex();
  const pool = knex.client as KnexClientPool;
  const raw = await pool.acquireConnection();
  const release = async (): Promise<void> => {
    await pool.releaseConnection(raw);
  };
  return ormDatabaseKind(orm) === 'sqlite' ? sqliteSession(raw as SqliteDatabase, release) : pgSession(raw as PgClient, release);
}

/** `insert … values (…),(…) on conflict (key) do update set …` for `rows` rows. */
export function upsertSql(table: string, columns: string[], keyColumns: string[], rows: number, placeholder: (i: number) => string): string {
  const tuples: string[] = [];
  let p = 0;
  for (let r = 0; r < rows; r++) {
    const cells: string[] = [];
    for (let c = 0; c < columns.length; c++) cells.push(placeholder(++p));
    tuples.push(`(${cells.join(',')})`);
  }
  return `insert into ${table} (${columns.join(', ')}) values ${tuples.join(',')} ${onConflict(columns, keyColumns)}`;
}

/** The upsert clause: every non-key column takes the incoming value. */
export function onConflict(columns: string[], keyColumns: string[]): string {
  const updates = columns.filter((c) => !keyColumns.includes(c)).map((c) => `${c} = excluded.${c}`);
  return `on conflict (${keyColumns.join(', ')}) do update set ${updates.join(', ')}`;
}
