// After an upgrade: the documents of a record that another parser read (their fingerprint is not
// this one's, see ./parser-fingerprint.ts), read again by this one where their papers can be found.
//
// A store keeps each document's reading, not its paper: what it keeps of one is its name, size, kind
// and sha256. So a paper can be read again only where it can be found by its sha256: the bundled
// corpus (shipped with the app), and any folder named. A ModernGov meeting is fetched again by the
// sync (it keeps the parser in each meeting's fingerprint, see ../sync/sync-once.ts); a file ingested
// from elsewhere or shared in Slack keeps its older reading. The new readings are merged in the thread
// that holds the record (rereadPapers), in one write.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ParsedDocument, SourceDocument } from '../model.ts';
import type { SourceInfo, Store } from '../store/store.ts';
import { parsePaperIsolated, type PaperResult } from './paper-job.ts';
import { readFileBytes } from './ingest-paths.ts';

/** A document read again: its new reading, with the source it is stored under. Plain data: it crosses to the thread that merges it. */
export interface RereadPaper {
  parsed: ParsedDocument;
  source: SourceInfo;
}

/** What could be done with the documents another parser read. */
export interface RereadPlan {
  papers: RereadPaper[];
  /** Found, but the paper could not be read now (its name, and why). */
  failed: Array<{ name: string; reason: string }>;
  /** ModernGov meetings: the sync fetches them again. */
  bySync: SourceDocument[];
  /** Papers the store keeps no copy of (files ingested from elsewhere, papers shared in Slack): their older reading stays. */
  kept: SourceDocument[];
}

/**
 * The documents of the record another parser read (or one before parsers were fingerprinted) that the
 * record still names as a source: a ModernGov meeting's older version, which a newer one replaced, is
 * left alone. Looks at the record only when some document's fingerprint differs.
 */
export async function outdatedDocuments(store: Store, parser: string): Promise<SourceDocument[]> {
  const outdated = store.documents().filter((d) => d.parser !== parser);
  if (outdated.length === 0) return [];
  const named = await store.documentsNamed();
  return outdated.filter((d) => named.has(d.id));
}

/** Where each paper in these folders is, by the sha256 of its bytes (files only, dotfiles skipped, not recursive). */
async function papersBySha(folders: readonly string[]): Promise<Map<string, string>> {
  const found = new Map<string, string>();
  for (const folder of folders) {
    let names: string[];
    try {
      names = await readdir(folder);
    } catch {
      continue;
    }
    for (const name of names.sort()) {
      if (name.startsWith('.')) continue;
      const file = path.join(folder, name);
      const read = await readFileBytes(file);
      if (read.ok && !found.has(read.sha256)) found.set(read.sha256, file);
    }
  }
  return found;
}

/**
 * Read again, with this parser, the papers of `documents` found in `folders` (in the paper worker, so
 * that the thread this runs in stays free); say what becomes of the others.
 */
export async function planRereads(
  documents: readonly SourceDocument[],
  parser: string,
  folders: readonly string[],
  parse: (bytes: Uint8Array, name: string) => Promise<PaperResult> = parsePaperIsolated,
): Promise<RereadPlan> {
  const plan: RereadPlan = { papers: [], failed: [], bySync: [], kept: [] };
  const files = documents.some((d) => d.kind !== 'moderngov') ? await papersBySha(folders) : new Map<string, string>();
  for (const document of documents) {
    const file = files.get(document.id);
    if (!file) {
      (document.kind === 'moderngov' ? plan.bySync : plan.kept).push(document);
      continue;
    }
    const read = await readFileBytes(file);
    if (!read.ok || read.sha256 !== document.id) {
      plan.failed.push({ name: document.name, reason: read.ok ? 'the file changed since it was found' : read.reason });
      continue;
    }
    let result: PaperResult;
    try {
      result = await parse(read.bytes, read.name);
    } catch (error) {
      result = { ok: false, reason: error instanceof Error ? error.message.split('\n')[0]! : String(error) };
    }
    if (!result.ok) {
      plan.failed.push({ name: document.name, reason: result.reason });
      continue;
    }
    plan.papers.push({ parsed: result.parsed, source: { name: document.name, sha256: document.id, bytes: read.bytes.length, kind: result.parsed.kind, parser } });
  }
  return plan;
}

/** Merge the new readings in place of the old, in one write (a failed one throws StoreWriteError and changes nothing); how many changed the record's copy. */
export async function rereadPapers(store: Store, papers: readonly RereadPaper[]): Promise<{ reread: number }> {
  let reread = 0;
  await store.batch(async () => {
    for (const { parsed, source } of papers) {
      if ((await store.reread(parsed, source)).changed) reread++;
      // One document's merge a turn: questions asked meanwhile are answered between them.
      await new Promise<void>((resolve) => setImmediate(resolve));
    }
  });
  return { reread };
}
