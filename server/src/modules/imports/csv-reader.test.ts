import { describe, expect, test } from 'vitest';
import { CsvParser, readCsv } from './csv-reader.js';

async function parseInChunks(text: string, size: number): Promise<Array<[number, unknown[]]>> {
  const bytes = Buffer.from(text);
  const chunks: Buffer[] = [];
  for (let i = 0; i < bytes.length; i += size) chunks.push(bytes.subarray(i, i + size));
  const out: Array<[number, unknown[]]> = [];
  for await (const batch of readCsv((async function* () { yield* chunks; })()).batches) {
    for (const row of batch) out.push([row.line, row.cells]);
  }
  return out;
}

const SAMPLE = '\ufeffa,b,c\r\n1,"x, ""y""",z\r\n\r\n2,"multi\nline",\n3,é中文,"q"tail\n"last","",';
const EXPECTED = [
  [1, ['a', 'b', 'c']],
  [2, ['1', 'x, "y"', 'z']],
  [4, ['2', 'multi\nline', '']],
  [6, ['3', 'é中文', 'qtail']],
  [7, ['last', '', '']],
];

describe('readCsv', () => {
  test.each([1, 2, 3, 5, 7, 64, 1 << 20])('gives the same rows and lines whatever the chunk size (%i bytes)', async (size) => {
    expect(await parseInChunks(SAMPLE, size)).toEqual(EXPECTED);
  });

  test('a quoted value that is never closed is an unreadable file at the line it starts', () => {
    const p = new CsvParser();
    expect(p.push('a,b\n1,2\n3,"open\n\n', false)).toHaveLength(2);
    expect(() => p.push('', true)).toThrow(expect.objectContaining({ line: 3 }));
  });
});
