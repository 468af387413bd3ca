import { readFile } from 'node:fs/promises';
import { basename } from 'node:path';
import { parse } from 'csv-parse';
import { readCsv } from '../modules/imports/csv-reader.js';

/** One parser over one file in memory: rows per second, the median of the runs. */
export interface ParserTiming {
  rows: number;
  seconds: number;
  rowsPerSecond: number;
}

export interface CsvParsing {
  file: string;
  bytes: number;
  runs: number;
  /** Our reader (modules/imports/csv-reader.ts) with its decoding (text-decoding.ts), as the import runs it. */
  ours: ParserTiming;
  /** csv-parse's streaming parser, relaxed like ours (quotes, column counts, blank lines, BOM). */
  csvParse: ParserTiming;
}

/** 1 MB chunks, as the importer reads a file from disk. */
const CHUNK = 1 << 20;

/**
 * The parse-only comparison that keeps our own CSV reader honest (docs/performance.md): the same
 * bytes, already in memory, in the same chunks, through each parser; rows counted, nothing else
 * done with them. Ours must stay clearly ahead, or the import switches to csv-parse.
 */
export async function timeCsvParsing(path: string, runs = 3): Promise<CsvParsing> {
  const bytes = await readFile(path);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += CHUNK) chunks.push(bytes.subarray(i, i + CHUNK));
  const ours: number[] = [];
  const theirs: number[] = [];
  let rows = 0;
  let theirRows = 0;
  for (let i = 0; i < runs; i++) {
    // Alternate the order so that neither parser always runs on a warmer (or more loaded) machine.
    const oursFirst = i % 2 === 0;
    const first = await timed(() => (oursFirst ? parseWithOurs(chunks) : parseWithCsvParse(chunks)));
    const second = await timed(() => (oursFirst ? parseWithCsvParse(chunks) : parseWithOurs(chunks)));
    const [a, b] = oursFirst ? [first, second] : [second, first];
    [rows, theirRows] = [a.rows, b.rows];
    ours.push(a.seconds);
    theirs.push(b.seconds);
  }
  return { file: basename(path), bytes: bytes.length, runs, ours: timing(rows, ours), csvParse: timing(theirRows, theirs) };
}

async function timed(run: () => Promise<number>): Promise<{ rows: number; seconds: number }> {
  const t0 = performance.now();
  const rows = await run();
  return { rows, seconds: (performance.now() - t0) / 1000 };
}

function timing(rows: number, seconds: number[]): ParserTiming {
  const median = [...seconds].sort((a, b) => a - b)[Math.floor(seconds.length / 2)];
  return { rows, seconds: median, rowsPerSecond: median > 0 ? rows / median : 0 };
}

async function parseWithOurs(chunks: Buffer[]): Promise<number> {
  let rows = 0;
  for await (const batch of readCsv(fromChunks(chunks)).batches) rows += batch.length;
  return rows;
}

async function parseWithCsvParse(chunks: Buffer[]): Promise<number> {
  const parser = parse({ relax_quotes: true, relax_column_count: true, skip_empty_lines: true, bom: true });
  let rows = 0;
  const counted = (async () => {
    for await (const record of parser) if (record) rows++;
  })();
  for (const chunk of chunks) if (!parser.write(chunk)) await new Promise((resolve) => parser.once('drain', resolve));
  parser.end();
  await counted;
  return rows;
}

async function* fromChunks(chunks: Buffer[]): AsyncGenerator<Buffer> {
  yield* chunks;
}
