// Papers shared with the bot in Slack: a co-ordinator's file is downloaded with
// the bot token, ingested exactly as `scrutiny ingest` would (ingestPaths on a
// temporary copy), and the reply says what the record gained or why the file
// could not be read. Anyone else is thanked and refused; nothing is fetched.
//
// The token is sent only to Slack's file host (derived from the Web API URL the
// app is configured with), redirects are followed only on that host, and the
// download stops at the size limit: a file object is data from the event, and
// a forged or odd one must not carry the token anywhere else.
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { basename, extname, join } from 'node:path';
import type { Logger } from '@slack/bolt';
import type { Answer, AnswerEntry, AnswerSection } from '../answers/answer.ts';
import type { Engine } from '../answers/engine.ts';
import { StoreWriteError, type DocumentContents, type Store } from '../store/store.ts';
import type { Clock } from '../clock.ts';
import { SLACK_API_HOSTS, slackApi, trustedApiOrigin } from '../slack-hosts.ts';
import type { RunningReminders, RecordNews } from '../reminders/scheduler.ts';
import { hasNews } from '../reminders/posts.ts';
import { preparePaper, type IngestPipeline, type IngestReport } from '../ingest/ingest-paths.ts';
import { loadedParserFingerprint } from '../ingest/parser-fingerprint.ts';
import { storeQueries, type RecordQueries } from '../serving/record-queries.ts';
import { formatDateTime } from '../london.ts';
import { boundedFetch, type BoundedFetchResult } from './bounded-fetch.ts';

/** The parts of a Slack file object that ingesting needs. */
export interface SharedFile {
  id: string;
  name?: string;
  mimetype?: string;
  filetype?: string;
  size?: number;
  url_private_download?: string;
  url_private?: string;
}

export interface SharedFilesContext {
  files: SharedFile[];
  user: string;
  /** Only scrutiny co-ordinators may add papers. */
  isAdmin: boolean;
  /** Bot token used to download the files (Authorization: Bearer). */
  botToken: string;
  /** The Slack Web API the app talks to (SLACK_API_URL); default Slack's own. The file host follows from it. */
  slackApiUrl?: string;
  store: Store;
  engine: Engine;
  /** Where the store's record is held, to merge the paper there and say what it holds (default the store itself). */
  records?: RecordQueries;
  clock: Clock;
  logger: Logger;
  reminders?: RunningReminders;
  /** Injected for tests; default global fetch. */
  fetch?: typeof fetch;
  /** How the downloaded paper is read; default the ingest pipeline. */
  pipeline?: IngestPipeline;
}

/** Larger files are refused before download: council papers are far smaller. */
export const MAX_SHARED_FILE_BYTES = 20 * 1024 * 1024;
const DOWNLOAD_TIMEOUT_MS = 60_000;

const EXTENSION_OF_FILETYPE: Record<string, string> = { text: '.txt', markdown: '.md', pdf: '.pdf', html: '.html' };

