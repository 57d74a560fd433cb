// A fixture's facts dressed as the parser's output: what a perfect parse would give.
// The scorer's own tests feed it in (it must score 1.0) and then spoil it on purpose.
import type { ParsedDocument, ParsedItem, ParsedMeeting } from '../../src/model.ts';
import type { ExpectedFacts, ExpectedItem, ExpectedMeeting } from './expected-facts.ts';

export function itemAsParsed(item: ExpectedItem): ParsedItem {
  return {
    number: item.number,
    title: item.title ?? 'Untitled item',
    body: '',
    reportAuthor: null,
    pages: null,
    subItems: [],
    papers: [],
    private: item.private,
    resolutions: item.resolutions.map((text) => ({ text, unanimous: false })),
    requests: item.requests.map((text) => ({ text, kind: 'information', due: null })),
    workProgrammeAdditions: [],
  };
}

export function meetingAsParsed(meeting: ExpectedMeeting): ParsedMeeting {
  return {
    committee: meeting.committee,
    council: null,
    date: meeting.date,
    time: meeting.time,
    place: null,
    kind: meeting.kind,
    status: null,
    chair: meeting.chair,
    present: meeting.present.map((name) => ({ name, role: 'member', chair: name === meeting.chair, note: null })),
    apologies: meeting.apologies.map((name) => ({ name, note: null })),
    closingTime: null,
    items: meeting.items.map(itemAsParsed),
    externalId: null,
  };
}

export function factsAsParse(facts: ExpectedFacts): ParsedDocument {
  return {
    kind: 'minutes',
    meetings: facts.meetings.map(meetingAsParsed),
    workProgramme: facts.workProgramme.map((row) => ({
      year: null,
      date: row.date,
      slot: row.slot,
      title: row.title,
      detail: null,
      leads: [],
      meetingNote: null,
    })),
    warnings: [],
  };
}
