// One ModernGov meeting (a GetMeeting answer) as a ParsedDocument of kind 'moderngov',
// so it goes into the record through the same merge as an ingested file. Pure.
//
// Minutes attached to the next meeting: councils usually publish a meeting's
// minutes as a paper on the *next* meeting's "Minutes" item ("To approve as a
// correct record the minutes of the meeting held on 25 November 2025"). That
// item is kept as an item of the meeting that approves the minutes, with the
// minutes paper as a link (title + URL); the paper is not downloaded and its
// contents are never attributed to either meeting's items. The earlier
// meeting's own resolutions come from its own GetMeeting minute text, or from
// its minutes file when someone ingests it or shares it with the bot.
import type { Apology, Attendee, AttendeeRole, MeetingStatus, ParsedDocument, ParsedItem, ParsedMeeting, Paper } from '../model.ts';
import { htmlToText } from '../ingest/html-to-text.ts';
import { parseDocumentTime } from '../ingest/dates.ts';
import { extractMinuteContent } from '../ingest/minute-content.ts';
import { cleanCharacters } from '../ingest/normalise-text.ts';
import { isolatedJob } from '../worker/isolated.ts';
import type { MgAttendee, MgItem, MgMeeting } from './moderngov-xml.ts';

export interface CommitteeRef {
  id: string;
  /** As GetCommittees names it: the store matches meetings known from files by this name and the date. */
  title: string;
}

/** The identity of a ModernGov meeting across syncs, whatever its date: "moderngov:569:4967". */
export function externalMeetingId(committeeId: string, meetingId: string): string {
  return `moderngov:${committeeId}:${meetingId}`;
}

/** The identity of a ModernGov agenda item (its mgAi.aspx page): "moderngov-item:50006". */
export function externalItemId(itemId: string): string | null {
  return /^\d+$/.test(itemId) ? `moderngov-item:${itemId}` : null;
}

/** Cancelled, postponed or abandoned meetings do not take place on their date. */
export function isCancelledStatus(status: string): boolean {
  return /cancel|postpone|abandon|withdrawn/i.test(status);
}

function meetingStatus(meeting: MgMeeting, items: ParsedItem[], hasMinutes: boolean): MeetingStatus {
  if (isCancelledStatus(meeting.status)) return 'cancelled';
  if (hasMinutes) return 'minutes';
  if (meeting.agendaPublished || items.length > 0) return 'agenda';
  return 'planned';
}

// "Report of the Director of ...", "Briefing Note of the ...", "Joint Report of ...", "Presentation by ...".
const AUTHOR_LINE = /^(?:joint\s+)?(?:report|briefing note|briefing paper|presentation|verbal (?:report|update)|note)s?\s+(?:of|from|by)\s+\S.*$/i;

function reportAuthor(item: MgItem, agendaText: string): string | null {
  if (item.presentedBy) return cleanCharacters(item.presentedBy);
  for (const line of agendaText.split('\n').slice(0, 3)) {
    const t = line.trim().replace(/[.:]$/, '');
    if (t.length > 0 && t.length <= 160 && AUTHOR_LINE.test(t)) return cleanCharacters(t);
  }
  return null;
}

function papersOf(item: MgItem): Paper[] {
  return item.papers.map((p) => {
    const restricted = p.restricted || item.restricted;
    return { title: cleanCharacters(p.title), url: restricted ? null : p.url, restricted };
  });
}

interface ReadItem {
  parsed: ParsedItem;
  minutes: boolean;
  /** Its minutes exclude the press and public: the items after it are exempt. */
  excludesPublic: boolean;
}

function itemOf(original: MgItem, meetingDate: string | null, afterExclusion: boolean): ReadItem {
  const item = { ...original, title: cleanCharacters(original.title) };
  if (item.restricted || afterExclusion) {
    return {
      parsed: { number: item.number, title: item.title, body: '', reportAuthor: null, pages: null, subItems: [], papers: papersOf({ ...item, restricted: true }), private: true, resolutions: [], requests: [], workProgrammeAdditions: [], externalId: externalItemId(item.id) },
      minutes: item.minutesHtml !== '',
      excludesPublic: false,
    };
  }
  const agendaText = item.agendaHtml ? cleanCharacters(htmlToText(item.agendaHtml)).trim() : '';
  const minutesText = item.minutesHtml ? cleanCharacters(htmlToText(item.minutesHtml)).trim() : '';
  const content = minutesText ? extractMinuteContent(minutesText, { meetingDate, title: item.title }) : null;
  const exempt = content?.private === true;
  return {
    parsed: {
      number: item.number,
      title: item.title,
      body: exempt ? '' : minutesText || agendaText,
      reportAuthor: reportAuthor(item, agendaText),
      pages: null,
      subItems: [],
      papers: exempt ? papersOf({ ...item, restricted: true }) : papersOf(item),
      private: exempt,
      resolutions: exempt ? [] : (content?.resolutions ?? []),
      requests: exempt ? [] : (content?.requests ?? []),
      workProgrammeAdditions: exempt ? [] : (content?.workProgrammeAdditions ?? []),
      externalId: externalItemId(item.id),
    },
    minutes: minutesText !== '',
    excludesPublic: content?.excludesPublic === true,
  };
}

