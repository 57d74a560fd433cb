// What a pasted ModernGov link is, as the record knows it: a meeting (its date, committee, place and
// items), a committee (its next and latest meetings), an agenda item (what was resolved on it) or
// an issue (the items of the record on its subject, the title read from the issue's page).
// An exempt item shows its title with "exempt" and nothing else. A link the record does not know
// (another council's site, a meeting never synced) has no preview: null. Pure but for the issue
// page, which `previewLink` reads through the reader it is given.
import type { Answer, AnswerEntry, AnswerSection } from '../answers/answer.ts';
import { answer, meetingStatusLabel, meetingWhen, numberLabel } from '../answers/answer-parts.ts';
import { compareNumbers, meetingStart } from '../answers/record-view.ts';
import { itemListLine } from '../exempt.ts';
import { formatShortDate } from '../london.ts';
import type { AgendaItem, BoardRecord, Meeting } from '../model.ts';
import { externalItemId } from '../sync/moderngov-meeting.ts';
import { sameSubject } from '../answers/subjects/subject-words.ts';
import type { IssueTitleReader } from './issue-page.ts';
import { moderngovHost, moderngovMeetingIds, parseModernGovUrl } from './moderngov-urls.ts';

/** One council's record and the ModernGov site it syncs from. */
export interface LinkSource {
  moderngovUrl: string;
  record(): Readonly<BoardRecord>;
}

/** A preview lists this many items or resolutions at most: it sits under a message, on a phone. */
export const PREVIEW_ENTRIES = 8;

function capped<T>(list: readonly T[], toEntry: (t: T) => AnswerEntry): { entries: AnswerEntry[]; more: number } {
  return { entries: list.slice(0, PREVIEW_ENTRIES).map(toEntry), more: Math.max(0, list.length - PREVIEW_ENTRIES) };
}

function itemsOf(record: Readonly<BoardRecord>, meetingId: string): AgendaItem[] {
  return record.items.filter((i) => i.meetingId === meetingId).sort((a, b) => compareNumbers(a.number, b.number));
}

function committeeTitle(meeting: Meeting): string {
  return meeting.committee ?? 'Meeting';
}

function meetingPreview(record: Readonly<BoardRecord>, meeting: Meeting, link: string, now: Date): Answer {
  const items = itemsOf(record, meeting.id);
  const { entries, more } = capped(items, (i) => ({ text: itemListLine(i) }));
  const sections: AnswerSection[] = [];
  if (meeting.status !== 'cancelled') {
    sections.push({ heading: meeting.status === 'minutes' ? 'Items' : 'Agenda', entries, empty: 'No agenda has been published yet.' });
  }
  const notes: string[] = [];
  if (more > 0) notes.push(`And ${more} more item${more === 1 ? '' : 's'}.`);
  const resolved = meeting.status === 'minutes' ? record.resolutions.filter((r) => r.meetingId === meeting.id).length : 0;
  if (resolved > 0 && meeting.date) notes.push(`${resolved} resolution${resolved === 1 ? '' : 's'} recorded: ask \`/scrutiny meeting on ${formatShortDate(meeting.date)}\` for them.`);
  return answer('link-preview', link, now, {
    title: `${committeeTitle(meeting)}: ${meetingWhen(meeting)}${meeting.status === 'cancelled' ? ' (cancelled)' : ''}`,
    summary: [meeting.place, meetingStatusLabel(meeting)].filter(Boolean).join(' · '),
    sections,
    ...(notes.length > 0 ? { notes } : {}),
  });
}

function committeePreview(meetings: Meeting[], link: string, now: Date): Answer {
  const dated = meetings.filter((m) => m.date !== null).sort((a, b) => meetingStart(a)!.getTime() - meetingStart(b)!.getTime());
  const t = now.getTime();
  const next = dated.find((m) => meetingStart(m)!.getTime() > t && m.status !== 'cancelled') ?? null;
  const latest = [...dated].reverse().find((m) => meetingStart(m)!.getTime() <= t && m.status !== 'cancelled') ?? null;
  const line = (m: Meeting) => ({ text: [meetingWhen(m), m.place].filter(Boolean).join(' · ') });
  const sections: AnswerSection[] = [
    { heading: 'Next meeting', entries: next ? [line(next)] : [], empty: 'No meeting ahead is known yet.' },
    { heading: 'Latest meeting', entries: latest ? [line(latest)] : [], empty: 'No earlier meeting is in the record.' },
  ];
  const committee = dated.find((m) => m.committee)?.committee ?? meetings[0]?.committee ?? 'Committee';
  return answer('link-preview', link, now, { title: committee, sections });
}

