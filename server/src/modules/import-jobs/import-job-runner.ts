import { createReadStream, existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { rm } from 'node:fs/promises';
import { hostname } from 'node:os';
import { MikroORM, type EntityManager } from '@mikro-orm/core';
import { beginLongWrite } from '../../db/long-write.js';
import { openRawOrm, ormDatabaseKind } from '../../db/connection.js';
import { logger } from '../../logger.js';
import { audit } from '../audit/audit.service.js';
import { ownerGone, ownerHost } from '../demo/load-lock.js';
import { IMPORT_ERROR_CODES as E, importSource, type ImportFileResult, type ImportRowError, type RawFileKind } from '../imports/index.js';
import { earlierImport } from '../imports/import-batches.js';
import { recogniseKind } from '../imports/kind-recognition.js';
import type { ImportJobState } from '@scorecard/shared';
import { ImportJob, ImportJobFile } from './import-job.entity.js';
import type { LiveProgress, PeriodTouched } from './import-job.views.js';
import type { WorkerReply, WorkerTask } from './import-worker-protocol.js';

/** The compiled worker (server/dist); under vitest (TypeScript sources) imports run in-process instead. */
const WORKER = fileURLToPath(new URL('./import-worker.js', import.meta.url));
const useWorker = import.meta.url.endsWith('.js') && existsSync(WORKER);

const POLL_MS = 1_000;
/** A running job's heartbeat is written this often (PostgreSQL; on SQLite between files only). */
const HEARTBEAT_MS = 30_000;
/** Running jobs are checked for a dead owner this often (and at start). */
const SWEEP_MS = 60_000;
/** A running job of another machine whose heartbeat is older than this died with its process. */
export const IMPORT_STALE_AFTER_MS = 5 * 60_000;

function now(): string {
  return new Date().toISOString();
}

/**
 * Runs the queued import jobs of one database, one at a time, oldest first, in this process.
 *
 * - Imports get their own database connection (on SQLite a second MikroORM instance on the same
 *   file; WAL lets the server's connection keep reading while the import writes). On PostgreSQL
 *   the pool already gives the import a connection of its own.
 * - A job is claimed with a conditional update that only succeeds while no job of the database is
 *   running, so two processes never import at once.
 * - The job's rows are written between files only: while a file's transaction holds SQLite's write
 *   lock, progress lives in memory (`progress(id)`), for the process that runs it.
 * - A job left `running` by a process that no longer exists is marked failed, at start and every
 *   minute: on this machine when its process id is gone; from another machine when its heartbeat
 *   (every 30 s on PostgreSQL) is older than 5 minutes. SQLite writes no heartbeat while a file
 *   holds the write lock, but its jobs all run on the machine of the file, where the process id tells.
 */
export class ImportJobRunner {
  private timer: NodeJS.Timeout | null = null;
  private busy = false;
  private stopped = false;
  private importOrm: MikroORM | null = null;
  private readonly live = new Map<string, LiveProgress>();
  private readonly owner = `${hostname()}:${process.pid}`.slice(0, 128);
  private current: Promise<void> | null = null;
  /** The job this process is running now: never taken for dead. */
  private runningId: string | null = null;
  private lastSweep = 0;

  constructor(
    private readonly orm: MikroORM,
    private readonly staleAfterMs = IMPORT_STALE_AFTER_MS,
  ) {}

  progress = (id: string): LiveProgress | null => this.live.get(id) ?? null;

  async start(): Promise<void> {
    await this.failOrphans();
    this.schedule(0);
  }

  /** Look for work now (after an upload). */
  kick(): void {
    if (!this.busy && !this.stopped) this.schedule(0);
  }

  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await this.current?.catch(() => undefined);
    if (this.importOrm && this.importOrm !== this.orm) await this.importOrm.close(true);
    this.importOrm = null;
  }

  /** Resolves once no job is queued or running here (tests, bench). */
  async idle(): Promise<void> {
    for (;;) {
      await this.current;
      const queued = await this.orm.em.fork().count(ImportJob, { state: { $in: ['queued', 'running'] } });
      if (queued === 0) return;
      await new Promise((r) => setTimeout(r, 50));
    }
  }

  /** Running jobs whose process is gone (killed, crashed, its machine down): failed, with their spool files removed. */
  async failOrphans(): Promise<void> {
    this.lastSweep = Date.now();
    const em = this.orm.em.fork();
    const running = await em.find(ImportJob, { state: 'running', id: { $ne: this.runningId ?? '' } });
    for (const job of running) {
      const why = this.deadOwner(job);
      if (!why) continue;
      logger.warn({ jobId: job.id, owner: job.owner, heartbeatAt: job.heartbeatAt }, 'import job of a dead process failed');
      await this.finish(em, job.id, 'failed', why);
    }
  }

  /** Why the job's process is known to be dead (a sentence for its page), or null while it may be alive. */
  private deadOwner(job: ImportJob): string | null {
    const stopped = '导入进程已中止，请重新上传。The server stopped while importing: upload the files again.';
    // This process runs nothing but `runningId`: a job with its name is from an earlier process (same pid after a restart).
    if (!job.owner || job.owner === this.owner || ownerGone(job.owner)) return stopped;
    // Alive on this machine; on PostgreSQL its heartbeat is still checked (a process id can be reused).
    if (ownerHost(job.owner) === ownerHost(this.owner) && !this.onPostgres()) return null;
    const beat = job.heartbeatAt ?? job.startedAt;
    if (beat && Date.now() - Date.parse(beat) <= this.staleAfterMs) return null;
    const minutes = Math.round(this.staleAfterMs / 60_000);
    return `导入进程（${job.owner}）已超过 ${minutes} 分钟没有心跳（最后一次 ${beat ?? '无'}），视为已中止，请重新上传。`
      + `The process running this import (${job.owner}) sent no heartbeat for over ${minutes} minutes (last ${beat ?? 'never'}): `
      + 'it is taken to have stopped; upload the files again.';
  }

  private schedule(ms: number): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      this.current = this.tick().finally(() => {
        this.current = null;
        if (!this.stopped) this.schedule(POLL_MS);
      });
    }, ms);
    this.timer.unref();
  }

  private async tick(): Promise<void> {
    if (this.busy || this.stopped) return;
    this.busy = true;
    try {
      // A dead job would hold the queue (one running job per database) forever.
      if (Date.now() - this.lastSweep >= SWEEP_MS) await this.failOrphans();
      for (;;) {
        const id = await this.claimNext();
        if (!id || this.stopped) return;
        await this.run(id);
      }
    } catch (err) {
      logger.error({ err }, 'import job runner');
    } finally {
      this.busy = false;
    }
  }

  /** The oldest queued job, claimed for this process; null when none or another job is running. */
  private async claimNext(): Promise<string | null> {
    const em = this.orm.em.fork();
    const next = await em.findOne(ImportJob, { state: 'queued' }, { orderBy: { createdAt: 'asc', id: 'asc' } });
    if (!next) return null;
    const at = now();
    const claimed = await em.getConnection().execute(
      'update import_jobs set state = ?, phase = ?, owner = ?, started_at = ?, heartbeat_at = ? '
        + 'where id = ? and state = ? and not exists (select 1 from (select id from import_jobs where state = ?) as r)',
      ['running', 'validate', this.owner, at, at, next.id, 'queued', 'running'],
      'run',
    );
    return Number((claimed as { affectedRows?: number; changes?: number }).affectedRows ?? (claimed as { changes?: number }).changes ?? 0) === 1 ? next.id : null;
  }

  /** The database URL of the server's ORM, for the worker's own connection. */
  private databaseUrl(): string {
    return this.onPostgres() ? String(this.orm.config.get('clientUrl')) : `sqlite:${String(this.orm.config.get('dbName'))}`;
  }

  /**
   * One file's import: in a worker thread with its own connection (the compiled server), so that
   * parsing and SQLite's synchronous statements never hold up the event loop; in-process on a
   * connection of its own when running from sources (tests).
   */
  private async importOne(task: Omit<WorkerTask, 'databaseUrl'>, onProgress: (p: { rowsRead: number; bytesRead: number; totalBytes: number }) => void): Promise<ImportFileResult> {
    if (!useWorker) {
      return importSource(await this.connection(), {
        name: task.name, kind: task.kind as RawFileKind, stream: createReadStream(task.path, { highWaterMark: 256 * 1024 }), size: task.size,
      }, { onProgress, sha256: task.sha256 });
    }
    // A bounded heap: the import streams, so its live data (the file's keys, one batch) stays small;
    // the limit makes V8 collect early instead of growing towards the process's memory budget.
    const worker = new Worker(WORKER, {
      workerData: { ...task, databaseUrl: this.databaseUrl() } satisfies WorkerTask,
      resourceLimits: { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 16 },
    });
    return new Promise<ImportFileResult>((resolve, reject) => {
      let settled = false;
      worker.on('message', (reply: WorkerReply) => {
        if (reply.type === 'progress') onProgress(reply);
        else {
          settled = true;
          // Its connection is closed before it answers: end the thread now rather than when a busy
          // machine (it runs at nice 10) gets round to it, so its memory is not held meanwhile.
          void worker.terminate();
          if (reply.type === 'result') resolve(reply.result);
          else reject(new Error(reply.message));
        }
      });
      worker.once('error', (err) => {
        settled = true;
        reject(err);
      });
      worker.once('exit', (code) => {
        if (!settled) reject(new Error(`import worker exited with code ${code}`));
      });
    });
  }

  private async connection(): Promise<MikroORM> {
    if (this.importOrm) return this.importOrm;
    this.importOrm = this.onPostgres()
      ? this.orm
      : await openRawOrm(`sqlite:${String(this.orm.config.get('dbName'))}`, 1);
    return this.importOrm;
  }

  private async run(jobId: string): Promise<void> {
    this.runningId = jobId;
    const stopBeating = this.heartbeat(jobId);
    try {
      await this.runJob(jobId);
    } finally {
      stopBeating();
      this.runningId = null;
    }
  }

  /**
   * Writes the job's heartbeat every HEARTBEAT_MS on PostgreSQL, where other machines judge by it.
   * Not on SQLite: the update would wait for the import's write lock (the process id tells there).
   */
  private heartbeat(jobId: string): () => void {
    if (!this.onPostgres()) return () => undefined;
    const timer = setInterval(() => {
      this.orm.em.fork().nativeUpdate(ImportJob, { id: jobId, state: 'running' }, { heartbeatAt: now() })
        .catch((err: unknown) => logger.warn({ err, jobId }, 'import job heartbeat not written'));
    }, HEARTBEAT_MS);
    timer.unref();
    return () => clearInterval(timer);
  }

  /** PostgreSQL: heartbeats are written, and imports share the server's pool (no write lock to wait for). */
  private onPostgres(): boolean {
    return ormDatabaseKind(this.orm) === 'postgresql';
  }

  private async runJob(jobId: string): Promise<void> {
    const em = this.orm.em.fork();
    const job = await em.findOneOrFail(ImportJob, { id: jobId });
    const files = await em.find(ImportJobFile, { jobId }, { orderBy: { seq: 'asc' } });
    const periods = new Map<string, PeriodTouched>();
    let state: ImportJobState = 'done';
    let message: string | null = null;
    try {
      for (const file of files) {
        if (state !== 'done') {
          await em.nativeUpdate(ImportJobFile, { jobId, seq: file.seq }, { status: 'skipped', spoolPath: null });
          continue;
        }
        const outcome = await this.importFile(em, job, file);
        if (outcome === 'refused') state = 'refused';
        if (outcome && typeof outcome === 'object') for (const p of await touchedPeriods(em, outcome)) periods.set(p.id, p);
        await em.nativeUpdate(ImportJob, { id: jobId }, { heartbeatAt: now() });
      }
      if (state === 'refused') message = '有文件未通过校验，未写入任何数据。A file had bad rows: nothing of it (nor of the files after it) was written.';
    } catch (err) {
      logger.error({ err, jobId }, 'import job failed');
      state = 'failed';
      message = '服务器未能完成导入。The server could not run this import.';
    } finally {
      this.live.delete(jobId);
    }
    await em.nativeUpdate(ImportJob, { id: jobId }, { periodsJson: JSON.stringify([...periods.values()]) });
    await this.finish(em, jobId, state, message);
  }

  /** One file: recognised, checked against earlier deliveries, imported; 'refused' when it had bad rows. */
  private async importFile(em: EntityManager, job: ImportJob, file: ImportJobFile): Promise<ImportFileResult | 'refused' | 'duplicate'> {
    const path = file.spoolPath;
    const kind = path ? await recogniseKind(file.name, path, file.kind as RawFileKind | null) : null;
    if (!path || !kind) {
      const problem: ImportRowError = !path
        ? { line: 1, column: null, code: E.fileGone, message: 'the uploaded file is no longer on the server: upload it again', params: {} }
        : { line: 1, column: null, code: E.unknownFileKind, message: 'the file kind is not recognised from its name or header row: choose it (units, ratings, …)', params: {} };
      await em.nativeUpdate(ImportJobFile, { jobId: job.id, seq: file.seq }, {
        status: 'rejected', errorCount: 1, spoolPath: null, errorsJson: JSON.stringify([problem]),
      });
      if (path) await rm(path, { force: true });
      return 'refused';
    }
    // The same bytes and kind imported before, uploaded or by `pnpm import` (import_batches.sha256).
    const earlier = (await em.findOne(ImportJobFile, { sha256: file.sha256, kind, status: 'imported' }))
      ?? (await earlierImport(em, file.sha256, kind));
    if (earlier) {
      await em.nativeUpdate(ImportJobFile, { jobId: job.id, seq: file.seq }, { kind, status: 'duplicate', spoolPath: null, batchId: earlier.batchId });
      await rm(path, { force: true });
      return 'duplicate';
    }
    await em.nativeUpdate(ImportJobFile, { jobId: job.id, seq: file.seq }, { kind, status: 'running' });
    this.live.set(job.id, { phase: 'validate', file: file.seq, rowsRead: 0, bytesRead: 0, totalBytes: Number(file.size) });
    const endLongWrite = this.onPostgres() ? () => undefined : beginLongWrite();
    let result: ImportFileResult;
    try {
      result = await this.importOne({ name: file.name, kind, path, size: Number(file.size), sha256: file.sha256 }, (p) => {
        const done = p.totalBytes > 0 && p.bytesRead >= p.totalBytes;
        this.live.set(job.id, { phase: done ? 'write' : 'validate', file: file.seq, rowsRead: p.rowsRead, bytesRead: p.bytesRead, totalBytes: p.totalBytes });
      });
    } finally {
      endLongWrite();
    }
    await rm(path, { force: true });
    await em.nativeUpdate(ImportJobFile, { jobId: job.id, seq: file.seq }, {
      status: result.status, batchId: result.batchId, rowsRead: result.rowsRead, rowsAdded: result.rowsAdded,
      rowsReplaced: result.rowsReplaced, errorCount: result.errorCount, spoolPath: null, durationMs: Math.round(result.durationMs),
      errorsJson: result.errors.length ? JSON.stringify(result.errors) : null,
    });
    await audit(em, {
      actor: { userId: job.createdById, username: job.createdBy, ip: null, requestId: null },
      action: result.status === 'imported' ? 'import/file' : 'import/file-rejected',
      entityType: 'import-batch', entityId: result.batchId,
      after: {
        job: job.id, via: job.via, file: file.name, kind, rowsRead: result.rowsRead, rowsAdded: result.rowsAdded,
        rowsReplaced: result.rowsReplaced, errorCount: result.errorCount, minDate: result.minDate, maxDate: result.maxDate,
      },
    });
    return result.status === 'imported' ? result : 'refused';
  }

  private async finish(em: EntityManager, jobId: string, state: ImportJobState, message: string | null): Promise<void> {
    const leftovers = await em.find(ImportJobFile, { jobId, spoolPath: { $ne: null } });
    await Promise.all(leftovers.map((f) => rm(f.spoolPath as string, { force: true })));
    await em.nativeUpdate(ImportJobFile, { jobId, spoolPath: { $ne: null } }, { spoolPath: null, status: state === 'failed' ? 'failed' : 'skipped' });
    await em.nativeUpdate(ImportJob, { id: jobId }, { state, phase: null, finishedAt: now(), message });
  }
}

/** The periods whose scores the file's date range changes, and whether each is published (its snapshot stays). */
async function touchedPeriods(em: EntityManager, result: ImportFileResult): Promise<PeriodTouched[]> {
  if (!result.minDate || !result.maxDate) return [];
  const conn = em.getConnection();
  const rows: Array<{ id: string; kind: string }> = await conn.execute(
    'select id, kind from periods where start_on <= ? and end_on >= ? order by start_on, id', [result.maxDate, result.minDate],
  );
  if (rows.length === 0) return [];
  const published: Array<{ period: string }> = await conn.execute(
    `select distinct period from publications where period in (${rows.map(() => '?').join(', ')})`, rows.map((r) => r.id),
  );
  const frozen = new Set(published.map((p) => p.period));
  return rows.map((r) => ({ id: r.id, kind: r.kind, published: frozen.has(r.id) }));
}
