// The readers, each `{ name, detect, read }` over a document's classified
// lines. `detect` is cheap (it looks at the kinds of the first lines); every
// reader that detects the document reads it, and the reading that explains
// most of its lines wins (on a tie, the earlier reader: the more specific).
import type { ParsedMeeting } from '../../model.ts';
import { apologiesFromItemText, presentNamedIn, withPresent } from '../attendance.ts';
import { type DocumentPlan, documentPlan, readsAsPlan } from '../forward-plan.ts';
import type { ClassifiedLine } from '../line-kinds.ts';
import { findCmisHeader, readCmisPage } from './cmis-page.ts';
import { readCouncilPapers } from './council-papers.ts';
import { readHeadedMeeting } from './headed-meeting.ts';
import { readMinuteFragment } from './minute-fragment.ts';
import { isDecisionPage, readDecisionPage } from './moderngov-decision-page.ts';
import { findIssuePage, readIssuePage } from './moderngov-issue-page.ts';
import { findItemPage, readItemPage } from './moderngov-item-page.ts';
import { type PageStart, findHeadlessPage, findMeetingPage, readMeetingPage } from './moderngov-page.ts';
import type { DocumentReading } from './reading.ts';

export interface Reader {
  name: string;
  detect(lines: readonly ClassifiedLine[]): boolean;
  /** `plan`: the document's forward plan, read once for every reader that weighs it. */
  read(lines: readonly ClassifiedLine[], plan: DocumentPlan): DocumentReading | null;
  /**
   * A reading that explains no line, so it can win only where no earlier reader found anything: it is not read at all
   * when one did (a whole second reading of every document otherwise).
   */
  fallback?: true;
}

export const READERS: readonly Reader[] = [
  {
    name: 'moderngov-meeting-page',
    detect: (lines) => findMeetingPage(lines) !== null,
    read: (lines, plan) => meetingPageReading(lines, findMeetingPage(lines), plan),
  },
  {
    name: 'moderngov-issue-page',
    detect: (lines) => findIssuePage(lines) >= 0,
    read(lines) {
      const start = findIssuePage(lines);
      if (start < 0) return null;
      const { meetings, explained } = readIssuePage(lines, start);
      const kind = meetings.some((m) => m.kind === 'minutes') ? 'minutes' : 'agenda-pack';
      return { kind, meetings, workProgramme: [], warnings: [], explained };
    },
  },
  {
    name: 'moderngov-decision-page',
    detect: isDecisionPage,
    read(lines) {
      const { meetings, explained } = readDecisionPage(lines);
      const kind = meetings.length > 0 && meetings.every((m) => m.kind === 'item-page') ? 'item-page' : 'minutes';
      return { kind, meetings, workProgramme: [], warnings: [], explained };
    },
  },
  {
    name: 'moderngov-item-page',
    detect: (lines) => findItemPage(lines) >= 0,
    read(lines) {
      const start = findItemPage(lines);
      if (start < 0) return null;
      const { meeting, explained } = readItemPage(lines, start);
      return { kind: 'item-page', meetings: [meeting], workProgramme: [], warnings: [], explained };
    },
  },
  {
    name: 'cmis-meeting-page',
    detect: (lines) => findCmisHeader(lines) !== null,
    read(lines) {
      const header = findCmisHeader(lines);
      return header ? readCmisPage(lines, header) : null;
    },
  },
  {
    // A meeting page without its head, read only when no ModernGov page of another kind or CMIS page is found.
    name: 'moderngov-headless-page',
    detect: (lines) =>
      findHeadlessPage(lines) !== null && findMeetingPage(lines) === null && findIssuePage(lines) < 0 && findItemPage(lines) < 0 && !isDecisionPage(lines) && findCmisHeader(lines) === null,
    read(lines, plan) {
      const page = findHeadlessPage(lines);
      const reading = meetingPageReading(lines, page, plan);
      if (reading && page) {
        const above = lines.slice(0, page.start);
        withAttendanceAbove(reading.meetings[0]!, above);
        // The text above the first title is the end of an item whose title was cut: the page explains it too.
        reading.explained += above.filter((l) => !l.blank).length;
      }
      return reading;
    },
  },
  {
    name: 'council-papers',
    detect: () => true,
    read: (lines, plan) => readCouncilPapers(lines, plan),
  },
  {
    name: 'minute-fragment',
    detect: () => true,
    read: (lines) => readMinuteFragment(lines),
  },
  {
    // Last: a document no other reader found a meeting in, read by what its head says it is.
    name: 'headed-meeting',
    fallback: true,
    detect: () => true,
    read: (lines) => readHeadedMeeting(lines),
  },
];

function meetingPageReading(lines: readonly ClassifiedLine[], page: PageStart | null, plan: DocumentPlan): DocumentReading | null {
  if (!page) return null;
  const { meeting, explained, warnings } = readMeetingPage(lines, page);
  // A plan-items page ("No. Item" over numbered decisions) has a meeting page's shape; its items are decisions to come.
  if (meeting.items.length === 0 || readsAsPlan(plan, meeting.items.length)) return null;
  return { kind: meeting.kind === 'agenda' ? 'agenda-pack' : 'minutes', meetings: [meeting], workProgramme: [], warnings, explained };
}

/**
 * The lines above a headless page's first title are the tail of an item whose title was cut, often the apologies: the
 * apologies and substitutes their sentences name are the meeting's, when its items name none.
 */
function withAttendanceAbove(meeting: ParsedMeeting, above: readonly ClassifiedLine[]): void {
  if (meeting.apologies.length === 0) meeting.apologies = apologiesFromItemText(above);
  for (const name of presentNamedIn(above)) withPresent(meeting.present, name);
}

export interface Chosen {
  reader: string;
  reading: DocumentReading;
}

/** Every reader that detects the document reads it; the one that explains most of it wins. */
export function readWithBest(lines: readonly ClassifiedLine[], readers: readonly Reader[] = READERS): Chosen | null {
  let best: Chosen | null = null;
  const plan = documentPlan(lines);
  for (const reader of readers) {
    if (reader.fallback && best) continue;
    if (!reader.detect(lines)) continue;
    const reading = reader.read(lines, plan);
    if (!reading) continue;
    const found = reading.meetings.length + reading.workProgramme.length;
    if (found === 0) continue;
    if (!best || reading.explained > best.reading.explained) best = { reader: reader.name, reading };
  }
  return best;
}
