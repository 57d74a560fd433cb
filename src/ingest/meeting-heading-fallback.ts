// The fallback for when a meeting's reading gave it no date or no time: nearly every council document names the day and
// hour of its meeting at its head, so a reading with none is more likely a layout the reader missed (a ModernGov page
// whose items were read by another reader, a page number run into the heading, a repeated agenda above the minutes)
// than a document without them. Only the shapes that give a meeting's own date are read, near the top: the page's
// meeting heading ("Committee - Tuesday, 9th July, 2019 7.00 pm"), the sentence saying when the meeting was or will be
// held, a "Date:" field, a line that opens with the date and gives the hour. A date inside an item (the last
// meeting's minutes, the next meeting's date, a deadline) is none of these. A reading's own date or time is never
// replaced, so the fallback cannot make a right reading worse.
import type { ParsedMeeting } from '../model.ts';
import { labelledTime, timeAfterDate, yearlessDate, yearsIn } from './dates.ts';
import type { ClassifiedLine } from './line-kinds.ts';
import { committeeFromTitle } from './readers/minutes.ts';
import { confirmsRecord } from './resolutions.ts';
import * as R from './rules.ts';

/** Lines with text read from the top of a document, at most: a meeting's heading stands above its business. */
const TOP_LINES = 15;
/** Characters a line that opens with the date and gives the hour runs to, at most: a longer line is a sentence. */
const DATE_LINE_LENGTH = 60;
/** Characters a meeting's heading runs to, at most: a longer line is a sentence that happens to hold a dash and a date. */
const HEADING_LENGTH = 120;

interface HeadingWhen {
  date: string;
  time: string | null;
  committee: string | null;
}

/** A line of an item: numbered as one, or a paper's link ("Minutes of the meeting held on ... pdf icon PDF 376 KB"). */
function inItem(line: ClassifiedLine): boolean {
  return line.heading !== null || line.itemNumber !== null || line.clause !== null || line.numbered !== null || line.kinds.has('attachment');
}

/** The date, time and committee a line gives as its meeting's own, or null when it gives none of that shape. */
function meetingWhen(lines: readonly ClassifiedLine[], i: number): HeadingWhen | null {
  const line = lines[i]!;
  if (inItem(line)) return null;
  // "Minutes of the previous meeting - 18th December 2017": an item taking another meeting's record, dated with that one.
  if (line.meetingHeading && !line.meetingHeading.cancelled && !R.PREVIOUS_MEETING_REF.test(line.meetingHeading.committee) && line.text.length <= HEADING_LENGTH) {
    const { date, time, committee } = line.meetingHeading;
    return { date, time, committee };
  }
  const found = line.date;
  if (!found || confirmsRecord(line.text) || R.DEADLINE_SENTENCE.test(line.text)) return null;
  const time = timeAfterDate(line.text, found.date) ?? line.time;
  // The sentence gives the hour too: a mention of another meeting ("the minutes of the meeting held on ...") gives its day only.
  if (R.MEETING_HELD.test(line.text) && time !== null && !R.AGENDA_WORDS_LINE.test(line.text)) return { date: found.date, time, committee: null };
  if (line.kinds.has('date-label')) return { date: found.date, time: time ?? timeLabelBelow(lines, i), committee: null };
  if (found.index === 0 && time !== null && line.text.length <= DATE_LINE_LENGTH) return { date: found.date, time, committee: null };
  return null;
}

/** "Date: Tuesday 15th February 2011" / "Time: 10.30 – 19.55": the hour on the field under the date's. */
function timeLabelBelow(lines: readonly ClassifiedLine[], at: number): string | null {
  for (let k = at + 1; k < lines.length && k <= at + 2; k++) {
    const line = lines[k]!;
    if (line.blank) continue;
    return line.kinds.has('date-label') && line.value !== null ? labelledTime(line.value) : null;
  }
  return null;
}

/** The first line near the top that gives the meeting's own date. */
function headingWhen(lines: readonly ClassifiedLine[]): HeadingWhen | null {
  let seen = 0;
  for (let i = 0; i < lines.length && seen < TOP_LINES; i++) {
    const line = lines[i]!;
    if (line.blank || line.kinds.has('furniture')) continue;
    seen++;
    const when = meetingWhen(lines, i);
    if (when) return when;
  }
  return yearlessHeadingWhen(lines);
}

