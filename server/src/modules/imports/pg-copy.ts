import { once } from 'node:events';
import { finished } from 'node:stream/promises';
import { from as copyFrom, type CopyStreamQuery } from 'pg-copy-streams';
import type { Value } from './columns.js';
import type { PgClient } from './pg-session.js';
import { onConflict, type Upserter } from './sql-session.js';

/** COPY needs pg's JavaScript client (pg-native has no `connection` to stream over). */
export function hasCopy(client: PgClient): boolean {
  const connection = (client as unknown as { connection?: unknown }).connection;
  return typeof connection === 'object' && connection !== null;
}

/** Text sent to the COPY stream per write: large enough to amortise the stream's overhead. */
const CHUNK_CHARS = 256 * 1024;

/** The staging table's name; it lives in the session's temp schema and is dropped at commit. */
const STAGING = 'import_staging';

/**
 * Writes a file's rows with `COPY … FROM STDIN` (text format), within the import's transaction:
 * straight into the table when it was empty at the start (keys are unique within the file, so
 * nothing can conflict), otherwise into a temporary staging table (ON COMMIT DROP) that one
 * `insert … select … on conflict (key) do update` merges into the table at flush. COPY is the bulk
 * path of PostgreSQL: one statement, no per-row parse/bind, no 20,000-parameter limit. A COPY into
 * the real table checks its foreign keys and constraints like any insert.
 */
export interface CopyUpserter extends Upserter {
  /** Fails an unfinished COPY (CopyFail), leaving the connection usable for the rollback. */
  abort(): Promise<void>;
}

export function copyUpserter(client: PgClient, table: string, columns: string[], keyColumns: string[], emptyTable: boolean): CopyUpserter {
  const columnList = columns.join(', ');
  let stream: CopyStreamQuery | null = null;
  let failure: Error | null = null;
  let chunk = '';

  const open = async (): Promise<CopyStreamQuery> => {
    if (!emptyTable) {
      // `like` copies the column types and not-null constraints, not the key or indexes: a plain heap.
      await client.query(`create temp table ${STAGING} (like ${table}) on commit drop`);
    }
    const s = client.query(copyFrom(`copy ${emptyTable ? table : STAGING} (${columnList}) from stdin`));
    s.on('error', (err: Error) => {
      failure = err;
    });
    return s;
  };
  const send = async (): Promise<void> => {
    if (failure) throw failure;
    stream ??= await open();
    const text = chunk;
    chunk = '';
    // once() also rejects when the stream emits 'error' while we wait.
    if (!stream.write(text)) await once(stream, 'drain');
    if (failure) throw failure;
  };

  return {
    add(row) {
      chunk += copyLine(row);
      return chunk.length >= CHUNK_CHARS ? send() : undefined;
    },
    async flush() {
      if (chunk.length > 0) await send();
      if (failure) throw failure;
      if (!stream) return;
      stream.end();
      await finished(stream);
      stream = null;
      if (!emptyTable) {
        await client.query(`insert into ${table} (${columnList}) select ${columnList} from ${STAGING} ${onConflict(columns, keyColumns)}`);
        // Freed now rather than at commit: the rest of the transaction does not need it.
        await client.query(`drop table ${STAGING}`);
      }
    },
    async abort() {
      chunk = '';
      if (!stream || failure) return;
      // destroy() sends CopyFail: the server ends the COPY with an error and the client is usable
      // again; the caller then rolls the transaction back.
      const s = stream;
      stream = null;
      s.destroy();
      await finished(s).catch(() => undefined);
    },
  };
}

const SPECIAL = /[\\\t\n\r]/;

/**
 * One row in COPY's text format: tab-separated, `\N` for NULL, backslash escapes for the backslash
 * and the characters that would end a value or a row. Everything else (commas, quotes, non-ASCII)
 * goes as is: the connection's client encoding is UTF-8.
 */
export function copyLine(row: Value[]): string {
  let line = '';
  for (let i = 0; i < row.length; i++) {
    const v = row[i];
    if (i > 0) line += '\t';
    if (v === null) line += '\\N';
    else if (typeof v === 'number') line += String(v);
    else line += SPECIAL.test(v) ? escapeCopy(v) : v;
  }
  return `${line}\n`;
}

function escapeCopy(s: string): string {
  return s.replace(/[\\\t\n\r]/g, (c) => (c === '\\' ? '\\\\' : c === '\t' ? '\\t' : c === '\n' ? '\\n' : '\\r'));
}
