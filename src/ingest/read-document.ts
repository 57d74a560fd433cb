// Reading one file into text, or one line saying why it cannot be read.
// Accepted: plain text and markdown, HTML pages, and PDFs with a text layer.
// Two steps, so the second can run in the paper worker (src/worker/isolated.ts):
// readFileBytes (the file's checks, bytes and sha256) and documentText (what
// the bytes say: decoding, PDF extraction within page and size caps, HTML).
import { createHash } from 'node:crypto';
import { open, stat } from 'node:fs/promises';
import path from 'node:path';
import { htmlToText } from './html-to-text.ts';
import { pdfPageText } from './pdf-page-text.ts';
import { pdfUnpackedBytes } from './pdf-unpacked-size.ts';
import { boundText } from './text-limits.ts';

export const ACCEPTED_EXTENSIONS = ['.txt', '.text', '.md', '.html', '.htm', '.pdf'] as const;
/** Council minutes and agenda packs are well under this; a bigger file is not one of them. */
export const MAX_BYTES = 20 * 1024 * 1024;

export type ReadDocumentResult =
  | { ok: true; name: string; text: string; sha256: string; bytes: number }
  | { ok: false; name: string; reason: string };

function fail(name: string, reason: string): { ok: false; name: string; reason: string } {
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

/** A council agenda pack runs to a few hundred pages; a PDF beyond this is not one. */
export const MAX_PDF_PAGES = 1500;
/**
 * What a PDF's compressed streams (text, fonts, object lists; not images) may unpack to. A small
 * PDF can unpack to gigabytes; the text of the largest pack is a small fraction of this.
 */
export const MAX_PDF_INFLATED_BYTES = 256 * 1024 * 1024;
/** The text a PDF gives, at most: as much as a text file may hold. */
export const MAX_PDF_TEXT_CHARS = MAX_BYTES;

async function pdfText(bytes: Uint8Array): Promise<{ text: string } | { reason: string }> {
  if (!(bytes[0] === 0x25 && bytes[1] === 0x50 && bytes[2] === 0x44 && bytes[3] === 0x46)) {
    return { reason: 'not a PDF file (it does not start with %PDF)' };
  }
  const inflated = await pdfUnpackedBytes(bytes, MAX_PDF_INFLATED_BYTES);
  if (inflated === null) {
    return { reason: `the PDF unpacks to more than ${megabytes(MAX_PDF_INFLATED_BYTES)}, far more than any council paper` };
  }
  let pdf: Awaited<ReturnType<typeof import('unpdf').getDocumentProxy>> | null = null;
  try {
    const { getDocumentProxy } = await import('unpdf');
    pdf = await getDocumentProxy(new Uint8Array(bytes));
    if (pdf.numPages > MAX_PDF_PAGES) {
      return { reason: `the PDF has ${pdf.numPages} pages; papers of up to ${MAX_PDF_PAGES} pages can be read` };
    }
    // Page by page (as unpdf's extractText does), stopping once the text is larger than any paper's.
    const pages: string[] = [];
    let chars = 0;
    for (let n = 1; n <= pdf.numPages; n++) {
      const page = await pdf.getPage(n);
      const content = await page.getTextContent();
      const text = pdfPageText(content.items);
      page.cleanup();
      chars += text.length;
      if (chars > MAX_PDF_TEXT_CHARS) {
        return { reason: `the PDF holds more than ${megabytes(MAX_PDF_TEXT_CHARS)} of text, more than any council paper` };
      }
      pages.push(text);
    }
    const joined = pages.join('\n\n');
    if (joined.replace(/\s+/g, '').length < 20) {
      return { reason: 'PDF has no text layer (a scanned document?); text extraction needs one' };
    }
    return { text: joined };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { reason: `PDF could not be read: ${message.split('\n')[0]}` };
  } finally {
    await pdf?.destroy().catch(() => undefined);
  }
}

export type FileBytesResult =
  | { ok: true; name: string; bytes: Uint8Array; sha256: string }
  | { ok: false; name: string; reason: string };

/** A document file's bytes and sha256, after the checks that need no reading of its content. Never throws. */
export async function readFileBytes(filePath: string): Promise<FileBytesResult> {
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
  return { ok: true, name, bytes, sha256: createHash('sha256').update(bytes).digest('hex') };
}

export type DocumentTextResult = { ok: true; text: string } | { ok: false; reason: string };

/**
 * The text of a document's bytes, by its name's extension: decoded, PDF text extracted, HTML read,
 * and bounded (see text-limits.ts). Runs in the paper worker for untrusted files.
 */
export async function documentText(bytes: Uint8Array, name: string): Promise<DocumentTextResult> {
  const ext = path.extname(name).toLowerCase();
  let text: string;
  if (ext === '.pdf') {
    const result = await pdfText(bytes);
    if ('reason' in result) return { ok: false, reason: result.reason };
    text = result.text;
  } else {
    const decoded = decodeText(bytes);
    if (decoded === null) return { ok: false, reason: 'binary file, not text' };
    text = ext === '.html' || ext === '.htm' || /^\s*<(?:!doctype\s+html|html)\b/i.test(decoded) ? htmlToText(decoded) : decoded;
  }
  if (!text.trim()) return { ok: false, reason: ext === '.pdf' ? 'PDF has no text' : 'empty file (only white space)' };
  return { ok: true, text: boundText(text) };
}

/** Read a document file as text, with its sha256 (of the raw bytes) and size, in this thread. Never throws. */
export async function readDocument(filePath: string): Promise<ReadDocumentResult> {
  const file = await readFileBytes(filePath);
  if (!file.ok) return fail(file.name, file.reason);
  const read = await documentText(file.bytes, file.name);
  if (!read.ok) return fail(file.name, read.reason);
  return { ok: true, name: file.name, text: read.text, sha256: file.sha256, bytes: file.bytes.length };
}