/** "Date of next meeting: Monday 14th July at 7.30pm": another meeting's day, however near the top. */
const OTHER_MEETING = /\b(?:next|future|following|last|previous) meeting\b/i;

/**
 * "HELD ON MONDAY NOVEMBER 8TH ... AT 7.30 P.M.", "In the Village Hall on Monday 22nd July at 7.30pm": a heading that
 * gives its meeting's weekday, day and month but no year (a clerk's draft, a blog post under its own dated page). The
 * year is the one the document prints elsewhere (a minute's reference, the last meeting's date) on which that day falls
 * on that weekday; only a line saying when the meeting is held, or giving its hour, is read, and none when two of the
 * printed years fit.
 */
function yearlessHeadingWhen(lines: readonly ClassifiedLine[]): HeadingWhen | null {
  let seen = 0;
  let years: number[] | null = null;
  for (let i = 0; i < lines.length && seen < TOP_LINES; i++) {
    const line = lines[i]!;
    if (line.blank || line.kinds.has('furniture')) continue;
    seen++;
    if (inItem(line) || line.date !== null || confirmsRecord(line.text) || R.PREVIOUS_MEETING_REF.test(line.text) || R.DEADLINE_SENTENCE.test(line.text) || OTHER_MEETING.test(line.text)) continue;
    if (line.time === null && !R.MEETING_HELD.test(line.text)) continue;
    years ??= yearsIn(lines.map((l) => l.text).join('\n'));
    const date = yearlessDate(line.text, years);
    if (date) return { date, time: line.time, committee: null };
  }
  return null;
}

/** "MEETING OF THE COUNCIL", "Minutes of the Meeting of the Parish Council": a title naming the body that met. */
const MEETING_OF_BODY = /\bmeeting of (?:the )?(?=\S)/i;

/**
 * The body a full meeting's heading names, where the readers took none (they pass over a name that ends in "Council",
 * which above a committee's title is the council's and not the meeting's): a title saying the meeting is the body's
 * ("MEETING OF THE COUNCIL", "Minutes of the Meeting of the Parish Council"), else the council's own line at the head
 * ("Council" over "19th January, 2017", "Cerrigydrudion Community Council" over "Minutes").
 */
function headingBody(lines: readonly ClassifiedLine[]): string | null {
  let councilLine: string | null = null;
  let bareLine: string | null = null;
  let seen = 0;
  for (let i = 0; i < lines.length && seen < TOP_LINES; i++) {
    const line = lines[i]!;
    if (line.blank || line.kinds.has('furniture')) continue;
    seen++;
    // A page's number above the heading ("121" over "Council") opens no item.
    if (PAGE_NUMBER_ALONE.test(line.text)) continue;
    const opening = line.kinds.has('council') ? null : councilOpening(line.text);
    if ((inItem(line) && opening !== line.text.replace(PAGE_NUMBER_LEAD, '')) || line.kinds.has('attendance-label')) break;
    const titled = line.kinds.has('minutes-title') || line.kinds.has('met-title') || MEETING_OF_BODY.test(line.text);
    if (titled && !confirmsRecord(line.text) && !R.PREVIOUS_MEETING_REF.test(line.text.replace(/^(?:draft |approved |signed )?minutes\b/i, ''))) {
      // ("A meeting of X DISTRICT COUNCIL will be held in ...": the body's name ends where the sentence goes on.)
      const held = R.MEETING_HELD.exec(line.text);
      const body = committeeFromTitle(held ? line.text.slice(0, held.index) : line.text)
        .replace(/ (?:will|is to|to|shall)$/i, '')
        .replace(MEETING_KIND, '');
      // "Minutes of the Ordinary Parish Council Meeting" under "THORNBY GROUP PARISH COUNCIL": the council's own line names
      // the body the title calls by its kind alone.
      if (R.BODY_NAME.test(body) && body.length <= BODY_LENGTH) return BARE_COUNCIL.test(body) && councilLine ? councilLine : body;
    }
    if (line.kinds.has('council')) {
      // "CYNGOR CYMUNED" / "COMMUNITY COUNCIL" over the place's name: a council's kind on a line of its own names no body.
      if (!BARE_COUNCIL.test(line.text) && !WELSH_KIND_ALONE.test(line.text)) councilLine ??= line.text;
      else bareLine ??= line.text;
    } else if (opening && !BARE_COUNCIL.test(opening)) councilLine ??= opening;
  }
  return councilLine ?? (bareLine && BARE_COUNCIL.test(bareLine) ? bareLine : null);
}

