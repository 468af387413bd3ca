// Child process of the benchmark: opens the bench database and imports the files given on the
// command line, so that its peak RSS is the import's alone. Sends one ImportRun message and exits.
import 'reflect-metadata';
import { openDatabase } from '../db/orm.js';
import { runImport } from './import-run.js';

const [url, ...paths] = process.argv.slice(2);
const orm = await openDatabase(url);
try {
  const run = await runImport(orm, paths, true);
  process.send?.({ ok: true, run });
} catch (err) {
  process.send?.({ ok: false, error: err instanceof Error ? err.stack ?? err.message : String(err) });
} finally {
  await orm.close(true);
}
