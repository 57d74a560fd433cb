// Council papers as a council's own system prints them: an agenda pack (the
// front sheet, the last meeting's minutes, briefing notes, a work programme
// appendix), a set of minutes, or a work programme on its own. Each part is
// found by how it begins:
//  - minutes: a title ("Minutes of ...", "The County Council met at ...")
//    followed soon by a date or the attendance; they run to the closing line
//    or the next part;
//  - an agenda front sheet: the part before anything else, when it has
//    date/place labels or the word "Agenda" and numbered items;
//  - briefing notes: "Briefing note" with a "Subject:" line, added to the
//    body of the agenda item whose title their subject names;
//  - work programmes: rows under a "Work Programme" heading, outside the other parts.
// Minutes that carry no title at all (printed web minutes, parish pages) are
// read as minutes when their numbered items and attendance say so.
import type { ParsedItem, ParsedMeeting } from '../../model.ts';
import type { ClassifiedLine } from '../line-kinds.ts';
import { renderLines } from '../normalise-text.ts';
import { type DocumentPlan, parseForwardPlan, readsAsPlan } from '../forward-plan.ts';
import { parseWorkProgramme } from '../work-programme.ts';
import { looksLikeAgenda, readAgenda } from './agenda.ts';
import { chooseHeadings } from './headings.ts';
import { previousNonBlank } from './items.ts';
import { minutesStart, readMinutes, titleUnderItemHeading } from './minutes.ts';
import { committeeName } from '../work-programme-committee.ts';
import * as R from '../rules.ts';
import type { DocumentReading } from './reading.ts';

interface Span {
  start: number;
  end: number;
}

const TITLE_LOOKAHEAD = 10;

function isMinutesTitle(lines: readonly ClassifiedLine[], i: number, later: boolean): boolean {
  const line = lines[i]!;
  if (line.blank || line.bullet || line.text.length > 250) return false;
  if (!line.kinds.has('minutes-title') && !line.kinds.has('met-title')) return false;
  if (line.kinds.has('minutes-part') || line.kinds.has('attachment') || line.heading || titleUnderItemHeading(lines, i)) return false;
  // "... for consideration at the next meeting the" / "minutes of the previous meeting that were unavailable ...": a
  // line opening in lower case carries on the sentence above it, and is no title.
  if (i > 0 && /^[a-z]/.test(line.text) && !lines[i - 1]!.blank && !/[.:;!?]$/.test(lines[i - 1]!.text)) return false;
  // A title may end with its start time ("... at 7.00 p.m."); any other closing stop makes it a sentence.
  const text = line.text;
  // A web page's title is one sentence: "Minutes of the meeting of X held in Y on <date> at 6.30pm." (its year perhaps
  // left to the page's own title: "held on Tuesday 9th May at 7.30pm in the Church Room.").
  const heldSentence = (line.date !== null || line.time !== null) && /\bheld\b/i.test(text);
  const stopped = text.endsWith(';') || (text.endsWith('.') && !/\b[ap]\.m\.$/i.test(text) && !line.kinds.has('met-title') && !heldSentence && text.length > 90);
  if (stopped || /\b(?:were|was) (?:agreed|approved|confirmed|signed|received|noted)\b/i.test(text)) return false;
  // An item's title under its number ("3." / "MINUTES OF THE MAY COUNCIL MEETING") is no document's, nor is
  // the agenda's text under that title ("213." / "Minutes" / "Minutes of the meeting held on 9 October 2025, (previously circulated).").
  // A dated sentence saying where and when the meeting was held ("A MEETING OF THE COUNCIL was held at ... on <date>")
  // is never an item's title: a number above it is its page's.
  const heldAndDated = line.kinds.has('met-title') && line.date !== null;
  for (let k = i - 1, above = 0; !heldAndDated && k >= 0 && k >= i - 8 && above < 2; k--) {
    if (lines[k]!.blank) continue;
    // A number alone at the very top of the text ("318" / "The Council No. 4" / "Minutes of Meeting ...") is the page's.
    const number = lines[k]!.itemNumber;
    if (number && !(lines[k]!.text === number.number && previousNonBlank(lines, k - 1, 0) < 0)) return false;
    above++;
  }
  // A set of minutes is followed soon by its date or its attendance; a second one in the same file, by its attendance.
  let seen = 0;
  for (let k = i; k < lines.length && seen < TITLE_LOOKAHEAD; k++) {
    const l = lines[k]!;
    if (l.blank) continue;
    if ((!later && seen <= 4 && l.date) || l.kinds.has('attendance-label')) return true;
    seen++;
  }
  return false;
}

