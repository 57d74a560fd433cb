// A ModernGov issue page saved as text ("Issue - meetings",
// ieIssueDetails.aspx): one issue as it went through meetings, each
// introduced by
//   Meeting: 19/09/2022 - Communities Scrutiny Commission (Item 7)
// then "7 <title> pdf icon PDF 140 KB", the agenda's words and "Minutes:".
// Each meeting becomes a ParsedMeeting with that one item.
import type { ParsedMeeting } from '../model.ts';
import { findDates } from './dates.ts';
import { DECISION_LABEL, type Draft, MINUTES_LABEL, draftToItem, newDraft, titleOf } from './moderngov-parts.ts';
import { type Line, leadingLineIndices } from './normalise-text.ts';
import { parsedMeeting } from './parsed-meeting.ts';

const MEETING_REF = /^meeting\s*:\s*(.+?)\s+[-–]\s+(.+?)\s*(?:\(\s*item\s+(\d{1,3}[a-z]?)\.?\s*\))?\s*$/i;
const PAGE_HEAD = /^issue\s*[-–]\s*(?:meetings|decisions|details)$/i;

function meetingRef(text: string): { date: string; committee: string; number: string | null } | null {
  const m = MEETING_REF.exec(text);
  const date = m ? findDates(m[1]!)[0]?.date : undefined;
  return m && date ? { date, committee: m[2]!.trim(), number: m[3] ?? null } : null;
}

/** Where a ModernGov issue page's first meeting starts, or -1. */
export function findIssuePageStart(lines: Line[]): number {
  if (!leadingLineIndices(lines, 40).some((i) => PAGE_HEAD.test(lines[i]!.text))) return -1;
  return lines.findIndex((l) => !l.blank && meetingRef(l.text) !== null);
}

/** The item under one "Meeting:" line: its numbered title, the agenda's words, then the minute. */
function issueDraft(part: Line[], refNumber: string | null): Draft {
  const first = part.findIndex((l) => !l.blank);
  const head = first >= 0 ? part[first]!.text : '';
  const titled = head !== '' && !MINUTES_LABEL.test(head) && !DECISION_LABEL.test(head);
  let title = titled ? head : '';
  let number = refNumber;
  const numbered = /^(\d{1,3}[a-z]?)\.?\s+(.+)$/i.exec(title);
  if (numbered && (number === null || numbered[1] === number)) {
    number = numbered[1]!;
    title = numbered[2]!;
  }
  const draft = newDraft(number, titleOf(title), 'description', false);
  for (const line of part.slice(titled ? first + 1 : 0)) {
    const label = line.blank ? null : (MINUTES_LABEL.exec(line.text) ?? DECISION_LABEL.exec(line.text));
    if (label) {
      draft.state = MINUTES_LABEL.test(line.text) ? 'minutes' : 'decision';
      if (label[1]!.trim()) draft[draft.state].push({ ...line, text: label[1]!.trim() });
      continue;
    }
    draft[draft.state].push(line);
  }
  return draft;
}

/** One meeting per "Meeting: <date> - <committee> (Item n)" on an issue page. */
export function parseIssuePage(lines: Line[], start: number): ParsedMeeting[] {
  const starts = lines.map((l, i) => (i >= start && !l.blank && meetingRef(l.text) ? i : -1)).filter((i) => i >= 0);
  return starts.map((at, n) => {
    const ref = meetingRef(lines[at]!.text)!;
    const draft = issueDraft(lines.slice(at + 1, starts[n + 1] ?? lines.length), ref.number);
    const { item } = draftToItem(draft, ref.date);
    const minuted = draft.minutes.some((l) => !l.blank) || draft.decision.some((l) => !l.blank);
    return parsedMeeting({ committee: ref.committee, date: ref.date, kind: minuted ? 'minutes' : 'agenda', items: [item] });
  });
}
