import { randomUUID } from 'node:crypto';
import { closeSync, openSync, readSync, unlinkSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

/** Bytes of the write buffer; a file whose keys fit in it never touches the disk. */
const BUFFER_BYTES = 1 << 20;
/** A record: the line (u32), the key's UTF-8 length (u32), the bytes, padded to 4 bytes. */
const HEADER = 8;

/**
 * The row keys of one file, for exact duplicate detection with little memory: the hash table holds
 * 8 bytes a slot (a 32-bit hash and where the key's record is), and the keys themselves go to an
 * append-only spill file (written in 1 MB blocks, deleted on close). A hash match is confirmed by
 * comparing the key's bytes with the stored ones, so two different keys are never taken for a
 * duplicate; the spill file is read only then (true duplicates, and a 32-bit hash collision about
 * once in thousands of files). A 1,000,000-row file: 16 MB of table instead of ~100 MB of strings.
 */
export class KeySet {
  private hashes: Uint32Array;
  /** Record offset ÷ 4, plus 1 (0 = empty slot): 4-byte aligned records reach 16 GB of keys. */
  private refs: Uint32Array;
  private mask: number;
  private size = 0;
  private buffer = Buffer.allocUnsafe(BUFFER_BYTES);
  /** Bytes of records in the buffer, not yet in the spill file. */
  private used = 0;
  /** Bytes of records already in the spill file (the buffer continues from there). */
  private flushed = 0;
  private fd: number | null = null;
  private path: string | null = null;
  private scratch = Buffer.allocUnsafe(256);

  constructor(
    initialCapacity = 1 << 12,
    /** The 32-bit hash of a key (tests give a colliding one). */
    private readonly hash: (key: string) => number = fnv1a,
    private readonly bufferBytes = BUFFER_BYTES,
  ) {
    this.hashes = new Uint32Array(initialCapacity);
    this.refs = new Uint32Array(initialCapacity);
    this.mask = initialCapacity - 1;
    if (bufferBytes !== BUFFER_BYTES) this.buffer = Buffer.allocUnsafe(bufferBytes);
  }

  /** Adds the key; returns 0 when it is new, else the line where it was first seen. */
  add(key: string, line: number): number {
    const h = this.hash(key) >>> 0;
    // The key's bytes are written where its record would go; they count only if it is new.
    this.reserve(HEADER + key.length * 3 + 3);
    const at = this.used;
    const length = this.buffer.write(key, at + HEADER, 'utf8');
    let slot = h & this.mask;
    for (;;) {
      const ref = this.refs[slot];
      if (ref === 0) break;
      if (this.hashes[slot] === h) {
        const first = this.lineIfSame((ref - 1) * 4, at + HEADER, length);
        if (first !== 0) return first;
      }
      slot = (slot + 1) & this.mask;
    }
    this.buffer.writeUInt32LE(line, at);
    this.buffer.writeUInt32LE(length, at + 4);
    this.hashes[slot] = h;
    this.refs[slot] = (this.flushed + at) / 4 + 1;
    this.used = at + ((HEADER + length + 3) & ~3);
    if (++this.size * 10 > this.hashes.length * 7) this.grow();
    return 0;
  }

  /** Closes and deletes the spill file (idempotent). */
  close(): void {
    if (this.fd !== null) closeSync(this.fd);
    this.fd = null;
    if (this.path) unlinkQuietly(this.path);
    this.path = null;
  }

  /** The stored line when the record at `offset` holds the same bytes as buffer[start, start+length), else 0. */
  private lineIfSame(offset: number, start: number, length: number): number {
    let record: Buffer;
    let from: number;
    if (offset >= this.flushed) {
      record = this.buffer;
      from = offset - this.flushed;
    } else {
      if (this.scratch.length < HEADER + length) this.scratch = Buffer.allocUnsafe(HEADER + length);
      readSync(this.fd as number, this.scratch, 0, HEADER + length, offset);
      record = this.scratch;
      from = 0;
    }
    if (record.readUInt32LE(from + 4) !== length) return 0;
    const same = record.compare(this.buffer, start, start + length, from + HEADER, from + HEADER + length) === 0;
    return same ? record.readUInt32LE(from) : 0;
  }

  /** Room for `bytes` more at the end of the buffer: writes the buffer out (and grows it for a huge key). */
  private reserve(bytes: number): void {
    if (this.used + bytes <= this.buffer.length) return;
    if (this.used > 0) {
      if (this.fd === null) this.openSpill();
      writeSync(this.fd as number, this.buffer, 0, this.used, this.flushed);
      this.flushed += this.used;
      this.used = 0;
    }
    if (bytes > this.buffer.length) this.buffer = Buffer.allocUnsafe(Math.max(bytes, this.bufferBytes));
  }

  private openSpill(): void {
    this.path = join(tmpdir(), `scorecard-import-keys-${randomUUID()}`);
    this.fd = openSync(this.path, 'w+', 0o600);
    // Unlinked at once where the system allows it: a crash then leaves nothing behind.
    if (unlinkQuietly(this.path)) this.path = null;
  }

  private grow(): void {
    const { hashes, refs } = this;
    const capacity = hashes.length * 2;
    this.hashes = new Uint32Array(capacity);
    this.refs = new Uint32Array(capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < hashes.length; i++) {
      if (refs[i] === 0) continue;
      let slot = hashes[i] & this.mask;
      while (this.refs[slot] !== 0) slot = (slot + 1) & this.mask;
      this.hashes[slot] = hashes[i];
      this.refs[slot] = refs[i];
    }
  }
}

/** FNV-1a over the UTF-16 code units, with a final avalanche (the table indexes by the low bits). */
function fnv1a(key: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) h = Math.imul(h ^ key.charCodeAt(i), 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  return (h ^ (h >>> 16)) >>> 0;
}

function unlinkQuietly(path: string): boolean {
  try {
    unlinkSync(path);
    return true;
  } catch {
    return false;
  }
}
