// The fallback for when a meeting's reading gave it no date or no time: nearly every council document names the day and
// hour of its meeting at its head, so a reading with none is more likely a layout the reader missed (a ModernGov page
// whose items were read by another reader, a page number run into the heading, a repeated agenda above the minutes)
// than a document without them. Only the shapes that give a meeting's own date are read, near the top: the page's
// meeting heading ("Committee - Tuesday, 9th July, 2019 7.00 pm"), the sentence saying when the meeting was or will be
// held, a "Date:" field, a line that opens with the date and gives the hour. A date inside an item (the last
// meeting's minutes, the next meeting's date, a deadline) is none of these. A reading's own date or time is never
// replaced, so the fallback cannot make a right reading worse.
import type { ParsedMeeting } from '../model.ts';
import { labelledTime, timeAfterDate } from './dates.ts';
import type { ClassifiedLine } from './line-kinds.ts';
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
  return null;
}

/**
 * A document's one meeting with its date, time and committee taken from its own heading where the reading found none;
 * a time only where the heading's date is the reading's.
 */
export function withHeadingFallback(meetings: ParsedMeeting[], lines: readonly ClassifiedLine[]): void {
  const meeting = meetings.length === 1 ? meetings[0]! : null;
  if (!meeting || (meeting.date !== null && meeting.time !== null)) return;
  const when = headingWhen(lines);
  if (!when) return;
  // An agenda-item page names its meeting in its own line or not at all: a date in its text is the item's.
  if (meeting.date === null && meeting.kind !== 'item-page') {
    meeting.date = when.date;
    meeting.committee ??= when.committee;
  }
  if (meeting.date === when.date) meeting.time ??= when.time;
}
