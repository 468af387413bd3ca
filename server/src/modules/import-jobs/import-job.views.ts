import type { ImportRowError } from '../imports/index.js';
import type { ImportJob, ImportJobFile, ImportJobPhase } from './import-job.entity.js';

/** A problem of a file as the API shows it (the Contract of issue 13): line, column, value, reason. */
export interface JobFileError {
  line: number;
  column: string | null;
  value: string | null;
  reason: string;
  code: string;
}

export interface JobFileView {
  seq: number;
  name: string;
  kind: string | null;
  size: number;
  status: string;
  rows: number;
  added: number;
  replaced: number;
  errorCount: number;
  errors: JobFileError[];
  durationMs: number | null;
  batchId: string | null;
}

export interface PeriodTouched {
  id: string;
  kind: string;
  /** Published periods keep their snapshot: the import changes what is live, not what was published. */
  published: boolean;
}

export interface LiveProgress {
  phase: ImportJobPhase;
  /** The file being imported (its seq). */
  file: number;
  rowsRead: number;
  bytesRead: number;
  totalBytes: number;
}

export interface JobView {
  id: string;
  state: string;
  phase: string | null;
  via: string;
  createdBy: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  message: string | null;
  /** While the job runs in the process that answers: how far it is. */
  progress: LiveProgress | null;
  periods: PeriodTouched[];
  files: JobFileView[];
}

export function fileErrors(json: string | null): JobFileError[] {
  if (!json) return [];
  return (JSON.parse(json) as ImportRowError[]).map((e) => ({
    line: e.line, column: e.column, value: e.value ?? null, reason: e.message, code: e.code,
  }));
}

export function jobView(job: ImportJob, files: ImportJobFile[], progress: LiveProgress | null): JobView {
  return {
    id: job.id, state: job.state, phase: job.phase, via: job.via, createdBy: job.createdBy,
    createdAt: job.createdAt, startedAt: job.startedAt, finishedAt: job.finishedAt, message: job.message,
    progress: job.state === 'running' ? progress : null,
    periods: job.periodsJson ? (JSON.parse(job.periodsJson) as PeriodTouched[]) : [],
    files: files.map((f) => ({
      seq: f.seq, name: f.name, kind: f.kind, size: Number(f.size), status: f.status, rows: f.rowsRead,
      added: f.rowsAdded, replaced: f.rowsReplaced, errorCount: f.errorCount, errors: fileErrors(f.errorsJson),
      durationMs: f.durationMs, batchId: f.batchId,
    })),
  };
}
