// A board's meetings as calendar events: when and where, whether it is cancelled, the link to its
// agenda on the council's site, and the agenda's items by title. Exempt items show their title
// with "exempt" and nothing else (Schedule 12A). Meetings known only from the work programme are
// tentative. Pure: the record in, events out.
import type { AgendaItem, BoardRecord, Meeting } from '../model.ts';
import { itemListLine } from '../exempt.ts';
import { addCalendarDays } from '../london.ts';
import { boardCalendar, compareNumbers, isPlanOnly } from '../answers/record-view.ts';
import { meetingPageUrl, moderngovHost } from '../links/moderngov-urls.ts';
import type { CalendarEvent, CalendarFeed, CalendarMoment } from './ical.ts';

/** One board's calendar: its committee's meetings in its council's record. */
export interface CalendarBoard {
  /** The feed's name in its address: /calendar/<slug>.ics */
  slug: string;
  /** The committee as members know it: each event's summary and the calendar's name. */
  title: string;
  /** The committee as the record spells it; null: every meeting of the record is the board's. */
  committee: string | null;
  record(): Readonly<BoardRecord>;
  /** The council's ModernGov site, for links to meeting pages; null when not configured. */
  moderngovUrl: string | null;
}

/** Minutes rarely say when a meeting will end; an agenda never does. */
export const ASSUMED_MEETING_MINUTES = 120;
/** A description lists this many items at most; calendar programs show little more. */
export const MAX_LISTED_ITEMS = 40;
export const REFRESH_HOURS = 6;

function minutesOf(time: string): number {
  const [h, m] = time.split(':').map(Number) as [number, number];
  return h * 60 + m;
}

function clockOf(minutes: number): string {
  return `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;
}

/** When it ends: the closing time the minutes give, else two hours on (within the day); all-day events end the next day. */
function endOf(meeting: Meeting & { date: string }): CalendarMoment {
  if (meeting.time === null) return { date: addCalendarDays(meeting.date, 1), time: null };
  const start = minutesOf(meeting.time);
  const closing = meeting.closingTime === null ? null : minutesOf(meeting.closingTime);
  const end = closing !== null && closing > start ? closing : Math.min(start + ASSUMED_MEETING_MINUTES, 23 * 60 + 59);
  return { date: meeting.date, time: clockOf(Math.max(end, start + 1)) };
}

/** Stable across syncs: ModernGov's own meeting id when known (it survives a change of date), else the record's. */
function uidOf(meeting: Meeting, board: CalendarBoard): string {
  const host = board.moderngovUrl ? moderngovHost(board.moderngovUrl) : null;
  if (meeting.externalId?.startsWith('moderngov:') && host) return `${meeting.externalId.replace(/:/g, '-')}@${host}`;
  return `${meeting.id.replace(/[^A-Za-z0-9._-]/g, '-')}.${board.slug}@scrutiny-bot`;
}

function statusLine(meeting: Meeting): string {
  if (meeting.status === 'cancelled') return 'This meeting has been cancelled.';
  if (isPlanOnly(meeting)) return 'Planned in the work programme; no agenda has been published yet and the date may change.';
  if (meeting.status === 'planned') return 'No agenda has been published yet.';
  if (meeting.status === 'minutes') return 'Minutes published.';
  return 'Agenda published.';
}

function descriptionOf(meeting: Meeting, items: readonly AgendaItem[], planned: readonly string[], link: string | null): string {
  const lines = [statusLine(meeting)];
  if (link) lines.push(`Agenda and papers: ${link}`);
  const listed = items.length > 0 ? items.map(itemListLine) : planned;
  if (listed.length > 0) {
    lines.push('', items.length > 0 ? 'Items:' : 'Planned items:');
    lines.push(...listed.slice(0, MAX_LISTED_ITEMS));
    if (listed.length > MAX_LISTED_ITEMS) lines.push(`and ${listed.length - MAX_LISTED_ITEMS} more`);
  }
  return lines.join('\n');
}

/** The board's calendar: every dated meeting of its committee (cancelled ones marked), oldest first. */
export function boardFeed(board: CalendarBoard): CalendarFeed {
  const record = board.record();
  const itemsByMeeting = new Map<string, AgendaItem[]>();
  for (const item of record.items) itemsByMeeting.set(item.meetingId, [...(itemsByMeeting.get(item.meetingId) ?? []), item]);
  const mine = (committee: string | null | undefined) => board.committee === null || committee == null || committee === board.committee;
  const plannedOn = (date: string) => record.workProgramme.filter((w) => w.date === date && w.slot === 'dated' && mine(w.committee)).map((w) => w.title);

  const events: CalendarEvent[] = [];
  for (const meeting of boardCalendar(record)) {
    if (meeting.date === null || !mine(meeting.committee)) continue;
    const planned = isPlanOnly(meeting) ? plannedOn(meeting.date) : [];
    // A date only another committee's programme plans is not this board's meeting.
    if (isPlanOnly(meeting) && planned.length === 0) continue;
    const items = [...(itemsByMeeting.get(meeting.id) ?? [])].sort((a, b) => compareNumbers(a.number, b.number));
    const link = meetingPageUrl(board.moderngovUrl, meeting.externalId);
    const cancelled = meeting.status === 'cancelled';
    const dated = meeting as Meeting & { date: string };
    events.push({
      uid: uidOf(meeting, board),
      start: { date: meeting.date, time: meeting.time },
      end: endOf(dated),
      // Many calendar programs show a cancelled event like any other: the summary says it too.
      summary: `${meeting.committee ?? board.title}${cancelled ? ' (cancelled)' : ''}`,
      location: meeting.place,
      status: cancelled ? 'CANCELLED' : isPlanOnly(meeting) ? 'TENTATIVE' : 'CONFIRMED',
      url: link,
      description: descriptionOf(meeting, items, planned, link),
    });
  }
  return { name: board.title, events, refreshHours: REFRESH_HOURS };
}

/** "Education and Children's Services Scrutiny Board (2)" -> "education-and-childrens-services-scrutiny-board-2". */
export function boardSlug(title: string): string {
  const slug = title
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/&/g, ' and ')
    .replace(/[^a-z0-9]+/g, '-')
    // Runs of dashes are single by now, so one at either end is all there is to trim.
    .replace(/^-|-$/g, '')
    .slice(0, 80)
    .replace(/-$/, '');
  return slug || 'board';
}
