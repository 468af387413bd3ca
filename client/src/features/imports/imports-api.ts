import { getJson, postJson } from '@/api/rest';

/** The answers of /api/imports (server/src/modules/import-jobs/import-job.views.ts). */
export interface JobFileError {
  line: number;
  column: string | null;
  value: string | null;
  reason: string;
  code: string;
}
export interface JobFile {
  seq: number;
  name: string;
  kind: string | null;
  size: number;
  status: 'queued' | 'running' | 'imported' | 'rejected' | 'duplicate' | 'failed' | 'skipped';
  rows: number;
  added: number;
  replaced: number;
  errorCount: number;
  errors: JobFileError[];
  durationMs: number | null;
}
export interface ImportJob {
  id: string;
  state: 'queued' | 'running' | 'done' | 'refused' | 'failed';
  phase: 'upload' | 'validate' | 'write' | null;
  via: 'browser' | 'token';
  createdBy: string | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
  message: string | null;
  progress: { phase: 'validate' | 'write'; file: number; rowsRead: number; bytesRead: number; totalBytes: number } | null;
  periods: Array<{ id: string; kind: string; published: boolean }>;
  files: JobFile[];
}
export interface FileKindInfo {
  kind: string;
  title: string;
  columns: Array<{ name: string; optional: boolean; description: string }>;
}

export const fetchJob = (id: string) => getJson<ImportJob>(`/api/imports/${encodeURIComponent(id)}`);
export const fetchJobs = (limit = 50) => getJson<{ jobs: ImportJob[] }>(`/api/imports?limit=${limit}`).then((r) => r.jobs);
export const fetchKinds = () => getJson<{ kinds: FileKindInfo[] }>('/api/imports/kinds').then((r) => r.kinds);
export const recogniseKind = (name: string, header: string[]) =>
  postJson<{ kind: string | null }>('/api/imports/recognise', { name, header }).then((r) => r.kind);

export function isFinished(job: ImportJob): boolean {
  return job.state !== 'queued' && job.state !== 'running';
}
export const errorReportPath = (job: string, seq: number, format: 'xlsx' | 'csv', lang: string) =>
  `/api/imports/${encodeURIComponent(job)}/files/${seq}/errors.${format}?lang=${lang}`;
