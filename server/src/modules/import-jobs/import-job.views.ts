import type { ImportJobFileError, ImportJobProgress, ImportJobView, PeriodTouched, TextLocale } from '@scorecard/shared';
import { localizedMessage } from '../../errors.js';
import type { ImportRowError } from '../imports/index.js';
import { importReason } from '../imports/import-reasons.js';
import type { ImportJob, ImportJobFile } from './import-job.entity.js';

/** The wire types live in shared: the import page reads what these functions write. */
export type {
  ImportJobFileError as JobFileError,
  ImportJobFileView as JobFileView,
  ImportJobProgress as LiveProgress,
  ImportJobView as JobView,
  PeriodTouched,
} from '@scorecard/shared';

/** A file's stored problems, each reason in `locale` (both languages when the request names none). */
export function fileErrors(json: string | null, locale: TextLocale | null): ImportJobFileError[] {
  if (!json) return [];
  return (JSON.parse(json) as ImportRowError[]).map((e) => ({
    line: e.line, column: e.column, value: e.value ?? null, reason: importReason(e, locale), code: e.code,
  }));
}

export function jobView(job: ImportJob, files: ImportJobFile[], progress: ImportJobProgress | null, locale: TextLocale | null): ImportJobView {
  return {
    id: job.id, state: job.state, phase: job.phase, via: job.via, createdBy: job.createdBy,
    createdAt: job.createdAt, startedAt: job.startedAt, finishedAt: job.finishedAt,
    message: job.message === null ? null : localizedMessage(job.message, locale),
    progress: job.state === 'running' ? progress : null,
    periods: job.periodsJson ? (JSON.parse(job.periodsJson) as PeriodTouched[]) : [],
    files: files.map((f) => ({
      seq: f.seq, name: f.name, kind: f.kind, size: Number(f.size), status: f.status, rows: f.rowsRead,
      added: f.rowsAdded, replaced: f.rowsReplaced, errorCount: f.errorCount, errors: fileErrors(f.errorsJson, locale),
      durationMs: f.durationMs, batchId: f.batchId,
    })),
  };
}
