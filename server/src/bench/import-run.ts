import type { MikroORM } from '@mikro-orm/core';
import { importPaths, type ImportFileResult } from '../modules/imports/index.js';
import { peakRss, rssSampler } from './memory.js';

/** What one import of the whole city reports (sent from the child process as JSON). */
export interface ImportRun {
  seconds: number;
  rows: number;
  files: Array<{ file: string; rows: number; seconds: number; status: string; errors: number }>;
  /** Peak RSS of the importing process, bytes. */
  peakRssBytes: number;
  /** How peakRssBytes was measured. */
  memoryMethod: string;
}

export function summarize(results: ImportFileResult[]): Pick<ImportRun, 'rows' | 'files'> {
  return {
    rows: results.reduce((n, r) => n + r.rowsRead, 0),
    files: results.map((r) => ({
      file: r.file, rows: r.rowsRead, seconds: r.durationMs / 1000, status: r.status, errors: r.errorCount,
    })),
  };
}

/** Imports the files through the real import path (importPaths), timing it and tracking memory. */
export async function runImport(orm: MikroORM, paths: string[], ownProcess: boolean): Promise<ImportRun> {
  const sampler = rssSampler();
  const t0 = performance.now();
  const results = await importPaths(orm, paths);
  const seconds = (performance.now() - t0) / 1000;
  const sampled = sampler.stop();
  const rejected = results.filter((r) => r.status !== 'imported');
  if (rejected.length > 0) {
    throw new Error(`import rejected ${rejected.map((r) => `${r.file}: ${JSON.stringify(r.errors.slice(0, 3))}`).join('; ')}`);
  }
  return {
    seconds,
    ...summarize(results),
    peakRssBytes: ownProcess ? peakRss(sampled) : sampled,
    memoryMethod: ownProcess
      ? 'VmHWM of a child process that only imports'
      : 'sampled rss of the bench process every 50 ms (shared with other steps: an upper bound)',
  };
}
