import { createReadStream, existsSync } from 'node:fs';
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { demoCityFiles, GENERATOR_VERSION, PRESETS } from '../modules/demo/index.js';

export interface BenchDataset {
  dir: string;
  files: string[];
  firstDay: string;
  lastDay: string;
  /** Files with one more day of records (see writeExtraDay). */
  extraDayFiles: string[];
  generateSeconds: number;
  reused: boolean;
}

/** The generated city for a preset, under bench/work, reused while generator version and options match. */
export async function benchDataset(workDir: string, presetName: string): Promise<BenchDataset> {
  const preset = PRESETS[presetName];
  if (!preset) throw new Error(`unknown preset ${presetName}`);
  const dir = join(workDir, `${presetName}-${GENERATOR_VERSION}-${preset.seed}`);
  const reused = existsSync(join(dir, 'generator.json'));
  const t0 = performance.now();
  const files = await demoCityFiles({ preset: presetName, cacheDir: dir });
  const generateSeconds = (performance.now() - t0) / 1000;
  const about = await readFile(join(dir, 'ABOUT.txt'), 'utf8');
  const [, firstDay, lastDay] = /(\d{4}-\d{2}-\d{2}) \.\. (\d{4}-\d{2}-\d{2})/.exec(about) ?? [];
  if (!firstDay || !lastDay) throw new Error(`no date range in ${dir}/ABOUT.txt`);
  const extraDayFiles = await writeExtraDay(dir, lastDay);
  return { dir, files, firstDay, lastDay, extraDayFiles, generateSeconds, reused };
}

interface ExtraDaySpec {
  file: string;
  /** Column holding the date or timestamp that decides whether a row belongs to the day. */
  dateColumn: number;
  /** The late record derived from a row of that day, or null to skip it. */
  derive: (cells: string[], day: string, seen: Set<string>) => string[] | null;
}

/**
 * "One more day of records" for the incremental figure: for the last generated day, a second
 * delivery as large as the day itself — new cases and ratings (ids suffixed `-late`), one more update
 * per resource updated that day, and corrected call counts (same keys: replaced). What an operator
 * imports when a source system re-sends yesterday; it touches the month, quarter and year of that day.
 */
const EXTRA_DAY: ExtraDaySpec[] = [
  {
    file: 'resource_updates.csv', dateColumn: 1,
    derive: ([id], day, seen) => (seen.has(id) ? null : (seen.add(id), [id, `${day} 23:59:59`])),
  },
  { file: 'data_calls.csv', dateColumn: 2, derive: ([r, c, d, n]) => [r, c, d, String(Number(n) + 1)] },
  { file: 'cases.csv', dateColumn: 2, derive: ([id, ...rest]) => [`${id}-late`, ...rest] },
  { file: 'ratings.csv', dateColumn: 2, derive: ([id, ...rest]) => [`${id}-late`, ...rest] },
];

async function writeExtraDay(dir: string, day: string): Promise<string[]> {
  const outDir = join(dir, `extra-day-${day}`);
  const paths = EXTRA_DAY.map((s) => join(outDir, s.file));
  if (paths.every((p) => existsSync(p))) return paths;
  await mkdir(outDir, { recursive: true });
  for (const spec of EXTRA_DAY) {
    const lines: string[] = [];
    const seen = new Set<string>();
    const input = createInterface({ input: createReadStream(join(dir, spec.file)), crlfDelay: Infinity });
    let header = true;
    for await (const line of input) {
      if (header) {
        lines.push(line);
        header = false;
        continue;
      }
      // Generated files have no quoted commas in these columns; timestamps start with their date.
      const cells = line.split(',');
      if (!cells[spec.dateColumn]?.startsWith(day)) continue;
      const out = spec.derive(cells, day, seen);
      if (out) lines.push(out.join(','));
    }
    const target = join(outDir, spec.file);
    await writeFile(`${target}.tmp`, `${lines.join('\n')}\n`, 'utf8');
    await rename(`${target}.tmp`, target);
  }
  return paths;
}
