import { getJson, postJson } from '@/api/rest';

/** The answers of /api/imports: shared's wire types, written by the server's import-jobs module. */
export type {
  ImportJobFileError as JobFileError,
  ImportJobFileView as JobFile,
  ImportJobView as ImportJob,
} from '@scorecard/shared';
import type { ImportJobView as ImportJob } from '@scorecard/shared';

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
