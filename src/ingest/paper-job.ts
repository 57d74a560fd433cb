// One paper's bytes to a ParsedDocument: the work that reads untrusted input (decoding, PDF
// extraction, HTML, every parser's patterns). `parsePaperIsolated` runs it in the paper worker
// (src/worker/isolated.ts) with its time and memory limits; `parsePaper` in this thread, for the
// bundled corpus that ships with the app.
import type { ParsedDocument } from '../model.ts';
import { IsolationError, isolatedJob, sharedRunner, type IsolatedRunner } from '../worker/isolated.ts';

export type PaperResult = { ok: true; parsed: ParsedDocument } | { ok: false; reason: string };
/** A paper read with its text too: a linked report that is no council document is kept as text about its item. */
export type PaperReading = { ok: true; parsed: ParsedDocument; text: string } | { ok: false; reason: string };

/**
 * What one paper may add at most (meetings, items, resolutions, requests and work-programme rows
 * together). The largest council papers give a few hundred; a paper giving more is not one, and
 * merging and indexing it would hold up everything else.
 */
export const MAX_RECORDS_PER_PAPER = 10_000;

/** Why a parsed paper is too large to add, or null. */
export function paperTooLarge(doc: ParsedDocument): string | null {
  let records = doc.workProgramme.length;
  for (const meeting of doc.meetings) {
    records += 1 + meeting.items.length;
    for (const item of meeting.items) records += item.resolutions.length + item.requests.length;
  }
  if (records <= MAX_RECORDS_PER_PAPER) return null;
  return tooManyRecords(records.toLocaleString('en-GB'));
}

function tooManyRecords(count: string): string {
  return `it reads as ${count} meetings, items, resolutions and requests, far more than any council paper, so it was not added`;
}

/**
 * Lines opening an item or recording a decision that a paper may hold before it is refused
 * unread: twice what it may add, as not every such line becomes a record.
 */
export const MAX_RECORD_LINES_PER_PAPER = 2 * MAX_RECORDS_PER_PAPER;

export async function readPaper(bytes: Uint8Array, name: string): Promise<PaperReading> {
  // The readers of bytes and the parser load with the first paper this thread reads: a bot that only answers never loads them.
  const [{ documentText }, { classifyDocumentWithin, parseClassified }] = await Promise.all([import('./read-document.ts'), import('./parse-document.ts')]);
  const read = await documentText(bytes, name);
  if (!read.ok) return read;
  const classified = classifyDocumentWithin(read.text, MAX_RECORD_LINES_PER_PAPER);
  if (!classified.ok) return { ok: false, reason: tooManyRecords(`over ${MAX_RECORD_LINES_PER_PAPER.toLocaleString('en-GB')}`) };
  const parsed = parseClassified(() => classified.lines);
  const tooLarge = paperTooLarge(parsed);
  return tooLarge ? { ok: false, reason: tooLarge } : { ok: true, parsed, text: read.text };
}

export async function parsePaper(bytes: Uint8Array, name: string): Promise<PaperResult> {
  const read = await readPaper(bytes, name);
  return read.ok ? { ok: true, parsed: read.parsed } : read;
}

const PARSE_PAPER = isolatedJob<typeof parsePaper>(new URL(import.meta.url), 'parsePaper');
const READ_PAPER = isolatedJob<typeof readPaper>(new URL(import.meta.url), 'readPaper');

/** A job's result, or its refusal when the worker stopped it for its time or memory. */
async function refusedWhenStopped<T>(work: Promise<T>): Promise<T | { ok: false; reason: string }> {
  try {
    return await work;
  } catch (error) {
    if (error instanceof IsolationError) return { ok: false, reason: error.message };
    throw error;
  }
}

/** parsePaper in the paper worker; a paper stopped for its time or memory is refused with the reason. */
export function parsePaperIsolated(bytes: Uint8Array, name: string, runner: IsolatedRunner = sharedRunner()): Promise<PaperResult> {
  return refusedWhenStopped(runner.run(PARSE_PAPER, [bytes, name]));
}

/** readPaper in the paper worker, refused the same way. */
export function readPaperIsolated(bytes: Uint8Array, name: string, runner: IsolatedRunner = sharedRunner()): Promise<PaperReading> {
  return refusedWhenStopped(runner.run(READ_PAPER, [bytes, name]));
}
