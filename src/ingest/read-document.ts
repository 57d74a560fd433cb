// Reading one file into text, or one line saying why it cannot be read.
// Accepted: plain text and markdown, HTML pages, and PDFs with a text layer.
import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { htmlToText } from './html-to-text.ts';

export const ACCEPTED_EXTENSIONS = ['.txt', '.text', '.md', '.html', '.htm', '.pdf'] as const;
/** Council minutes and agenda packs are well under this; a bigger file is not one of them. */
export const MAX_BYTES = 20 * 1024 * 1024;

export type ReadDocumentResult =
  | { ok: true; name: string; text: string; sha256: string; bytes: number }
  | { ok: false; name: string; reason: string };

function fail(name: string, reason: string): ReadDocumentResult {
  return { ok: false, name, reason };
}

function megabytes(bytes: number): string {
  return `${(bytes / (1024 * 1024)).toFixed(bytes < 10 * 1024 * 1024 ? 1 : 0)} MB`;
}

/** Text is mostly printable: NUL bytes or many control characters mean a binary file. */
export function looksBinary(bytes: Uint8Array): boolean {
  const sample = bytes.subarray(0, Math.min(bytes.length, 64 * 1024));
  if (sample.includes(0)) return true;
  let control = 0;
  for (const b of sample) if (b < 9 || (b > 13 && b < 32) || b === 127) control++;
  return sample.length > 0 && control / sample.length > 0.05;
}

function decodeText(bytes: Uint8Array): string | null {
  // UTF-16 with a byte-order mark (some Word exports).
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (looksBinary(bytes)) return null;
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
  } catch {
    // Not UTF-8: Windows-1252 is what older council systems write.
    return decodeWindows1252(bytes);
  }
}

// The 0x80-0x9F range of Windows-1252 (Node's decoder treats it as Latin-1 controls).
const CP1252 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

function decodeWindows1252(bytes: Uint8Array): string {
  let out = '';
  for (const b of bytes) out += b >= 0x80 && b <= 0x9f ? CP1252[b - 0x80] : String.fromCharCode(b);
  return out;
}

async function pdfText(bytes: Uint8Array): Promise<{ text: string } | { reason: string }> {
  if (!(bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)) {
    return { reason: 'not a PDF file (it does not start with %PDF)' };
  }
  try {
    const { extractText, getDocumentProxy } = await import('unpdf');
    const pdf = await getDocumentProxy(new Uint8Array(bytes));
    const { text } = await extractText(pdf, { mergePages: false });
    const pages = text.map((page) => page.trim());
    const joined = pages.join('\n\n');
    if (joined.replace(/\s+/g, '').length < 20) {
      return { reason: 'PDF has no text layer (a scanned document?); text extraction needs one' };
    }
    return { text: joined };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { reason: `PDF could not be read: ${message.split('\n')[0]}` };
  }
}

/** Read a document file as text, with its sha256 (of the raw bytes) and size. Never throws. */
export async function readDocument(filePath: string): Promise<ReadDocumentResult> {
  const name = path.basename(filePath);
  let info;
  try {
    info = await stat(filePath);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(name, code === 'ENOENT' ? 'no such file' : `cannot read the file (${code ?? 'unknown error'})`);
  }
  if (info.isDirectory()) return fail(name, 'is a directory, not a file');
  if (!info.isFile()) return fail(name, 'not a regular file');
  const ext = path.extname(filePath).toLowerCase();
  if (!(ACCEPTED_EXTENSIONS as readonly string[]).includes(ext)) {
    return fail(name, `unsupported file type "${ext || 'no extension'}" (accepted: ${ACCEPTED_EXTENSIONS.join(' ')})`);
  }
  if (info.size === 0) return fail(name, 'empty file');
  if (info.size > MAX_BYTES) {
    return fail(name, `file too large (${megabytes(info.size)}; the limit is ${megabytes(MAX_BYTES)})`);
  }
  let bytes: Uint8Array;
  try {
    // Open and read once: the size check above did not read the file.
    const handle = await open(filePath, 'r');
    try {
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    return fail(name, `cannot read the file (${code ?? 'unknown error'})`);
  }
  if (bytes.length > MAX_BYTES) return fail(name, `file too large (the limit is ${megabytes(MAX_BYTES)})`);
  const sha256 = createHash('sha256').update(bytes).digest('hex');

  let text: string;
  if (ext === '.pdf') {
    const result = await pdfText(bytes);
    if ('reason' in result) return fail(name, result.reason);
    text = result.text;
  } else {
    const decoded = decodeText(bytes);
    if (decoded === null) return fail(name, 'binary file, not text');
    text = ext === '.html' || ext === '.htm' || /^\s*<(!doctype\s+html|html)\b/i.test(decoded) ? htmlToText(decoded) : decoded;
  }
  if (!text.trim()) return fail(name, ext === '.pdf' ? 'PDF has no text' : 'empty file (only white space)');
  return { ok: true, name, text, sha256, bytes: bytes.length };
}

