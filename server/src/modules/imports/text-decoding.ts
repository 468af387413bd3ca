import { isAscii } from 'node:buffer';

/** The text encodings a CSV file may be in (SPEC §8: UTF-8 or GB18030/GBK as Excel saves it). */
export type TextEncodingName = 'UTF-8' | 'UTF-16LE' | 'UTF-16BE' | 'GB18030';

const WHATWG_LABEL: Record<TextEncodingName, string> = {
  'UTF-8': 'utf-8', 'UTF-16LE': 'utf-16le', 'UTF-16BE': 'utf-16be', GB18030: 'gb18030',
};

/** Non-ASCII bytes looked at before choosing between UTF-8 and GB18030 (when the file has that many). */
const DETECTION_BYTES = 64 * 1024;
/** A line longer than this is refused rather than held in memory while waiting for its end. */
export const MAX_LINE_BYTES = 8 * 1024 * 1024;

/**
 * The bytes of a line cannot be decoded. `linesBefore` counts the complete lines decoded in the same
 * call before the bad one (the caller adds the lines it had already received).
 */
export class UndecodableTextError extends Error {
  constructor(
    readonly linesBefore: number,
    message: string,
  ) {
    super(message);
    this.name = 'UndecodableTextError';
  }
}

/**
 * Decodes a CSV file's bytes to text while they stream in, choosing the encoding as Excel users need:
 * a byte-order mark decides (UTF-8, UTF-16LE, UTF-16BE); without one the file is UTF-8 when its first
 * non-ASCII bytes (up to 64 KB of them) are valid UTF-8, and GB18030 (a superset of GBK, what Excel
 * saves as "CSV" on a Chinese Windows) otherwise. Decoding is strict: bytes that are not valid in the
 * chosen encoding raise UndecodableTextError for their line; nothing is ever replaced by U+FFFD.
 *
 * Bytes are decoded a run of whole lines at a time (up to the last line end of what has arrived), so
 * no decoder state crosses a call and a bad byte is found on its line. Only the unfinished last line
 * and, until the encoding is known, the detection window are held back.
 */
export class StreamTextDecoder {
  private chosen: TextEncodingName | null = null;
  private decoder: TextDecoder | null = null;
  /** Bytes received but not decoded yet: an unfinished line, or lines held for detection. */
  private held: Buffer = Buffer.alloc(0);
  private started = false;
  private declaredByBom = false;
  /** The detection window was valid in neither UTF-8 nor GB18030 (the one that read further was chosen). */
  private neither = false;

  /** The encoding read; null until known (a file of ASCII only is reported as UTF-8 at the end). */
  get encoding(): TextEncodingName | null {
    return this.chosen;
  }

  write(chunk: Buffer): string {
    this.held = this.held.length === 0 ? chunk : Buffer.concat([this.held, chunk]);
    if (!this.started && !this.readBom(false)) return '';
    const end = this.lastLineEnd();
    if (end < 0) {
      if (this.held.length > MAX_LINE_BYTES) throw new UndecodableTextError(0, `a line is longer than ${MAX_LINE_BYTES / 1024 / 1024} MB`);
      return '';
    }
    return this.decodeUpTo(end, false);
  }

  end(): string {
    if (!this.started) this.readBom(true);
    const text = this.decodeUpTo(this.held.length, true);
    this.chosen ??= 'UTF-8';
    return text;
  }

  /** Reads a byte-order mark once enough bytes are there; false while waiting for them. */
  private readBom(final: boolean): boolean {
    const b = this.held;
    if (b.length < 3 && !final) return false;
    this.started = true;
    const bom: TextEncodingName | null = b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? 'UTF-8'
      : b[0] === 0xff && b[1] === 0xfe ? 'UTF-16LE'
        : b[0] === 0xfe && b[1] === 0xff ? 'UTF-16BE' : null;
    if (bom) {
      this.choose(bom);
      this.declaredByBom = true;
      // TextDecoder consumes the mark itself (ignoreBOM: false).
    }
    return true;
  }

  private choose(encoding: TextEncodingName): void {
    this.chosen = encoding;
    // The first decode consumes a byte-order mark; later ones must keep a U+FEFF that starts a line.
    this.decoder = new TextDecoder(WHATWG_LABEL[encoding], { fatal: true });
  }

  /** Index just after the last line end of the held bytes, or −1 when none. */
  private lastLineEnd(): number {
    const b = this.held;
    if (this.chosen === 'UTF-16LE' || this.chosen === 'UTF-16BE') {
      // LF is 0A 00 (LE) or 00 0A (BE) at an even offset; offset 0 is the mark.
      const lf = this.chosen === 'UTF-16LE' ? [0x0a, 0x00] : [0x00, 0x0a];
      for (let i = (b.length & ~1) - 2; i >= 0; i -= 2) if (b[i] === lf[0] && b[i + 1] === lf[1]) return i + 2;
      return -1;
    }
    // In UTF-8 and GB18030 the byte 0A is never part of a multi-byte character.
    const i = b.lastIndexOf(0x0a);
    return i < 0 ? -1 : i + 1;
  }

