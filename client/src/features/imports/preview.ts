/** How much of a file the preview reads: enough for the header and the first rows, never the whole file. */
export const PREVIEW_BYTES = 64 * 1024;
export const PREVIEW_ROWS = 5;

/** Text of the file's first bytes: UTF-8 (with or without a byte-order mark) if valid, else GB18030 (Excel's "CSV" on Chinese Windows). */
export function decodeStart(bytes: Uint8Array): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    // The cut at PREVIEW_BYTES may split a UTF-8 character: retry without the last 3 bytes before giving up on UTF-8.
    try {
      return new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, Math.max(0, bytes.length - 3)));
    } catch {
      return new TextDecoder('gb18030').decode(bytes);
    }
  }
}

/** The first records of CSV text (quotes, doubled quotes, CRLF); the last, possibly cut, line is dropped. */
export function parseCsvStart(text: string, maxRows = PREVIEW_ROWS + 1, complete = false): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < text.length && rows.length < maxRows; i++) {
    const c = text[i];
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (c === '"') quoted = false;
      else cell += c;
    } else if (c === '"') quoted = true;
    else if (c === ',') {
      row.push(cell);
      cell = '';
    } else if (c === '\n' || c === '\r') {
      if (c === '\r' && text[i + 1] === '\n') i++;
      row.push(cell);
      rows.push(row);
      row = [];
      cell = '';
    } else cell += c;
  }
  if (complete && rows.length < maxRows && (cell !== '' || row.length > 0)) rows.push([...row, cell]);
  return rows;
}

export interface FilePreview {
  header: string[];
  rows: string[][];
}

/** The header and first rows of a CSV file, read from its first 64 KB; null for a workbook (previewed by the server after upload). */
export async function previewFile(file: File): Promise<FilePreview | null> {
  if (!/\.csv$/i.test(file.name)) return null;
  const bytes = new Uint8Array(await file.slice(0, PREVIEW_BYTES).arrayBuffer());
  const text = decodeStart(bytes).replace(/^\uFEFF/, '');
  const [header = [], ...rows] = parseCsvStart(text, PREVIEW_ROWS + 1, file.size <= PREVIEW_BYTES);
  return { header: header.map((h) => h.trim()), rows };
}
