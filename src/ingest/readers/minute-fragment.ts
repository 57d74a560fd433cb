// Minutes saved without their heading: a page's text cut from its middle, a page that prints only its minutes'
// paragraphs and the attendance below them, a page saved from its first item's title on, or a decision's page that
// holds only the sentence giving the apologies. No other reader finds a
// meeting in it, yet it is one meeting's record: it says who sent apologies, who substituted or chaired, and what was
// decided. It becomes one meeting with no date, whose attendance is what its sentences say; when the text opens at an
// item's title, its items are read as an unnumbered meeting page's are (titles after the page's gap). The reading
// explains no line, so it is chosen only when no other reader found anything.
import type { Attendee } from '../../model.ts';
import { apologiesFromItemText, attendanceListedIn, chairNamedIn, opensWithApologies, presentNamedIn, withChairPresent, withPresent } from '../attendance.ts';
import type { ClassifiedLine } from '../line-kinds.ts';
import { parsedMeeting } from '../parsed-meeting.ts';
import * as R from '../rules.ts';
import { nextNonBlank } from './items.ts';
import { readMeetingPage } from './moderngov-page.ts';
import type { DocumentReading } from './reading.ts';

/** Lines of text a headless record with a decision but no attendance or title holds, at least, to be a meeting's. */
const MIN_DECIDED_LINES = 4;
/** The longest line read as the item title a fragment opens at. */
const OPENING_TITLE_LENGTH = 120;

function saysAttendance(line: ClassifiedLine): boolean {
  return !line.blank && (R.APOLOGIES_SENTENCE.test(line.text) || line.kinds.has('chair-marker'));
}

function recordsBusiness(line: ClassifiedLine): boolean {
  return !line.blank && (line.kinds.has('decision-label') || line.kinds.has('closing') || line.kinds.has('exclusion') || R.RECORDED_BUSINESS.test(line.text));
}

/**
 * Where the text opens at an item's title ("Apologies for absence", "Announcements from the Mayor:"): its first line is
 * title-shaped, no heading of a document (a council, a page title, a set of minutes), closed by no full stop, and text
 * follows it after a blank line. -1 when it does not.
 */
function openingTitle(lines: readonly ClassifiedLine[]): number {
  const first = nextNonBlank(lines, 0);
  const line = lines[first];
  if (!line || !line.kinds.has('title') || line.text.length > OPENING_TITLE_LENGTH || /\.$/.test(line.text)) return -1;
  if (line.kinds.has('council') || line.kinds.has('page-title') || line.kinds.has('minutes-title') || line.kinds.has('furniture') || line.date) return -1;
  // A numbered item's heading ("19 Arrangements for ... PDF 378 KB") opens the text even with its minute on the next line.
  const apart = lines[first + 1]?.blank === true || (line.kinds.has('item-heading') && line.heading?.number !== undefined);
  return first + 1 < lines.length && apart && nextNonBlank(lines, first + 1) < lines.length ? first : -1;
}

/** The one meeting a headless minute text records, or null when it does not read as minutes (a record of business, and the attendance or an opening item title). */
/** A text that opens on the sentence giving a meeting's apologies ("Apologies for absence were received from ..."): that meeting's record. */
function opensOnApologies(lines: readonly ClassifiedLine[]): boolean {
  const first = lines[nextNonBlank(lines, 0)];
  return first !== undefined && opensWithApologies(first.text);
}

export function readMinuteFragment(lines: readonly ClassifiedLine[]): DocumentReading | null {
  if (!lines.some(recordsBusiness) && !opensOnApologies(lines)) return null;
  const opening = openingTitle(lines);
  // A decision recorded ("RESOLVED that ...", "AGREED that ...") among the minute's other paragraphs is a meeting's
  // record even where the text names no one and opens at no title: the meeting is kept, undated and without items, so
  // that it is not lost. A decision alone is no more than a decision.
  const decided = lines.some((l) => !l.blank && l.kinds.has('decision-label')) && lines.filter((l) => !l.blank).length >= MIN_DECIDED_LINES;
  if (opening < 0 && !lines.some(saysAttendance) && !decided) return null;
  const page = opening >= 0 ? readMeetingPage(lines, { start: opening, body: opening, table: false }, true).meeting : null;
  let apologies = apologiesFromItemText(lines);
  if (apologies.length === 0 && page) apologies = page.apologies;
  const listed = attendanceListedIn(lines);
  const present: Attendee[] = listed.present;
  for (const name of presentNamedIn(lines)) withPresent(present, name);
  const named = listed.chair ?? chairNamedIn(lines);
  const chair = named && withChairPresent(present, named);
  const items = page?.items ?? [];
  if (apologies.length === 0 && present.length === 0 && items.length === 0 && !decided) return null;
  const meeting = parsedMeeting({ kind: 'minutes', chair, present, apologies, items });
  return {
    kind: 'minutes',
    meetings: [meeting],
    workProgramme: [],
    warnings: [
      items.length > 0
        ? 'minutes: no heading found, so no meeting date; the items were read from the first title on'
        : apologies.length > 0 || present.length > 0
          ? 'minutes: no heading and no item titles found; only the attendance the sentences give was read'
          : 'minutes: no heading, item titles or attendance found; only that the meeting decided was read',
    ],
    explained: 0,
  };
}
