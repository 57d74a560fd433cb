// The ingest pipeline: files and folders -> read -> parse -> merge into the store.
// One file's problem is one line in the report and never stops the others.
import { readdir, stat } from 'node:fs/promises';
import path from 'node:path';
import type { ParsedDocument } from '../model.ts';
import type { IngestOutcome, SourceInfo, Store } from '../store/store.ts';
import type { FileBytesResult } from './read-document.ts';
import { parsePaper, parsePaperIsolated, type PaperResult } from './paper-job.ts';
import { loadedParserFingerprint, projectRoot } from './parser-fingerprint.ts';

/** The bundled corpus shipped in data/corpus (the demo papers). */
export const BUNDLED_CORPUS = path.join(projectRoot(), 'data', 'corpus') + path.sep;

export interface FileReport {
  path: string;
  ok: boolean;
  /** One line: why the file did not go in, or what it added. */
  message: string;
  warnings: string[];
}

export interface IngestReport {
  files: FileReport[];
  totals: { documents: number; meetings: number; items: number; resolutions: number; requests: number; workProgramme: number };
  /** Ids new to the record in this run, for "new minutes" / "agenda published" posts. */
  newResolutionIds: string[];
  newRequestIds: string[];
  newAgendaMeetingIds: string[];
  newMinutesMeetingIds: string[];
  allOk: boolean;
}

/** How a file becomes a ParsedDocument: its bytes (checked and hashed), then what they say. */
export interface IngestPipeline {
  read(filePath: string): Promise<FileBytesResult>;
  parse(file: { bytes: Uint8Array; name: string }, filePath: string): Promise<PaperResult>;
}

/** A file's bytes, checked and hashed; the readers of bytes (HTML, PDF) load with the first file read (see paper-job.ts). */
export async function readFileBytes(filePath: string): Promise<FileBytesResult> {
  return (await import('./read-document.ts')).readFileBytes(filePath);
}

const isBundled = (filePath: string) => path.resolve(filePath).startsWith(path.resolve(BUNDLED_CORPUS) + path.sep);

/** Papers are read in the paper worker (time and memory limits); the bundled corpus, shipped with the app, in this thread. */
export const defaultPipeline: IngestPipeline = {
  read: readFileBytes,
  parse: (file, filePath) => (isBundled(filePath) ? parsePaper(file.bytes, file.name) : parsePaperIsolated(file.bytes, file.name)),
};

/** How long an ingest run works before it writes what it has (and lets other writers in). */
const WRITE_EVERY_MS = 2_000;

export const NOT_A_COUNCIL_DOCUMENT = 'not a council document (no meeting, agenda or work programme found)';

/** Read, parse and merge files and folders into the store; one file's problem never stops the others. */
export async function ingestPaths(store: Store, paths: string[], pipeline: IngestPipeline = defaultPipeline): Promise<IngestReport> {
  const tally = newTally();
  const entries = await expandPaths(paths);
  let next = 0;
  // A file the record holds as an older parser read it is read again (see mergeFile).
  const parser = await loadedParserFingerprint();
  // Written every few seconds of work rather than once at the end, so that the store's write lock
  // is never held for long: a running bot's writes (a shared paper, a click) wait seconds, not minutes.
  // Files are read and parsed (in the paper worker, up to its time budget) before the lock is taken;
  // only merging them holds it.
  while (next < entries.length) {
    const started = performance.now();
    const prepared: PreparedPaper[] = [];
    while (next < entries.length && performance.now() - started < WRITE_EVERY_MS) {
      const entry = entries[next++]!;
      prepared.push('problem' in entry ? { file: { path: entry.path, ok: false, message: entry.problem, warnings: [] } } : await preparePaper((sha256) => store.document(sha256)?.parser === parser, entry.path, pipeline));
    }
    await mergeInto(store, prepared, tally);
  }
  return reportOf(store, tally);
}

/**
 * Merge papers read and parsed elsewhere into the store, in one write, and say what the record gained:
 * how the running bot's answer thread, which holds the record, takes a paper its main thread read.
 */
export async function mergePapers(store: Store, prepared: PreparedPaper[]): Promise<IngestReport> {
  const tally = newTally();
  await mergeInto(store, prepared, tally);
  return reportOf(store, tally);
}

/** The files of a run so far, and the ids new to the record. */
interface Tally {
  files: FileReport[];
  fresh: { resolutions: Set<string>; requests: Set<string>; agenda: Set<string>; minutes: Set<string> };
}

function newTally(): Tally {
  return { files: [], fresh: { resolutions: new Set(), requests: new Set(), agenda: new Set(), minutes: new Set() } };
}

async function mergeInto(store: Store, prepared: PreparedPaper[], { files, fresh }: Tally): Promise<void> {
  await store.batch(async () => {
    for (const ready of prepared) {
      const report = 'parsed' in ready ? await mergeFile(store, ready) : ready;
      files.push(report.file);
      if (!report.outcome) continue;
      report.outcome.newResolutionIds.forEach((id) => fresh.resolutions.add(id));
      report.outcome.newRequestIds.forEach((id) => fresh.requests.add(id));
      report.outcome.newAgendaMeetingIds.forEach((id) => fresh.agenda.add(id));
      report.outcome.newMinutesMeetingIds.forEach((id) => fresh.minutes.add(id));
    }
  });
}

