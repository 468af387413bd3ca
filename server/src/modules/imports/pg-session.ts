import type { Submittable } from 'pg';
import type { Value } from './columns.js';
import { copyUpserter, hasCopy, type CopyUpserter } from './pg-copy.js';
import { upsertSql, type SqlSession, type Upserter } from './sql-session.js';

/** The parts of a pg client the importer uses. */
export interface PgClient {
  query(text: string, values?: Value[]): Promise<{ rows: unknown[] }>;
  query<T extends Submittable>(stream: T): T;
}

export function pgSession(client: PgClient, release: () => Promise<void>): SqlSession {
  const numbered = (sql: string): string => {
    let i = 0;
    return sql.replace(/\?/g, () => `$${++i}`);
  };
  // A connection in the middle of a COPY cannot run anything else: a statement issued while a COPY
  // is unfinished (the rollback of a rejected file, which is never flushed) fails the COPY first.
  let copying: CopyUpserter | null = null;
  const ready = async (): Promise<void> => {
    const open = copying;
    copying = null;
    if (open) await open.abort();
  };
  return {
    dialect: 'postgresql',
    async query<T>(sql: string, params: Value[] = []) {
      await ready();
      return (await client.query(numbered(sql), params)).rows as T[];
    },
    async run(sql, params = []) {
      await ready();
      await client.query(numbered(sql), params);
    },
    upserter(table, columns, keyColumns, emptyTable = false) {
      if (!hasCopy(client)) return multiRowUpserter(client, table, columns, keyColumns);
      const copy = copyUpserter(client, table, columns, keyColumns, emptyTable);
      copying = copy;
      return {
        add: (row) => copy.add(row),
        async flush() {
          await copy.flush();
          if (copying === copy) copying = null;
        },
      };
    },
    async release() {
      await ready();
      await release();
    },
  };
}

/**
 * Batched multi-row `insert … on conflict (key) do update` of 20,000 parameters: the fallback for
 * a client that cannot COPY (pg-native).
 */
export function multiRowUpserter(client: PgClient, table: string, columns: string[], keyColumns: string[]): Upserter {
  const batchRows = Math.floor(20_000 / columns.length);
  let rows: Value[][] = [];
  const sqlFor = new Map<number, string>();
  const write = async (): Promise<void> => {
    if (rows.length === 0) return;
    let sql = sqlFor.get(rows.length);
    if (!sql) sqlFor.set(rows.length, (sql = upsertSql(table, columns, keyColumns, rows.length, (i) => `$${i}`)));
    const batch = rows;
    rows = [];
    await client.query(sql, batch.flat());
  };
  return {
    add(row) {
      rows.push(row.slice());
      return rows.length >= batchRows ? write() : undefined;
    },
    flush: write,
  };
}