/** "BRACKENDALE COUNCIL AREA COMMITTEE – ...": the council's committee, whose own name the line gives. */
const COMMITTEE_AFTER_COUNCIL = /^(?:[\w'&-]+ ){0,3}?(?:committee|sub-committee|board|panel|cabinet|executive|forum|commission)\b/i;
const PAGE_NUMBER_ALONE = /^\d{1,4}$/;
const PAGE_NUMBER_LEAD = /^\d{1,4} (?=\S)/;

/**
 * A council's name opening a line that is more than the name: after the page's number ("1 ASHVALE PARISH
 * COUNCIL") or before words run on to it by the rendering ("Rowan Council Due to guidance ...", "Tarnside Area Community
 * Council Representing ...") or set after a dash ("Tarnside Community Council – Draft Minutes"), where a new phrase
 * starts with a capital. "Rowan Council has agreed" is a sentence and
 * "City Council of the City of X" a longer name, "X COUNCIL AREA COMMITTEE" a committee: none opens with the name.
 */
function councilOpening(text: string): string | null {
  const rest = text.replace(PAGE_NUMBER_LEAD, '');
  const end = /\bcouncil\b/i.exec(rest);
  if (!end || end.index > BODY_LENGTH) return null;
  const name = rest.slice(0, end.index + end[0].length);
  // "Tarnside Community Council – Draft Minutes of Latest Meeting": a dash may part the name from what follows.
  const after = rest.slice(name.length).trimStart().replace(/^[-–] ?/, '');
  if (after && (!/^[A-Z]/.test(after) || COMMITTEE_AFTER_COUNCIL.test(after))) return null;
  return R.COUNCIL_LINE.test(name) && !R.NOT_A_NAME.test(name) && name.split(' ').length <= 8 ? name : null;
}

/** "Cyngor Cymuned", "CYNGOR TREF": the Welsh for a council's kind, with no place named. */
const WELSH_KIND_ALONE = /^cyngor (?:cymuned|tref|sir|dinas|bwrdeistref sirol)$/i;

/** "Ordinary", "Annual": the kind of meeting, no part of the body's name. */
const MEETING_KIND = /^(?:(?:ordinary|annual|special|extraordinary|monthly|statutory|adjourned|full) ){1,2}(?=\S)/i;
/** "Council", "the Parish Council": a council named by its kind alone. */
const BARE_COUNCIL = /^(?:the )?(?:(?:city|county|borough|district|town|parish|community) )?council$/i;

/** Characters a body's name runs to, at most: a longer one is a sentence's words. */
const BODY_LENGTH = 80;

/**
 * A document's one meeting with its date, time and committee taken from its own heading where the reading found none;
 * a time only where the heading's date is the reading's.
 */
export function withHeadingFallback(meetings: ParsedMeeting[], lines: readonly ClassifiedLine[]): void {
  const meeting = meetings.length === 1 ? meetings[0]! : null;
  if (!meeting) return;
  if (meeting.committee === null && meeting.kind !== 'item-page') meeting.committee = headingBody(lines);
  if (meeting.date !== null && meeting.time !== null) return;
  const when = headingWhen(lines);
  if (!when) return;
  // An agenda-item page names its meeting in its own line or not at all: a date in its text is the item's.
  if (meeting.date === null && meeting.kind !== 'item-page') {
    meeting.date = when.date;
    meeting.committee ??= when.committee;
  }
  if (meeting.date === when.date) meeting.time ??= when.time;
}
