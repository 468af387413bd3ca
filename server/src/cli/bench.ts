// `pnpm bench`: the city-scale performance benchmark (docs/performance.md). Prints one table and
// writes bench/results.json.
import 'reflect-metadata';
import { loadavg } from 'node:os';
import { renderTable } from '../bench/figures.js';
import { parseBenchArgs } from '../bench/options.js';
import { runBench } from '../bench/run.js';

async function main(): Promise<void> {
  let options;
  try {
    options = parseBenchArgs(process.argv.slice(2));
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n`);
    process.exit(2);
  }
  process.env.LOG_LEVEL ??= 'silent';
  const results = await runBench(options);
  if (results.dryRun) return;
  const load = loadavg().map((n) => n.toFixed(2)).join(' ');
  process.stdout.write(`\nbench ${results.preset} on ${results.db} (${results.startedAt}; load average now ${load})\n\n`);
  process.stdout.write(`${renderTable(results.figures)}\n\nwritten: bench/results.json\n`);
}

main().catch((err: unknown) => {
  process.stderr.write(`bench failed: ${err instanceof Error ? err.stack ?? err.message : String(err)}\n`);
  process.exit(1);
});
