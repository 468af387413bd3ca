import type { ImportFileResult } from '../imports/index.js';

/** What the runner asks of the import worker (import-worker.ts). */
export interface WorkerTask {
  databaseUrl: string;
  name: string;
  kind: string;
  path: string;
  size: number;
}

export type WorkerReply =
  | { type: 'progress'; rowsRead: number; bytesRead: number; totalBytes: number }
  | { type: 'result'; result: ImportFileResult }
  | { type: 'error'; message: string };
