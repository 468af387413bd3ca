import { createWriteStream, type WriteStream } from 'node:fs';
import { once } from 'node:events';

const CHUNK_CHARS = 1 << 16;

/**
 * A buffered CSV file: rows are appended synchronously to a string buffer that is handed to the
 * stream in 64K-character chunks; callers `await drain()` at loop boundaries so a multi-million-row
 * file never sits in memory. Fields must already be CSV-safe (ids, numbers, dates) or be passed
 * through shared's csvField: free text (names, descriptions) is then quoted when it needs it and made
 * spreadsheet-safe like every CSV the product writes, since people open these files in Excel too.
 */
export class CsvFile {
  private readonly stream: WriteStream;
  private buffer = '';
  private failure: Error | null = null;
  rows = 0;

  constructor(readonly path: string, header: readonly string[]) {
    this.stream = createWriteStream(path, { encoding: 'utf8' });
    // Keep the error for drain/close to throw; an 'error' without a listener would crash the process.
    this.stream.on('error', (err: Error) => {
      this.failure = err;
    });
    this.buffer = `${header.join(',')}\n`;
  }

  row(line: string): void {
    this.buffer += line;
    this.buffer += '\n';
    this.rows++;
    if (this.buffer.length >= CHUNK_CHARS) this.flushBuffer();
  }

  private flushBuffer(): void {
    this.stream.write(this.buffer);
    this.buffer = '';
  }

  /** Wait for the stream when its internal buffer is full. */
  async drain(): Promise<void> {
    if (this.failure) throw this.failure;
    // writableNeedDrain (not a flag of ours) so a 'drain' emitted before we wait cannot be missed.
    if (this.stream.writableNeedDrain) await once(this.stream, 'drain');
  }

  async close(): Promise<number> {
    if (this.buffer.length > 0) this.flushBuffer();
    await this.drain();
    this.stream.end();
    await once(this.stream, 'finish');
    if (this.failure) throw this.failure;
    return this.rows;
  }
}
