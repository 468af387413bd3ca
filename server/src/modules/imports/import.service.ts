import { randomUUID } from 'node:crypto';
import type { MikroORM } from '@mikro-orm/core';
import { refreshPeriods } from '../periods/period-refresh.service.js';
import { refreshRollupsAfterImport } from '../rollups/index.js';
import { isProblem, parseCell, trim, type Value } from './columns.js';
import { readCsv } from './csv-reader.js';
import { IMPORT_ERROR_CODES as E, ImportError, type ImportRowError } from './errors.js';
import { fileFormat, kindFromFileName, type RawFileKind } from './file-kinds.js';
import { KeySet } from './key-set.js';
import { KIND_SPECS, manualValueDates, type KindSpec, type RowContext } from './kind-specs.js';
import { loadReferences } from './references.js';
import { UnreadableFileError, type Cell, type RowSource } from './rows.js';
import { openSqlSession, type SqlSession } from './sql-session.js';
import { readXlsx } from './xlsx-reader.js';

export interface ImportFileResult {
  file: string;
  kind: RawFileKind;
  status: 'imported' | 'rejected';
  /** Data rows read (blank rows are not counted). */
  rowsRead: number;
  rowsAdded: number;
  rowsReplaced: number;
  /** Rows with at least one problem. */
  rowsRejected: number;
  /** Every problem found, up to maxReportedErrors; errorCount counts all of them. */
  errors: ImportRowError[];
  errorCount: number;
  /** Earliest and latest event date of the file's rows (see KindSpec.dateIndexes). */
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
}

export interface ImportSource {
  /** The file name; decides the kind (unless given) and the format (.xlsx, otherwise CSV). */
  name: string;
  kind?: RawFileKind;
  stream: NodeJS.ReadableStream | Buffer;
  /** Total bytes, for progress, when known. */
  size?: number;
}

/**
 * Imports one raw-data file in one transaction, all or nothing (SPEC §8): every row is validated and
 * every problem reported with its line; when there is none the rows are upserted by their key,
 * otherwise nothing is written. Either way the file is recorded in import_batches. After a
 * successful import the periods table is refreshed.
 */
export async function importSource(orm: MikroORM, source: ImportSource, opts: ImportOptions = {}): Promise<ImportFileResult> {
  const kind = source.kind ?? opts.kind ?? kindFromFileName(source.name);
  if (!kind) {
    throw new ImportError('import/unknown-file-kind', `"${source.name}" is not a raw-data file name (units.csv, ratings-2023.xlsx, …)`);
  }
  const spec = KIND_SPECS[kind];
  const t0 = performance.now();
  const startedAt = new Date().toISOString();
  const batchId = randomUUID();
  const input = toAsyncIterable(source.stream);
  const reader = fileFormat(source.name) === 'xlsx' ? readXlsx(input) : readCsv(input);
  const totalBytes = source.size ?? (Buffer.isBuffer(source.stream) ? source.stream.length : 0);

  const session = await openSqlSession(orm);
  let result: ImportFileResult;
  try {
    const run = new FileImport(spec, session, opts.maxReportedErrors ?? 1000);
    await session.run('begin');
    let committed = false;
    try {
      await run.read(reader, (rowsRead) => opts.onProgress?.({ file: source.name, rowsRead, bytesRead: reader.bytesRead(), totalBytes }));
      if (run.errorCount === 0) {
        const { added, replaced } = await run.commitCounts();
        result = run.result(source.name, batchId, t0, added, replaced);
        // Roll-ups (modules/rollups, owned by the measures work): recounted from the rows just written,
        // for the file's date range, in this same transaction so that readers never see raw rows
        // without their roll-ups. Keep this call when changing the write path.
        await refreshRollupsAfterImport(session, kind, result.minDate, result.maxDate, replaced);
        await recordBatch(session, result, startedAt);
        await session.run('commit');
        committed = true;
      }
    } catch (err) {
      if (err instanceof UnreadableFileError) run.report(err.line, null, E.unreadableFile, err.message);
      else run.report(run.line, null, E.databaseError, `the database refused the file: ${err instanceof Error ? err.message : String(err)}`);
    }
    if (!committed) {
      // SQLite may already have rolled back after some errors (e.g. a full disk): nothing left to undo.
      await session.run('rollback').catch(() => undefined);
      result = run.result(source.name, batchId, t0, 0, 0);
      await recordBatch(session, result, startedAt);
    }
  } finally {
    await session.release();
  }
  opts.onProgress?.({ file: source.name, rowsRead: result!.rowsRead, bytesRead: reader.bytesRead(), totalBytes });
  if (result!.status === 'imported') await refreshPeriods(orm.em.fork());
  result!.durationMs = performance.now() - t0;
  return result!;
}

