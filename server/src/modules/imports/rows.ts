import type { TextEncodingName } from './text-decoding.js';

/** A cell as read from a file: CSV gives text; a workbook may also give a Date (see xlsx-reader.ts). */
export type Cell = string | Date | null;

/** One record of a file: its 1-based line (sheet row number for xlsx) and its cells in file order. */
export interface RawRow {
  line: number;
  cells: Cell[];
}

/** Reads a file as batches of rows, the header row first. */
export interface RowSource {
  batches: AsyncIterable<RawRow[]>;
  /** Bytes of the input consumed so far (compressed bytes for xlsx). */
  bytesRead(): number;
  /** The text encoding read (CSV); null for a workbook or input that arrived as text. */
  encoding(): TextEncodingName | null;
}

/** Raised by a reader for a file that cannot be read at all (broken quoting, not a workbook…). */
export class UnreadableFileError extends Error {
  constructor(
    readonly line: number,
    message: string,
  ) {
    super(message);
    this.name = 'UnreadableFileError';
  }
}
