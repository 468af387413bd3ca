import type { ImportFileResult } from './import.service.js';
import type { SqlSession } from './sql-session.js';

/** Problems kept in import_batches.error_report (the result may hold more). */
const STORED_ERRORS = 1000;

/** The file's row in import_batches: the import history and the change feed of cached measures. */
export async function recordBatch(session: SqlSession, r: ImportFileResult, startedAt: string): Promise<void> {
  await session.run(
    'insert into import_batches (id, file_kind, file_name, status, encoding, rows_added, rows_replaced, rows_rejected, min_date, max_date, '
      + 'started_at, finished_at, error_report) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [
      r.batchId, r.kind, r.file.slice(0, 255), r.status, r.encoding, r.rowsAdded, r.rowsReplaced, r.rowsRejected, r.minDate, r.maxDate,
      startedAt, new Date().toISOString(),
      r.status === 'rejected' ? JSON.stringify({ errorCount: r.errorCount, errors: r.errors.slice(0, STORED_ERRORS) }) : null,
    ],
  );
}
