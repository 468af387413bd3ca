import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import { refreshPeriods } from '../periods/refresh-periods.js';
import { refreshRollupsAfterImport } from '../rollups/index.js';
import { readCsv } from './csv-reader.js';
import { IMPORT_ERROR_CODES as E, ImportError, type ImportRowError, type ImportStage } from './errors.js';
import { FileImport } from './file-import.js';
import { fileFormat, kindFromFileName, type RawFileKind } from './file-kinds.js';
import { recordBatch } from './import-batches.js';
import { KIND_SPECS } from './kind-specs.js';
import { UnreadableFileError, type RowSource } from './rows.js';
import { openSqlSession, type SqlSession } from './sql-session.js';
import type { TextEncodingName } from './text-decoding.js';
import { readXlsx } from './xlsx-reader.js';

export interface ImportFileResult {
  file: string;
  kind: RawFileKind;
  status: 'imported' | 'rejected';
  /** The text encoding a CSV file was read in; null for a workbook. */
  encoding: TextEncodingName | null;
  /** Data rows read (blank rows are not counted). */
  rowsRead: number;
  rowsAdded: number;
  rowsReplaced: number;
  /** Rows with at least one problem. */
  rowsRejected: number;
  /** Every problem found, up to maxReportedErrors; errorCount counts all of them. */
  errors: ImportRowError[];
  errorCount: number;
  /** Earliest and latest event date of the file's rows (see KindSpec.eventDateColumns). */
  minDate: string | null;
  maxDate: string | null;
  durationMs: number;
  /** The id of the file's import_batches row. */
  batchId: string;
}

export interface ImportProgress {
  file: string;
  rowsRead: number;
  bytesRead: number;
  /** 0 when unknown (a stream of unknown length). */
  totalBytes: number;
}

export interface ImportOptions {
  /** Overrides the kind derived from the file name. */
  kind?: RawFileKind;
  onProgress?: (p: ImportProgress) => void;
  /** Problems kept in the result and the stored report (default 1000); all are counted. */
  maxReportedErrors?: number;
  /** importPaths: a file of a folder that is skipped (its name names no raw-data file). */
  onSkip?: (path: string, reason: string) => void;
  /** The SHA-256 (hex) of the file's bytes, when the caller computed it: recorded with an imported file (earlierImport). */
  sha256?: string;
}

export interface ImportSource {
  /** The file name; decides the kind (unless given) and the format (.xlsx, otherwise CSV). */
  name: string;
  kind?: RawFileKind;
  stream: NodeJS.ReadableStream | Buffer;
  /** Total bytes, for progress, when known. */
  size?: number;
}

/** One file on its way through importSource. */
interface FileRun {
  source: ImportSource;
  kind: RawFileKind;
  reader: RowSource;
  rows: FileImport;
  batchId: string;
  sha256: string | null;
  startedAt: string;
  t0: number;
}

/**
 * Imports one raw-data file as one unit of work (SPEC §8): every row is validated and every problem
 * reported with its line; when there is none, on one connection and in one transaction, the rows
 * are upserted by their key, the periods and the calendar are refreshed, the roll-ups recounted and
 * the import_batches row written — then committed together. Anything that fails on the way (a bad
 * row, an unreadable byte, the database refusing a statement) rolls all of it back: no table keeps
 * a trace of the file but its import_batches row, status `rejected`, with the problems. Throws
 * ImportError only when not even that row can be written.
 */
