/**
 * A memory-lean set of row keys for duplicate detection within one file (3M keys ≈ 100 MB at most,
 * instead of several hundred MB for a Set of strings). Keys are stored as two independent 32-bit
 * hashes in an open-addressing table, with the line of their first occurrence. Two different keys
 * collide on both hashes with probability about n²/2⁶⁵ (≈ 2·10⁻⁷ for 3M rows).
 */
export class KeySet {
  private h1: Uint32Array;
  private h2: Uint32Array;
  private lines: Uint32Array;
  private size = 0;
  private mask: number;

  constructor(initialCapacity = 1 << 12) {
    this.h1 = new Uint32Array(initialCapacity);
    this.h2 = new Uint32Array(initialCapacity);
    this.lines = new Uint32Array(initialCapacity);
    this.mask = initialCapacity - 1;
  }

  /** Adds the key; returns 0 when it is new, else the line where it was first seen. */
  add(key: string, line: number): number {
    let a = 0x811c9dc5;
    let b = 0x9747b28c;
    for (let i = 0; i < key.length; i++) {
      const c = key.charCodeAt(i);
      a = Math.imul(a ^ c, 0x01000193);
      b = Math.imul(b ^ c, 0x5bd1e995);
      b ^= b >>> 15;
    }
    a = (a ^ (a >>> 16)) >>> 0;
    b = (Math.imul(b ^ (b >>> 13), 0xc2b2ae35) ^ key.length) >>> 0;
    // 0 marks an empty slot in `lines`, so lines are stored + 1 (line 0 never happens, but be safe).
    let slot = a & this.mask;
    for (;;) {
      const stored = this.lines[slot];
      if (stored === 0) break;
      if (this.h1[slot] === a && this.h2[slot] === b) return stored - 1;
      slot = (slot + 1) & this.mask;
    }
    this.h1[slot] = a;
    this.h2[slot] = b;
    this.lines[slot] = line + 1;
    if (++this.size * 10 > this.h1.length * 7) this.grow();
    return 0;
  }

  private grow(): void {
    const { h1, h2, lines } = this;
    const capacity = h1.length * 2;
    this.h1 = new Uint32Array(capacity);
    this.h2 = new Uint32Array(capacity);
    this.lines = new Uint32Array(capacity);
    this.mask = capacity - 1;
    for (let i = 0; i < h1.length; i++) {
      if (lines[i] === 0) continue;
      let slot = h1[i] & this.mask;
      while (this.lines[slot] !== 0) slot = (slot + 1) & this.mask;
      this.h1[slot] = h1[i];
      this.h2[slot] = h2[i];
      this.lines[slot] = lines[i];
    }
  }
}
