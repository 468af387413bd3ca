import { createWriteStream } from 'node:fs';
import { once } from 'node:events';
import { join } from 'node:path';

/** The files of the upload bench: units, resources, and data_calls of exactly `rows` rows. */
export interface UploadData {
  units: string;
  resources: string;
  /** A few calls on the same days, imported first: the periods have data and rank while the big file imports. */
  seed: string;
  calls: string;
  rows: number;
}

const UNITS = 100;
const RESOURCES = 100;

async function write(path: string, lines: Iterable<string>): Promise<void> {
  const out = createWriteStream(path);
  let chunk = '';
  for (const line of lines) {
    chunk += line;
    if (chunk.length > 1 << 16) {
      if (!out.write(chunk)) await once(out, 'drain');
      chunk = '';
    }
  }
  out.end(chunk);
  await once(out, 'finish');
}

function* callLines(rows: number): Generator<string> {
  yield 'resource_id,caller_unit_code,date,count\n';
  const days = Math.ceil(rows / (RESOURCES * UNITS));
  let n = 0;
  const start = Date.UTC(2023, 0, 1);
  for (let d = 0; d < days; d++) {
    const date = new Date(start + d * 86_400_000).toISOString().slice(0, 10);
    for (let r = 0; r < RESOURCES; r++) {
      for (let u = 0; u < UNITS; u++) {
        if (n++ >= rows) return;
        yield `R${String(r).padStart(4, '0')},U${String(u).padStart(3, '0')},${date},${(r * 7 + u * 3 + d) % 50}\n`;
      }
    }
  }
}

/** Writes the files (about 40 bytes a call row: 1,000,000 rows ≈ 38 MB). */
export async function uploadData(dir: string, rows: number): Promise<UploadData> {
  const units = join(dir, 'units.csv');
  const resources = join(dir, 'resources.csv');
  const calls = join(dir, 'data_calls.csv');
  const seed = join(dir, 'data_calls-seed.csv');
  await write(seed, (function* () {
    yield 'resource_id,caller_unit_code,date,count\n';
    for (let d = 0; d < 100; d++) {
      for (let u = 0; u < UNITS; u += 10) yield `R0000,U${String(u).padStart(3, '0')},${new Date(Date.UTC(2023, 0, 1) + d * 86_400_000).toISOString().slice(0, 10)},1\n`;
    }
  })());
  await write(units, (function* () {
    yield 'code,name,kind\n';
    for (let u = 0; u < UNITS; u++) yield `U${String(u).padStart(3, '0')},Unit ${u},${u % 3 === 0 ? 'district' : 'municipal'}\n`;
  })());
  await write(resources, (function* () {
    yield 'resource_id,unit_code,name,update_cycle,registered_on,retired_on\n';
    for (let r = 0; r < RESOURCES; r++) yield `R${String(r).padStart(4, '0')},U${String(r % UNITS).padStart(3, '0')},Resource ${r},monthly,2022-01-01,\n`;
  })());
  await write(calls, callLines(rows));
  return { units, resources, seed, calls, rows };
}
