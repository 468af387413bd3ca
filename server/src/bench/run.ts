import { mkdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { loadavg } from 'node:os';
import { basename, join } from 'node:path';
import type { MikroORM } from '@mikro-orm/core';
import { previousPeriod } from '@scorecard/shared';
import { loadConfig } from '../config.js';
import { openDatabase, REPO_ROOT } from '../db/orm.js';
import { listUnits } from '../modules/units/unit.service.js';
import { createServices } from '../services.js';
import { bareInsert, type BareInsert } from './bare-insert.js';
import { rankingBundleSize } from './bundle.js';
import { childModule, forkForMessage } from './child.js';
import { timeCsvParsing, type CsvParsing } from './csv-parsing.js';
import { freshDatabase } from './database.js';
import { benchDataset } from './dataset.js';
import type { Figure } from './figures.js';
import { runImport, type ImportRun } from './import-run.js';
import { loadServer } from './load.js';
import type { BenchOptions } from './options.js';
import { periodsWithData, recomputeAll } from './recompute.js';
import { timeWhatIf } from './whatif.js';
import { timeStability } from './stability.js';
import { figuresOf, postgresComparison, type BenchResults } from './results.js';
import { runUploadBench, uploadFigures, type UploadRun } from './upload-run.js';

async function importCity(url: string, paths: string[], o: BenchOptions): Promise<ImportRun> {
  const module = o.childProcesses ? childModule('import-child.js') : null;
  if (module) return (await forkForMessage<ImportRun>(module, [url, ...paths])).message.run as ImportRun;
  const orm = await openDatabase(url);
  try {
    return await runImport(orm, paths, false);
  } finally {
    await orm.close(true);
  }
}

/** Runs every step of the benchmark and writes bench/results.json (and a copy per database and preset). */
export async function runBench(o: BenchOptions): Promise<BenchResults> {
  const workDir = join(o.benchDir, 'work');
  mkdirSync(workDir, { recursive: true });
  const startedAt = new Date().toISOString();
  const loadBefore = loadavg();
  o.log(`→ dataset: preset ${o.preset}`);
  const data = await benchDataset(workDir, o.preset);
  o.log(`  ${data.reused ? 'reused' : 'generated'} ${data.dir} (${data.generateSeconds.toFixed(1)} s)`);

  const db = await freshDatabase(o.db, workDir, o.preset, o.postgresAdminUrl);
  let orm: MikroORM | null = null;
  try {
    if (o.dryRun) {
      orm = await openDatabase(db.url);
      o.log(`→ dry run: ${o.db} database migrated at ${db.url.replace(/\/\/[^@]*@/, '//')}; stopping before the import`);
      return { preset: o.preset, db: o.db, startedAt, dryRun: true, figures: [], details: {} };
    }
    o.log(`→ import ${data.files.length} files into a fresh ${o.db} database`);
    const imported = await importCity(db.url, data.files, o);
    o.log(`  ${imported.rows.toLocaleString('en-US')} rows in ${imported.seconds.toFixed(1)} s`);

    let bare: BareInsert | null = null;
    let csvParsing: CsvParsing | null = null;
    const updates = data.files.find((f) => basename(f) === 'resource_updates.csv');
    if (updates) {
      o.log('→ bare better-sqlite3 insert loop (reference)');
      bare = await bareInsert(updates, workDir);
      o.log('→ CSV parse only: our reader and csv-parse');
      csvParsing = await timeCsvParsing(updates);
    }

    orm = await openDatabase(db.url);
    // The generated months, their quarters and year (a city-year: 17). Late dates (a case completed in
    // January of the next year) also give the next year's periods data; they are not part of the figure.
    const periods = (await periodsWithData(orm)).filter((p) => p.start >= data.firstDay && p.end <= data.lastDay);
    const config = loadConfig({ ...process.env, DEMO_DATA: 'false' });
    const services = createServices(orm, config);
    o.log(`→ recompute ${periods.length} periods cold`);
    const cold = await recomputeAll(orm, services, periods);
    o.log(`→ import one more day (${data.lastDay}) and recompute`);
    const extra = await runImport(orm, data.extraDayFiles, false);
    const incremental = await recomputeAll(orm, services, periods);

    const latestMonth = periods.filter((p) => p.kind === 'month').sort((a, b) => b.end.localeCompare(a.end))[0];
    const unitCodes = (await listUnits(orm.em.fork())).map((u) => u.code);
    o.log(`→ load: ranking and scorecard of ${latestMonth.id}, ${o.connections} connections × ${o.durationSeconds} s each`);
    const { ranking, scorecard, warmSeconds, browser, workbench } = await loadServer(orm, {
      url: db.url, period: latestMonth.id, otherPeriod: previousPeriod(latestMonth).id, unitCodes, connections: o.connections,
      durationSeconds: o.durationSeconds, childProcess: o.childProcesses,
    });

    o.log(`→ what-if re-rank of ${o.whatIfUnits} units`);
    const whatIf = timeWhatIf(o.whatIfUnits);
    o.log('→ rank stability Monte Carlo, 75 units × 1,000 samples');
    const stability = timeStability(75, 1000);
    o.log('→ client bundle');
    const bundle = rankingBundleSize(REPO_ROOT, o.preset !== 'smoke');
    // Issue 13: a large upload through POST /api/imports (the smoke preset: 20,000 rows) on a server
    // of its own, rankings answered meanwhile, and the ranking page's script bytes on the wire.
    const uploadRows = o.preset === 'smoke' ? 20_000 : 1_000_000;
    o.log(`→ upload of ${uploadRows.toLocaleString('en-US')} rows through POST /api/imports, rankings meanwhile; ranking page bytes on the wire`);
    let upload: UploadRun | null = null;
    try {
      upload = await runUploadBench(o.db, workDir, o.postgresAdminUrl, uploadRows, o.childProcesses);
    } catch (err) {
      o.log(`  upload step failed: ${err instanceof Error ? err.message : String(err)}`);
    }

    const details = {
      dataset: { dir: data.dir, reused: data.reused, lastDay: data.lastDay, files: imported.files.length },
      import: imported, bare, csvParsing, extraDay: { rows: extra.rows, seconds: extra.seconds },
      recompute: { cold, incremental }, load: { ranking, scorecard, period: latestMonth.id, warmSeconds }, browser, workbench,
      whatIf, stability, bundle, upload, loadAverage: { before: loadBefore, after: loadavg() },
    };
    const figures: Figure[] = [...figuresOf(details), ...uploadFigures(upload)];
    if (o.db === 'postgresql') figures.push(...postgresComparison(figures, readPrevious(o.benchDir, 'sqlite', o.preset)));
    const results: BenchResults = { preset: o.preset, db: o.db, startedAt, dryRun: false, figures, details };
    writeFileSync(join(o.benchDir, 'results.json'), `${JSON.stringify(results, null, 2)}\n`);
    writeFileSync(join(o.benchDir, `results-${o.db}-${o.preset}.json`), `${JSON.stringify(results, null, 2)}\n`);
    return results;
  } finally {
    await orm?.close(true);
    if (!o.keepDatabase) await db.drop();
  }
}

function readPrevious(benchDir: string, db: string, preset: string): BenchResults | null {
  const path = join(benchDir, `results-${db}-${preset}.json`);
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as BenchResults) : null;
}
