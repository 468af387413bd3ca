import { isProblem, parseCell, trim, type Value } from './columns.js';
import { IMPORT_ERROR_CODES as E, type ImportRowError, type ReasonParams } from './errors.js';
import { KeySet } from './key-set.js';
import { manualValueDates, type KindSpec, type RowBuilder, type RowContext } from './kind-specs.js';
import { loadReferences } from './references.js';
import type { Cell, RawRow, RowSource } from './rows.js';
import type { SqlSession, Upserter } from './sql-session.js';

/** What the rows of one file add up to once read (all of it when nothing was wrong). */
export interface FileTotals {
  rowsRead: number;
  rowsRejected: number;
  errors: ImportRowError[];
  errorCount: number;
  minDate: string | null;
  maxDate: string | null;
}

/**
 * Reads one file's rows inside the import's transaction: maps the header, parses and checks each
 * row (cells, references, duplicate keys), and writes the rows while no problem has been found.
 * Every problem is reported with its line; after the first one nothing more is written (the
 * transaction is rolled back by the caller).
 */
export class FileImport {
  errors: ImportRowError[] = [];
  errorCount = 0;
  rowsRead = 0;
  rowsRejected = 0;
  /** The line being read (the last one once reading is over). */
  line = 1;
  private rowsWritten = 0;
  private minDate: string | null = null;
  private maxDate: string | null = null;
  private countBefore = 0;
  private readonly keys = new KeySet();
  private readonly keyIndexes: number[];
  private readonly eventDateIndexes: number[];
  private readonly values: Value[];
  private readonly ctx: RowContext;
  private current: { cells: Cell[]; positions: number[] } | null = null;

  constructor(
    private readonly spec: KindSpec,
    private readonly session: SqlSession,
    private readonly maxErrors: number,
  ) {
    this.keyIndexes = spec.keyColumns.map((k) => spec.dbColumns.indexOf(k));
    this.eventDateIndexes = spec.eventDateColumns.map((c) => spec.dbColumns.indexOf(c));
    this.values = new Array<Value>(spec.columns.length);
    const report = this.report.bind(this);
    const valueOf = this.cellText.bind(this);
    this.ctx = {
      line: 0,
      failed: false,
      report(column, code, message, params) {
        this.failed = true;
        report(this.line, column, code, message, params, valueOf(column));
      },
    };
  }

  report(line: number, column: string | null, code: string, message: string, params: ReasonParams, value: string | null = null): void {
    this.errorCount++;
    if (this.errors.length < this.maxErrors) {
      this.errors.push(value === null ? { line, column, code, message, params } : { line, column, code, message, params, value });
    }
  }

  /** The current row's cell of a column, as text, for the problem report. */
  private cellText(column: string | null): string | null {
    if (column === null || !this.current) return null;
    const i = this.spec.columns.findIndex((c) => c.name === column);
    const at = i < 0 ? -1 : this.current.positions[i];
    const cell = at < 0 ? null : this.current.cells[at];
    if (cell === null || cell === undefined) return null;
    return (cell instanceof Date ? cell.toISOString() : cell).slice(0, 200);
  }

  /** Reads every row; `progress` is called about every 200 ms with the rows read. */
  async read(reader: RowSource, progress: (rowsRead: number) => void): Promise<void> {
    try {
      await this.readRows(reader, progress);
    } finally {
      this.keys.close();
    }
  }

  private async readRows(reader: RowSource, progress: (rowsRead: number) => void): Promise<void> {
    const refs = await loadReferences(this.session, this.spec.kind);
    this.countBefore = await this.count();
    const builder = this.spec.builder(refs);
    const upserter = this.session.upserter(this.spec.table, this.spec.dbColumns, this.spec.keyColumns, this.countBefore === 0);
    let header: { columns: number[]; length: number } | null = null;
    let firstAfterHeader = true;
    let lastProgress = performance.now();
    for await (const batch of reader.batches) {
      for (const row of batch) {
        this.line = row.line;
        if (header === null) {
          header = this.header(row);
          if (header === null) return;
        } else if (!isBlank(row.cells)) {
          // The description row of our templates (its first cell starts with "#") is not data.
          const description = firstAfterHeader && isDescriptionRow(row.cells);
          firstAfterHeader = false;
          if (!description) await this.readRow(row, header, builder, upserter);
        }
      }
      if (performance.now() - lastProgress > 200) {
        lastProgress = performance.now();
        progress(this.rowsRead);
      }
    }
    if (header === null) {
      this.report(1, null, E.emptyFile, 'the file is empty: a header row is required', {});
      return;
    }
    builder.finish?.((line, column, code, message, params) => {
      this.rowsRejected++;
      this.report(line, column, code, message, params);
    });
    if (this.errorCount === 0) await upserter.flush();
  }

  /** Rows added = growth of the table (keys are unique within the file); the rest replaced a row. */
  async writtenCounts(): Promise<{ added: number; replaced: number }> {
    const added = (await this.count()) - this.countBefore;
    return { added, replaced: this.rowsWritten - added };
  }

