import type { ImportJobFileStatus, ImportJobPhase, ImportJobState } from '@scorecard/shared';
import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/**
 * One delivery of raw-data files (a browser upload or a machine push): queued, then run one at a
 * time per database (import-job-runner.ts). `done` = every file imported (or already imported);
 * `refused` = a file had bad rows (it and the files after it wrote nothing); `failed` = the server
 * could not run it (the process stopped, the spool file vanished).
 */
@Entity({ tableName: 'import_jobs' })
@Index({ name: 'import_jobs_state_created_at_index', properties: ['state', 'createdAt'] })
@Index({ name: 'import_jobs_created_at_index', properties: ['createdAt'] })
export class ImportJob {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 16 })
  state!: ImportJobState;

  @Property({ type: 'string', length: 16, nullable: true })
  phase: ImportJobPhase | null = null;

  /** `browser` (a session) or `token` (a service account's API token). */
  @Property({ type: 'string', length: 16 })
  via!: 'browser' | 'token';

  @Property({ type: 'string', length: 36, fieldName: 'created_by_id', nullable: true })
  createdById: string | null = null;

  @Property({ type: 'string', length: 64, fieldName: 'created_by', nullable: true })
  createdBy: string | null = null;

  @Property({ type: 'string', length: 24, fieldName: 'created_at' })
  createdAt!: string;

  @Property({ type: 'string', length: 24, fieldName: 'started_at', nullable: true })
  startedAt: string | null = null;

  @Property({ type: 'string', length: 24, fieldName: 'finished_at', nullable: true })
  finishedAt: string | null = null;

  @Property({ type: 'string', length: 24, fieldName: 'heartbeat_at', nullable: true })
  heartbeatAt: string | null = null;

  /** The process running it (host:pid). */
  @Property({ type: 'string', length: 128, nullable: true })
  owner: string | null = null;

  @Property({ type: 'text', nullable: true })
  message: string | null = null;

  /** JSON: the periods recomputed by the job (PeriodsTouched). */
  @Property({ type: 'text', fieldName: 'periods_json', nullable: true })
  periodsJson: string | null = null;
}

/** One file of a job. */
@Entity({ tableName: 'import_job_files' })
@Index({ name: 'import_job_files_sha256_kind_index', properties: ['sha256', 'kind'] })
@Index({ name: 'import_job_files_batch_id_index', properties: ['batchId'] })
export class ImportJobFile {
  @PrimaryKey({ type: 'string', length: 36, fieldName: 'job_id' })
  jobId!: string;

  @PrimaryKey({ type: 'integer' })
  seq!: number;

  @Property({ type: 'string', length: 255 })
  name!: string;

  @Property({ type: 'string', length: 32, nullable: true })
  kind: string | null = null;

  @Property({ type: 'bigint', default: 0 })
  size: number = 0;

  /** SHA-256 of the bytes received: the same content of the same kind is not imported twice. */
  @Property({ type: 'string', length: 64 })
  sha256!: string;

  /** The spooled upload while the job waits or runs; null once it is done. */
  @Property({ type: 'string', length: 1024, fieldName: 'spool_path', nullable: true })
  spoolPath: string | null = null;

  @Property({ type: 'string', length: 16 })
  status!: ImportJobFileStatus;

  @Property({ type: 'string', length: 36, fieldName: 'batch_id', nullable: true })
  batchId: string | null = null;

  @Property({ type: 'integer', fieldName: 'rows_read', default: 0 })
  rowsRead: number = 0;

  @Property({ type: 'integer', fieldName: 'rows_added', default: 0 })
  rowsAdded: number = 0;

  @Property({ type: 'integer', fieldName: 'rows_replaced', default: 0 })
  rowsReplaced: number = 0;

  @Property({ type: 'integer', fieldName: 'error_count', default: 0 })
  errorCount: number = 0;

  /** JSON: ImportRowError[] (at most 1000). */
  @Property({ type: 'text', fieldName: 'errors_json', nullable: true })
  errorsJson: string | null = null;

  @Property({ type: 'integer', fieldName: 'duration_ms', nullable: true })
  durationMs: number | null = null;
}