/** The state of one file being imported. */
class FileImport {
  errors: ImportRowError[] = [];
  errorCount = 0;
  rowsRead = 0;
  rowsRejected = 0;
  rowsWritten = 0;
  line = 1;
  private minDate: string | null = null;
  private maxDate: string | null = null;
  private countBefore = 0;

  constructor(
    private readonly spec: KindSpec,
    private readonly session: SqlSession,
    private readonly maxErrors: number,
  ) {}

  report(line: number, column: string | null, code: string, message: string): void {
    this.errorCount++;
    if (this.errors.length < this.maxErrors) this.errors.push({ line, column, code, message });
  }

  async read(reader: RowSource, progress: (rowsRead: number) => void): Promise<void> {
    const { spec, session } = this;
    const refs = await loadReferences(session, spec.kind);
    this.countBefore = await this.count();
    const builder = spec.builder(refs);
    const upserter = session.upserter(spec.table, spec.dbColumns, spec.keyColumns, this.countBefore === 0);
    const keyIndexes = spec.keyColumns.map((k) => spec.dbColumns.indexOf(k));
    const keyColumn = keyIndexes.length === 1 ? spec.keyColumns[0] : null;
    const keys = new KeySet();
    const columns = spec.columns;
    const values: Value[] = new Array<Value>(columns.length);
    let colIndex: number[] | null = null;
    let headerLength = 0;
    const reportError = this.report.bind(this);
    const ctx: RowContext = {
      line: 0,
      failed: false,
      report(column, code, message) {
        this.failed = true;
        reportError(this.line, column, code, message);
      },
    };
    let lastProgress = performance.now();

    for await (const batch of reader.batches) {
      for (const row of batch) {
        const cells = row.cells;
        this.line = row.line;
        if (colIndex === null) {
          colIndex = this.header(cells, row.line);
          headerLength = cells.length;
          if (colIndex === null) return;
          continue;
        }
        if (isBlank(cells)) continue;
        this.rowsRead++;
        ctx.line = row.line;
        ctx.failed = false;
        if (cells.length > headerLength && !isBlank(cells.slice(headerLength))) {
          ctx.report(null, E.extraFields, `the row has ${cells.length} values but the header has ${headerLength} columns`);
        }
        for (let i = 0; i < columns.length; i++) {
          const at = colIndex[i];
          const v = parseCell(columns[i], at < 0 || at >= cells.length ? null : cells[at]);
          if (isProblem(v)) {
            ctx.report(columns[i].name, v.code, v.message);
            values[i] = null;
          } else values[i] = v;
        }
        const out = builder.build(values, ctx);
        let key = keyIndexes.length === 1 ? out[keyIndexes[0]] : '';
        if (keyIndexes.length > 1) {
          for (const k of keyIndexes) key = out[k] === null || key === null ? null : `${key}\u0001${out[k]}`;
        }
        if (key !== null) {
          const first = keys.add(String(key), row.line);
          if (first !== 0) {
            ctx.report(keyColumn, E.duplicateKey,
              `the key (${spec.keyColumns.join(', ')}) = (${keyIndexes.map((k) => out[k]).join(', ')}) is already on line ${first}`);
          }
        }
        if (ctx.failed) {
          this.rowsRejected++;
          continue;
        }
        this.widenDates(out);
        if (this.errorCount === 0) {
          const pending = upserter.add(out);
          if (pending) await pending;
          this.rowsWritten++;
        }
      }
      const now = performance.now();
      if (now - lastProgress > 200) {
        lastProgress = now;
        progress(this.rowsRead);
      }
    }
    if (colIndex === null) {
      this.report(1, null, E.emptyFile, 'the file is empty: a header row is required');
      return;
    }
    builder.finish?.((line, column, code, message) => {
      this.rowsRejected++;
      this.report(line, column, code, message);
    });
    if (this.errorCount === 0) await upserter.flush();
  }

