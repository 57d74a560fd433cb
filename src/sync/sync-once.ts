// One sync from the council's ModernGov service into the record.
//
// Everything is fetched before anything is written: a refusal or a broken
// answer half-way leaves the record exactly as it was. Then each meeting is
// ingested on its own (atomic in the store) and its fingerprint is saved only
// after its ingest succeeded, so an interrupted sync redoes the rest next time.
//
// The service has no ETag or Last-Modified, so change is detected by content:
// per meeting, a fingerprint of the listing (date, time, status) and of the
// meeting read from GetMeeting. A meeting is fetched again when it is new, its
// listing changed, it is still "open" (no minutes yet, not cancelled, held
// less than OPEN_DAYS ago), or it was last looked at RECHECK_DAYS ago (corrected
// minutes, late papers); it is ingested again only when its content changed.
//
// A meeting whose minutes are already in the record from a file stays recorded
// by that file: ModernGov then only adds papers, report authors and details.
//
// A meeting's public linked papers (moderngov-papers.ts) are fetched when the
// meeting is ingested, when a new one is linked, or RECHECK_DAYS after they were
// last fetched; they go into the record only when their content changed (their
// sha256 is kept in the meeting's fingerprint). Exempt items' papers never are.
import { createHash } from 'node:crypto';
import type { Clock } from '../clock.ts';
import { addCalendarDays, formatDate, formatShortDate, londonDate } from '../london.ts';
import type { ParsedDocument } from '../model.ts';
import type { RecordNews } from '../reminders/scheduler.ts';
import type { IngestOutcome, Store } from '../store/store.ts';
import { describeOutcome } from '../ingest/ingest-paths.ts';
import { createModernGovClient, type ModernGovClient } from './moderngov-client.ts';
import { meetingKey } from '../record-keys.ts';
import { cleanCharacters } from '../ingest/normalise-text.ts';
import { paperTooLarge } from '../ingest/paper-job.ts';
import { loadedParserFingerprint } from '../ingest/parser-fingerprint.ts';
import { IsolationError, sharedRunner, type IsolatedRunner } from '../worker/isolated.ts';
import { fetchablePapers, fetchPaper, isCouncilDocument, MAX_PAPERS_PER_SYNC, withCommittee, withReports, type FetchedPaper } from './moderngov-papers.ts';
import { asEnrichment, externalMeetingId, isCancelledStatus, MEETING_TO_DOCUMENT, type CommitteeRef } from './moderngov-meeting.ts';
import type { MgMeeting, MgMeetingSummary } from './moderngov-xml.ts';

/** Minutes of a meeting held longer ago than this are no longer looked for on it. */
export const OPEN_DAYS = 90;
/** Settled meetings (minutes published, cancelled) are still looked at this often. */
export const RECHECK_DAYS = 7;
/** The window asked for: 12 months back to 12 months ahead of the bot's clock. */
export const WINDOW_DAYS_BACK = 366;
export const WINDOW_DAYS_AHEAD = 366;

export interface SyncOnceDeps {
  /** `papers: false` leaves meetings' linked papers unfetched (default: fetched). */
  moderngov: { url: string; committees: string[]; papers?: boolean };
  store: Store;
  clock: Clock;
  /** Default: an HTTP client for `moderngov.url`. */
  client?: ModernGovClient;
  /** Where meetings' HTML and linked papers are read (time and memory limits); default the process's paper worker. */
  runner?: IsolatedRunner;
  /** How linked papers are downloaded; default global fetch. */
  fetch?: typeof fetch;
}

export interface MeetingChange {
  externalId: string;
  committee: string;
  date: string;
  /** One line for people: "Audit Committee, Tuesday 10 February 2026: minutes published (3 resolutions)". */
  line: string;
}

export interface SyncResult {
  window: { from: string; to: string };
  committees: { id: string; title: string; meetings: number }[];
  /** GetMeeting calls made. */
  fetched: number;
  /** Linked papers downloaded and read. */
  papers: number;
  /** Meetings whose content changed and went into the record. */
  changes: MeetingChange[];
  /** Committees or meetings that could not be used, one line each. */
  warnings: string[];
  news: RecordNews;
}

interface Fingerprint {
  listing: string;
  content: string;
  settled: boolean;
  date: string;
  status: string;
  /** London date it was last fetched. */
  checked: string;
  /** The sha256 of each linked paper last read, by address ('' for one the site would not give or that could not be read). */
  papers: Record<string, string>;
  /** London date its papers were last fetched. */
  papersChecked: string;
  /** The fingerprint of the parser that read it (see ../ingest/parser-fingerprint.ts): another's means reading it again. */
  parser: string;
}

