import 'reflect-metadata';
import { createHash } from 'node:crypto';
import { createReadStream, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import cliProgress from 'cli-progress';
import { openDatabase } from '../db/orm.js';
import { IMPORT_ORDER, ImportError, expandPaths, importFile, type RawFileKind } from '../modules/imports/index.js';
import { earlierImport } from '../modules/imports/import-batches.js';
import { formatErrors, formatSummary, fullErrorReport } from '../modules/imports/import-report.js';

const USAGE = `usage: pnpm import [--kind <kind>] [--force] <folder or file>…

Imports raw-data files (CSV with a header row in UTF-8 or GB18030/GBK, or .xlsx: the first sheet)
into the database named by DATABASE_URL (default: data/scorecard.sqlite). Folders contribute their
.csv/.xlsx files; everything is imported in dependency order:
  ${IMPORT_ORDER.join(', ')}
A file's kind comes from its name (units.csv, ratings-2023.xlsx, 01-units.csv); --kind overrides it.
Each file is all or nothing: a file with any bad row imports nothing and every bad row is listed.
A file whose bytes and kind were imported before (here or uploaded) is skipped: importing it again
would change nothing, or put back rows a later file replaced; --force imports it anyway.
Exit status: 0 all imported, 1 a file was rejected, 2 bad arguments or no files,
3 the database could not be opened or refused to record an import.`;

/** Exit statuses (documented in USAGE and README.md). */
const EXIT = { ok: 0, rejected: 1, usage: 2, database: 3 } as const;

const PRINTED_ERRORS = 200;
const PROGRESS_MIN_BYTES = 4 << 20;

function parseArgs(argv: string[]): { paths: string[]; kind?: RawFileKind; force: boolean } {
  const paths: string[] = [];
  let kind: RawFileKind | undefined;
  let force = false;
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--help' || a === '-h') {
      process.stdout.write(`${USAGE}\n`);
      process.exit(0);
    } else if (a === '--kind') {
      const k = argv[++i];
      if (!IMPORT_ORDER.includes(k as RawFileKind)) throw new ImportError('import/usage', `--kind must be one of ${IMPORT_ORDER.join(', ')}`);
      kind = k as RawFileKind;
    } else if (a === '--force') {
      force = true;
    } else if (a.startsWith('-')) {
      throw new ImportError('import/usage', `unknown option ${a}`);
    } else paths.push(a);
  }
  if (paths.length === 0) throw new ImportError('import/usage', 'name at least one folder or file');
  return { paths, kind, force };
}

/** SHA-256 (hex) of a file, read as a stream. */
async function sha256Of(path: string): Promise<string> {
  const hash = createHash('sha256');
  for await (const chunk of createReadStream(path, { highWaterMark: 1 << 20 })) hash.update(chunk as Buffer);
  return hash.digest('hex');
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

/** The DATABASE_URL as it may be shown: without a password. */
function shownDatabase(): string {
  const url = process.env.DATABASE_URL;
  if (!url) return 'data/scorecard.sqlite';
  return url.replace(/\/\/([^:@/]*):[^@/]*@/, '//$1:***@');
}

/** A failure as one line for people: its message, never a stack. */
const messageOf = (err: unknown): string => (err instanceof Error ? err.message : String(err)).split('\n')[0];

async function main(): Promise<number> {
  const cwd = process.env.INIT_CWD ?? process.cwd();
  let args: ReturnType<typeof parseArgs>;
  let files: Awaited<ReturnType<typeof expandPaths>>;
  try {
    args = parseArgs(process.argv.slice(2));
    files = await expandPaths(args.paths.map((p) => resolve(cwd, p)), {
      kind: args.kind,
      onSkip: (path, reason) => process.stderr.write(`skipped ${path}: ${reason}\n`),
    });
  } catch (err) {
    process.stderr.write(`${messageOf(err)}\n\n${USAGE}\n`);
    return EXIT.usage;
  }
  if (files.length === 0) {
    process.stderr.write('no raw-data files found\n');
    return EXIT.usage;
  }

  let orm: Awaited<ReturnType<typeof openDatabase>>;
  try {
    orm = await openDatabase();
  } catch (err) {
    process.stderr.write(`import failed: the database ${shownDatabase()} could not be opened: ${messageOf(err)}\n`);
    return EXIT.database;
  }
  const tty = process.stderr.isTTY === true;
  let rejected = 0;
  try {
    for (const file of files) {
      const sha256 = await sha256Of(file.path);
      const earlier = args.force ? null : await earlierImport(orm.em.fork(), sha256, file.kind);
      if (earlier) {
        process.stdout.write(`= ${basename(file.path)} (${file.kind}): the same file was already imported `
          + `(${earlier.fileName}, ${earlier.finishedAt ?? '?'}, batch ${earlier.batchId}): skipped; --force imports it again\n`);
        continue;
      }
      let bar: cliProgress.SingleBar | null = null;
      const result = await importFile(orm, file.path, {
        kind: file.kind,
        sha256,
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
  } catch (err) {
    // importFile throws only when not even the rejection could be recorded (or the file vanished).
    process.stderr.write(`import failed: ${messageOf(err)}\n`);
    return err instanceof ImportError && err.code === 'import/file-not-found' ? EXIT.usage : EXIT.database;
  } finally {
    await orm.close(true).catch(() => undefined);
  }
  if (rejected > 0) process.stdout.write(`${rejected} of ${files.length} files rejected\n`);
  return rejected > 0 ? EXIT.rejected : EXIT.ok;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    // Nothing above should get here; if anything does, it is still one line and no stack.
    process.stderr.write(`import failed: ${messageOf(err)}\n`);
    process.exit(EXIT.database);
  },
);