/** A safe local file name that keeps the extension the ingest pipeline goes by. */
function localName(file: SharedFile): string {
  let name = basename((file.name ?? '').replace(/\\/g, '/')).replace(/[^\w .()&'-]+/g, '_').trim();
  if (name === '' || name.startsWith('.')) name = `${file.id}${name}`;
  if (extname(name) === '' && file.filetype) name += EXTENSION_OF_FILETYPE[file.filetype] ?? `.${file.filetype}`;
  return name.slice(-120);
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;

type Download = { ok: true; bytes: Buffer } | { ok: false; reason: string };

/**
 * The one origin the bot token may be sent to for a file: https://files.slack.com for Slack's own
 * Web API (files.slack-gov.com for GovSlack); for any other configured API (a local test server,
 * a proxy) that API's own origin. Plain http only on the loopback interface.
 */
export function slackFileOrigin(apiUrl: string | undefined): string | null {
  const api = slackApi(apiUrl);
  if (!api) return null;
  if (SLACK_API_HOSTS.has(api.hostname)) return `https://files.${api.hostname}`;
  return trustedApiOrigin(api);
}

/** The file's download address when it is on Slack's file host; otherwise why it will not be fetched. */
export function fileDownloadUrl(file: SharedFile, apiUrl: string | undefined): { url: string } | { reason: string } {
  const origin = slackFileOrigin(apiUrl);
  // url_private is only a stand-in when there is no url_private_download at all; never a fallback from an off-host one.
  const given = file.url_private_download ?? file.url_private;
  if (!given) return { reason: 'Slack gave no download link for it (files linked from other services cannot be read)' };
  let url: URL;
  try {
    url = new URL(given);
  } catch {
    return { reason: 'its download link is not a web address' };
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return { reason: `its download link is a "${url.protocol}" address, not one of Slack's files` };
  if (origin === null || url.origin !== origin || url.username || url.password) {
    return { reason: `its download link is not on Slack's file host (${url.host || 'no host'}), so it was not fetched` };
  }
  return { url: url.href };
}

function downloadProblem(result: Exclude<BoundedFetchResult, { ok: true }>): string {
  switch (result.problem) {
    case 'too-large':
      return `it is over ${megabytes(MAX_SHARED_FILE_BYTES)}, the largest paper that can be added`;
    case 'status':
      return `Slack answered ${result.status} when it was downloaded`;
    case 'redirect-off-host':
      return 'Slack sent the download to another host, so it was not followed';
    case 'too-many-redirects':
      return 'Slack redirected the download too many times';
    case 'timeout':
      return `the download from Slack took longer than ${DOWNLOAD_TIMEOUT_MS / 1000} seconds`;
    case 'network':
      return 'the download from Slack failed (the connection broke)';
  }
}

async function download(file: SharedFile, ctx: SharedFilesContext): Promise<Download> {
  const target = fileDownloadUrl(file, ctx.slackApiUrl);
  if ('reason' in target) return { ok: false, reason: target.reason };
  if (file.size !== undefined && file.size > MAX_SHARED_FILE_BYTES) {
    return { ok: false, reason: `it is ${megabytes(file.size)}; papers up to ${megabytes(MAX_SHARED_FILE_BYTES)} can be added` };
  }
  const fetched = await boundedFetch(target.url, {
    headers: { authorization: `Bearer ${ctx.botToken}` },
    maxBytes: MAX_SHARED_FILE_BYTES,
    timeoutMs: DOWNLOAD_TIMEOUT_MS,
    fetch: ctx.fetch,
  });
  if (!fetched.ok) return { ok: false, reason: downloadProblem(fetched) };
  // Without the files:read scope Slack answers with its sign-in page instead of the file.
  const sharedHtml = /html/i.test(file.mimetype ?? '') || /html?/i.test(file.filetype ?? '');
  if (!sharedHtml && /text\/html/i.test(fetched.contentType)) {
    return { ok: false, reason: 'Slack sent a sign-in page instead of the file (the app needs the files:read scope)' };
  }
  return { ok: true, bytes: Buffer.from(fetched.bytes.buffer, fetched.bytes.byteOffset, fetched.bytes.byteLength) };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** What the record holds from one document (from the store's look-ups: the meetings the paper touched), for the reply. */
function describeDocument(found: DocumentContents, documentId: string, name: string): AnswerEntry[] {
  const entries: AnswerEntry[] = [];
  for (const { meeting, items: all, resolutions: allResolutions, requests: allRequests } of found.meetings) {
    const items = all.filter((i) => i.sources.includes(documentId));
    const itemIds = new Set(items.map((i) => i.id));
    const resolutions = allResolutions.filter((r) => itemIds.has(r.itemId)).length;
    const requests = allRequests.filter((r) => itemIds.has(r.itemId)).length;
    const when = meeting.date ? formatDateTime(meeting.date, meeting.time) : 'no date (an agenda-item page)';
    const status = meeting.status === 'minutes' ? 'Minutes' : meeting.status === 'agenda' ? 'Agenda' : meeting.status === 'cancelled' ? 'Cancelled meeting' : 'Planned meeting';
    entries.push({
      label: status,
      text: `${meeting.committee ?? 'Committee not named'}: ${when}`,
      detail: [`${plural(items.length, 'item')} · ${plural(resolutions, 'resolution')} · ${plural(requests, 'request')}`],
      cite: { meetingId: meeting.id, date: meeting.date, documents: [name] },
    });
  }
  const planned = found.workProgramme.filter((w) => w.origin === 'plan').length;
  if (planned > 0) entries.push({ label: 'Work programme', text: plural(planned, 'work-programme item'), cite: { documents: [name] } });
  return entries;
}

/** Download, ingest exactly as `scrutiny ingest` would, and say what was found (or why not). */
export async function ingestSharedFiles(ctx: SharedFilesContext): Promise<Answer> {
  const asOf = ctx.clock.now().toISOString();
  const names = ctx.files.map(localName);
  const question = `shared ${names.join(', ')}`;
  if (!ctx.isAdmin) {
    ctx.logger.info(`Shared files from ${ctx.user} not added: not a scrutiny co-ordinator`);
    return {
      kind: 'notice',
      question,
      title: 'Thank you, but only the scrutiny co-ordinators can add papers to the record.',
      summary: 'Please send the paper to a co-ordinator, who can share it with me.',
      sections: [],
      asOf,
    };
  }

  // Read and parsed here (the paper worker), merged where the record is held: in Slack the answer thread.
  const records = ctx.records ?? storeQueries(ctx.store);
  const sections: AnswerSection[] = [];
  const news: RecordNews = { newResolutionIds: [], newRequestIds: [], newAgendaMeetingIds: [], newMinutesMeetingIds: [] };
  let added = 0;
  let failed = 0;
  const parser = await loadedParserFingerprint();
  const dir = await mkdtemp(join(tmpdir(), 'scrutiny-paper-'));
  try {
    for (const [index, file] of ctx.files.entries()) {
      const name = names[index]!;
      const fetched = await download(file, ctx);
      if (!fetched.ok) {
        failed++;
        ctx.logger.warn(`Shared file ${file.id} (${name}) not added: ${fetched.reason}`);
        sections.push({ heading: name, entries: [{ text: `Could not add it: ${fetched.reason}.` }] });
        continue;
      }
      const documentId = createHash('sha256').update(fetched.bytes).digest('hex');
      // Held as an older parser read it, it is read again (see ingest-paths.ts).
      const known = await records.query('hasDocumentReadBy', documentId, parser);
      // One folder per file so the stored document keeps the name it was shared under.
      const path = join(dir, String(index), name);
      await mkdir(join(dir, String(index)));
      await writeFile(path, fetched.bytes);
      let report: IngestReport;
      try {
        const prepared = await preparePaper((sha256) => (sha256 === documentId ? known : records.query('hasDocumentReadBy', sha256, parser)), path, ctx.pipeline);
        report = await records.query('mergePapers', [prepared]);
      } catch (error) {
        if (!(error instanceof StoreWriteError)) throw error;
        // Nothing was added (the store keeps what it had); say so rather than "Sorry".
        failed++;
        const why = error.message.slice(error.file.length + 2);
        ctx.logger.error(`Shared file ${file.id} (${name}) not added: ${error.message}`);
        sections.push({ heading: name, entries: [{ text: `Could not add it: the record ${why}.` }] });
        continue;
      }
      const fileReport = report.files[0];
      if (!report.allOk || !fileReport?.ok) {
        failed++;
        const reason = (fileReport?.message ?? 'it could not be read').replaceAll(path, name);
        ctx.logger.warn(`Shared file ${file.id} (${name}) not added: ${reason}`);
        sections.push({ heading: name, entries: [{ text: `Could not read it: ${reason}` }] });
        continue;
      }
      added++;
      news.newResolutionIds.push(...report.newResolutionIds);
      news.newRequestIds.push(...report.newRequestIds);
      news.newAgendaMeetingIds.push(...report.newAgendaMeetingIds);
      news.newMinutesMeetingIds.push(...report.newMinutesMeetingIds);
      const found = describeDocument(await records.query('fromDocument', documentId), documentId, name);
      ctx.logger.info(`Shared file ${file.id} (${name}) from ${ctx.user}: ${known ? 'already in the record' : fileReport.message}`);
      sections.push({
        heading: name,
        entries: known ? [{ text: 'Already in the record: nothing new.' }, ...found] : found,
        empty: 'Read, but no meeting or work programme was found in it.',
      });
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  if (added > 0) {
    ctx.engine.refresh();
    // This thread's copy, if it holds one (Home, reminders), takes the write before the news is told.
    if (ctx.records) await ctx.store.refresh().catch(() => false);
  }
  if (ctx.reminders && hasNews(news)) {
    await ctx.reminders.announce(news, ctx.store).catch((error: unknown) => {
      ctx.logger.error(`Announcing shared papers failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  }
  const title =
    failed === 0
      ? `Added ${ctx.files.length === 1 ? names[0] : plural(added, 'paper')} to the record.`
      : added === 0
        ? `Could not add ${ctx.files.length === 1 ? names[0] : 'these papers'} to the record.`
        : `Added ${plural(added, 'paper')}; ${plural(failed, 'paper')} could not be read.`;
  const summary = news.newResolutionIds.length + news.newRequestIds.length > 0
    ? `New to the record: ${plural(news.newResolutionIds.length, 'resolution')} and ${plural(news.newRequestIds.length, 'request')}.`
    : undefined;
  return {
    kind: 'notice',
    question,
    title,
    ...(summary ? { summary } : {}),
    sections,
    notes: failed > 0 ? ['Papers can be text, Markdown, HTML or PDF files with a text layer.'] : undefined,
    asOf,
  };
}