  /** Maps the spec's columns to positions in the header, or null (reported) when one is missing. */
  private header(cells: Cell[], line: number): number[] | null {
    const names = cells.map((c) => (typeof c === 'string' ? c.trim().toLowerCase() : ''));
    let ok = true;
    const index = this.spec.columns.map((col) => {
      const at = names.indexOf(col.name);
      if (at >= 0 && names.indexOf(col.name, at + 1) >= 0) {
        this.report(line, col.name, E.duplicateColumn, `the column ${col.name} appears twice in the header`);
        ok = false;
      }
      if (at < 0 && !col.optional) {
        this.report(line, col.name, E.missingColumn, `the header has no ${col.name} column (expected: ${this.spec.columns.map((c) => c.name).join(', ')})`);
        ok = false;
      }
      return at;
    });
    return ok ? index : null;
  }

  private widenDates(row: Value[]): void {
    for (const i of this.spec.dateIndexes) this.widen(row[i] as string | null, row[i] as string | null);
    if (this.spec.kind === 'manual_values') {
      const range = manualValueDates(row);
      if (range) this.widen(range[0], range[1]);
    }
  }

  private widen(lo: string | null, hi: string | null): void {
    if (lo !== null && (this.minDate === null || lo < this.minDate)) this.minDate = lo;
    if (hi !== null && (this.maxDate === null || hi > this.maxDate)) this.maxDate = hi;
  }

  private async count(): Promise<number> {
    const [row] = await this.session.query<{ n: number | string }>(`select count(*) as n from ${this.spec.table}`);
    return Number(row?.n ?? 0);
  }

  /** Rows added = growth of the table (keys are unique within the file); the rest replaced a row. */
  async commitCounts(): Promise<{ added: number; replaced: number }> {
    const added = (await this.count()) - this.countBefore;
    return { added, replaced: this.rowsWritten - added };
  }

  result(file: string, batchId: string, t0: number, added: number, replaced: number): ImportFileResult {
    const ok = this.errorCount === 0;
    // Whole-file checks (service item versions) report after the rows: list everything by line.
    this.errors.sort((a, b) => a.line - b.line);
    return {
      file, kind: this.spec.kind, status: ok ? 'imported' : 'rejected',
      rowsRead: this.rowsRead, rowsAdded: added, rowsReplaced: replaced, rowsRejected: this.rowsRejected,
      errors: this.errors, errorCount: this.errorCount,
      minDate: ok ? this.minDate : null, maxDate: ok ? this.maxDate : null,
      durationMs: performance.now() - t0, batchId,
    };
  }
}

function isBlank(cells: Cell[]): boolean {
  for (const c of cells) {
    if (c instanceof Date) return false;
    if (c !== null && c !== '' && trim(c) !== '') return false;
  }
  return true;
}

/** Problems kept in import_batches.error_report (the result may hold more). */
const STORED_ERRORS = 1000;

async function recordBatch(session: SqlSession, r: ImportFileResult, startedAt: string): Promise<void> {
  await session.run(
    'insert into import_batches (id, file_kind, file_name, status, rows_added, rows_replaced, rows_rejected, min_date, max_date, '
      + 'started_at, finished_at, error_report) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)',
    [
      r.batchId, r.kind, r.file.slice(0, 255), r.status, r.rowsAdded, r.rowsReplaced, r.rowsRejected, r.minDate, r.maxDate,
      startedAt, new Date().toISOString(),
      r.status === 'rejected' ? JSON.stringify({ errorCount: r.errorCount, errors: r.errors.slice(0, STORED_ERRORS) }) : null,
    ],
  );
}

async function* toAsyncIterable(stream: NodeJS.ReadableStream | Buffer): AsyncGenerator<Buffer | string> {
  if (Buffer.isBuffer(stream)) {
    for (let i = 0; i < stream.length; i += 1 << 20) yield stream.subarray(i, i + (1 << 20));
    return;
  }
  for await (const chunk of stream) yield chunk;
}
