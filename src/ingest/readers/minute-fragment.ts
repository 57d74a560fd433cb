// Minutes saved without their heading or their items' titles: a page's text cut
// from its middle, or a page that prints only its minutes' paragraphs and the
// attendance below them. No other reader finds a meeting in it, yet it is one
// meeting's record: it says who sent apologies, who substituted or chaired, and
// what was decided. It becomes one meeting with no date and no items, whose
// attendance is what its sentences say; the reading explains no line, so it is
// chosen only when no other reader found anything.
import type { Attendee } from '../../model.ts';
import { apologiesFromItemText, attendanceListedIn, chairNamedIn, presentNamedIn, withChairPresent, withPresent } from '../attendance.ts';
import type { ClassifiedLine } from '../line-kinds.ts';
import { parsedMeeting } from '../parsed-meeting.ts';
import * as R from '../rules.ts';
import type { DocumentReading } from './reading.ts';

function saysAttendance(line: ClassifiedLine): boolean {
  return !line.blank && (R.APOLOGIES_SENTENCE.test(line.text) || line.kinds.has('chair-marker'));
}

function recordsBusiness(line: ClassifiedLine): boolean {
  return !line.blank && (line.kinds.has('decision-label') || line.kinds.has('closing') || line.kinds.has('exclusion') || R.RECORDED_BUSINESS.test(line.text));
}

/** The one meeting a headless minute text records, or null when it does not read as minutes (both an attendance sentence and a record of business). */
export function readMinuteFragment(lines: readonly ClassifiedLine[]): DocumentReading | null {
  if (!lines.some(saysAttendance) || !lines.some(recordsBusiness)) return null;
  const apologies = apologiesFromItemText(lines);
  const listed = attendanceListedIn(lines);
  const present: Attendee[] = listed.present;
  for (const name of presentNamedIn(lines)) withPresent(present, name);
  const chair = listed.chair ?? chairNamedIn(lines);
  if (chair) withChairPresent(present, chair);
  if (apologies.length === 0 && present.length === 0) return null;
  const meeting = parsedMeeting({ kind: 'minutes', chair, present, apologies });
  return {
    kind: 'minutes',
    meetings: [meeting],
    workProgramme: [],
    warnings: ['minutes: no heading and no item titles found; only the attendance the sentences give was read'],
    explained: 0,
  };
}
