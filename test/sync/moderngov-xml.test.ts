import { describe, expect, it } from 'vitest';
import { decodeText, htmlField, MalformedResponse, readCommittees, readMeeting, readMeetings, readUkDate } from '../../src/sync/moderngov-xml.ts';
import { fixture } from './fake-moderngov.ts';

describe('reading the recorded LGSF answers', () => {
  it('reads GetCommittees', () => {
    const committees = readCommittees(fixture('lgsf-committees.xml'));
    expect(committees.map((c) => [c.id, c.title, c.expired])).toEqual([
      ['312', 'Appointment Sub Committee for Director of Adult Social Services', true],
      ['163', 'Art Galleries Committee', false],
      ['144', 'Audit Committee', false],
    ]);
  });

  it('reads GetMeetings with UK dates', () => {
    expect(readMeetings(fixture('lgsf-meetings.xml'))).toEqual([
      { id: '4966', date: '2026-01-13', time: '10.00 am', status: 'Cancelled' },
      { id: '4967', date: '2026-02-10', time: '10.00 am', status: 'Confirmed' },
    ]);
  });

  it('reads GetMeeting: items, minute HTML, papers and attendees', () => {
    const m = readMeeting(fixture('lgsf-meeting_with_minutes.xml'));
    expect(m).toMatchObject({ id: '4967', date: '2026-02-10', time: '10.00 am', status: 'Confirmed', minutesPublished: true });
    expect(m.location).toBe('Council Antechamber, Level 2, Town Hall Extension');
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1', 'Minutes'],
      ['9', 'Work Programme'],
    ]);
    expect(m.items[0]!.minutesHtml).toContain('<p class="MsoNormal">To approve the minutes');
    expect(m.items[0]!.papers).toEqual([
      {
        title: '6 - CHAIR APPROVED Minutes Audit Committee 25 Nov 2025',
        url: 'https://democracy.manchester.gov.uk/mgConvert2PDF.aspx?ID=60860',
        restricted: false,
      },
    ]);
    expect(m.attendees).toEqual([{ name: 'Councillor Basil Curley', role: 'Committee Member', attendance: 'Expected' }]);
  });

  it('reads a cancelled meeting with no items', () => {
    const m = readMeeting(fixture('lgsf-meeting_no_minutes.xml'));
    expect(m.status).toBe('Cancelled');
    expect(m.items).toEqual([]);
  });
});

describe('titles escaped more than once', () => {
  it('decodes until stable', () => {
    expect(readCommittees(fixture('board-committees.xml')).map((c) => c.title)).toEqual([
      'Audit & Procurement Committee',
      "Education and Children's Services Scrutiny Board (2)",
      'Scrutiny Co-ordination Committee',
    ]);
    const m = readMeeting(fixture('board-meeting-9103.xml'));
    expect(m.items[3]!.title).toBe('Special Educational Needs & Disabilities (SEND) Update');
    expect(m.items[2]!.papers[0]!.title).toBe("Printed minutes 18th-Sep-2025 14.00 Education and Children's Services Scrutiny Board (2)");
  });

  it('leaves text that only looks like an entity alone', () => {
    expect(decodeText('Q&amp;amp;amp;A')).toBe('Q&A');
    expect(decodeText('AT&T and R&D; fish & chips')).toBe('AT&T and R&D; fish & chips');
    expect(decodeText('&madeup; &#39;quoted&#x27;')).toBe("&madeup; 'quoted'");
  });
});

describe('minute HTML escaped twice', () => {
  it('is unescaped once more, but HTML with real tags is left for the HTML reader', () => {
    const once = fixture('board-meeting-9101.xml');
    const twice = once.replace(/(<minutesnonemptyhtmlbody>)([\s\S]*?)(<\/minutesnonemptyhtmlbody>)/g, (_m, open: string, body: string, close: string) =>
      `${open}${body.replaceAll('&', '&amp;')}${close}`,
    );
    const a = readMeeting(once).items[3]!.minutesHtml;
    const b = readMeeting(twice).items[3]!.minutesHtml;
    expect(b).toBe(a);
    expect(a).toContain('<p class="MsoNormal">The Board requested information on the following:</p>');
    expect(htmlField('<p>Fish &amp;lt;chips&amp;gt;</p>')).toBe('<p>Fish &amp;lt;chips&amp;gt;</p>');
  });
});

describe('what is not a ModernGov answer', () => {
  it('refuses truncated XML with the line', () => {
    expect(() => readMeeting(fixture('broken-truncated.xml'))).toThrow(MalformedResponse);
    expect(() => readMeeting(fixture('broken-truncated.xml'))).toThrow(/not well-formed XML \(line \d+/);
  });

  it('refuses an HTML page or the wrong document', () => {
    expect(() => readMeetings('<html><body>Access denied</body></html>')).toThrow(/expected a <getmeetings> document but got <html>/);
    expect(() => readMeeting(fixture('lgsf-meetings.xml'))).toThrow(/expected a <meeting> document/);
  });

  it('reads only real dd/mm/yyyy dates', () => {
    expect(readUkDate('05/02/2026')).toBe('2026-02-05');
    expect(readUkDate('1/2/2026')).toBe('2026-02-01');
    expect(readUkDate('31/02/2026')).toBeNull();
    expect(readUkDate('')).toBeNull();
  });
});