function reportOf(store: Store, { files, fresh }: Tally): IngestReport {
  const stillThere = (ids: Set<string>, exists: (id: string) => boolean) => [...ids].filter(exists);
  return {
    files,
    totals: store.counts(),
    newResolutionIds: stillThere(fresh.resolutions, (id) => store.resolution(id) !== undefined),
    newRequestIds: stillThere(fresh.requests, (id) => store.request(id) !== undefined),
    newAgendaMeetingIds: stillThere(fresh.agenda, (id) => store.meeting(id) !== undefined),
    newMinutesMeetingIds: stillThere(fresh.minutes, (id) => store.meeting(id) !== undefined),
    allOk: files.every((f) => f.ok),
  };
}

type FileOutcome = { file: FileReport; outcome?: IngestOutcome };
/** A file read and parsed, waiting to be merged; or why it will not be. Plain data: it may cross to the thread that merges it. */
export type PreparedPaper = FileOutcome | { path: string; parsed: ParsedDocument; source: SourceInfo };

/**
 * Read and parse one file (unless `known` says the record has its content already, as this parser read
 * it), ready to merge. A file the record holds as another parser read it is merged as a new reading of it.
 */
export async function preparePaper(known: (sha256: string) => boolean | Promise<boolean>, filePath: string, pipeline: IngestPipeline = defaultPipeline): Promise<PreparedPaper> {
  const fail = (message: string, warnings: string[] = []) => ({ file: { path: filePath, ok: false, message, warnings } });
  let read: FileBytesResult;
  try {
    read = await pipeline.read(filePath);
  } catch (error) {
    return fail(`cannot be read (${oneLine(error)})`);
  }
  if (!read.ok) return fail(read.reason);
  if (await known(read.sha256)) {
    return { file: { path: filePath, ok: true, message: 'already in the store (no change)', warnings: [] } };
  }
  let paper: PaperResult;
  try {
    paper = await pipeline.parse(read, filePath);
  } catch (error) {
    return fail(`could not be parsed (${oneLine(error)})`);
  }
  if (!paper.ok) return fail(paper.reason);
  const parsed = paper.parsed;
  if (parsed.meetings.length === 0 && parsed.workProgramme.length === 0) return fail(NOT_A_COUNCIL_DOCUMENT, parsed.warnings);
  return { path: filePath, parsed, source: { name: read.name, sha256: read.sha256, bytes: read.bytes.length, kind: parsed.kind, parser: await loadedParserFingerprint() } };
}

async function mergeFile(store: Store, ready: { path: string; parsed: ParsedDocument; source: SourceInfo }): Promise<FileOutcome> {
  let outcome: IngestOutcome;
  // Held already, it was read by an older parser (preparePaper reads nothing the record holds as this one read it).
  const held = store.hasDocument(ready.source.sha256);
  try {
    outcome = held ? await store.reread(ready.parsed, ready.source) : await store.ingest(ready.parsed, ready.source);
  } catch (error) {
    return { file: { path: ready.path, ok: false, message: `could not be stored (${oneLine(error)})`, warnings: ready.parsed.warnings } };
  }
  const message = held && outcome.changed ? REREAD : describeOutcome(outcome);
  return { file: { path: ready.path, ok: true, message, warnings: outcome.warnings }, outcome };
}

/** What a file ingested again gets when the record held it as an older parser read it. */
export const REREAD = "read again with this version's parser (an older one had read it)";

/** "added 1 meeting, 9 items, 7 resolutions, 3 requests" or "already in the store". */
export function describeOutcome(outcome: IngestOutcome): string {
  if (!outcome.changed) return 'already in the store (no change)';
  const { added } = outcome;
  const parts = [
    count(added.meetings, 'meeting'),
    count(added.items, 'item'),
    count(added.resolutions, 'resolution'),
    count(added.requests, 'request'),
    count(added.workProgramme, 'work-programme item'),
  ].filter((p): p is string => p !== null);
  return parts.length > 0 ? `added ${parts.join(', ')}` : 'merged into what was known (nothing new to add)';
}

function count(n: number, noun: string): string | null {
  return n === 0 ? null : `${n} ${noun}${n === 1 ? '' : 's'}`;
}

function oneLine(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split('\n')[0]!.trim();
}

type Entry = { path: string } | { path: string; problem: string };

/** The files named, and the files under the folders named (sorted, dotfiles skipped), each once. */
async function expandPaths(paths: string[]): Promise<Entry[]> {
  const entries: Entry[] = [];
  const seen = new Set<string>();
  const visit = async (p: string, named: boolean): Promise<void> => {
    let info;
    try {
      info = await stat(p);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      const why = code === 'ENOENT' ? 'no such file or folder' : code === 'EACCES' ? 'permission denied' : oneLine(error);
      entries.push({ path: p, problem: `cannot be read (${why})` });
      return;
    }
    if (info.isDirectory()) {
      let names: string[];
      try {
        names = await readdir(p);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        entries.push({ path: p, problem: `folder cannot be read (${code === 'EACCES' ? 'permission denied' : oneLine(error)})` });
        return;
      }
      for (const name of names.filter((n) => !n.startsWith('.')).sort()) await visit(path.join(p, name), false);
      return;
    }
    if (!info.isFile()) {
      if (named) entries.push({ path: p, problem: 'not a regular file' });
      return;
    }
    const key = path.resolve(p);
    if (seen.has(key)) return;
    seen.add(key);
    entries.push({ path: p });
  };
  for (const p of paths) await visit(p, true);
  return entries;
}
