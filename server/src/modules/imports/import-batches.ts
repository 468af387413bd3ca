import type { EntityManager } from '@mikro-orm/core';
import type { ImportFileResult } from './import.service.js';
import type { SqlSession } from './sql-session.js';

/** Problems kept in import_batches.error_report (the result may hold more). */
const STORED_ERRORS = 1000;

/**
 * The file's row in import_batches: the import history and the change feed of cached measures. The
 * SHA-256 is recorded here for an imported file only (a rejected file's bytes are never "imported before").
 */
export async function recordBatch(session: SqlSession, r: ImportFileResult, startedAt: string, sha256: string | null): Promise<void> {
  await session.run(
    'insert into import_batches (id, file_kind, file_name, status, encoding, rows_added, rows_replaced, rows_rejected, min_date, max_date, '
      + 'started_at, finished_at, sha256, error_report) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [
      r.batchId, r.kind, r.file.slice(0, 255), r.status, r.encoding, r.rowsAdded, r.rowsReplaced, r.rowsRejected, r.minDate, r.maxDate,
      startedAt, new Date().toISOString(), r.status === 'imported' ? sha256 : null,
      r.status === 'rejected' ? JSON.stringify({ errorCount: r.errorCount, errors: r.errors.slice(0, STORED_ERRORS) }) : null,
    ],
  );
}

export interface EarlierImport {
  batchId: string;
  fileName: string;
  finishedAt: string | null;
}

/**
 * The latest import of a file with these bytes (SHA-256, hex) and this kind, or null: a re-delivery
 * that would change nothing (or put back rows a later file replaced) is not imported again.
 */
export async function earlierImport(em: EntityManager, sha256: string, kind: string): Promise<EarlierImport | null> {
  const rows: Array<{ id: string; file_name: string; finished_at: string | null }> = await em.getConnection().execute(
    'select id, file_name, finished_at from import_batches where sha256 = ? and file_kind = ? and status = ? order by finished_at desc limit 1',
    [sha256, kind, 'imported'],
  );
  return rows[0] ? { batchId: rows[0].id, fileName: rows[0].file_name, finishedAt: rows[0].finished_at } : null;
}