const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

function readFingerprint(value: string | undefined): Fingerprint | null {
  if (!value) return null;
  try {
    const f = JSON.parse(value) as Partial<Fingerprint>;
    return typeof f.listing === 'string' && typeof f.content === 'string'
      ? {
          listing: f.listing,
          content: f.content,
          settled: f.settled === true,
          date: f.date ?? '',
          status: f.status ?? '',
          checked: f.checked ?? '',
          papers: f.papers && typeof f.papers === 'object' ? f.papers : {},
          papersChecked: f.papersChecked ?? '',
          parser: f.parser ?? '',
        }
      : null;
  } catch {
    return null;
  }
}

function listingFingerprint(m: MgMeetingSummary): string {
  return sha256(JSON.stringify([m.date, m.time, m.status]));
}

function isSettled(meeting: MgMeeting, doc: ParsedDocument, today: string): boolean {
  const status = doc.meetings[0]?.status;
  if (status === 'minutes' || isCancelledStatus(meeting.status)) return true;
  return meeting.date !== null && meeting.date < addCalendarDays(today, -OPEN_DAYS);
}

function describeChange(doc: ParsedDocument, before: Fingerprint | null): string {
  const m = doc.meetings[0]!;
  const where = `${m.committee}, ${formatDate(m.date!)}`;
  const resolutions = m.items.reduce((n, i) => n + i.resolutions.length, 0);
  const requests = m.items.reduce((n, i) => n + i.requests.length, 0);
  const moved = before && before.date && before.date !== m.date ? ` (moved from ${formatDate(before.date)})` : '';
  const what =
    m.status === 'cancelled'
      ? 'cancelled'
      : m.status === 'minutes' && m.kind !== 'minutes'
        ? `papers and details for the minutes already in the record from a file (${m.items.length} items)`
        : m.status === 'minutes'
        ? `minutes: ${m.items.length} items, ${resolutions} resolutions, ${requests} requests`
        : m.status === 'agenda'
          ? `agenda: ${m.items.length} items`
          : 'planned';
  return `${where}${moved}: ${before ? 'updated' : 'new'}, ${what}`;
}

/** Whether the record already has this meeting's minutes from a file rather than from ModernGov. */
function minutesFromFile(store: Store, externalId: string, doc: ParsedDocument): boolean {
  const parsed = doc.meetings[0]!;
  const record = store.record();
  const key = meetingKey(parsed.committee, parsed.date);
  const stored =
    record.meetings.find((m) => m.externalId === externalId) ?? record.meetings.find((m) => meetingKey(m.committee, m.date) === key);
  if (!stored?.minutesSource) return false;
  return record.documents.find((d) => d.id === stored.minutesSource)?.kind !== 'moderngov';
}