/**
 * Minutes with no title at all: the committee's name, the date on the next line and the
 * attendance just below ("PLANNING COMMITTEE" / "Wednesday, 19 March 2025" / "Present: ...").
 */
function isUntitledMinutesStart(lines: readonly ClassifiedLine[], i: number): boolean {
  const line = lines[i]!;
  // "OVERVIEW AND SCRUTINY COMMITTEE - 3 DECEMBER 2025" with the attendance just below.
  if (line.meetingHeading && !line.heading && line.text.length <= 150) {
    for (let k = i + 1, seen = 0; k < lines.length && seen < 3; k++) {
      if (lines[k]!.blank) continue;
      seen++;
      // A title below the heading starts the minutes itself.
      if (lines[k]!.kinds.has('minutes-title') || lines[k]!.kinds.has('met-title')) return false;
      // Its attendance, or a decision: what only minutes record ("Council Meeting 16th December 2019" / "DECISION: ...").
      if (lines[k]!.kinds.has('attendance-label') || lines[k]!.kinds.has('decision-label')) return true;
    }
    return false;
  }
  if (line.blank || line.date || line.heading || line.text.length > 120 || committeeName(line.text) === null) return false;
  const seen: ClassifiedLine[] = [];
  for (let k = i + 1; k < lines.length && seen.length < UNTITLED_HEAD_REACH; k++) if (!lines[k]!.blank) seen.push(lines[k]!);
  // "Cabinet" / "Date: 18 March 2025" / "Time: 10.00am" / "Present: ...": the date may come labelled.
  const dated = seen[0]?.date?.index === 0 || (seen[0]?.kinds.has('date-label') === true && seen[0].date !== null);
  if (!dated) return false;
  // The head's own lines may stand between the date and the attendance ("Place:" / "Council Chamber, ..." / "Attendance
  // Details"); an item's number, a decision or a heading before the attendance ends the head.
  for (const l of seen.slice(1)) {
    if (l.kinds.has('attendance-label')) return true;
    if (l.itemNumber || l.heading || l.kinds.has('decision-label') || l.kinds.has('item-heading')) return false;
  }
  return false;
}

/** How many lines below an untitled committee's name its head may take before the attendance (date, place, notes). */
const UNTITLED_HEAD_REACH = 8;

/** Nothing but the header's own lines between two titles: no attendance, item or decision. */
function sameHeader(lines: readonly ClassifiedLine[], from: number, to: number): boolean {
  if (to - from > 12) return false;
  for (let k = from + 1; k < to; k++) {
    const l = lines[k]!;
    if (l.blank) continue;
    if (l.kinds.has('attendance-label') || l.kinds.has('person') || l.heading || l.itemNumber || l.kinds.has('decision-label')) return false;
  }
  return true;
}

/**
 * The date of the page's own title above a set of minutes ("Parish Council Meeting 9th May 2023 – Minutes" over
 * "MINUTES of the meeting ... held on Tuesday 9th May at 7pm"): the last short dated line in [from, to), or null.
 */
function pageTitleDate(lines: readonly ClassifiedLine[], from: number, to: number): string | null {
  for (let i = to - 1; i >= from; i--) {
    const l = lines[i]!;
    // "Posted on 15 January 2025", "Last updated ...": when the page was published, not when the meeting met.
    if (!l.blank && l.date && l.text.length <= 120 && !/\b(?:posted|published|updated|uploaded)\b/i.test(l.text)) return l.date.date;
  }
  return null;
}

function findMinutes(lines: readonly ClassifiedLine[]): Span[] {
  const titles: number[] = [];
  let closed = true;
  for (let i = 0; i < lines.length; i++) {
    // Once a set of minutes has begun, another begins only after it closed, or with its own attendance.
    // A title after a first set of minutes needs its own attendance: below closed minutes a web page links to others.
    if (isMinutesTitle(lines, i, !closed || titles.length > 0) || (closed && isUntitledMinutesStart(lines, i))) {
      // A page's title printed twice, or over a "The Council met on ..." sentence, heads one set of minutes.
      if (titles.length > 0 && !closed && sameHeader(lines, titles[titles.length - 1]!, i)) continue;
      titles.push(i);
      closed = false;
    }
    if (lines[i]!.kinds.has('closing') || lines[i]!.kinds.has('briefing-note')) closed = true;
  }
  const starts = titles.map((t) => minutesStart(lines, t));
  return starts.map((start, n) => {
    const limit = starts[n + 1] ?? lines.length;
    let end = limit;
    for (let k = titles[n]! + 1; k < limit; k++) {
      const l = lines[k]!;
      if (l.kinds.has('closing')) {
        end = k + 1;
        break;
      }
      // Minutes without a closing line end where the next paper of a pack begins.
      if (l.kinds.has('briefing-note')) {
        end = k;
        break;
      }
    }
    return { start, end };
  });
}

