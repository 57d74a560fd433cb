// One answer model; Slack Block Kit, terminal text and JSON are three renderings of it.
// Builders in this folder produce Answers; renderers never compute facts.
import type { RequestState } from '../model.ts';

export type AnswerKind =
  | 'next-meeting'
  | 'meeting'
  | 'resolutions'
  | 'requests'
  | 'work-programme'
  | 'history'
  | 'attendance'
  | 'search'
  | 'help'
  | 'cannot'
  | 'reminders'
  | 'following'
  | 'notice'
  | 'calendar'
  | 'link-preview';

/** Where a fact comes from: shown as "Thursday 11 January 2018 · Minute 34 · 2018-01-11-minutes.txt". */
export interface Citation {
  /** The meeting's committee, given wherever the record holds several committees. */
  committee?: string | null;
  meetingId?: string | null;
  date?: string | null;
  minute?: string | null;
  itemTitle?: string | null;
  documents?: string[];
}

/** A later item proposed (or confirmed) as the answer to a request, with why. */
export interface EvidenceRef {
  itemId: string;
  meetingId: string;
  /** "Thursday 1 March 2018 · Minute 42 · Private Fostering - Report Back" */
  label: string;
  date: string | null;
  /** "cites Minute 34 of 2018-01-11", "its title is what was asked for". */
  reasons: string[];
  /** The sentence that says so; never from an exempt item. */
  quote?: string;
  /** An exempt item: its title only. */
  exempt?: boolean;
}

export interface RequestEvidenceView {
  /** Later items that look like the answer, best first; a co-ordinator confirms or dismisses each. */
  proposed: EvidenceRef[];
  /** The item a co-ordinator confirmed, with who and when. */
  confirmed?: EvidenceRef & { by: string; at: string };
}

export interface AnswerEntry {
  /** The main line. Verbatim for resolutions and requests (then `quote: true`). */
  text: string;
  quote?: boolean;
  /** A short heading for the entry: "Minute 34 · Private Fostering". */
  label?: string;
  /** Secondary lines: report author, lead officers, "raised 3 months ago · due 31 March 2018". */
  detail?: string[];
  cite?: Citation;
  /** Present for agenda items: which one, and whether its minutes are out (a member may follow one still ahead). */
  item?: { id: string; minuted: boolean };
  /** Present for requests: gives "Mark done" / "Reopen" in Slack. */
  request?: { id: string; state: RequestState; overdue: boolean; evidence?: RequestEvidenceView };
  links?: { title: string; url: string }[];
  /** Private/exempt items: title only, body never shown. */
  exempt?: boolean;
}

export interface AnswerSection {
  heading: string;
  entries: AnswerEntry[];
  /** Said when `entries` is empty. */
  empty?: string;
}

/** How the question was read: its intent and slots, and the same in words. */
export interface AnswerReading {
  /** "resolutions on young carers, any date". */
  text: string;
  /** Whether the renderings say it ("Read as: ..."): not for a question asked in a plain phrasing. */
  shown: boolean;
  intent: string;
  topic: string | null;
  /** Glossary terms read in the topic, by name ("children looked after"). */
  terms: string[];
  /** The period asked about, London dates, inclusive; null: open-ended. */
  from: string | null;
  to: string | null;
  meeting: string | null;
  person: string | null;
  committee: string | null;
  status: string | null;
}

export interface Answer {
  kind: AnswerKind;
  /** The question as asked (trimmed). */
  question: string;
  /** How the question was read. */
  reading?: AnswerReading;
  /** One line that stands alone as the notification / fallback text. */
  title: string;
  /** A sentence or two under the title. */
  summary?: string;
  sections: AnswerSection[];
  /** Closing remarks: "No future meeting is known ...", suggestions. */
  notes?: string[];
  /** The instant the answer was computed for (ISO). */
  asOf: string;
  /**
   * Entries counted (in the title) but not built into `sections`: a long answer is
   * built up to the page asked for and a few pages more (`ask(question, { page })`).
   */
  notListed?: number;
}
