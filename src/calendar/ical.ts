// RFC 5545 text: a calendar of events as iCalendar lines. Pure.
//
// What calendar programs trip over is the syntax, so each rule has one home here: TEXT values
// escape backslashes, semicolons, commas and newlines (3.3.11); lines end in CRLF and are folded
// at 75 octets without splitting a UTF-8 character (3.1); times are London wall-clock times
// with TZID=Europe/London and the zone's VTIMEZONE (3.2.19, 3.6.5), or whole days (VALUE=DATE).

export const ICAL_TZID = 'Europe/London';

/** A London wall-clock moment ("2018-01-11", "14:00") or, with time null, the whole day. */
export interface CalendarMoment {
  date: string;
  time: string | null;
}

export interface CalendarEvent {
  /** Stable per meeting across refreshes, so a calendar updates the event instead of adding another. */
  uid: string;
  start: CalendarMoment;
  /** The moment it ends (a timed event) or the day after its last day (an all-day one). */
  end: CalendarMoment;
  summary: string;
  location: string | null;
  status: 'CONFIRMED' | 'TENTATIVE' | 'CANCELLED';
  url: string | null;
  description: string;
}

export interface CalendarFeed {
  /** What a calendar program names the subscription. */
  name: string;
  events: CalendarEvent[];
  /** How often a subscriber should look again, in hours. */
  refreshHours: number;
}

const CRLF = '\r\n';
const FOLD_OCTETS = 75;

/** The zone's rules since 1996 (EU summer time), which calendar programs need beside TZID. */
const LONDON_VTIMEZONE = [
  'BEGIN:VTIMEZONE',
  `TZID:${ICAL_TZID}`,
  'X-LIC-LOCATION:Europe/London',
  'BEGIN:DAYLIGHT',
  'TZOFFSETFROM:+0000',
  'TZOFFSETTO:+0100',
  'TZNAME:BST',
  'DTSTART:19810329T010000',
  'RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU',
  'END:DAYLIGHT',
  'BEGIN:STANDARD',
  'TZOFFSETFROM:+0100',
  'TZOFFSETTO:+0000',
  'TZNAME:GMT',
  'DTSTART:19961027T020000',
  'RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU',
  'END:STANDARD',
  'END:VTIMEZONE',
];

/** A TEXT value: escaped, with control characters (which RFC 5545 forbids) dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '')
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\n/g, '\\n');
}

/** A URI value is not escaped, so one that could break the line or the syntax is left out. */
function uriValue(url: string): string | null {
  return /^https?:\/\/[^\s"<>\\]+$/.test(url) ? url : null;
}

/** One content line folded at 75 octets: continuation lines start with a space. */
export function foldLine(line: string): string {
  if (Buffer.byteLength(line, 'utf8') <= FOLD_OCTETS) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = Buffer.byteLength(char, 'utf8');
    // The first line holds 75 octets; each continuation holds 74 after its leading space.
    const room = parts.length === 0 ? FOLD_OCTETS : FOLD_OCTETS - 1;
    if (octets + size > room) {
      parts.push(current);
      current = '';
      octets = 0;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

function compactDate(date: string): string {
  return date.replace(/-/g, '');
}

/** DTSTART/DTEND: a London time with its TZID, or a whole day. */
function momentProperty(name: 'DTSTART' | 'DTEND', moment: CalendarMoment): string {
  if (moment.time === null) return `${name};VALUE=DATE:${compactDate(moment.date)}`;
  return `${name};TZID=${ICAL_TZID}:${compactDate(moment.date)}T${moment.time.replace(':', '')}00`;
}

/** An instant in UTC as RFC 5545 writes it: 20180111T090000Z. */
export function utcStamp(instant: Date): string {
  return instant.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}Z$/, 'Z');
}

function eventLines(event: CalendarEvent, stamp: string): string[] {
  const url = event.url === null ? null : uriValue(event.url);
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(event.uid)}`,
    `DTSTAMP:${stamp}`,
    momentProperty('DTSTART', event.start),
    momentProperty('DTEND', event.end),
    `SUMMARY:${escapeText(event.summary)}`,
    ...(event.location ? [`LOCATION:${escapeText(event.location)}`] : []),
    `STATUS:${event.status}`,
    // A subscribed calendar shows public meetings; nothing in them is private to the member.
    'CLASS:PUBLIC',
    'TRANSP:OPAQUE',
    ...(url ? [`URL:${url}`] : []),
    ...(event.description ? [`DESCRIPTION:${escapeText(event.description)}`] : []),
    'END:VEVENT',
  ];
}

/** The whole calendar as an iCalendar object: CRLF line ends, folded, ending in CRLF. */
export function renderICalendar(feed: CalendarFeed, now: Date): string {
  const stamp = utcStamp(now);
  const hours = Math.max(1, Math.round(feed.refreshHours));
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//scrutiny-bot//Board calendar//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `NAME:${escapeText(feed.name)}`,
    `X-WR-CALNAME:${escapeText(feed.name)}`,
    `X-WR-TIMEZONE:${ICAL_TZID}`,
    `REFRESH-INTERVAL;VALUE=DURATION:PT${hours}H`,
    `X-PUBLISHED-TTL:PT${hours}H`,
    ...LONDON_VTIMEZONE,
    ...feed.events.flatMap((event) => eventLines(event, stamp)),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