/** Run one sync; throws ModernGovError (naming the call and URL) when the service cannot be used. */
export async function syncOnce(deps: SyncOnceDeps): Promise<SyncResult> {
  const client = deps.client ?? createModernGovClient({ baseUrl: deps.moderngov.url });
  const today = londonDate(deps.clock.now());
  const window = { from: addCalendarDays(today, -WINDOW_DAYS_BACK), to: addCalendarDays(today, WINDOW_DAYS_AHEAD) };
  const warnings: string[] = [];
  const parser = await loadedParserFingerprint();

  const listed = new Map((await client.getCommittees()).map((c) => [c.id, c]));
  const committees: CommitteeRef[] = [];
  for (const id of deps.moderngov.committees) {
    const found = listed.get(id);
    if (found) committees.push({ id, title: found.title });
    else warnings.push(`committee ${id} is not listed by GetCommittees; skipped`);
  }

  // Phase 1: read everything needed from the service, writing nothing.
  // A fingerprint counts only while the record still holds its meeting (the state file lives apart).
  const inRecord = new Set(deps.store.record().meetings.map((m) => m.externalId));
  const fingerprintOf = (key: string) => (inRecord.has(key) ? readFingerprint(deps.store.state().sync[key]) : null);
  const toIngest: { key: string; summary: MgMeetingSummary; meeting: MgMeeting; xml: string; committee: CommitteeRef }[] = [];
  const perCommittee: SyncResult['committees'] = [];
  for (const committee of committees) {
    // Some servers ignore the date range, so the window is applied here too.
    const meetings = (await client.getMeetings(committee.id, window.from, window.to)).filter(
      (m) => m.date !== null && m.date >= window.from && m.date <= window.to,
    );
    perCommittee.push({ id: committee.id, title: committee.title, meetings: meetings.length });
    for (const summary of meetings) {
      const key = externalMeetingId(committee.id, summary.id);
      const before = fingerprintOf(key);
      const recheck = !before?.checked || before.checked <= addCalendarDays(today, -RECHECK_DAYS);
      // A meeting another parser read (an upgrade since) is read again now, settled or not.
      if (before && before.settled && before.listing === listingFingerprint(summary) && !recheck && before.parser === parser) continue;
      const { meeting, xml } = await client.getMeeting(summary.id);
      toIngest.push({ key, summary, meeting, xml, committee });
    }
  }

  // Phase 2: every changed meeting merged and written once, then their fingerprints (a failed write leaves them unrecorded).
  const news: RecordNews = { newResolutionIds: [], newRequestIds: [], newAgendaMeetingIds: [], newMinutesMeetingIds: [] };
  const changes: MeetingChange[] = [];
  const fingerprints = new Map<string, string>();
  // Each meeting's agenda and minutes HTML is read in the paper worker, before anything is merged.
  const readMeetings: Array<(typeof toIngest)[number] & { dated: MgMeeting; read: ParsedDocument }> = [];
  for (const fetched of toIngest) {
    // The listing's date wins when GetMeeting lacks one (some servers leave it blank).
    const dated: MgMeeting = fetched.meeting.date ? fetched.meeting : { ...fetched.meeting, date: fetched.summary.date };
    const problem = (text: string) => `meeting ${fetched.meeting.id} (${fetched.committee.title}) ${text}`;
    try {
      const read = await (deps.runner ?? sharedRunner()).run(MEETING_TO_DOCUMENT, [dated, fetched.committee]);
      const tooLarge = paperTooLarge(read);
      // Tried again next sync (no fingerprint is saved); the rest of the sync goes on.
      if (tooLarge) warnings.push(problem(`was not added: ${tooLarge}`));
      else readMeetings.push({ ...fetched, dated, read });
    } catch (error) {
      if (!(error instanceof IsolationError)) throw error;
      warnings.push(problem(`could not be read: ${error.message}`));
    }
  }
  // Each read meeting as it will be recorded, and its papers: fetched (outside the store's write lock) when due.
  const recheckFrom = addCalendarDays(today, -RECHECK_DAYS);
  let paperBudget = MAX_PAPERS_PER_SYNC;
  let papersRead = 0;
  const prepared: Array<(typeof readMeetings)[number] & { doc: ParsedDocument; content: string; links: number; papers: FetchedPaper[]; papersDue: boolean }> = [];
  for (const meeting of readMeetings) {
    const doc = minutesFromFile(deps.store, meeting.key, meeting.read) ? asEnrichment(meeting.read) : meeting.read;
    const content = sha256(JSON.stringify(doc));
    const before = fingerprintOf(meeting.key);
    const links = deps.moderngov.papers === false ? [] : fetchablePapers(doc, deps.moderngov.url);
    const papersDue =
      links.length > 0 &&
      links.length <= paperBudget &&
      (!before || before.content !== content || links.some((l) => !(l.url in before.papers)) || before.papersChecked <= recheckFrom || before.parser !== parser);
    const papers: FetchedPaper[] = [];
    if (papersDue) {
      paperBudget -= links.length;
      for (const link of links) papers.push(await fetchPaper(link, { runner: deps.runner ?? sharedRunner(), ...(deps.fetch ? { fetch: deps.fetch } : {}) }));
      papersRead += papers.length;
      for (const p of papers) if (!p.ok) warnings.push(`meeting ${meeting.meeting.id} (${meeting.committee.title}): the paper "${p.link.title}" was not read: ${p.problem}`);
    }
    prepared.push({ ...meeting, doc, content, links: links.length, papers, papersDue });
  }

  await deps.store.batch(async () => {
    for (const { key, summary, meeting, xml, committee, dated, doc, content, links, papers, papersDue } of prepared) {
      for (const w of doc.warnings) warnings.push(w);
      const parsedMeeting = doc.meetings[0]!;
      if (parsedMeeting.date === null) continue;
      const before = fingerprintOf(key);
      const read = papers.filter((p): p is Extract<FetchedPaper, { ok: true }> => p.ok);
      const contentChanged = before?.content !== content;
      // Ingested without its papers (this run's paper budget was spent): they are fetched next run, as if new.
      const papersLeft = contentChanged && links > 0 && !papersDue;
      // A paper that failed for good is tried again with the weekly look; one that may come next time (not recorded), next sync.
      const paperShas = papersDue
        ? Object.fromEntries(papers.flatMap((p) => (p.ok ? [[p.link.url, p.sha256]] : p.retry ? [] : [[p.link.url, '']])))
        : papersLeft
          ? {}
          : (before?.papers ?? {});
      const papersChanged = papersDue && JSON.stringify(paperShas) !== JSON.stringify(before?.papers ?? {});
      const fingerprint: Fingerprint = {
        listing: listingFingerprint(summary),
        content,
        settled: isSettled(dated, doc, today),
        date: parsedMeeting.date,
        status: parsedMeeting.status ?? '',
        checked: today,
        papers: paperShas,
        papersChecked: papersDue ? today : papersLeft ? '' : (before?.papersChecked ?? ''),
        parser,
      };
      const record = (outcome: IngestOutcome) => {
        news.newResolutionIds.push(...outcome.newResolutionIds);
        news.newRequestIds.push(...outcome.newRequestIds);
        news.newAgendaMeetingIds.push(...outcome.newAgendaMeetingIds);
        news.newMinutesMeetingIds.push(...outcome.newMinutesMeetingIds);
      };
      if (contentChanged || papersChanged) {
        const reports = read.filter((p) => !isCouncilDocument(p));
        const full = withReports(doc, reports);
        const fullContent = sha256(JSON.stringify(full));
        const outcome = await deps.store.ingest(full, {
          name: `ModernGov meeting ${meeting.id} of ${formatShortDate(parsedMeeting.date)}`,
          // Chained to the version it replaces, so content that changes back is still news to the store.
          sha256: sha256(`${fullContent}\n${before?.content ?? ''}\n${JSON.stringify(before?.papers ?? {})}`),
          bytes: Buffer.byteLength(xml) + reports.reduce((n, r) => n + r.bytes, 0),
          kind: 'moderngov',
          parser,
        });
        record(outcome);
        if (outcome.changed) changes.push({ externalId: key, committee: committee.title, date: parsedMeeting.date, line: describeChange(doc, before) });
      }
      // Papers the parsers read as council documents (a work programme, minutes, a pack) go in as files do, once per content.
      for (const paper of read.filter(isCouncilDocument)) {
        // One the record holds as an older parser read it is read again.
        const held = deps.store.document(paper.sha256);
        if (held?.parser === parser) continue;
        const parsed = withCommittee(paper.parsed, cleanCharacters(committee.title));
        const source = { name: `${paper.link.title} (ModernGov paper)`, sha256: paper.sha256, bytes: paper.bytes, kind: parsed.kind, parser };
        const outcome = held ? await deps.store.reread(parsed, source) : await deps.store.ingest(parsed, source);
        for (const w of outcome.warnings) warnings.push(w);
        record(outcome);
        if (outcome.changed) changes.push({ externalId: key, committee: committee.title, date: parsedMeeting.date, line: `${committee.title}, ${formatDate(parsedMeeting.date)}: the paper "${paper.link.title}" read (${describeOutcome(outcome)})` });
      }
      if (JSON.stringify(before) !== JSON.stringify(fingerprint)) fingerprints.set(key, JSON.stringify(fingerprint));
    }
  });
  // Each committee's title as the service gives it: a board named by its committee id is named by it.
  const titles = committees.filter((c) => deps.store.state().committeeTitles[c.id] !== cleanCharacters(c.title));
  if (fingerprints.size > 0 || titles.length > 0) {
    await deps.store.updateState((s) => {
      for (const [key, fingerprint] of fingerprints) s.sync[key] = fingerprint;
      for (const c of titles) s.committeeTitles = { ...s.committeeTitles, [c.id]: cleanCharacters(c.title) };
    });
  }

  return { window, committees: perCommittee, fetched: toIngest.length, papers: papersRead, changes, warnings, news };
}

/** One line: "ModernGov sync (Audit Committee): 6 meetings listed between ... and ..., 3 fetched, 2 changed." */
export function summariseSync(result: SyncResult): string {
  const listedCount = result.committees.reduce((n, c) => n + c.meetings, 0);
  const names = result.committees.map((c) => c.title).join('; ') || 'no committee';
  const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  return (
    `ModernGov sync (${names}): ${plural(listedCount, 'meeting')} listed between ${formatDate(result.window.from)} and ` +
    `${formatDate(result.window.to)}, ${result.fetched} fetched, ` +
    (result.papers > 0 ? `${plural(result.papers, 'paper')} read, ` : '') +
    `${result.changes.length} changed` +
    (result.warnings.length ? `, ${plural(result.warnings.length, 'warning')}` : '') +
    '.'
  );
}
