// A parsed meeting with nothing known but what a parser gives: each document
// layout says some of these things and not others.
import type { ParsedMeeting } from '../model.ts';

export function parsedMeeting(known: Pick<ParsedMeeting, 'kind'> & Partial<ParsedMeeting>): ParsedMeeting {
  return {
    committee: null,
    council: null,
    date: null,
    time: null,
    place: null,
    status: null,
    chair: null,
    present: [],
    apologies: [],
    closingTime: null,
    items: [],
    externalId: null,
    ...known,
  };
}
