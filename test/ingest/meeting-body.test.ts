// A meeting is filed under its body: the kind of meeting, the document's name and the year a heading adds are no part of it.
import { describe, expect, it } from 'vitest';
import { meetingBody } from '../../src/ingest/meeting-body.ts';
import { parseDocument } from '../../src/ingest/parse-document.ts';

describe('meetingBody', () => {
  it('drops the kind of meeting before the body, however the heading joins them', () => {
    expect(meetingBody('Annual Meeting, Council')).toBe('Council');
    expect(meetingBody('Annual General Meeting, County Council')).toBe('County Council');
    expect(meetingBody('Monthly Meeting of Tregarth Community Council')).toBe('Tregarth Community Council');
    expect(meetingBody('Annual Parish Council Meeting of Wexley Parish Council')).toBe('Wexley Parish Council');
    expect(meetingBody('Extraordinary Wexley Parish Council')).toBe('Wexley Parish Council');
    expect(meetingBody('Annual Town Council')).toBe('Town Council');
  });

  it('drops a kind, the document or a year printed after the body', () => {
    expect(meetingBody('Wexley Parish Council Annual')).toBe('Wexley Parish Council');
    expect(meetingBody('Rowan City Council Agenda')).toBe('Rowan City Council');
    expect(meetingBody('Council - Minutes of Proceedings')).toBe('Council');
    expect(meetingBody('Annual Parish Meeting 2025')).toBe('Annual Parish Meeting');
  });

  it("drops the council's name a dash parts from its committee", () => {
    expect(meetingBody('Marlstone Council - People and Health Scrutiny Committee')).toBe('People and Health Scrutiny Committee');
    expect(meetingBody('THE TARNSIDE COUNCIL - POLICY, FINANCE & ASSETS COMMITTEE')).toBe('POLICY, FINANCE & ASSETS COMMITTEE');
    expect(meetingBody('County Council')).toBe('County Council');
    expect(meetingBody('Marlstone Council - Minutes')).toBe('Marlstone Council');
  });

  it('drops the state or years ModernGov keeps after a committee that is gone', () => {
    expect(meetingBody('Scrutiny Committee (expired)')).toBe('Scrutiny Committee');
    expect(meetingBody('Scrutiny Board (May 2011-May 2018)')).toBe('Scrutiny Board');
    expect(meetingBody('Overview and Scrutiny Panel (Communities)')).toBe('Overview and Scrutiny Panel (Communities)');
  });

  it("drops a page's number run into the name", () => {
    expect(meetingBody('1 KILBRIDE COMMUNITY COUNCIL')).toBe('KILBRIDE COMMUNITY COUNCIL');
    expect(meetingBody('Scrutiny Board (5)')).toBe('Scrutiny Board (5)');
  });

  it("drops the committee system's title for the document a sharing host prints over the paper", () => {
    expect(meetingBody('(Public Pack)Agenda Document for Fenwold Police and Crime Panel')).toBe('Fenwold Police and Crime Panel');
    expect(meetingBody('Agenda Document for National Park Authority')).toBe('National Park Authority');
    expect(meetingBody('Minutes Document for Audit Committee')).toBe('Audit Committee');
    expect(meetingBody('Fund for Document Archives Committee')).toBe('Fund for Document Archives Committee');
  });

  it('keeps names whose words only look like a kind of meeting', () => {
    expect(meetingBody('Annual Parish Meeting')).toBe('Annual Parish Meeting');
    expect(meetingBody('Special Educational Needs Committee')).toBe('Special Educational Needs Committee');
    expect(meetingBody('Finance and General Purposes Committee')).toBe('Finance and General Purposes Committee');
    expect(meetingBody('September 2025')).toBe('September 2025');
  });
});

describe('a meeting page whose heading names the annual meeting', () => {
  const doc = parseDocument(
    [
      'Agenda and minutes',
      '',
      'Annual Meeting, Council - Tuesday, 20th May, 2025 6.00 pm',
      '',
      'Venue: Council Chamber, Civic Centre',
      '',
      'Items',
      'No. Item',
      '',
      '1.',
      '',
      'Election of Mayor',
      '',
      'Minutes:',
      '',
      'RESOLVED that Councillor Imogen Tarrant be elected Mayor for the municipal year 2025/26.',
    ].join('\n'),
  );

  it('files the meeting under the council', () => {
    expect(doc.meetings.map((m) => [m.committee, m.date])).toEqual([['Council', '2025-05-20']]);
  });
});
