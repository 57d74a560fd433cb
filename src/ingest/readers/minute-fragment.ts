// Minutes saved without their heading or their items' titles: a page's text cut
// from its middle, or a page that prints only its minutes' paragraphs and the
// attendance below them. No other reader finds a meeting in it, yet it is one
// meeting's record: it says who sent apologies, who substituted or chaired, and
// what was decided. It becomes one meeting with no date and no items, whose
// attendance is what its sentences say; the reading explains no line, so it is
// chosen only when no other reader found anything.
import type { Attendee } from '../../model.ts';
import { type AttendanceResult, apologiesFromItemText, chairNamedIn, presentNamedIn, readAttendance, withChairPresent, withPresent } from '../attendance.ts';
import type { ClassifiedLine } from '../line-kinds.ts';
import { parsedMeeting } from '../parsed-meeting.ts';
import * as R from '../rules.ts';
import type { DocumentReading } from './reading.ts';

/** What only a minute records: "were agreed", "was approved", "declared an interest", "There were no declarations of interest" (apologies "were received" or "noted" say nothing of business). */
const RECORDED = /\b(?:were|was) (?:agreed|approved|confirmed|adopted|carried)\b|\bdeclared an? (?:[a-z-]{1,20} ){0,3}interest\b|\bno declarations of interest\b/i;

function saysAttendance(line: ClassifiedLine): boolean {
  return !line.blank && (R.APOLOGIES_SENTENCE.test(line.text) || line.kinds.has('chair-marker'));
}

function recordsBusiness(line: ClassifiedLine): boolean {
  return !line.blank && (line.kinds.has('decision-label') || line.kinds.has('closing') || line.kinds.has('exclusion') || RECORDED.test(line.text));
}

/** Lines of names under a label ("Also in attendance:" / "Ms A Bell (Solicitor), Mr C Dow (...)"): a few, each a comma list, none a sentence of the minutes. */
const LIST_LINES_AFTER_LABEL = 3;

function isListLine(line: ClassifiedLine): boolean {
  return !line.blank && !line.label && line.text.includes(',') && !RECORDED.test(line.text) && !R.APOLOGIES_SENTENCE.test(line.text);
}

/**
 * Who the attendance lists name: "Councillor G Hale (in the Chair); Councillors A, B and C." as one line, and a label
 * other than apologies with the list lines under it.
 */
function listedPresent(lines: readonly ClassifiedLine[]): AttendanceResult {
  const blocks: ClassifiedLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const group = line.label?.group;
    if (line.kinds.has('chair-marker') && /[;,]/.test(line.text)) blocks.push({ ...line, kinds: new Set(), label: { group: 'member', rest: line.text } });
    if (!group || group === 'apologies' || group === 'absent') continue;
    blocks.push(line);
    for (let k = i + 1; k < lines.length && k <= i + LIST_LINES_AFTER_LABEL && isListLine(lines[k]!); k++) blocks.push(lines[k]!);
  }
  return readAttendance(blocks);
}

/** The one meeting a headless minute text records, or null when it does not read as minutes (both an attendance sentence and a record of business). */
export function readMinuteFragment(lines: readonly ClassifiedLine[]): DocumentReading | null {
  if (!lines.some(saysAttendance) || !lines.some(recordsBusiness)) return null;
  const apologies = apologiesFromItemText(lines);
  const listed = listedPresent(lines);
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