function briefingNotes(lines: readonly ClassifiedLine[], taken: Span[]): { subject: string; text: string }[] {
  const inside = (i: number) => taken.some((s) => i >= s.start && i < s.end);
  const starts: number[] = [];
  lines.forEach((l, i) => {
    if (l.kinds.has('briefing-note') && !inside(i)) starts.push(i);
  });
  return starts.flatMap((start, n) => {
    let end = starts[n + 1] ?? lines.length;
    for (const s of taken) if (s.start > start && s.start < end) end = s.start;
    // The note ends where a work programme appended to it begins (read as the programme); another
    // appendix (a performance table) is the note's own, and its figures are read with it.
    let stop = end;
    for (let k = start + 1; k < end; k++) {
      if (lines[k]!.kinds.has('appendix') && appendsWorkProgramme(lines, k, end)) {
        stop = k;
        break;
      }
    }
    const body = lines.slice(start, stop);
    const subject = body.find((l) => l.kinds.has('subject'))?.value;
    return subject ? [{ subject, text: renderLines(body) }] : [];
  });
}

/** Lines read after an appendix's heading for the work programme's own heading. */
const APPENDIX_HEAD_LINES = 4;

/** Whether the appendix headed at `at` is a work programme: its heading follows within a few lines. */
function appendsWorkProgramme(lines: readonly ClassifiedLine[], at: number, end: number): boolean {
  for (let k = at + 1; k < Math.min(end, at + 1 + APPENDIX_HEAD_LINES); k++) if (lines[k]!.kinds.has('work-programme-heading')) return true;
  return false;
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9 ]+/g, ' ')
    .split(' ')
    .filter((w) => w.length > 2 && !['the', 'and', 'for', 'report', 'update', 'note', 'briefing'].includes(w));
}

/** The agenda item a briefing note's subject names: all of the item title's words appear in it. */
function itemForSubject(items: ParsedItem[], subject: string): ParsedItem | undefined {
  const subjectWords = new Set(words(subject));
  let best: ParsedItem | undefined;
  let bestScore = 0;
  for (const item of items) {
    const titleWords = words(item.title);
    const hits = titleWords.filter((w) => subjectWords.has(w)).length;
    if (titleWords.length > 0 && hits === titleWords.length && hits > bestScore) {
      best = item;
      bestScore = hits;
    }
  }
  return best;
}

/** Minutes that carry no title: numbered items, and attendance or decisions that only minutes have. */
function untitledMinutes(lines: readonly ClassifiedLine[]): boolean {
  const headings = chooseHeadings(lines, 0, lines.length);
  if (headings.length === 0) return (opensWithAttendance(lines) || opensWithMeetingDate(lines)) && lines.some(recordsBusiness);
  const first = headings[0]!.at;
  for (let i = 0; i < first; i++) if (lines[i]!.kinds.has('attendance-label') || lines[i]!.kinds.has('chair-marker')) return true;
  let decided = 0;
  for (let i = first; i < lines.length; i++) if (lines[i]!.kinds.has('decision-label') || lines[i]!.kinds.has('closing')) decided++;
  return decided > 0 || headings.length >= 3;
}

/** Non-blank lines at the top of a page among which its attendance opens minutes printed with no title or number. */
const ATTENDANCE_AT_TOP = 3;

/** "Present: G. Hart (Chair), M. Cole, ...": a page of minutes saved from below its title opens with its attendance. */
function opensWithAttendance(lines: readonly ClassifiedLine[]): boolean {
  for (let i = 0, seen = 0; i < lines.length && seen < ATTENDANCE_AT_TOP; i++) {
    if (lines[i]!.blank) continue;
    seen++;
    if (lines[i]!.kinds.has('attendance-label') && lines[i]!.label?.group !== 'apologies') return true;
  }
  return false;
}

