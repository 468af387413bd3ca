import { formatSummary } from '../modules/demo/summary.js';
import { GENERATE_USAGE, parseGenerateArgs, type ParsedCli } from '../modules/demo/cli-options.js';
import { generateCity } from '../modules/demo/generate.js';

/** `pnpm generate …`: writes a synthetic city's raw data files (see GENERATE_USAGE). */
async function main(): Promise<void> {
  let parsed: ParsedCli;
  try {
    parsed = parseGenerateArgs(process.argv.slice(2), process.env.INIT_CWD ?? process.cwd());
  } catch (err) {
    process.stderr.write(`${err instanceof Error ? err.message : String(err)}\n\n${GENERATE_USAGE}\n`);
    process.exit(2);
  }
  if (parsed.help) {
    process.stdout.write(`${GENERATE_USAGE}\n`);
    return;
  }
  const { options, quiet } = parsed;
  const tty = process.stderr.isTTY === true;
  if (!quiet) {
    process.stderr.write(
      `generating ${parsed.preset === 'demo' ? '' : `(preset ${parsed.preset}) `}${options.units} units, ` +
        `${options.months} months from ${options.startMonth}, seed ${options.seed} → ${options.outDir}\n`,
    );
  }
  const summary = await generateCity({
    ...options,
    onProgress: (file, rows) => {
      if (quiet) return;
      if (tty) process.stderr.write(`\r  ${file.padEnd(22)} ${rows.toLocaleString('en-US').padStart(12)} rows`);
      else process.stderr.write(`  ${file.padEnd(22)} ${rows.toLocaleString('en-US').padStart(12)} rows\n`);
    },
  });
  if (!quiet && tty) process.stderr.write('\r\x1b[K');
  process.stdout.write(formatSummary(summary));
}

main().catch((err: unknown) => {
  process.stderr.write(`generate failed: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}\n`);
  process.exit(1);
});
