import type { ImportFileResult } from '../imports/index.js';

/** What the runner asks of the import worker (import-worker.ts). */
export interface WorkerTask {
  databaseUrl: string;
  name: string;
  kind: string;
  path: string;
  size: number;
  /** SHA-256 (hex) of the spooled bytes, recorded with the batch (re-deliveries through the CLI are recognised too). */
  sha256: string;
}

export type WorkerReply =
  | { type: 'progress'; rowsRead: number; bytesRead: number; totalBytes: number }
  | { type: 'result'; result: ImportFileResult }
  | { type: 'error'; message: string };
