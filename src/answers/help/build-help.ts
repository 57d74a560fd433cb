// What a member can ask, with examples that work on the record.
import type { Answer } from '../answer.ts';
import { answer, section } from '../answer-parts.ts';

const EXAMPLES: { heading: string; asks: string[] }[] = [
  { heading: 'Meetings', asks: ['next meeting', 'meeting on 11 January 2018', 'agenda 13/07/2017', 'last meeting'] },
  { heading: 'Decisions', asks: ['what was resolved on private fostering?', 'decisions about young carers'] },
  { heading: 'Requests', asks: ['outstanding requests', 'all requests', 'did the board ask for census figures?'] },
  { heading: 'Planning', asks: ['work programme', 'history of private fostering'] },
  { heading: 'Members', asks: ['attendance of Councillor Masih'] },
  { heading: 'Anything else', asks: ['Ofsted inspection', 'social worker retention'] },
];

export function buildHelp(question: string, now: Date, note?: string): Answer {
  return answer('help', question, now, {
    title: note ?? 'Ask about the board’s meetings, decisions, requests and plans.',
    summary: 'Ask in your own words; dates can be written 11 January 2018, 11/01/2018 or 11th Jan.',
    sections: EXAMPLES.map(({ heading, asks }) => section(heading, asks.map((text) => ({ text })))),
  });
}
