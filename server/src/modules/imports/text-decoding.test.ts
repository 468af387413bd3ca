import { describe, expect, test } from 'vitest';
import { readCsv } from './csv-reader.js';
import { MAX_LINE_BYTES, StreamTextDecoder, UndecodableTextError } from './text-decoding.js';

const gbk = (s: string): Buffer => Buffer.from(new Uint8Array([...s].flatMap((ch) => [...gbkBytes(ch)])));
/** GBK bytes of the few characters these tests use (GB2312 codes). */
function gbkBytes(ch: string): number[] {
  const table: Record<string, number[]> = { 中: [0xd6, 0xd0], 文: [0xce, 0xc4], 郑: [0xd6, 0xa3], 州: [0xd6, 0xdd] };
  return table[ch] ?? [ch.charCodeAt(0)];
}

/** Decodes `bytes` delivered in chunks of `size` bytes; returns the text and the encoding chosen. */
function decodeInChunks(bytes: Buffer, size: number): { text: string; encoding: string | null } {
  const d = new StreamTextDecoder();
  let text = '';
  for (let i = 0; i < bytes.length; i += size) text += d.write(bytes.subarray(i, i + size));
  text += d.end();
  return { text, encoding: d.encoding };
}

/** The line of the first problem readCsv reports for `bytes` delivered in chunks of `size` bytes. */
async function unreadableLine(bytes: Buffer, size: number): Promise<{ line: number; message: string }> {
  async function* chunks(): AsyncGenerator<Buffer> {
    for (let i = 0; i < bytes.length; i += size) yield bytes.subarray(i, i + size);
  }
  try {
    for await (const batch of readCsv(chunks()).batches) void batch;
  } catch (err) {
    return err as { line: number; message: string };
  }
  throw new Error('no error');
}

describe('StreamTextDecoder', () => {
  const samples: Array<[string, Buffer, string, string]> = [
    ['ASCII only', Buffer.from('a,b\n1,2\n'), 'a,b\n1,2\n', 'UTF-8'],
    ['UTF-8', Buffer.from('名称,值\n中文,1\n'), '名称,值\n中文,1\n', 'UTF-8'],
    ['UTF-8 with a BOM', Buffer.from('\ufeff名称\n'), '名称\n', 'UTF-8'],
    ['GBK', Buffer.concat([Buffer.from('code,name\nA,'), gbk('郑州中文'), Buffer.from('\n')]), 'code,name\nA,郑州中文\n', 'GB18030'],
    ['UTF-16LE with a BOM', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('a,中\r\nb,文', 'utf16le')]), 'a,中\r\nb,文', 'UTF-16LE'],
    ['UTF-16BE with a BOM', Buffer.concat([Buffer.from([0xfe, 0xff]), Buffer.from('a,中\nb', 'utf16le').swap16()]), 'a,中\nb', 'UTF-16BE'],
    ['a U+FEFF starting a later line is kept', Buffer.from('\ufeffa\n\ufeffb\n'), 'a\n\ufeffb\n', 'UTF-8'],
    ['empty', Buffer.alloc(0), '', 'UTF-8'],
  ];
  test.each(samples.flatMap(([name, bytes, text, encoding]) => [1, 2, 3, 5, 64].map((size) => [name, size, bytes, text, encoding] as const)))(
    '%s in chunks of %i bytes', (_name, size, bytes, text, encoding) => {
      expect(decodeInChunks(bytes, size)).toEqual({ text, encoding });
    },
  );

  test('GBK whose first character is also valid UTF-8 (郑 = D6 A3) is still GBK: 64 KB of text decide, not one character', () => {
    const bytes = Buffer.concat([Buffer.from('x\n'), gbk('郑'), Buffer.from(',1\n'), gbk('中文'), Buffer.from('\n')]);
    expect(decodeInChunks(bytes, 3)).toEqual({ text: 'x\n郑,1\n中文\n', encoding: 'GB18030' });
  });

  test('a line without an end may not grow past the limit (memory stays bounded)', () => {
    const d = new StreamTextDecoder();
    d.write(Buffer.from('a,b\n'));
    expect(() => d.write(Buffer.alloc(MAX_LINE_BYTES + 1, 0x61))).toThrow(UndecodableTextError);
  });
});

describe('undecodable bytes are an unreadable file at their line, whatever the chunk size', () => {
  const lines = (n: number): string => Array.from({ length: n }, (_, i) => `r${i},值${i}\n`).join('');
  test.each([1, 7, 4096, 1 << 20])('UTF-8 text (more than the detection window), then a Latin-1 byte on line 8,003 (chunks of %i bytes)', async (size) => {
    const bytes = Buffer.concat([Buffer.from(`h,v\n${lines(8001)}`), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]), Buffer.from('z,1\n')]);
    expect(await unreadableLine(bytes, size)).toMatchObject({
      line: 8003, message: 'byte 0xE9 is not valid UTF-8 (earlier lines were read as UTF-8): a file must be in one encoding',
    });
  });

  test('within the detection window a bad byte is named where the likelier encoding stops', async () => {
    const bytes = Buffer.concat([Buffer.from(`h,v\n${lines(20)}`), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a])]);
    expect(await unreadableLine(bytes, 64)).toMatchObject({ line: 22, message: expect.stringContaining('neither UTF-8 nor GB18030/GBK text (byte 0xE9)') });
  });

  test.each([1, 5, 1 << 20])('neither UTF-8 nor GB18030 on line 3 (chunks of %i bytes)', async (size) => {
    const bytes = Buffer.from([...Buffer.from('h,v\na,b\nc,'), 0xff, 0x41, 0x0a]);
    expect(await unreadableLine(bytes, size)).toMatchObject({ line: 3, message: expect.stringContaining('byte 0xFF') });
  });

  test('a quoted value across lines counts its lines', async () => {
    const bytes = Buffer.concat([Buffer.from('h,v\n1,"two\nlines"\n2,'), Buffer.from([0xff]), Buffer.from('\n')]);
    expect((await unreadableLine(bytes, 4)).line).toBe(4);
  });

  test('a UTF-8 byte-order mark promises UTF-8', async () => {
    const bytes = Buffer.concat([Buffer.from('\ufeffh,v\n'), gbk('中文'), Buffer.from('\n')]);
    expect(await unreadableLine(bytes, 1 << 20)).toEqual(expect.objectContaining({
      line: 2, message: 'byte 0xD6 is not valid UTF-8, although the file starts with a UTF-8 byte-order mark',
    }));
  });
});
