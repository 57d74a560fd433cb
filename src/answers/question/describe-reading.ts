// A question's reading in words, for "Read as: resolutions on young carers, any date".
import type { AnswerReading } from '../answer.ts';
import type { QuestionReading } from './question-reading.ts';
import { periodWords } from './question-periods.ts';
import { actionLabel } from './board-action.ts';
import { itemRoleAsked } from './read-question.ts';

const MEETING_REF: Record<string, string> = {
  next: 'the next meeting',
  'after-next': 'the meeting after next',
  last: 'the most recent meeting',
  'before-last': 'the meeting before last',
};

function about(reading: QuestionReading): string {
  if (!reading.topic) return 'any topic';
  const terms = reading.terms.filter((t) => t.toLowerCase() !== reading.topic!.toLowerCase());
  return `"${reading.topic}"${terms.length ? ` (read as ${terms.join(', ')})` : ''}`;
}

function when(reading: QuestionReading, fallback = 'any date'): string {
  if (reading.meeting) return MEETING_REF[reading.meeting]!;
  return reading.period ? reading.period.label : fallback;
}

/** How a question was read, in a member's words. `committee`: the board's name when the question said "the board". */
export function describeReading(reading: QuestionReading): string {
  const committee = reading.committee ? `, ${reading.committee}` : '';
  switch (reading.intent) {
    case 'help':
      return 'what you can ask';
    case 'cannot':
      return reading.action ? `a request to ${reading.action.replace(/^(?:please|can you|could you|would you)\s+/i, '')}, which only a person can do` : 'a question the board’s record cannot answer';
    case 'next-meeting':
      return `the next meeting${committee}`;
    case 'latest-meeting':
      return `the most recent meeting${committee}`;
    case 'meeting':
      return reading.invalidDate ? `a meeting on "${reading.invalidDate}"` : `${reading.meeting ? MEETING_REF[reading.meeting]! : `the meeting on ${when(reading)}`}${committee}`;
    case 'meetings':
      return `meetings, ${when(reading)}${committee}`;
    case 'agenda-topic':
      return `whether ${about(reading)} is on an agenda or planned${reading.period ? `, ${reading.period.label}` : ''}, and when it last came to the board`;
    case 'coming':
      return `when ${about(reading)} comes to the board${reading.period ? `, ${reading.period.label}` : ''}: work programme, agendas and minutes`;
    case 'resolutions':
      if (reading.joining) return `resolutions that ${reading.joining === 'left' ? 'record a member leaving the board' : 'made someone a member of the board (co-options, appointments)'}, ${when(reading)}${committee}`;
      return `resolutions on ${about(reading)}${reading.boardAction ? `, ${actionLabel(reading.boardAction)} first` : ''}, ${when(reading)}${committee}`;
    case 'requests': {
      const status = reading.status === 'overdue' ? 'overdue' : reading.status === 'done' ? 'completed' : reading.status === 'open' ? 'open' : reading.topic || reading.period ? 'all' : 'open';
      return `${status} requests on ${about(reading)}, ${when(reading, 'raised at any date')}${committee}`;
    }
    case 'work-programme':
      return `the work programme, ${when(reading, 'from today')}${committee}`;
    case 'history':
      return `everything on ${about(reading)}, ${when(reading)}`;
    case 'attendance':
      return `attendance of ${reading.person ?? 'a person'}, ${when(reading, 'all meetings')}`;
    case 'person':
      if (reading.person) return `who ${reading.person} is: their role in the papers, and their attendance`;
      return `who is the ${reading.topic ?? 'person'}, as the minutes${reading.topic && itemRoleAsked(reading.topic) ? ', papers and work programme' : ' and papers'} name them`;
    case 'meeting-attendance':
      return `${reading.topic === 'guests' ? 'who attended as a guest (by invitation, observing or also present)' : 'who attended and who sent apologies'}, ${when(reading, 'the most recent meeting')}${committee}`;
    case 'attendance-table':
      return `everyone's attendance at the board${reading.rank ? `, ${reading.rank} rate first` : ''}${committee}`;
    case 'slipped':
      return `work-programme items that slipped, as of ${reading.period ? reading.period.label : 'today'}${committee}`;
    case 'chair':
      return `who chairs the board, ${when(reading, 'as of today')}${committee}`;
    case 'membership':
      return `the board's members, ${when(reading, 'at the most recent meeting')}${committee}`;
    case 'private-items':
      return `items taken in private, ${reading.meeting ? MEETING_REF[reading.meeting]! : reading.period?.day ? `the meeting on ${when(reading)}` : reading.period ? `meetings ${periodWords(reading.period)}` : 'the next meeting'}${committee}`;
    case 'officer':
      return `the officer who serves the board${reading.period || reading.meeting ? `, ${when(reading)}` : ''}${committee}`;
    case 'search':
      return `anything on ${about(reading)}, ${when(reading)}`;
  }
}

/** The reading as the answer model carries it. */
export function answerReading(reading: QuestionReading): AnswerReading {
  return {
    text: describeReading(reading),
    shown: !reading.direct,
    intent: reading.intent,
    topic: reading.topic,
    terms: reading.terms,
    from: reading.period?.from ?? null,
    to: reading.period?.to ?? null,
    meeting: reading.meeting,
    person: reading.person,
    committee: reading.committee,
    status: reading.status,
  };
}