export async function importSource(orm: MikroORM, source: ImportSource, opts: ImportOptions = {}): Promise<ImportFileResult> {
  const kind = source.kind ?? opts.kind ?? kindFromFileName(source.name);
  if (!kind) {
    throw new ImportError('import/unknown-file-kind', `"${source.name}" is not a raw-data file name (units.csv, ratings-2023.xlsx, …)`);
  }
  const t0 = performance.now();
  const input = toAsyncIterable(source.stream);
  const reader = fileFormat(source.name) === 'xlsx' ? readXlsx(input) : readCsv(input);
  const totalBytes = source.size ?? (Buffer.isBuffer(source.stream) ? source.stream.length : 0);
  const progress = (rowsRead: number): void => opts.onProgress?.({ file: source.name, rowsRead, bytesRead: reader.bytesRead(), totalBytes });

  const session = await openSqlSession(orm);
  let result: ImportFileResult;
  try {
    const run: FileRun = {
      source, kind, reader, rows: new FileImport(KIND_SPECS[kind], session, opts.maxReportedErrors ?? 1000),
      batchId: randomUUID(), sha256: opts.sha256 ?? null, startedAt: new Date().toISOString(), t0,
    };
    result = (await commitFile(session, run, progress)) ?? (await recordRejection(session, run));
  } finally {
    await session.release();
  }
  progress(result.rowsRead);
  result.durationMs = performance.now() - t0;
  return result;
}

/** Everything the file changes, in one transaction; null (rolled back, problems reported) when any step fails. */
async function commitFile(session: SqlSession, run: FileRun, progress: (rowsRead: number) => void): Promise<ImportFileResult | null> {
  let stage: ImportStage = 'reading the rows';
  try {
    await session.run('begin');
    await run.rows.read(run.reader, progress);
    if (run.rows.errorCount > 0) return null;
    const { added, replaced } = await run.rows.writtenCounts();
    const result = resultOf(run, added, replaced);
    stage = 'refreshing the periods and the calendar';
    await refreshPeriods(session);
    stage = 'recounting the roll-ups';
    await refreshRollupsAfterImport(session, run.kind, result.minDate, result.maxDate, replaced);
    stage = 'recording the import';
    await recordBatch(session, result, run.startedAt, run.sha256);
    stage = 'committing';
    await session.run('commit');
    return result;
  } catch (err) {
    if (err instanceof UnreadableFileError) run.rows.report(err.line, null, E.unreadableFile, err.message, { detail: err.message });
    else {
      const line = stage === 'reading the rows' ? run.rows.line : 1;
      run.rows.report(line, null, E.databaseError, databaseRefusal(stage, err), { stage, detail: databaseDetail(err) });
    }
    return null;
  }
}

/** Rolls the file's transaction back and records it as rejected, with its problems. */
async function recordRejection(session: SqlSession, run: FileRun): Promise<ImportFileResult> {
  // SQLite may already have rolled back after some errors (e.g. a full disk): nothing left to undo.
  await session.run('rollback').catch(() => undefined);
  const result = resultOf(run, 0, 0);
  try {
    await recordBatch(session, result, run.startedAt, run.sha256);
  } catch (err) {
    const problems = result.errors.slice(0, 3).map((e) => `line ${e.line}: ${e.message}`).join('; ');
    throw new ImportError(E.databaseError, `${run.source.name} was not imported (${problems}), and ${databaseRefusal('recording the rejection', err)}`);
  }
  return result;
}

function resultOf(run: FileRun, added: number, replaced: number): ImportFileResult {
  const totals = run.rows.totals();
  return {
    file: run.source.name, kind: run.kind, status: totals.errorCount === 0 ? 'imported' : 'rejected',
    encoding: run.reader.encoding(), rowsAdded: added, rowsReplaced: replaced, ...totals,
    durationMs: performance.now() - run.t0, batchId: run.batchId,
  };
}

/** The database's own words, shortened: enough to act on, never a stack. */
function databaseRefusal(stage: string, err: unknown): string {
  return `the database refused it while ${stage}: ${databaseDetail(err)}`;
}

function databaseDetail(err: unknown): string {
  return (err instanceof Error ? err.message : String(err)).replace(/\s+/g, ' ').slice(0, 300);
}

async function* toAsyncIterable(stream: NodeJS.ReadableStream | Buffer): AsyncGenerator<Buffer | string> {
  if (Buffer.isBuffer(stream)) {
    for (let i = 0; i < stream.length; i += 1 << 20) yield stream.subarray(i, i + (1 << 20));
    return;
  }
  for await (const chunk of stream) yield chunk;
}
