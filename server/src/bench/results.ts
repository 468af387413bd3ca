import type { BareInsert } from './bare-insert.js';
import type { BrowserFigures } from './browser.js';
import type { BundleSize } from './bundle.js';
import type { CsvParsing } from './csv-parsing.js';
import type { Figure } from './figures.js';
import type { ImportRun } from './import-run.js';
import type { LoadResult } from './load.js';
import type { Recompute } from './recompute.js';
import type { WhatIf } from './whatif.js';
import type { StabilityRun } from './stability.js';
import type { WorkbenchFigures } from './workbench-browser.js';
import type { UploadRun } from './upload-run.js';

export interface BenchDetails {
  dataset: { dir: string; reused: boolean; lastDay: string; files: number };
  import: ImportRun;
  bare: BareInsert | null;
  csvParsing: CsvParsing | null;
  extraDay: { rows: number; seconds: number };
  recompute: { cold: Recompute; incremental: Recompute };
  load: { ranking: LoadResult; scorecard: LoadResult; period: string; warmSeconds: number | null };
  browser: BrowserFigures;
  workbench: WorkbenchFigures;
  whatIf: WhatIf;
  stability: StabilityRun;
  bundle: BundleSize | null;
  /** Issue 13's upload step (bench/upload-run.ts); null when it failed. */
  upload?: UploadRun | null;
  loadAverage: { before: number[]; after: number[] };
}

export interface BenchResults {
  preset: string;
  db: 'sqlite' | 'postgresql';
  startedAt: string;
  dryRun: boolean;
  figures: Figure[];
  details: BenchDetails | Record<string, never>;
}

const MB = 1024 * 1024;