function itemPreview(record: Readonly<BoardRecord>, item: AgendaItem, meeting: Meeting | null, link: string, now: Date): Answer {
  const where = [meeting ? `${committeeTitle(meeting)}, ${meetingWhen(meeting)}` : null, numberLabel(meeting, item)].filter(Boolean).join(' · ');
  if (item.private) {
    // Schedule 12A: the title, marked exempt; nothing else of the item.
    return answer('link-preview', link, now, { title: `${item.title} (exempt)`, summary: where, sections: [] });
  }
  const resolutions = record.resolutions.filter((r) => r.itemId === item.id).sort((a, b) => a.clause - b.clause);
  const sections: AnswerSection[] = [];
  const notes: string[] = [];
  if (meeting?.status === 'minutes') {
    const { entries, more } = capped(resolutions, (r) => ({ text: r.text, quote: true }));
    sections.push({ heading: 'Resolved', entries, empty: 'The minutes record no resolution on this item.' });
    if (more > 0) notes.push(`And ${more} more resolution${more === 1 ? '' : 's'}.`);
  } else if (item.reportAuthor) {
    sections.push({ heading: 'Report', entries: [{ text: item.reportAuthor }] });
  }
  return answer('link-preview', link, now, { title: item.number ? `${item.number}. ${item.title}` : item.title, summary: where, sections, ...(notes.length > 0 ? { notes } : {}) });
}

/** An issue: the record's items on its subject, latest meeting first (an exempt one by its title). */
export function issuePreview(record: Readonly<BoardRecord>, title: string, link: string, now: Date): Answer {
  const meetings = new Map(record.meetings.map((m) => [m.id, m]));
  const items = record.items
    .filter((i) => sameSubject(i.title, title))
    .map((item) => ({ item, meeting: meetings.get(item.meetingId) ?? null }))
    .sort((a, b) => (b.meeting?.date ?? '').localeCompare(a.meeting?.date ?? ''));
  const { entries, more } = capped(items, ({ item, meeting }) => ({
    text: [meeting ? meetingWhen(meeting) : null, numberLabel(meeting, item), itemListLine({ ...item, number: null })].filter(Boolean).join(' · '),
  }));
  return answer('link-preview', link, now, {
    title: `Issue: ${title}`,
    sections: [{ heading: 'At the board', entries, empty: 'The board’s record has no item on this issue yet.' }],
    ...(more > 0 ? { notes: [`And ${more} more item${more === 1 ? '' : 's'}.`] } : {}),
  });
}

/** The council whose ModernGov site a link is on, and what the link points at. */
function sourceOf(sources: readonly LinkSource[], link: string): { source: LinkSource; target: NonNullable<ReturnType<typeof parseModernGovUrl>> } | null {
  const target = parseModernGovUrl(link);
  if (!target) return null;
  let host: string;
  try {
    host = new URL(link).hostname.toLowerCase();
  } catch {
    return null;
  }
  const source = sources.find((s) => moderngovHost(s.moderngovUrl) === host);
  return source ? { source, target } : null;
}

/** A link's preview, reading an issue's title from the council's site when the link is an issue's page. */
export async function previewLink(sources: readonly LinkSource[], link: string, now: Date, readIssue: IssueTitleReader): Promise<Answer | null> {
  const found = sourceOf(sources, link);
  if (found?.target.kind !== 'issue') return linkPreview(sources, link, now);
  const title = await readIssue(found.source.moderngovUrl, found.target.issueId);
  return title ? issuePreview(found.source.record(), title, link, now) : null;
}

/** The preview of a link, from the record of the council whose ModernGov site it is on; null when there is none. */
export function linkPreview(sources: readonly LinkSource[], link: string, now: Date): Answer | null {
  const found = sourceOf(sources, link);
  if (!found) return null;
  const { source, target } = found;
  const record = source.record();
  switch (target.kind) {
    case 'meeting': {
      const meeting = record.meetings.find((m) => {
        const ids = moderngovMeetingIds(m.externalId);
        return ids !== null && ids.meetingId === target.meetingId && (target.committeeId === null || ids.committeeId === target.committeeId);
      });
      return meeting ? meetingPreview(record, meeting, link, now) : null;
    }
    case 'committee': {
      const meetings = record.meetings.filter((m) => moderngovMeetingIds(m.externalId)?.committeeId === target.committeeId);
      return meetings.length > 0 ? committeePreview(meetings, link, now) : null;
    }
    case 'item': {
      const key = externalItemId(target.itemId);
      const item = record.items.find((i) => i.externalId === key);
      return item ? itemPreview(record, item, record.meetings.find((m) => m.id === item.meetingId) ?? null, link, now) : null;
    }
    case 'issue':
      // The record keeps no ModernGov issues: its title is on the council's page (previewLink).
      return null;
  }
}
