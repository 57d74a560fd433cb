// What a member can ask, in their own words.
import type { Answer } from '../answer.ts';
import { answer, section } from '../answer-parts.ts';

const EXAMPLES: { heading: string; asks: string[] }[] = [
  { heading: 'Meetings', asks: ['next meeting', 'what’s on the agenda next week', 'meeting on 11 January 2018', 'last meeting'] },
  { heading: 'Decisions', asks: ['what was resolved on private fostering?', 'what did we decide last month?', 'decisions about young carers'] },
  { heading: 'Requests', asks: ['outstanding requests', 'what are we still waiting for?', 'any overdue actions?', 'did we ever get the census figures?'] },
  { heading: 'Planning', asks: ['when is private fostering coming back to the board?', 'is young carers on the agenda?', 'work programme', 'history of private fostering'] },
  { heading: 'People', asks: ['who chairs the board?', 'who sent apologies in March 2023?', 'attendance of Councillor Masih'] },
  { heading: 'Following, your Home and the calendar', asks: ['follow SEND', 'following', 'snooze 2 weeks', 'link me Councillor A Name', 'calendar'] },
  { heading: 'Anything else', asks: ['anything on SEND?', 'LAC', 'social worker retention'] },
];

export function buildHelp(question: string, now: Date, note?: string): Answer {
  return answer('help', question, now, {
    title: note ?? 'Ask about the board’s meetings, decisions, requests and plans.',
    summary: 'Ask in your own words: dates like 11 January 2018, 11/01/18, "next week" or "in March"; abbreviations like LAC, SEND or CAMHS.',
    sections: EXAMPLES.map(({ heading, asks }) => section(heading, asks.map((text) => ({ text })))),
  });
}
