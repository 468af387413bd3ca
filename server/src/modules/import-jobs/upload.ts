import { createHash, randomUUID } from 'node:crypto';
import { createWriteStream } from 'node:fs';
import { mkdir, rm } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { Transform } from 'node:stream';
import busboy from 'busboy';
import type { Request } from 'express';
import { ERROR_CODES, type ErrorCode } from '../../errors.js';
import { isPlainFileName } from '../../http/file-name.js';
import { fileFormat } from '../imports/index.js';

/** A file of an upload, on disk under the spool directory until its job has run. */
export interface SpooledFile {
  name: string;
  path: string;
  size: number;
  sha256: string;
}

export interface Upload {
  files: SpooledFile[];
  /** Text fields: `kind` (every file's kind) or `kind:<file name>` (one file's). */
  fields: Map<string, string>;
}

/** Why an upload was refused: HTTP status, stable code, a sentence for people. */
export class UploadError extends Error {
  constructor(readonly status: number, readonly code: ErrorCode, message: string) {
    super(message);
    this.name = 'UploadError';
  }
}

export const MAX_FILES_PER_UPLOAD = 20;
const MAX_FIELDS = 40;

/**
 * The file name as the sender gave it, checked: a plain name (no directory part, no `..`, no control
 * character), ending in .csv or .xlsx. The name is only ever shown and used to recognise the kind;
 * the spool file gets a random name.
 */
export function checkedFileName(raw: string): string {
  const name = raw.normalize('NFC');
  if (name.length > 255 || !isPlainFileName(name)) {
    throw new UploadError(400, ERROR_CODES.UNSUPPORTED_FILE,
      `文件名不能包含路径或控制字符：${JSON.stringify(name.slice(0, 80))}。A file name must be a plain name without a path or control characters.`);
  }
  if (!fileFormat(name)) {
    throw new UploadError(415, ERROR_CODES.UNSUPPORTED_FILE,
      `「${name.slice(0, 80)}」不是 CSV 或 .xlsx 文件。Only .csv and .xlsx files can be imported ("${name.slice(0, 80)}").`);
  }
  return name;
}

/**
 * Streams a multipart/form-data request (field `files`, one or more) to spool files on disk while
 * hashing them: nothing is held in memory beyond busboy's small buffers. Any problem (a file over
 * `maxBytes`, a name with a path, another type) removes what was spooled and rejects with an
 * UploadError; the rest of the request is drained so that the client reads the answer.
 */
export async function receiveUpload(req: Request, spoolDir: string, maxBytes: number): Promise<Upload> {
  const type = req.headers['content-type'] ?? '';
  if (!/^multipart\/form-data/i.test(type)) {
    throw new UploadError(415, ERROR_CODES.UNSUPPORTED_FILE,
      '请以 multipart/form-data 上传文件（字段 files）。Send the files as multipart/form-data (field "files").');
  }
  await mkdir(spoolDir, { recursive: true });
  const files: SpooledFile[] = [];
  const fields = new Map<string, string>();
  const writes: Promise<void>[] = [];
  let failure: UploadError | null = null;
  const fail = (err: UploadError) => {
    failure ??= err;
  };

  let bb: busboy.Busboy;
  try {
    bb = busboy({
      headers: req.headers,
      defParamCharset: 'utf8',
      // Keep the name as sent, so that a name with a directory part is refused rather than silently cut.
      preservePath: true,
      limits: { fileSize: maxBytes, files: MAX_FILES_PER_UPLOAD, fields: MAX_FIELDS, fieldSize: 4096, parts: MAX_FILES_PER_UPLOAD + MAX_FIELDS },
    });
  } catch {
    throw new UploadError(400, ERROR_CODES.BAD_REQUEST, '无法读取上传内容。The upload could not be read (multipart boundary missing).');
  }

  bb.on('field', (name, value) => {
    fields.set(name, value);
  });
  bb.on('file', (field, stream, info) => {
    if (failure || field !== 'files') {
      if (!failure) fail(new UploadError(400, ERROR_CODES.BAD_REQUEST, `文件须放在 files 字段中。Files go in the field "files" (got "${field.slice(0, 40)}").`));
      stream.resume();
      return;
    }
    let name: string;
    try {
      name = checkedFileName(info.filename ?? '');
    } catch (err) {
      fail(err as UploadError);
      stream.resume();
      return;
    }
    const path = join(spoolDir, `${randomUUID()}.upload`);
    const hash = createHash('sha256');
    let size = 0;
    const spooled: SpooledFile = { name, path, size: 0, sha256: '' };
    files.push(spooled);
    stream.on('limit', () => {
      fail(new UploadError(413, ERROR_CODES.PAYLOAD_TOO_LARGE,
        `「${name}」超过 ${Math.round(maxBytes / 1048576)} MB 的上限。"${name}" is larger than the limit of ${Math.round(maxBytes / 1048576)} MB (IMPORT_MAX_MB).`));
    });
    const hashing = new Transform({
      transform(chunk: Buffer, _enc, done) {
        hash.update(chunk);
        size += chunk.length;
        done(null, chunk);
      },
    });
    writes.push(
      pipeline(stream, hashing, createWriteStream(path)).then(() => {
        spooled.size = size;
        spooled.sha256 = hash.digest('hex');
      }),
    );
  });
  bb.on('filesLimit', () => fail(new UploadError(413, ERROR_CODES.PAYLOAD_TOO_LARGE, `一次最多上传 ${MAX_FILES_PER_UPLOAD} 个文件。At most ${MAX_FILES_PER_UPLOAD} files per upload.`)));

  try {
    await new Promise<void>((resolve, reject) => {
      bb.on('close', resolve);
      bb.on('error', (err) => reject(new UploadError(400, ERROR_CODES.BAD_REQUEST, `无法读取上传内容。The upload could not be read: ${(err as Error).message.slice(0, 120)}`)));
      req.on('aborted', () => reject(new UploadError(400, ERROR_CODES.BAD_REQUEST, 'The upload was interrupted.')));
      req.pipe(bb);
    });
    await Promise.all(writes);
  } catch (err) {
    fail(err instanceof UploadError ? err : new UploadError(400, ERROR_CODES.BAD_REQUEST, 'The upload could not be read.'));
  }
  if (!failure && files.length === 0) {
    fail(new UploadError(400, ERROR_CODES.BAD_REQUEST, '没有收到文件（字段 files）。No file was sent (field "files").'));
  }
  if (failure) {
    await Promise.allSettled(writes);
    await Promise.all(files.map((f) => rm(f.path, { force: true })));
    throw failure;
  }
  return { files, fields };
}
