// The feed's syntax as calendar programs read it (RFC 5545) and what each event says, on records
// written for the purpose: escaping, folding, line ends, times in London, cancelled and exempt.
import { describe, expect, it } from 'vitest';
import { boardFeed, boardSlug, type CalendarBoard } from '../../src/calendar/board-feed.ts';
import { escapeText, foldLine, renderICalendar } from '../../src/calendar/ical.ts';
import { BoardRecord, type AgendaItem, type Meeting } from '../../src/model.ts';

const NOW = new Date('2026-03-01T10:00:00Z');

function meeting(id: string, fields: Partial<Meeting>): Meeting {
  return {
    id,
    committee: 'Health and Social Care Scrutiny Panel',
    date: '2026-03-12',
    time: '18:30',
    place: null,
    status: 'agenda',
    chair: null,
    present: [],
    apologies: [],
    closingTime: null,
    sources: [],
    externalId: null,
    ...fields,
  };
}

function item(meetingId: string, number: string, title: string, fields: Partial<AgendaItem> = {}): AgendaItem {
  return { id: `${meetingId}-${number}`, meetingId, number, title, body: '', reportAuthor: null, pages: null, subItems: [], papers: [], private: false, sources: [], ...fields };
}

function boardOf(record: Partial<BoardRecord>, fields: Partial<CalendarBoard> = {}): CalendarBoard {
  const full = BoardRecord.parse({ schemaVersion: 1, documents: [], meetings: [], items: [], resolutions: [], requests: [], workProgramme: [], ...record });
  return { slug: 'health', title: 'Health and Social Care Scrutiny Panel', committee: null, record: () => full, moderngovUrl: 'https://democracy.example-borough.gov.uk', ...fields };
}

/** Content lines with folding undone (RFC 5545 3.1). */
function unfold(text: string): string[] {
  return text.replace(/\r\n[ \t]/g, '').split('\r\n');
}

function events(text: string): Record<string, string>[] {
  const out: Record<string, string>[] = [];
  let current: Record<string, string> | null = null;
  for (const line of unfold(text)) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') {
      out.push(current!);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon)] = line.slice(colon + 1);
    }
  }
  return out;
}