  totals(): FileTotals {
    const ok = this.errorCount === 0;
    // Whole-file checks (service item versions) report after the rows: list everything by line.
    this.errors.sort((a, b) => a.line - b.line);
    return {
      rowsRead: this.rowsRead, rowsRejected: this.rowsRejected, errors: this.errors, errorCount: this.errorCount,
      minDate: ok ? this.minDate : null, maxDate: ok ? this.maxDate : null,
    };
  }

  /** The header row: where each of the spec's columns is, or null (reported) when one is missing. */
  private header(row: RawRow): { columns: number[]; length: number } | null {
    const names = row.cells.map((c) => (typeof c === 'string' ? c.trim().toLowerCase() : ''));
    const expected = this.spec.columns.map((c) => c.name);
    let ok = true;
    const columns = this.spec.columns.map((col) => {
      const at = names.indexOf(col.name);
      if (at >= 0 && names.indexOf(col.name, at + 1) >= 0) {
        this.report(row.line, col.name, E.duplicateColumn, `the column ${col.name} appears twice in the header`, { column: col.name });
        ok = false;
      }
      if (at < 0 && !col.optional) {
        this.report(row.line, col.name, E.missingColumn, `the header has no ${col.name} column (expected: ${expected.join(', ')})`,
          { column: col.name, expected: expected.join(', ') });
        ok = false;
      }
      return at;
    });
    return ok ? { columns, length: row.cells.length } : null;
  }

  /** One data row: parsed, built, checked, and written while the file has no problem. */
  private async readRow(row: RawRow, header: { columns: number[]; length: number }, builder: RowBuilder, upserter: Upserter): Promise<void> {
    this.rowsRead++;
    const ctx = this.ctx;
    ctx.line = row.line;
    ctx.failed = false;
    const cells = row.cells;
    this.current = { cells, positions: header.columns };
    if (cells.length > header.length && !isBlank(cells.slice(header.length))) {
      ctx.report(null, E.extraFields, `the row has ${cells.length} values but the header has ${header.length} columns`,
        { values: cells.length, columns: header.length });
    }
    this.parseCells(cells, header.columns);
    const out = builder.build(this.values, ctx);
    this.checkKey(out, row.line);
    if (ctx.failed) {
      this.rowsRejected++;
      return;
    }
    this.widenDates(out);
    if (this.errorCount === 0) {
      const pending = upserter.add(out);
      if (pending) await pending;
      this.rowsWritten++;
    }
  }

  /** The spec's columns of one row into this.values (null where empty or bad; problems reported). */
  private parseCells(cells: Cell[], positions: number[]): void {
    const columns = this.spec.columns;
    for (let i = 0; i < columns.length; i++) {
      const at = positions[i];
      const v = parseCell(columns[i], at < 0 || at >= cells.length ? null : cells[at]);
      if (isProblem(v)) {
        this.ctx.report(columns[i].name, v.code, v.message, v.params);
        this.values[i] = null;
      } else this.values[i] = v;
    }
  }

  /** Reports a key already seen on an earlier line of the file. */
  private checkKey(out: Value[], line: number): void {
    const key = this.keyOf(out);
    if (key === null) return;
    const first = this.keys.add(key, line);
    if (first === 0) return;
    const { keyColumns } = this.spec;
    const [columns, values] = [keyColumns.join(', '), this.keyIndexes.map((k) => out[k]).join(', ')];
    this.ctx.report(keyColumns.length === 1 ? keyColumns[0] : null, E.duplicateKey,
      `the key (${columns}) = (${values}) is already on line ${first}`, { columns, values, line: first });
  }

  /** The row's key as one string, or null when a key value is missing (already reported). */
  private keyOf(out: Value[]): string | null {
    if (this.keyIndexes.length === 1) {
      const v = out[this.keyIndexes[0]];
      return v === null ? null : String(v);
    }
    let key = '';
    for (const k of this.keyIndexes) {
      if (out[k] === null) return null;
      key = `${key}\u0001${out[k]}`;
    }
    return key;
  }

  private widenDates(row: Value[]): void {
    for (const i of this.eventDateIndexes) this.widen(row[i] as string | null, row[i] as string | null);
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
}

/**
 * A template's description row: the first row under the header whose first cell starts with "# "
 * (templates write "# 单位编码（必填）"). Only that one row, and only with the hash and the space, so
 * a data row is never taken for it unless its first value itself starts with "# " (documented).
 */
export const DESCRIPTION_ROW_MARK = '# ';

export function isDescriptionRow(cells: Cell[]): boolean {
  const first = cells[0];
  return typeof first === 'string' && first.startsWith(DESCRIPTION_ROW_MARK);
}

function isBlank(cells: Cell[]): boolean {
  for (const c of cells) {
    if (c instanceof Date) return false;
    if (c !== null && c !== '' && trim(c) !== '') return false;
  }
  return true;
}
