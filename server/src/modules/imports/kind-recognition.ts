import { createReadStream } from 'node:fs';
import { readCsv } from './csv-reader.js';
import { fileFormat, IMPORT_ORDER, kindFromFileName, type RawFileKind } from './file-kinds.js';
import { KIND_SPECS } from './kind-specs.js';
import type { Cell } from './rows.js';
import { readXlsx } from './xlsx-reader.js';

/**
 * The kind whose columns a header row names: every required column present and no column that the
 * kind does not have. Null when none or more than one kind fits.
 */
export function kindFromHeader(header: readonly Cell[]): RawFileKind | null {
  const names = new Set(header.map((c) => (typeof c === 'string' ? c.trim().toLowerCase() : '')).filter((n) => n !== ''));
  if (names.size === 0) return null;
  const fits = IMPORT_ORDER.filter((kind) => {
    const columns = KIND_SPECS[kind].columns;
    const known = new Set(columns.map((c) => c.name));
    return columns.every((c) => c.optional || names.has(c.name)) && [...names].every((n) => known.has(n));
  });
  return fits.length === 1 ? fits[0] : null;
}

/** The first row of a CSV or .xlsx file on disk (its header), or null when it cannot be read. */
export async function readHeaderRow(path: string, name: string): Promise<Cell[] | null> {
  const input = createReadStream(path, { highWaterMark: 64 * 1024 });
  const reader = fileFormat(name) === 'xlsx' ? readXlsx(input) : readCsv(input);
  try {
    for await (const batch of reader.batches) {
      if (batch.length > 0) return batch[0].cells;
    }
    return null;
  } catch {
    return null;
  } finally {
    input.destroy();
  }
}

/** A file's kind: the one chosen, else from its name, else from its header row. */
export async function recogniseKind(name: string, path: string, chosen: RawFileKind | null): Promise<RawFileKind | null> {
  if (chosen) return chosen;
  const byName = kindFromFileName(name);
  if (byName) return byName;
  const header = await readHeaderRow(path, name);
  return header ? kindFromHeader(header) : null;
}

export function isRawFileKind(value: string): value is RawFileKind {
  return (IMPORT_ORDER as string[]).includes(value);
}
