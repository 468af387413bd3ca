import { createReadStream } from 'node:fs';
import { readdir, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { ImportError } from './errors.js';
import { IMPORT_ORDER, fileFormat, kindFromFileName, type RawFileKind } from './file-kinds.js';
import { importSource, type ImportFileResult, type ImportOptions } from './import.service.js';

/** Imports one file from disk (CSV or, by its extension, .xlsx). */
export async function importFile(orm: MikroORM, path: string, opts: ImportOptions = {}): Promise<ImportFileResult> {
  const info = await stat(path).catch(() => null);
  if (!info?.isFile()) throw new ImportError('import/file-not-found', `${path}: no such file`);
  return importSource(
    orm,
    { name: basename(path), kind: opts.kind, stream: createReadStream(path, { highWaterMark: 1 << 20 }), size: info.size },
    opts,
  );
}

export interface PlannedFile {
  path: string;
  kind: RawFileKind;
}

/**
 * Files and folders → the files to import, in IMPORT_ORDER (then by name, so ratings-2022 comes
 * before ratings-2023). A folder contributes its .csv/.xlsx files (not recursively); one whose name
 * names no raw-data file is skipped and reported through onSkip. A file given by name must be one,
 * and every path must exist: both are thrown before anything is imported.
 */
export async function expandPaths(paths: string[], opts: ImportOptions = {}): Promise<PlannedFile[]> {
  const planned: PlannedFile[] = [];
  for (const p of paths) {
    const full = resolve(p);
    const info = await stat(full).catch(() => null);
    if (!info) throw new ImportError('import/file-not-found', `${p}: no such file or folder`);
    if (info.isDirectory()) {
      for (const name of (await readdir(full)).sort()) {
        if (name.startsWith('.') || name.startsWith('~$') || fileFormat(name) === null) continue;
        const kind = opts.kind ?? kindFromFileName(name);
        if (kind) planned.push({ path: join(full, name), kind });
        else opts.onSkip?.(join(full, name), 'the name names no raw-data file (units.csv, ratings-2023.xlsx, …)');
      }
    } else {
      const kind = opts.kind ?? kindFromFileName(full);
      if (!kind) {
        throw new ImportError('import/unknown-file-kind', `${p}: not a raw-data file name (units.csv, ratings-2023.xlsx, …)`);
      }
      planned.push({ path: full, kind });
    }
  }
  const seen = new Set<string>();
  const unique = planned.filter((f) => !seen.has(f.path) && seen.add(f.path));
  const order = (k: RawFileKind): number => IMPORT_ORDER.indexOf(k);
  return unique.sort((a, b) => order(a.kind) - order(b.kind) || basename(a.path).localeCompare(basename(b.path)) || a.path.localeCompare(b.path));
}

/**
 * Imports files and folders in dependency order. A rejected file does not stop the others; files
 * that reference its rows then fail their own validation.
 */
export async function importPaths(orm: MikroORM, paths: string[], opts: ImportOptions = {}): Promise<ImportFileResult[]> {
  const results: ImportFileResult[] = [];
  for (const file of await expandPaths(paths, opts)) {
    results.push(await importFile(orm, file.path, { ...opts, kind: file.kind }));
  }
  return results;
}
