import 'reflect-metadata';
import { writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { openDatabase } from '../db/orm.js';
import { IMPORT_ORDER, ImportError, expandPaths, importFile, type RawFileKind } from '../modules/imports/index.js';
import { formatErrors, formatSummary, fullErrorReport } from '../modules/imports/import-report.js';

const USAGE = `usage: pnpm import [--kind <kind>] <folder or file>…

Imports raw-data files (UTF-8 CSV with a header row, or .xlsx: the first sheet) into the database
named by DATABASE_URL (default: server/data/scorecard.sqlite). Folders contribute their .csv/.xlsx
files; everything is imported in dependency order:
  ${IMPORT_ORDER.join(', ')}
A file's kind comes from its name (units.csv, ratings-2023.xlsx, 01-units.csv); --kind overrides it.
Each file is all or nothing: a file with any bad row imports nothing and every bad row is listed.
Exit status 1 when a file was rejected.`;

const PRINTED_ERRORS = 200;
const PROGRESS_MIN_BYTES = 4 << 20;

function parseArgs(argv: string[]): { paths: string[]; kind?: RawFileKind } {
  const paths: string[] = [];
  let kind: RawFileKind | undefined;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (a === '--kind') {
      const k = argv[++i];
      if (!IMPORT_ORDER.includes(k as RawFileKind)) throw new ImportError('import/usage', `--kind must be one of ${IMPORT_ORDER.join(', ')}`);
      kind = k as RawFileKind;
    } else if (a.startsWith('-')) {
      throw new ImportError('import/usage', `unknown option ${a}`);
    } else paths.push(a);
  }
  if (paths.length === 0) throw new ImportError('import/usage', 'name at least one folder or file');
  return { paths, kind };
}

/** The full report goes beside the data file, or to the temp folder when that is not writable. */
function writeReport(path: string, text: string): string {
  for (const target of [`${path}.errors.txt`, join(tmpdir(), `${basename(path)}.errors.txt`)]) {
    try {
      writeFileSync(target, text);
      return target;
    } catch {
      // try the next place
    }
  }
  return '(could not be written)';
}

async function main(): Promise<number> {
  const cwd = process.env.INIT_CWD ?? process.cwd();
  let args: { paths: string[]; kind?: RawFileKind };
  let files: Awaited<ReturnType<typeof expandPaths>>;
  try {
    args = parseArgs(process.argv.slice(2));
    files = await expandPaths(args.paths.map((p) => resolve(cwd, p)), {
      kind: args.kind,
      onSkip: (path, reason) => process.stderr.write(`skipped ${path}: ${reason}\n`),
    });
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n\n${USAGE}\n`);
    return 2;
  }
  if (files.length === 0) {
    process.stderr.write('no raw-data files found\n');
    return 2;
  }

  const orm = await openDatabase();
  const tty = process.stderr.isTTY === true;
  let rejected = 0;
  try {
    for (const file of files) {
      let bar: cliProgress.SingleBar | null = null;
      const result = await importFile(orm, file.path, {
        kind: file.kind,
        maxReportedErrors: 100_000,
        onProgress: (p) => {
          if (!tty || p.totalBytes < PROGRESS_MIN_BYTES) return;
          if (!bar) {
            bar = new cliProgress.SingleBar({
              format: `${p.file} [{bar}] {percentage}% | {rows} rows | ETA {eta_formatted}`,
              stream: process.stderr, hideCursor: true, clearOnComplete: true,
            }, cliProgress.Presets.shades_classic);
            bar.start(p.totalBytes, 0, { rows: '0' });
          }
          bar.update(p.bytesRead, { rows: p.rowsRead.toLocaleString('en-US') });
        },
      });
      (bar as cliProgress.SingleBar | null)?.stop();
      process.stdout.write(`${formatSummary(result)}\n`);
      if (result.status === 'rejected') {
        rejected++;
        process.stdout.write(`${formatErrors(result, PRINTED_ERRORS).join('\n')}\n`);
        if (result.errorCount > PRINTED_ERRORS) {
          process.stdout.write(`  full report: ${writeReport(file.path, fullErrorReport(result))}\n`);
        }
      }
    }
  } finally {
    await orm.close(true);
  }
  if (rejected > 0) process.stdout.write(`${rejected} of ${files.length} files rejected\n`);
  return rejected > 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    process.stderr.write(`import failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
    process.exit(1);
  },
);