/** Characters a line giving only the meeting's day and time runs to, at most. */
const DATE_LINE_LENGTH = 60;

/**
 * "Wednesday, 21st July, 2021 10.00 am" first, then the business: a meeting page saved from below its heading opens
 * with the meeting's day and time alone on a line.
 */
function opensWithMeetingDate(lines: readonly ClassifiedLine[]): boolean {
  const first = lines.find((l) => !l.blank);
  return first !== undefined && first.date?.index === 0 && first.text.length <= DATE_LINE_LENGTH && !first.heading && !first.kinds.has('attendance-label');
}

/** What only minutes record: a decision, an action set, business recorded as done ("were approved and signed"). */
function recordsBusiness(line: ClassifiedLine): boolean {
  return line.kinds.has('decision-label') || line.kinds.has('action') || R.RECORDED_BUSINESS.test(line.text);
}


/** `plan`: the whole document's forward plan, read once for all the readers. */
export function readCouncilPapers(lines: readonly ClassifiedLine[], plan: DocumentPlan): DocumentReading {
  const warnings: string[] = [];
  let minuteSpans = findMinutes(lines);
  const meetings: ParsedMeeting[] = [];
  let agenda: ParsedMeeting | null = null;
  let explained = 0;

  let firstOther = minuteSpans[0]?.start ?? lines.length;
  for (let i = 0; i < firstOther; i++) {
    if (lines[i]!.kinds.has('briefing-note')) {
      firstOther = i;
      break;
    }
  }
  if (looksLikeAgenda(lines, 0, firstOther)) {
    const read = readAgenda(lines, 0, firstOther, warnings);
    agenda = read.meeting;
    explained += read.explained;
    meetings.push(agenda);
  } else if (minuteSpans.length === 0 && untitledMinutes(lines) && !readsAsPlan(plan, chooseHeadings(lines, 0, lines.length).length)) {
    minuteSpans = [{ start: 0, end: lines.length }];
  }
  let previousEnd = 0;
  for (const span of minuteSpans) {
    const read = readMinutes(lines, span.start, span.end);
    const pageAbove = { from: previousEnd, to: span.start };
    previousEnd = span.end;
    // "Minutes" over a paper's link on a meeting page beside its agenda: no date, no items, no second meeting. Nor is
    // an agenda's item "Minutes of the meeting held on 10 October 2023 (Pages 5 - 18)" when nothing of those minutes
    // follows it (no item, no one present or absent): it names the last meeting's record, which the pack does not hold.
    const recordsNothing = read.meeting.items.length === 0 && read.meeting.present.length === 0 && read.meeting.apologies.length === 0;
    if (agenda && (!read.meeting.date || recordsNothing)) continue;
    const above = read.meeting.date || read.meeting.items.length === 0 ? null : pageTitleDate(lines, pageAbove.from, pageAbove.to);
    if (above) {
      read.meeting.date = above;
      read.warnings = read.warnings.filter((w) => !w.startsWith('minutes: no meeting date'));
    }
    meetings.push(read.meeting);
    warnings.push(...read.warnings);
    explained += read.explained;
  }

  const taken: Span[] = [...minuteSpans, ...(agenda ? [{ start: 0, end: firstOther }] : [])];
  if (agenda) {
    for (const note of briefingNotes(lines, taken)) {
      const item = itemForSubject(agenda.items, note.subject);
      if (item) item.body = item.body ? `${item.body}\n\n${note.text}` : note.text;
    }
  }

  // Work-programme rows are read outside the minutes and the front sheet (all of it when neither is found: the
  // document's plan as already read).
  const outside = lines.map((l, i) => (taken.some((s) => i >= s.start && i < s.end) ? { ...l, text: '', blank: true } : l));
  // A programme that names no committee is the pack's: its front sheet says whose.
  const programme = parseWorkProgramme(outside, agenda?.committee ?? null);
  const decisions = taken.length === 0 ? plan() : parseForwardPlan(outside);
  const workProgramme = [...programme.items, ...decisions];
  explained += workProgramme.length;

  const kind = agenda ? 'agenda-pack' : minuteSpans.length > 0 ? 'minutes' : workProgramme.length > 0 ? 'work-programme' : 'minutes';
  return { kind, meetings, workProgramme, emptyPlanDates: programme.emptyDates, warnings, explained };
}