describe('iCalendar text', () => {
  it('escapes backslashes, semicolons, commas and newlines in text, and drops control characters', () => {
    expect(escapeText('Room 2, Town Hall; Annexe\\B\r\nFloor 1\u0007')).toBe('Room 2\\, Town Hall\\; Annexe\\\\B\\nFloor 1');
  });

  it('folds at 75 octets without splitting a character, and unfolds to the same line', () => {
    const line = `DESCRIPTION:${'Café – Führung über die Straße 😀 '.repeat(8)}`;
    const folded = foldLine(line);
    for (const part of folded.split('\r\n')) expect(Buffer.byteLength(part, 'utf8')).toBeLessThanOrEqual(75);
    expect(folded.split('\r\n').slice(1).every((p) => p.startsWith(' '))).toBe(true);
    expect(folded.replace(/\r\n /g, '')).toBe(line);
    expect(folded).not.toContain('\uFFFD');
    expect(foldLine('SUMMARY:short')).toBe('SUMMARY:short');
  });

  it('ends every line with CRLF and never has a bare LF', () => {
    const text = renderICalendar(boardFeed(boardOf({ meetings: [meeting('m1', { place: 'Council Chamber,\nCivic Centre' })] })), NOW);
    expect(text.endsWith('\r\n')).toBe(true);
    expect(text.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
    expect(text.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:')).toBe(true);
    expect(unfold(text)).toContain('LOCATION:Council Chamber\\,\\nCivic Centre');
  });

  it('gives the zone with its rules, so London times mean the same on both sides of a clock change', () => {
    const record = {
      meetings: [meeting('before', { date: '2026-03-26', time: '18:30' }), meeting('after', { date: '2026-03-30', time: '18:30' })],
    };
    const text = renderICalendar(boardFeed(boardOf(record)), NOW);
    const lines = unfold(text);
    expect(lines).toContain('BEGIN:VTIMEZONE');
    expect(lines).toContain('TZID:Europe/London');
    expect(lines).toContain('RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU');
    expect(events(text).map((e) => e['DTSTART;TZID=Europe/London'])).toEqual(['20260326T183000', '20260330T183000']);
  });
});

describe("a board's calendar", () => {
  it('makes one event per meeting with a stable uid, place, status, agenda link and the items by title', () => {
    const m = meeting('m-2026-03-12-abc', { place: 'Committee Room 1', externalId: 'moderngov:412:8821', closingTime: '20:05' });
    const record = { meetings: [m], items: [item(m.id, '5', 'Adult Social Care Charging Policy', { body: 'Officers set out the consultation.', reportAuthor: 'Report of the Director' }), item(m.id, '4', 'Minutes')] };
    const first = events(renderICalendar(boardFeed(boardOf(record)), NOW));
    const again = events(renderICalendar(boardFeed(boardOf(record)), new Date('2026-03-02T10:00:00Z')));
    expect(first).toHaveLength(1);
    const event = first[0]!;
    expect(event.UID).toBe('moderngov-412-8821@democracy.example-borough.gov.uk');
    expect(again[0]!.UID).toBe(event.UID);
    expect(event['DTSTART;TZID=Europe/London']).toBe('20260312T183000');
    expect(event['DTEND;TZID=Europe/London']).toBe('20260312T200500');
    expect(event.SUMMARY).toBe('Health and Social Care Scrutiny Panel');
    expect(event.LOCATION).toBe('Committee Room 1');
    expect(event.STATUS).toBe('CONFIRMED');
    expect(event.URL).toBe('https://democracy.example-borough.gov.uk/ieListDocuments.aspx?CId=412&MId=8821');
    expect(event.DESCRIPTION).toContain('Agenda and papers: https://democracy.example-borough.gov.uk/ieListDocuments.aspx?CId=412&MId=8821');
    // Items in agenda order, titles only.
    expect(event.DESCRIPTION).toContain('Items:\\n4. Minutes\\n5. Adult Social Care Charging Policy');
    expect(event.DESCRIPTION).not.toContain('consultation');
  });

  it('marks a cancelled meeting cancelled, in its status and its summary', () => {
    const event = events(renderICalendar(boardFeed(boardOf({ meetings: [meeting('m1', { status: 'cancelled' })] })), NOW))[0]!;
    expect(event.STATUS).toBe('CANCELLED');
    expect(event.SUMMARY).toBe('Health and Social Care Scrutiny Panel (cancelled)');
    expect(event.DESCRIPTION).toContain('cancelled');
  });

  it('shows an exempt item by its title with "exempt" and nothing else of it', () => {
    const m = meeting('m1', { status: 'minutes' });
    const secret = item(m.id, '9', 'Disposal of Land at Mill Lane', { private: true, body: 'The preferred bidder offered 1.2 million.', reportAuthor: 'Report of the Head of Estates' });
    const text = renderICalendar(boardFeed(boardOf({ meetings: [m], items: [secret] })), NOW);
    expect(events(text)[0]!.DESCRIPTION).toContain('9. Disposal of Land at Mill Lane (exempt)');
    expect(text).not.toContain('bidder');
    expect(text).not.toContain('Estates');
  });

  it('makes a meeting of unknown time an all-day event, and a date known only from the work programme tentative', () => {
    const record = {
      meetings: [meeting('m1', { time: null })],
      workProgramme: [
        { id: 'w1', year: '2025/26', date: '2026-04-23', slot: 'dated' as const, title: 'Dentistry access in the borough', detail: null, leads: [], meetingNote: null, origin: 'plan' as const, addedByItemId: null, sources: [] },
      ],
    };
    const [allDay, planned] = events(renderICalendar(boardFeed(boardOf(record)), NOW));
    expect(allDay!['DTSTART;VALUE=DATE']).toBe('20260312');
    expect(allDay!['DTEND;VALUE=DATE']).toBe('20260313');
    expect(planned!.STATUS).toBe('TENTATIVE');
    expect(planned!['DTSTART;VALUE=DATE']).toBe('20260423');
    expect(planned!.DESCRIPTION).toContain('Dentistry access in the borough');
  });

  it("keeps to the board's committee when the record holds several", () => {
    const record = { meetings: [meeting('m1', {}), meeting('m2', { committee: 'Planning Committee', date: '2026-03-13' })] };
    const feed = boardFeed(boardOf(record, { committee: 'Health and Social Care Scrutiny Panel' }));
    expect(feed.events.map((e) => e.start.date)).toEqual(['2026-03-12']);
  });

  it('names boards in addresses by plain words', () => {
    expect(boardSlug("Education and Children's Services Scrutiny Board (2)")).toBe('education-and-childrens-services-scrutiny-board-2');
    expect(boardSlug('Audit & Procurement Committee')).toBe('audit-and-procurement-committee');
    expect(boardSlug('Pwyllgor Craffu – Gofal Cymdeithasol')).toBe('pwyllgor-craffu-gofal-cymdeithasol');
  });
});
