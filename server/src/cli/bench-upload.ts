// `node server/dist/cli/bench-upload.js [--rows N] [--db sqlite|postgres]`: only issue 13's figures
// (a large upload's server memory, rankings during it, ranking page bytes on the wire). `pnpm bench`
// runs the same step after its own.
import 'reflect-metadata';
import { join } from 'node:path';
import { REPO_ROOT } from '../db/orm.js';
import { renderTable } from '../bench/figures.js';
import { runUploadBench, uploadFigures } from '../bench/upload-run.js';

const args = process.argv.slice(2);
const at = (name: string): string | undefined => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : undefined;
};
process.env.LOG_LEVEL ??= 'silent';
const rows = Number(at('--rows') ?? 1_000_000);
const db = at('--db') === 'postgres' ? 'postgresql' : 'sqlite';
const adminUrl = process.env.TEST_POSTGRES_URL ?? process.env.DATABASE_URL ?? '';
const run = await runUploadBench(db, join(REPO_ROOT, 'bench', 'work'), adminUrl, rows, true);
process.stdout.write(`\nupload bench on ${db}\n\n${renderTable(uploadFigures(run))}\n`);
process.stdout.write(`${JSON.stringify(run, null, 2)}\n`);
