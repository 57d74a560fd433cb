// One document's text -> ParsedDocument: normalise -> classify lines ->
// readers (readers/registry.ts) -> the reading that explains most of it.
//
// Safe failure: a text that no reader can place in meetings, agenda items or
// work-programme rows gives no meetings and a one-line reason; a layout whose
// items were not found keeps its meeting (date, attendance) with no items and
// says why, rather than putting the whole text in one giant item (see
// readers/items.ts, swallowsHeadings).
// Never throws.
import type { ParsedDocument, ParsedMeeting } from '../model.ts';
import { readAttendanceTab } from './attendance-tab.ts';
import { withChairPresent } from './attendance.ts';
import { withAttendanceFallbacks } from './attendance-fallbacks.ts';
import { withRecordedVoters } from './recorded-votes.ts';
import { type ClassifiedLine, classifyLine, readInContext } from './line-kinds.ts';
import { meetingBody } from './meeting-body.ts';
import { withBodyFromLastMinutes } from './last-minutes-body.ts';
import { withHeadingFallback } from './meeting-heading-fallback.ts';
import { documentLines } from './normalise-text.ts';
import { withPageColumnTitles } from './readers/agenda.ts';
import { withDecisionBlockItems } from './readers/decision-blocks.ts';
import { readWithBest } from './readers/registry.ts';

export const NOT_A_COUNCIL_DOCUMENT_WARNING = 'not a council document (no meeting, agenda or work programme found)';

/** Nothing was found: the ingest command reports the file as not a council document. */
export function isEmptyParse(doc: ParsedDocument): boolean {
  return doc.meetings.length === 0 && doc.workProgramme.length === 0;
}

function emptyDocument(warning: string): ParsedDocument {
  return { kind: 'minutes', meetings: [], workProgramme: [], warnings: [warning] };
}

/** The normalised, classified lines of a document (what `scrutiny parse --lines` prints). */
export function classifyDocument(text: string): ClassifiedLine[] {
  const classified = classifyDocumentWithin(text, Number.POSITIVE_INFINITY);
  // No count passes a limit of infinity: the lines are always whole.
  return classified.ok ? classified.lines : [];
}

/** The classified lines, or how many lines opened an item or recorded a decision when that passed the limit. */
export type BoundedClassification = { ok: true; lines: ClassifiedLine[] } | { ok: false; recordLines: number };

/**
 * classifyDocument that stops as soon as more than `maxRecordLines` lines open an item or record a
 * decision: such a text is no council paper, and the readers' work on it (most of a parse) is spared.
 */
export function classifyDocumentWithin(text: string, maxRecordLines: number): BoundedClassification {
  const lines = documentLines(text);
  const classified: ClassifiedLine[] = [];
  let recordLines = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = classifyLine(lines[i]!, i);
    if (line.kinds.has('item-heading') || line.kinds.has('decision-label')) {
      recordLines++;
      if (recordLines > maxRecordLines) return { ok: false, recordLines };
    }
    classified.push(line);
  }
  return { ok: true, lines: readInContext(classified) };
}

/**
 * A meeting page's attendance tab below its items says who came: the committee system's own record, so it stands in
 * for what the reading took from the page's words (where a tab's heading or a section heading may have read as a
 * list); a reading's chair stands where the tab names none.
 */
function withAttendanceTab(meetings: ParsedMeeting[], lines: readonly ClassifiedLine[]): void {
  const meeting = meetings.length === 1 ? meetings[0]! : null;
  if (!meeting) return;
  const tab = readAttendanceTab(lines);
  if (!tab) return;
  if (tab.present.length === 0 && (meeting.present.length > 0 || meeting.apologies.length > 0)) return;
  meeting.present = tab.present;
  meeting.apologies = tab.apologies.length > 0 || tab.present.length > 0 ? tab.apologies : meeting.apologies;
  meeting.chair = tab.chair ?? meeting.chair;
  if (meeting.chair && !tab.chair) meeting.chair = withChairPresent(meeting.present, meeting.chair);
}

/** What a document says: meetings (minutes, agenda, item page) and work-programme rows. */
export function parseDocument(text: string, _name?: string): ParsedDocument {
  return parseClassified(() => classifyDocument(typeof text === 'string' ? text : String(text ?? '')));
}

/** parseDocument over lines already classified (by classifyDocumentWithin); never throws either. */
export function parseClassified(classify: () => ClassifiedLine[]): ParsedDocument {
  try {
    return parseUnsafe(classify());
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return emptyDocument(`the parser could not read this text (${message.split('\n')[0]}); ${NOT_A_COUNCIL_DOCUMENT_WARNING}`);
  }
}

function parseUnsafe(lines: ClassifiedLine[]): ParsedDocument {
  const chosen = readWithBest(lines);
  if (!chosen) return emptyDocument(NOT_A_COUNCIL_DOCUMENT_WARNING);
  const { reading } = chosen;
  withAttendanceTab(reading.meetings, lines);
  withAttendanceFallbacks(reading.meetings, lines);
  withRecordedVoters(reading.meetings, lines);
  withHeadingFallback(reading.meetings, lines);
  withBodyFromLastMinutes(reading.meetings);
  withPageColumnTitles(reading.meetings);
  withDecisionBlockItems(reading.meetings, lines);
  for (const meeting of reading.meetings) if (meeting.committee) meeting.committee = meetingBody(meeting.committee);
  const doc: ParsedDocument = { kind: reading.kind, meetings: reading.meetings, workProgramme: reading.workProgramme, warnings: reading.warnings };
  if (reading.emptyPlanDates?.length) doc.emptyPlanDates = reading.emptyPlanDates;
  if (isEmptyParse(doc)) doc.warnings.push(NOT_A_COUNCIL_DOCUMENT_WARNING);
  return doc;
}