function roleOf(a: MgAttendee): { role: AttendeeRole; chair: boolean } {
  const role = a.role.toLowerCase();
  const chair = /\bchair(man|person)?\b/.test(role) && !/\b(vice|deputy)\b/.test(role);
  if (/substitute/.test(role) || /substitute/i.test(a.attendance)) return { role: 'substitute', chair: false };
  if (/co-?opt/.test(role)) return { role: 'co-opted', chair };
  if (/cabinet|portfolio|executive member|leader/.test(role)) return { role: 'cabinet', chair };
  if (/officer|clerk|director|employee|manager|head of|advis/.test(role)) return { role: 'employee', chair: false };
  if (/guest|invit|witness|observer|in attendance/.test(role)) return { role: 'invited', chair: false };
  if (chair || /member|councillor/.test(role)) return { role: 'member', chair };
  return { role: 'other', chair: false };
}

/**
 * Who attended: "Present"/"In attendance" people, apologies, and "Absent" once
 * minutes are out. "Expected" (a meeting still ahead) is not attendance. Servers that give no
 * attendance at all are read as present once minutes are published.
 */
function attendanceOf(meeting: MgMeeting, hasMinutes: boolean): { present: Attendee[]; apologies: Apology[]; absent: Apology[]; chair: string | null } {
  const present: Attendee[] = [];
  const apologies: Apology[] = [];
  const absent: Apology[] = [];
  let chair: string | null = null;
  for (const a of meeting.attendees) {
    const attendance = a.attendance.toLowerCase();
    const name = cleanCharacters(a.name);
    if (/apolog/.test(attendance)) {
      apologies.push({ name, note: a.role || null });
      continue;
    }
    // Recorded absent without apologies: kept for attendance rates, never shown as present.
    if (/^absent/.test(attendance) && hasMinutes) {
      absent.push({ name, note: a.role || null });
      continue;
    }
    const attended = /^(present|in attendance|attended|virtual|remote)/.test(attendance) || (attendance === '' && hasMinutes);
    if (!attended) continue;
    const { role, chair: isChair } = roleOf(a);
    present.push({ name, role, chair: isChair, note: a.role || null });
    if (isChair && chair === null) chair = name;
  }
  return { present, apologies, absent, chair };
}

/** A GetMeeting answer as a ParsedDocument; the meeting carries its ModernGov identity in `externalId`. */
export function meetingToDocument(meeting: MgMeeting, committee: CommitteeRef): ParsedDocument {
  const read: ReadItem[] = [];
  for (const item of meeting.items) read.push(itemOf(item, meeting.date, read.some((r) => r.excludesPublic)));
  const items = read.map((r) => r.parsed);
  const hasMinutes = read.some((r) => r.minutes);
  const status = meetingStatus(meeting, items, hasMinutes);
  const { present, apologies, absent, chair } = attendanceOf(meeting, hasMinutes);
  const warnings: string[] = [];
  if (meeting.date === null) warnings.push(`ModernGov meeting ${meeting.id} has no readable date`);
  const time = meeting.time ? parseDocumentTime(meeting.time) : null;
  if (meeting.time && time === null) warnings.push(`ModernGov meeting ${meeting.id}: unreadable time "${meeting.time}"`);
  const parsed: ParsedMeeting = {
    committee: cleanCharacters(committee.title),
    council: null,
    date: meeting.date,
    time,
    place: meeting.location === null ? null : cleanCharacters(meeting.location),
    kind: status === 'minutes' ? 'minutes' : 'agenda',
    status,
    chair,
    present,
    apologies,
    ...(absent.length > 0 ? { absent } : {}),
    closingTime: null,
    items,
    externalId: externalMeetingId(committee.id, meeting.id),
  };
  return { kind: 'moderngov', meetings: [parsed], workProgramme: [], warnings };
}

/**
 * The same meeting as enrichment only: when its minutes are already in the
 * record from a minutes file (the signed record a person added), ModernGov's
 * minute text must not replace them. Its items still bring papers, report
 * authors and attendance; resolutions and requests stay those of the file.
 */
/** meetingToDocument in the paper worker: a meeting's agenda and minutes HTML are untrusted papers too. */
export const MEETING_TO_DOCUMENT = isolatedJob<typeof meetingToDocument>(new URL(import.meta.url), 'meetingToDocument');

export function asEnrichment(doc: ParsedDocument): ParsedDocument {
  return {
    ...doc,
    meetings: doc.meetings.map((m) => ({
      ...m,
      kind: 'agenda',
      items: m.items.map((i) => ({ ...i, resolutions: [], requests: [], workProgrammeAdditions: [] })),
    })),
  };
}

