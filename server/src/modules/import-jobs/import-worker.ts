// A worker thread that imports one spooled file (import-job-runner.ts): parsing, validation and the
// synchronous SQLite statements run here, so the server's event loop keeps answering requests while a
// long import writes. It opens its own database connection (MikroORM instance) and closes it after.
import 'reflect-metadata';
import { createReadStream } from 'node:fs';
import { parentPort, workerData } from 'node:worker_threads';
import { MikroORM } from '@mikro-orm/core';
import { ormOptions } from '../../db/orm.js';
import { importSource, type RawFileKind } from '../imports/index.js';
import type { WorkerReply, WorkerTask } from './import-worker-protocol.js';

const task = workerData as WorkerTask;
const send = (reply: WorkerReply): void => parentPort?.postMessage(reply);

try {
  const options = ormOptions(task.databaseUrl);
  const orm = await MikroORM.init(task.databaseUrl.startsWith('postgres') ? { ...options, pool: { min: 0, max: 2 } } : options);
  try {
    const result = await importSource(orm, {
      name: task.name, kind: task.kind as RawFileKind, stream: createReadStream(task.path, { highWaterMark: 256 * 1024 }), size: task.size,
    }, { onProgress: (p) => send({ type: 'progress', rowsRead: p.rowsRead, bytesRead: p.bytesRead, totalBytes: p.totalBytes }) });
    send({ type: 'result', result });
  } finally {
    await orm.close(true);
  }
} catch (err) {
  send({ type: 'error', message: err instanceof Error ? err.message : String(err) });
}
