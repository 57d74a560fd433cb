// A meeting's public linked papers (officers' reports, briefing notes, the work programme; usually
// PDFs), fetched from the council's own site and read as an ingested file is read: in the paper
// worker, with its time and memory limits, after a download capped in bytes and time.
//
// Which papers: those of the meeting as read from ModernGov, on items that are not exempt, that are
// not restricted themselves, and whose address is on the council's ModernGov site (redirects are
// followed only there). An exempt item's papers keep their title only and are never fetched.
//
// What they become: a paper the parsers read as a council document (a work programme, minutes, an
// agenda pack) goes into the record as its own document, its committee taken from ModernGov where
// the paper names none; any other paper (a report, a briefing note) is text about its agenda item,
// so its text joins that item's, where the search finds its words and figures.
import { createHash } from 'node:crypto';
import type { ParsedDocument, ParsedItem } from '../model.ts';
import { MAX_BYTES } from '../ingest/read-document.ts';
import { readPaperIsolated } from '../ingest/paper-job.ts';
import type { IsolatedRunner } from '../worker/isolated.ts';
import { boundedFetch, sameHost, type BoundedFetchResult } from './bounded-fetch.ts';

/** Most papers fetched in one sync run; the rest are fetched by the next run. */
export const MAX_PAPERS_PER_SYNC = 60;
/** How much of one report joins its item's text: the longest officers' reports run to a few hundred thousand characters. */
export const MAX_FOLDED_CHARS = 400_000;
const PAPER_TIMEOUT_MS = 60_000;

/** One paper to fetch: where it is linked (the item's position in its meeting) and its address. */
export interface PaperLink {
  itemIndex: number;
  title: string;
  url: string;
}

export type FetchedPaper =
  | { link: PaperLink; ok: true; sha256: string; bytes: number; text: string; parsed: ParsedDocument }
  /** `retry`: the site may give it next time (a timeout, a broken connection, a server error). */
  | { link: PaperLink; ok: false; problem: string; retry: boolean };

/** The papers of a meeting's document that may be fetched: public papers of public items, on the council's site. */
export function fetchablePapers(doc: ParsedDocument, site: string): PaperLink[] {
  const siteUrl = new URL(site);
  const links: PaperLink[] = [];
  const seen = new Set<string>();
  const items = doc.meetings[0]?.items ?? [];
  items.forEach((item, itemIndex) => {
    if (item.private) return;
    for (const paper of item.papers) {
      if (paper.restricted || !paper.url) continue;
      let url: URL;
      try {
        url = new URL(paper.url, siteUrl);
      } catch {
        continue;
      }
      if (!sameHost(siteUrl, url, true) || seen.has(url.href)) continue;
      seen.add(url.href);
      links.push({ itemIndex, title: paper.title, url: url.href });
    }
  });
  return links;
}

/** The name the paper is read under: its title, with the extension its bytes or type say (the readers go by it). */
function paperName(title: string, bytes: Uint8Array, contentType: string, url: string): string {
  const base = title.replace(/[^\w .()&'-]+/g, '_').trim().slice(0, 100) || 'paper';
  const head = new TextDecoder('latin1').decode(bytes.subarray(0, 1024));
  if (head.startsWith('%PDF-') || /application\/pdf/i.test(contentType)) return `${base}.pdf`;
  if (/html/i.test(contentType) || /^\s*<(?:!doctype\s+html|html)\b/i.test(head) || /\.html?$/i.test(new URL(url).pathname)) return `${base}.html`;
  return `${base}.txt`;
}

function fetchProblem(result: Exclude<BoundedFetchResult, { ok: true }>): string {
  switch (result.problem) {
    case 'too-large':
      return `it is over ${MAX_BYTES / 1024 / 1024} MB, the largest paper that is read`;
    case 'status':
      return `the site answered ${result.status} ${result.statusText}`.trim();
    case 'redirect-off-host':
      return `the site sent it to another host (${result.location}), which is not followed`;
    case 'too-many-redirects':
      return 'the site redirected it too many times';
    case 'timeout':
      return `it did not arrive within ${PAPER_TIMEOUT_MS / 1000} seconds`;
    case 'network':
      return `it could not be fetched (${result.detail})`;
  }
}

export interface FetchPaperDeps {
  runner: IsolatedRunner;
  fetch?: typeof fetch;
}

/** Download one paper and read it in the paper worker. Never throws for the paper's sake. */
export async function fetchPaper(link: PaperLink, deps: FetchPaperDeps): Promise<FetchedPaper> {
  const fetched = await boundedFetch(link.url, {
    headers: { 'user-agent': 'scrutiny-bot (council scrutiny board Slack app)' },
    maxBytes: MAX_BYTES,
    timeoutMs: PAPER_TIMEOUT_MS,
    allowUpgrade: true,
    ...(deps.fetch ? { fetch: deps.fetch } : {}),
  });
  if (!fetched.ok) {
    const retry = fetched.problem === 'timeout' || fetched.problem === 'network' || (fetched.problem === 'status' && (fetched.status >= 500 || fetched.status === 429));
    return { link, ok: false, problem: fetchProblem(fetched), retry };
  }
  const sha256 = createHash('sha256').update(fetched.bytes).digest('hex');
  const name = paperName(link.title, fetched.bytes, fetched.contentType, fetched.url);
  const read = await readPaperIsolated(fetched.bytes, name, deps.runner);
  if (!read.ok) return { link, ok: false, problem: read.reason, retry: false };
  // Only a report's text is kept (a council document's is in its parse), and only what joins its item: a sync holds many papers at once.
  const text = hasRecords(read.parsed) ? '' : read.text.slice(0, MAX_FOLDED_CHARS);
  return { link, ok: true, sha256, bytes: fetched.bytes.byteLength, text, parsed: read.parsed };
}

/** Whether the parsers found a council document in the paper (else it is a report about its item). */
export function isCouncilDocument(paper: Extract<FetchedPaper, { ok: true }>): boolean {
  return hasRecords(paper.parsed);
}

function hasRecords(parsed: ParsedDocument): boolean {
  return parsed.meetings.length > 0 || parsed.workProgramme.length > 0;
}

/** A council document from a meeting's papers, its committee ModernGov's where the paper names none. */
export function withCommittee(parsed: ParsedDocument, committee: string): ParsedDocument {
  return {
    ...parsed,
    meetings: parsed.meetings.map((m) => ({ ...m, committee: m.committee ?? committee })),
    workProgramme: parsed.workProgramme.map((row) => ({ ...row, committee: row.committee ?? committee })),
  };
}

/** The meeting's document with each report's text after its item's own. */
export function withReports(doc: ParsedDocument, reports: Extract<FetchedPaper, { ok: true }>[]): ParsedDocument {
  if (reports.length === 0) return doc;
  const [meeting, ...rest] = doc.meetings;
  if (!meeting) return doc;
  const items: ParsedItem[] = meeting.items.map((item, index) => {
    const own = reports.filter((r) => r.link.itemIndex === index);
    if (own.length === 0 || item.private) return item;
    const texts = own.map((r) => `${r.link.title}\n\n${r.text}`.trim());
    return { ...item, body: [item.body, ...texts].filter((t) => t.trim() !== '').join('\n\n') };
  });
  return { ...doc, meetings: [{ ...meeting, items }, ...rest] };
}
