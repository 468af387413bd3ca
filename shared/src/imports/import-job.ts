/**
 * The answers of /api/imports: the server writes them (server/src/modules/import-jobs), the import page
 * reads them. `files[].errors` holds line, column, value and reason (the Contract of issue 13).
 */
export type ImportJobState = 'queued' | 'running' | 'done' | 'refused' | 'failed';
export type ImportJobPhase = 'upload' | 'validate' | 'write';
/** `duplicate`: the same content of the same kind was imported before (idempotent re-delivery). */
export type ImportJobFileStatus = 'queued' | 'running' | 'imported' | 'rejected' | 'duplicate' | 'failed' | 'skipped';

export interface ImportJobFileError {
  line: number;
  column: string | null;
  value: string | null;
  reason: string;
  code: string;
}

export interface ImportJobFileView {
  seq: number;
  name: string;
  kind: string | null;
  size: number;
  status: ImportJobFileStatus;
  rows: number;
  added: number;
  replaced: number;
  errorCount: number;
  errors: ImportJobFileError[];
  durationMs: number | null;
  batchId: string | null;
}

export interface PeriodTouched {
  id: string;
  kind: string;
  /** Published periods keep their snapshot: the import changes what is live, not what was published. */
  published: boolean;
}

export interface ImportJobProgress {
  phase: ImportJobPhase;
  /** The file being imported (its seq). */
  file: number;
  rowsRead: number;
  bytesRead: number;
  totalBytes: number;
}

export interface ImportJobView {
  id: string;
  state: ImportJobState;
  phase: ImportJobPhase | null;
  via: 'browser' | 'token';
  createdBy: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  message: string | null;
  /** While the job runs in the process that answers: how far it is. */
  progress: ImportJobProgress | null;
  periods: PeriodTouched[];
  files: ImportJobFileView[];
}
