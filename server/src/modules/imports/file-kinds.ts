import { basename, extname } from 'node:path';

export type RawFileKind =
  | 'units'
  | 'resources'
  | 'resource_updates'
  | 'data_calls'
  | 'data_demands'
  | 'systems'
  | 'officers'
  | 'service_items'
  | 'cases'
  | 'ratings'
  | 'incidents'
  | 'manual_values';

/** Dependency order: a file only references rows of files before it (officers → systems, cases → items). */
export const IMPORT_ORDER: RawFileKind[] = [
  'units', 'resources', 'resource_updates', 'data_calls', 'data_demands', 'systems', 'officers',
  'service_items', 'cases', 'ratings', 'incidents', 'manual_values',
];

export const RAW_FILE_EXTENSIONS = ['.csv', '.xlsx'] as const;
export type RawFileFormat = 'csv' | 'xlsx';

// Longest first so that `resource_updates` is never read as `resources…`.
const KINDS_BY_LENGTH = [...IMPORT_ORDER].sort((a, b) => b.length - a.length);

/**
 * The kind of a raw-data file from its name, or null. Case-insensitive; `-` and `_` are
 * interchangeable; an ordering prefix of digits and a suffix after a separator are allowed:
 * `units.csv`, `Units.XLSX`, `ratings-2023.csv`, `ratings_2023_q1.xlsx`, `01-units.csv`,
 * `resource-updates.csv` are all recognised. `ratings2023.csv`, `rating.csv` and `units.txt` are not.
 */
export function kindFromFileName(name: string): RawFileKind | null {
  if (fileFormat(name) === null) return null;
  let stem = basename(name, extname(name)).toLowerCase().replace(/-/g, '_');
  stem = stem.replace(/^\d+[_. ]+/, '');
  for (const kind of KINDS_BY_LENGTH) {
    if (stem === kind) return kind;
    if (stem.startsWith(kind) && /^[_. ]/.test(stem.slice(kind.length))) return kind;
  }
  return null;
}

/** csv or xlsx from the extension, or null for any other file. */
export function fileFormat(name: string): RawFileFormat | null {
  const ext = extname(name).toLowerCase();
  return ext === '.csv' ? 'csv' : ext === '.xlsx' ? 'xlsx' : null;
}
