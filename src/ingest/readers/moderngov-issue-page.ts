// A ModernGov issue page saved as text ("Issue - meetings",
// ieIssueDetails.aspx): one issue as it went through meetings, each
// introduced by
//   Meeting: 19/09/2022 - Communities Scrutiny Commission (Item 7)
// then "7 <title> pdf icon PDF 140 KB", the agenda's words and "Minutes:"
// (some renderings drop the label: the text after the title is the minute).
// Each meeting becomes a ParsedMeeting with that one item.
import type { ParsedMeeting } from '../../model.ts';
import { attendanceInMinute } from '../attendance.ts';
import { type ClassifiedLine, classifyLine } from '../line-kinds.ts';
import { parsedMeeting } from '../parsed-meeting.ts';
import * as R from '../rules.ts';
import { nextNonBlank } from './items.ts';
import { type Draft, draftToItem, hasText, markedExempt, newDraft, takePartLabel } from './moderngov-parts.ts';

const HEAD_REACH = 40;

/** Where a ModernGov issue page's first meeting starts, or -1. */
export function findIssuePage(lines: readonly ClassifiedLine[]): number {
  let seen = 0;
  let headed = false;
  for (let i = 0; i < lines.length && seen < HEAD_REACH; i++) {
    if (lines[i]!.blank) continue;
    seen++;
    if (lines[i]!.kinds.has('issue-page-head')) headed = true;
    // A page saved without its tabs' head: the issue's title, then "Meeting: <date> - <committee> (Item n)".
    if (seen <= 4 && lines[i]!.issueMeeting?.number) headed = true;
  }
  if (!headed) return -1;
  return lines.findIndex((l) => l.kinds.has('issue-meeting'));
}

/** The issue's own title: the line under "Issue - meetings", above the first meeting. */
function issueTitle(lines: readonly ClassifiedLine[], firstMeeting: number): string {
  for (let i = firstMeeting - 1; i >= 0 && i >= firstMeeting - 12; i--) {
    const line = lines[i]!;
    if (line.blank) continue;
    return line.kinds.has('issue-page-head') || line.kinds.has('furniture') ? '' : line.text;
  }
  return '';
}

/** A sentence of the minute, printed where the agenda's title would stand: "Apologies for absence were received from ...". */
function isMinuteSentence(line: ClassifiedLine): boolean {
  return R.APOLOGIES_SENTENCE.test(line.text) || (/[.:]$/.test(line.text) && line.text.split(' ').length >= 8) || line.text.length > 200;
}

/** The item under one "Meeting:" line: its numbered title, the agenda's words, then the minute. */
function issueDraft(lines: readonly ClassifiedLine[], from: number, to: number, refNumber: string | null, fallbackTitle: string): Draft {
  const first = nextNonBlank(lines, from, to);
  const head = lines[first];
  // A minute's sentence where the title would stand is no title, whether or not the page kept the issue's own above.
  const titled = head !== undefined && !head.kinds.has('minutes-part') && !head.kinds.has('decision-part') && !(!head.heading && isMinuteSentence(head));
  let title = titled ? head.text : fallbackTitle;
  let number = refNumber;
  if (titled && head.heading && (number === null || head.heading.number === number)) {
    number = head.heading.number;
    title = head.heading.title;
  }
  const draft = newDraft(number, title, 'description', false);
  const labelled = lines.slice(from, to).some((l) => l.kinds.has('minutes-part') || l.kinds.has('decision-part'));
  // Without labels the words after the title are the minute (a repeated title line aside).
  if (!labelled) draft.state = 'minutes';
  for (let k = titled ? first + 1 : from; k < to; k++) {
    const line = lines[k]!;
    if (!line.blank && takePartLabel(draft, line, (t) => classifyLine({ ...line, text: t }, line.index))) continue;
    if (!labelled && !line.blank && line.text === draft.title) continue;
    draft[draft.state].push(line);
    if (!line.blank) draft.lines++;
  }
  return draft;
}

/** One meeting per "Meeting: <date> - <committee> (Item n)" on an issue page. */
export function readIssuePage(lines: readonly ClassifiedLine[], start: number): { meetings: ParsedMeeting[]; explained: number } {
  const starts: number[] = [];
  for (let i = start; i < lines.length; i++) if (lines[i]!.kinds.has('issue-meeting')) starts.push(i);
  let explained = 0;
  for (const l of lines) if (!l.blank) explained++;
  const meetings = starts.map((at, n) => {
    const ref = lines[at]!.issueMeeting!;
    const draft = issueDraft(lines, at + 1, starts[n + 1] ?? lines.length, ref.number, issueTitle(lines, starts[0]!));
    const minuted = hasText(draft.minutes) || hasText(draft.decision);
    const { item } = draftToItem(draft, ref.date, markedExempt(draft));
    // Schedule 12A: an exempt item's minute is read for nothing, not even who chaired or sent apologies.
    const attendance = minuted && !item.private ? attendanceInMinute(item.title, hasText(draft.minutes) ? draft.minutes : draft.decision) : null;
    return parsedMeeting({ committee: ref.committee, date: ref.date, kind: minuted ? 'minutes' : 'agenda', items: [item], ...attendance });
  });
  return { meetings, explained };
}
