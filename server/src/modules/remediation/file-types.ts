import { isPlainFileName } from '../../http/file-name.js';
/** The evidence file types accepted, recognised by their first bytes, never by the name alone. */
export interface FileKind {
  extensions: readonly string[];
  contentType: string;
}

const PDF: FileKind = { extensions: ['pdf'], contentType: 'application/pdf' };
const PNG: FileKind = { extensions: ['png'], contentType: 'image/png' };
const JPEG: FileKind = { extensions: ['jpg', 'jpeg'], contentType: 'image/jpeg' };
const DOCX: FileKind = { extensions: ['docx'], contentType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' };
const XLSX: FileKind = { extensions: ['xlsx'], contentType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' };
const PPTX: FileKind = { extensions: ['pptx'], contentType: 'application/vnd.openxmlformats-officedocument.presentationml.presentation' };
/** OLE compound files: the legacy Office formats. */
const OLE: Record<string, FileKind> = {
  doc: { extensions: ['doc'], contentType: 'application/msword' },
  xls: { extensions: ['xls'], contentType: 'application/vnd.ms-excel' },
  ppt: { extensions: ['ppt'], contentType: 'application/vnd.ms-powerpoint' },
};

export const ACCEPTED_EXTENSIONS = ['pdf', 'png', 'jpg', 'jpeg', 'docx', 'xlsx', 'pptx', 'doc', 'xls', 'ppt'] as const;

function startsWith(bytes: Buffer, signature: number[]): boolean {
  return bytes.length >= signature.length && signature.every((b, i) => bytes[i] === b);
}

/** The Office Open XML part a zip holds: [Content_Types].xml plus word/, xl/ or ppt/ entries. */
function officeOpenXml(bytes: Buffer): FileKind | null {
  const head = bytes.subarray(0, Math.min(bytes.length, 1 << 20)).toString('latin1');
  if (!head.includes('[Content_Types].xml')) return null;
  if (head.includes('word/')) return DOCX;
  if (head.includes('xl/')) return XLSX;
  if (head.includes('ppt/')) return PPTX;
  return null;
}

/**
 * What the content is, given the extension the name claims: the kind when the bytes match it, else
 * null (an .exe renamed .pdf, a zip that is no Office document, a text file called .png).
 */
export function detectFileKind(bytes: Buffer, extension: string): FileKind | null {
  const ext = extension.toLowerCase();
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return PDF.extensions.includes(ext) ? PDF : null;
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return PNG.extensions.includes(ext) ? PNG : null;
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return JPEG.extensions.includes(ext) ? JPEG : null;
  if (startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    const kind = officeOpenXml(bytes);
    return kind && kind.extensions.includes(ext) ? kind : null;
  }
  if (startsWith(bytes, [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1])) return OLE[ext] ?? null;
  return null;
}

/** A file name as the user gave it, refused when it holds path or control characters. */
export function checkFileName(raw: string): { name: string; extension: string } | { problem: string } {
  const name = raw.normalize('NFC').trim();
  if (!name || name.length > 200) return { problem: 'length' };
  // Also no character Windows refuses in a name: the file is downloaded under it.
  if (!isPlainFileName(name) || /[:*?"<>|]/.test(name)) return { problem: 'path' };
  const dot = name.lastIndexOf('.');
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(extension)) return { problem: 'type' };
  return { name, extension };
}
