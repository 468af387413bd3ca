// A worker thread that imports one spooled file (import-job-runner.ts): parsing, validation and the
// synchronous SQLite statements run here, so the server's event loop keeps answering requests while a
// long import writes. It opens its own database connection and closes it after: a MikroORM instance
// without entities or migrations (db/connection.ts), and only the importer's modules (not the
// imports index, which loads entities): the worker's memory adds to the server's during the import.
import { createReadStream, readlinkSync } from 'node:fs';
import { getPriority, setPriority } from 'node:os';
import { parentPort, workerData } from 'node:worker_threads';
import { openRawOrm } from '../../db/connection.js';
import type { RawFileKind } from '../imports/file-kinds.js';
import { importSource } from '../imports/import.service.js';
import type { WorkerReply, WorkerTask } from './import-worker-protocol.js';

const task = workerData as WorkerTask;
const send = (reply: WorkerReply): void => parentPort?.postMessage(reply);

/**
 * Nice 10 for this thread only: when the cores are busy, the server's requests (its main thread) go
 * first and the import takes what is left. Linux schedules threads on their own (setpriority on the
 * thread id, found through /proc/thread-self); elsewhere the import keeps the process's priority.
 */
function yieldToRequests(): void {
  try {
    const tid = Number(readlinkSync('/proc/thread-self').split('/').pop());
    if (Number.isInteger(tid) && tid > 0) setPriority(tid, Math.min(19, getPriority(tid) + 10));
  } catch {
    // Not Linux (no /proc/thread-self) or not allowed: run at the process's priority.
  }
}

yieldToRequests();

// The result is sent once the connection is closed: the runner then ends this thread at once (its
// memory is freed while the server recomputes the new data), nothing being left to do here.
try {
  const orm = await openRawOrm(task.databaseUrl, 2);
  let result;
  try {
    result = await importSource(orm, {
      name: task.name, kind: task.kind as RawFileKind, stream: createReadStream(task.path, { highWaterMark: 256 * 1024 }), size: task.size,
    }, { sha256: task.sha256, onProgress: (p) => send({ type: 'progress', rowsRead: p.rowsRead, bytesRead: p.bytesRead, totalBytes: p.totalBytes }) });
  } finally {
    await orm.close(true);
  }
  send({ type: 'result', result });
} catch (err) {
  send({ type: 'error', message: err instanceof Error ? err.message : String(err) });
}