  /** Decodes held[0, end) (whole lines, or everything at the end of the input) and keeps the rest. */
  private decodeUpTo(end: number, final: boolean): string {
    const bytes = this.held.subarray(0, end);
    if (this.chosen === null) {
      if (isAscii(bytes)) {
        this.held = this.held.subarray(end);
        return bytes.toString('latin1');
      }
      // The window is the same bytes however the input is chunked: the decision does not depend on it.
      const windowEnd = bytes.findIndex((x) => x >= 0x80) + DETECTION_BYTES;
      if (bytes.length < windowEnd && !final) return ''; // hold the lines until the window is full
      this.choose(this.detect(bytes.subarray(0, windowEnd), windowEnd < bytes.length));
    }
    this.held = this.held.subarray(end);
    const decoder = this.decoder as TextDecoder;
    let text: string;
    try {
      text = decoder.decode(bytes);
    } catch {
      throw this.badLine(bytes);
    }
    if (!decoder.ignoreBOM) this.decoder = new TextDecoder(decoder.encoding, { fatal: true, ignoreBOM: true });
    return text;
  }

  /**
   * UTF-8 when the window is valid UTF-8, else GB18030 when it is valid GB18030. When it is neither,
   * the one that reads further, so that the error names the likeliest bad byte.
   */
  private detect(window: Buffer, cut: boolean): TextEncodingName {
    if (decodes('UTF-8', window, cut)) return 'UTF-8';
    if (decodes('GB18030', window, cut)) return 'GB18030';
    this.neither = true;
    return validPrefix('GB18030', window) > validPrefix('UTF-8', window) ? 'GB18030' : 'UTF-8';
  }

  /** The error for the first line of `bytes` that does not decode. */
  private badLine(bytes: Buffer): UndecodableTextError {
    const encoding = this.chosen as TextEncodingName;
    const lf = encoding === 'UTF-16BE' ? 1 : 0;
    const step = encoding.startsWith('UTF-16') ? 2 : 1;
    let lines = 0;
    let start = 0;
    for (let i = 0; i < bytes.length; i += step) {
      const isLf = step === 1 ? bytes[i] === 0x0a : bytes[i + lf] === 0x0a && bytes[i + 1 - lf] === 0x00;
      if (!isLf && i + step < bytes.length) continue;
      const line = bytes.subarray(start, i + step);
      if (!decodes(encoding, line)) return new UndecodableTextError(lines, this.describe(line));
      lines++;
      start = i + step;
    }
    return new UndecodableTextError(lines, this.describe(bytes.subarray(start)));
  }

  private describe(line: Buffer): string {
    const encoding = this.chosen as TextEncodingName;
    // The bad character starts after the last complete one of the longest valid prefix.
    let start = validPrefix(encoding, line);
    while (start > 0 && !decodes(encoding, line.subarray(0, start))) start--;
    const byte = `0x${(line[start] ?? 0).toString(16).toUpperCase().padStart(2, '0')}`;
    if (this.declaredByBom) return `byte ${byte} is not valid ${encoding}, although the file starts with a ${encoding} byte-order mark`;
    if (this.neither) return `the file is neither UTF-8 nor GB18030/GBK text (byte ${byte}); save it from Excel as "CSV UTF-8"`;
    return `byte ${byte} is not valid ${encoding} (earlier lines were read as ${encoding}): a file must be in one encoding`;
  }

}

/** The length of the longest prefix of `bytes` that is valid text so far (an unfinished character allowed at its end). */
function validPrefix(encoding: TextEncodingName, bytes: Buffer): number {
  if (decodes(encoding, bytes, true)) return bytes.length;
  let ok = 0; // decodes
  let bad = bytes.length; // does not; valid prefixes are monotone, so binary search
  while (bad - ok > 1) {
    const mid = (ok + bad) >> 1;
    if (decodes(encoding, bytes.subarray(0, mid), true)) ok = mid;
    else bad = mid;
  }
  return ok;
}

/** Whether `bytes` decode strictly (`partial`: an unfinished character at the end is allowed). */
function decodes(encoding: TextEncodingName, bytes: Buffer, partial = false): boolean {
  try {
    new TextDecoder(WHATWG_LABEL[encoding], { fatal: true }).decode(bytes, { stream: partial });
    return true;
  } catch {
    return false;
  }
}
