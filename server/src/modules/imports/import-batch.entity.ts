import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/core';

/** One imported (or rejected) file: the import history and the change feed for cached measures. */
@Entity({ tableName: 'import_batches' })
@Index({ name: 'import_batches_started_index', properties: ['startedAt'] })
@Index({ name: 'import_batches_sha256_kind_index', properties: ['sha256', 'fileKind'] })
export class ImportBatch {
  @PrimaryKey({ type: 'string', length: 36 })
  id!: string;

  @Property({ type: 'string', length: 32, fieldName: 'file_kind' })
  fileKind!: string;

  @Property({ type: 'string', length: 255, fieldName: 'file_name' })
  fileName!: string;

  @Property({ type: 'string', length: 16 })
  status!: 'imported' | 'rejected';

  @Property({ type: 'integer', fieldName: 'rows_added', default: 0 })
  rowsAdded: number = 0;

  @Property({ type: 'integer', fieldName: 'rows_replaced', default: 0 })
  rowsReplaced: number = 0;

  @Property({ type: 'integer', fieldName: 'rows_rejected', default: 0 })
  rowsRejected: number = 0;

  @Property({ type: 'string', length: 10, fieldName: 'min_date', nullable: true })
  minDate: string | null = null;

  @Property({ type: 'string', length: 10, fieldName: 'max_date', nullable: true })
  maxDate: string | null = null;

  /** ISO 8601 UTC instant */
  @Property({ type: 'string', length: 24, fieldName: 'started_at' })
  startedAt!: string;

  @Property({ type: 'string', length: 24, fieldName: 'finished_at', nullable: true })
  finishedAt: string | null = null;

  /** The text encoding the file was read in (UTF-8, UTF-16LE, UTF-16BE, GB18030); null for a workbook. */
  @Property({ type: 'string', length: 16, nullable: true })
  encoding: string | null = null;

  /** The SHA-256 (hex) of the file's bytes when the caller knew it (uploads, `pnpm import`): re-deliveries are recognised by it. */
  @Property({ type: 'string', length: 64, nullable: true })
  sha256: string | null = null;

  /** JSON: { errorCount, errors: ImportRowError[] } for rejected files. */
  @Property({ type: 'text', fieldName: 'error_report', nullable: true })
  errorReport: string | null = null;
}
