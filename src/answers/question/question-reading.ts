// How a question was read: an intent and its slots. Part of the answer model,
// so Slack, the terminal and JSON all say how a question was understood.
import type { Period } from './question-periods.ts';

export type IntentKind =
  | 'help'
  | 'cannot'
  | 'next-meeting'
  | 'latest-meeting'
  | 'meeting'
  | 'meetings'
  | 'agenda-topic'
  | 'resolutions'
  | 'requests'
  | 'work-programme'
  | 'coming'
  | 'history'
  | 'attendance'
  | 'person'
  | 'meeting-attendance'
  | 'attendance-table'
  | 'slipped'
  | 'chair'
  | 'membership'
  | 'officer'
  | 'private-items'
  | 'search';

/** A meeting named by its place in the calendar rather than its date. */
export type MeetingRef = 'next' | 'after-next' | 'last' | 'before-last';

export type RequestStatusSlot = 'open' | 'overdue' | 'done' | 'all';

/** "who has the worst attendance": the lowest rates first; "the best": the highest first. */
export type RankSlot = 'lowest' | 'highest';

export interface QuestionReading {
  intent: IntentKind;
  /** What the question is about, as the member wrote it (typos in frame words fixed). */
  topic: string | null;
  /** Glossary terms read in the topic ("LAC" as children looked after). */
  terms: string[];
  /** The dates it is about. */
  period: Period | null;
  /** A date that cannot exist, as typed. */
  invalidDate: string | null;
  meeting: MeetingRef | null;
  /** A person, as the member named them. */
  person: string | null;
  /** A committee: "the board" is the board's own. */
  committee: string | null;
  status: RequestStatusSlot | null;
  /** For a table of rates: which end comes first. */
  rank: RankSlot | null;
  /** For "cannot": what was asked of the bot ("email the minutes"). */
  action: string | null;
  /** What the board did, named beside the topic ("write" in "did we agree to write to anyone about X"): resolutions that say it come first. */
  boardAction: string | null;
  /** "who joined the board", "who has left": only the resolutions that made someone a member, or record one leaving. */
  joining: 'joined' | 'left' | null;
  /** The question matched a plain phrasing ("next meeting"): no need to say how it was read. */
  direct: boolean;
}

export function emptyReading(intent: IntentKind): QuestionReading {
  return { intent, topic: null, terms: [], period: null, invalidDate: null, meeting: null, person: null, committee: null, status: null, rank: null, action: null, boardAction: null, joining: null, direct: false };
}