/** The figures of the issue, in the order of the table. */
export function figuresOf(d: BenchDetails): Figure[] {
  const updates = d.import.files.find((f) => f.file === 'resource_updates.csv');
  const updatesRate = updates && updates.seconds > 0 ? updates.rows / updates.seconds : null;
  const ratio = updatesRate !== null && d.bare ? updatesRate / d.bare.rowsPerSecond : null;
  return [
    { id: 'import.rowsPerSecond', label: 'import, all files (rows/s)', measured: d.import.rows / d.import.seconds, unit: 'rows/s', target: null,
      note: `${d.import.rows} rows in ${d.import.seconds.toFixed(1)} s` },
    { id: 'import.updatesRowsPerSecond', label: 'import, resource_updates.csv (rows/s)', measured: updatesRate, unit: 'rows/s', target: null },
    { id: 'bare.rowsPerSecond', label: 'bare better-sqlite3 insert loop (rows/s)', measured: d.bare?.rowsPerSecond ?? null, unit: 'rows/s', target: null },
    { id: 'import.ratioToBare', label: 'import ÷ bare loop, same rows', measured: ratio, unit: '×', target: { op: '>=', value: 0.7 } },
    { id: 'csv.oursRowsPerSecond', label: 'CSV parse only, our reader (rows/s)', measured: d.csvParsing?.ours.rowsPerSecond ?? null,
      unit: 'rows/s', target: null, note: d.csvParsing ? `${d.csvParsing.file}, median of ${d.csvParsing.runs}` : undefined },
    { id: 'csv.csvParseRowsPerSecond', label: 'CSV parse only, csv-parse (rows/s)', measured: d.csvParsing?.csvParse.rowsPerSecond ?? null,
      unit: 'rows/s', target: null },
    // Below the target our own reader is not worth keeping: switch the import to csv-parse.
    { id: 'csv.oursVsCsvParse', label: 'our CSV reader ÷ csv-parse', unit: '×', target: { op: '>=', value: 1.5 },
      measured: d.csvParsing && d.csvParsing.csvParse.rowsPerSecond > 0 ? d.csvParsing.ours.rowsPerSecond / d.csvParsing.csvParse.rowsPerSecond : null },
    { id: 'import.peakRssMB', label: 'import peak memory (RSS)', measured: d.import.peakRssBytes / MB, unit: 'MB', target: { op: '<=', value: 512 },
      note: d.import.memoryMethod },
    { id: 'recompute.coldSeconds', label: `recompute ${d.recompute.cold.periods} periods, cold`, measured: d.recompute.cold.seconds, unit: 's', target: { op: '<=', value: 10 } },
    { id: 'recompute.incrementalSeconds', label: 'recompute after one more day', measured: d.recompute.incremental.seconds, unit: 's', target: { op: '<=', value: 1 } },
    { id: 'ranking.requestsPerSecond', label: 'ranking query throughput', measured: d.load.ranking.requestsPerSecond, unit: 'req/s', target: { op: '>=', value: 2000 } },
    { id: 'ranking.p50Ms', label: 'ranking query p50', measured: d.load.ranking.p50Ms, unit: 'ms', target: null },
    { id: 'ranking.p99Ms', label: 'ranking query p99', measured: d.load.ranking.p99Ms, unit: 'ms', target: { op: '<=', value: 25 } },
    { id: 'scorecard.requestsPerSecond', label: 'scorecard query throughput', measured: d.load.scorecard.requestsPerSecond, unit: 'req/s', target: null },
    { id: 'scorecard.p50Ms', label: 'scorecard query p50', measured: d.load.scorecard.p50Ms, unit: 'ms', target: null },
    { id: 'scorecard.p99Ms', label: 'scorecard query p99', measured: d.load.scorecard.p99Ms, unit: 'ms', target: { op: '<=', value: 50 } },
    { id: 'warmUp.seconds', label: 'server warm-up after start (latest periods)', measured: d.load.warmSeconds, unit: 's', target: null,
      note: d.load.warmSeconds === null ? 'in-process server: warm-up off' : undefined },
    { id: 'browser.rankingLcpMs', label: 'ranking page LCP (headless Chromium)', measured: d.browser.rankingLcpMs, unit: 'ms',
      target: { op: '<=', value: 1500 }, note: d.browser.note },
    { id: 'browser.periodSwitchMs', label: 'period switch re-render', measured: d.browser.periodSwitchMs, unit: 'ms',
      target: { op: '<=', value: 300 }, note: d.browser.note },
    { id: 'whatIf.medianMs', label: `what-if re-rank, ${d.whatIf.units} units (median)`, measured: d.whatIf.medianMs, unit: 'ms', target: { op: '<=', value: 50 } },
    { id: 'browser.whatIfRedrawMs', label: `workbench: slider step → preview redrawn, ${d.workbench.units ?? '?'} units (median)`,
      measured: d.workbench.whatIfRedrawMs, unit: 'ms', target: { op: '<=', value: 100 }, note: d.workbench.note },
    { id: 'stability.medianMs', label: `rank stability, ${d.stability.units} units × ${d.stability.samples} samples (Node, median)`,
      measured: d.stability.medianMs, unit: 'ms', target: { op: '<=', value: 1000 } },
    { id: 'browser.stabilityMs', label: 'workbench: recompute → stability chart drawn, 1,000 samples in a Web Worker (median)',
      measured: d.workbench.stabilityMs, unit: 'ms', target: { op: '<=', value: 1000 }, note: d.workbench.note },
    { id: 'browser.stabilityWorkerMs', label: 'workbench: Monte Carlo inside the Web Worker (median)', measured: d.workbench.stabilityWorkerMs,
      unit: 'ms', target: null, note: d.workbench.note },
    { id: 'bundle.rankingKB', label: 'ranking page initial JS (gzip)', measured: d.bundle ? d.bundle.rankingGzipBytes / 1024 : null, unit: 'KB',
      target: { op: '<=', value: 250 }, note: d.bundle ? undefined : 'client/dist is missing (pnpm build)' },
  ];
}

/** Figures where PostgreSQL must stay within 2× of the SQLite run of the same preset (time-like: PG ÷ SQLite). */
const COMPARED: Array<{ id: string; higherIsBetter: boolean }> = [
  { id: 'import.rowsPerSecond', higherIsBetter: true },
  { id: 'recompute.coldSeconds', higherIsBetter: false },
  { id: 'recompute.incrementalSeconds', higherIsBetter: false },
  { id: 'ranking.requestsPerSecond', higherIsBetter: true },
  { id: 'ranking.p99Ms', higherIsBetter: false },
  { id: 'scorecard.p99Ms', higherIsBetter: false },
];

/** "PostgreSQL within 2× of SQLite": slowdown factors against the last SQLite results of this preset. */
export function postgresComparison(pgFigures: Figure[], sqlite: BenchResults | null): Figure[] {
  return COMPARED.map(({ id, higherIsBetter }) => {
    const pg = pgFigures.find((f) => f.id === id)?.measured ?? null;
    const lite = sqlite?.figures.find((f) => f.id === id)?.measured ?? null;
    const factor = pg !== null && lite !== null && pg > 0 && lite > 0 ? (higherIsBetter ? lite / pg : pg / lite) : null;
    return {
      id: `vsSqlite.${id}`, label: `PostgreSQL slowdown vs SQLite: ${id}`, measured: factor, unit: '×',
      target: { op: '<=', value: 2 }, note: sqlite ? `against the SQLite run of ${sqlite.startedAt}` : 'no SQLite results for this preset yet',
    };
  });
}
