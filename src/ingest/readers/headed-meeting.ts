// The fallback for a document in which no other reader found a meeting, yet whose head says which meeting it is: a
// title naming the meeting's record ("Minutes of X meeting held on ...", "X Minute of Meeting: <date>"), the sentence
// saying when the meeting is or was held, or a line opening with the meeting's day and giving its hour. Nearly every
// council paper heads itself so; a text with such a head whose business no reader could place (an agenda under a
// letter-spaced "A G E N D A", unnumbered blog minutes, a document-sharing host's clutter above the minutes) is still
// that one meeting's paper, and its date, time and body are worth keeping with whatever items its lines give. It is read
// as an agenda when its head summons the meeting ("will be held"), else as minutes from the head down. The reading
// explains no line, so it is chosen only when no other reader found anything.
import { timeAfterDate } from '../dates.ts';
import type { ClassifiedLine } from '../line-kinds.ts';
import { confirmsRecord } from '../resolutions.ts';
import * as R from '../rules.ts';
import { looksLikeAgenda, readAgenda } from './agenda.ts';
import { committeeFromTitle, readMinutes } from './minutes.ts';
import type { DocumentReading } from './reading.ts';

/**
 * Non-blank lines read from the top for the head, at most: more than a heading fallback reads, since a
 * document-sharing host prints its banner, upload details and page titles above the paper.
 */
const HEAD_REACH = 40;
/** Characters a title line runs to, at most: a longer line is a paragraph. */
const TITLE_LENGTH = 300;
/** "KILMACOLM Minute of Meeting: ...", "Minutes of Parish Council meeting 21st February": a record's title anywhere in its line. */
const RECORD_TITLE = /\bminutes? of (?:the |a |an )?(?:[\w'’&-]+ ){0,6}?meeting\b/i;
/** "Date of next meeting", "the minutes of the last meeting": another meeting's day or record. */
const OTHER_MEETING = /\b(?:next|future|following|last|previous|preceding) meeting\b/i;
/** "A meeting of X will be held ...": the head summons a meeting to come. */
const TO_BE_HELD = /\b(?:will|is to|to) (?:be held|take place)\b/i;

interface Head {
  at: number;
  agenda: boolean;
  /** A line giving only the meeting's day (and hour): a meeting's head only where the reading finds its business too. */
  dayOnly: boolean;
}

/** Characters a title named by its words alone runs to, at most: a longer line is a sentence that mentions a meeting. */
const SHORT_TITLE = 120;
/** "Tuesday 6 January 2026 | Trinity Hall": a meeting's weekday and date opening a line. */
const WEEKDAY_OPENING = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day\b/i;

/** Whether a line heads its document's meeting, whether as a meeting to come, and whether by its day alone. */
function headOf(line: ClassifiedLine): Omit<Head, 'at'> | null {
  const text = line.text;
  if (line.heading || line.itemNumber || line.clause || text.length > TITLE_LENGTH) return null;
  if (confirmsRecord(text) || OTHER_MEETING.test(text) || R.DEADLINE_SENTENCE.test(text)) return null;
  if (line.meetingHeading && !line.meetingHeading.cancelled && !R.PREVIOUS_MEETING_REF.test(line.meetingHeading.committee)) return { agenda: false, dayOnly: false };
  if (line.kinds.has('minutes-title')) return { agenda: false, dayOnly: false };
  // ("They constitute the formal minute of the meeting.": a sentence naming the record is no title.)
  if (RECORD_TITLE.test(text) && text.length <= SHORT_TITLE && !/[.!?](?: |$)/.test(text)) return { agenda: false, dayOnly: false };
  // The sentence saying when the meeting is or was held gives its hour too: a report's mention of a meeting ("At a meeting
  // of the Cabinet held on 5 March, members considered ...") gives the day only.
  if ((line.date || line.kinds.has('met-title')) && R.MEETING_HELD.test(text) && line.time !== null) return { agenda: TO_BE_HELD.test(text) || R.SUMMONS.test(text), dayOnly: false };
  // "Tuesday 28 March 2017 at 7.30pm in Room 205 ...": the meeting's day first, then its hour or after its weekday.
  if (line.date?.index === 0 && (line.time !== null || (WEEKDAY_OPENING.test(text) && text.length <= SHORT_TITLE))) return { agenda: false, dayOnly: true };
  return null;
}

/**
 * The line heading the meeting: the first head that gives a date (a host's page titles or a short title may stand above
 * the sentence saying when the meeting was held), else the last of the first run of heads ("Minutes of Parish Council
 * meeting 21st February" over "Minutes of X Parish Council meeting held on Thursday February 21st": one title, printed twice).
 */
function findHead(lines: readonly ClassifiedLine[]): Head | null {
  let first = null as Head | null;
  let runOn = true;
  for (let i = 0, seen = 0; i < lines.length && seen < HEAD_REACH; i++) {
    const line = lines[i]!;
    if (line.blank || line.kinds.has('furniture')) continue;
    seen++;
    const head = headOf(line);
    if (head && line.date) return { at: i, ...head };
    if (head && (!first || runOn)) first = { at: i, ...head, agenda: first?.agenda === true || head.agenda };
    else if (first) runOn = false;
  }
  return first;
}

export function readHeadedMeeting(lines: readonly ClassifiedLine[]): DocumentReading | null {
  const head = findHead(lines);
  if (!head) return null;
  if (head.agenda || looksLikeAgenda(lines, 0, lines.length)) {
    const warnings: string[] = [];
    const { meeting } = readAgenda(lines, 0, lines.length, warnings);
    return { kind: 'agenda-pack', meetings: [meeting], workProgramme: [], warnings, explained: 0 };
  }
  const { meeting, warnings } = readMinutes(lines, head.at, lines.length);
  if (head.dayOnly && meeting.items.length === 0 && meeting.present.length === 0 && meeting.apologies.length === 0 && meeting.chair === null) return null;
  // The head's sentence names the body and gives the day and hour, where the minutes' own header gave none.
  const line = lines[head.at]!;
  const named = committeeFromTitle(line.text);
  if (R.BODY_NAME.test(named)) meeting.committee ??= named;
  if (meeting.date === null && line.date) meeting.date = line.date.date;
  if (meeting.date !== null && meeting.date === line.date?.date) meeting.time ??= timeAfterDate(line.text, meeting.date) ?? line.time;
  return { kind: 'minutes', meetings: [meeting], workProgramme: [], warnings, explained: 0 };
}
