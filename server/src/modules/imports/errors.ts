/**
 * Stable codes of import problems (the client translates them). Every reported problem names the
 * 1-based line of the file (the header is line 1; in a workbook, the sheet's row number) and the
 * column, or null for a problem of the whole file.
 */
export const IMPORT_ERROR_CODES = {
  missingColumn: 'import/missing-column',
  duplicateColumn: 'import/duplicate-column',
  emptyFile: 'import/empty-file',
  unreadableFile: 'import/unreadable-file',
  extraFields: 'import/extra-fields',
  missingValue: 'import/missing-value',
  tooLong: 'import/too-long',
  badDate: 'import/bad-date',
  badTimestamp: 'import/bad-timestamp',
  badEnum: 'import/bad-enum',
  badNumber: 'import/bad-number',
  badPeriod: 'import/bad-period',
  badRange: 'import/bad-range',
  unknownUnit: 'import/unknown-unit',
  unknownResource: 'import/unknown-resource',
  unknownItem: 'import/unknown-item',
  unknownSystem: 'import/unknown-system',
  duplicateKey: 'import/duplicate-key',
  overlappingVersion: 'import/overlapping-version',
  itemUnitChanged: 'import/item-unit-changed',
  databaseError: 'import/database-error',
  unknownFileKind: 'import/unknown-file-kind',
  fileGone: 'import/file-gone',
} as const;

export type ImportErrorCode = (typeof IMPORT_ERROR_CODES)[keyof typeof IMPORT_ERROR_CODES];

export interface ImportRowError {
  /** 1-based line in the file, the header being line 1 (xlsx: the sheet row number). */
  line: number;
  /** The header name of the offending column; null for a problem of the whole row or file. */
  column: string | null;
  code: string;
  message: string;
  /** The offending cell as written in the file (at most 200 characters), when the problem is one cell's. */
  value?: string | null;
  /** What the sentence names (column, value, limits…): import-reasons.ts writes it in Chinese from code and params. */
  params?: ReasonParams;
}

export type ReasonParams = Record<string, string | number>;

/** What the importer was doing when the database refused a file (E.databaseError's `stage` param). */
export type ImportStage =
  | 'reading the rows'
  | 'refreshing the periods and the calendar'
  | 'recounting the roll-ups'
  | 'recording the import'
  | 'committing';

/** Reports one problem of a file: its line, column (null for the row or file), code, English sentence and params. */
export type ReportProblem = (line: number, column: string | null, code: string, message: string, params: ReasonParams) => void;

/** Thrown for a problem with the request itself (e.g. a file name that names no raw-data file). */
export class ImportError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'ImportError';
  }
}
