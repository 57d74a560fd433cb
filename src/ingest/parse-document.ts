// One document's text -> ParsedDocument. A file may hold several documents
// (an agenda pack: front sheet, the last meeting's minutes, briefing notes,
// a work programme appendix); each part is found by how it begins:
//  - minutes: a "Minutes of ..." title followed soon by a date or "Present";
//    they run to "(Meeting closed at ...)" or the next document;
//  - an agenda front sheet: the part before anything else, when it has a
//    date/place label and numbered items;
//  - briefing notes: "Briefing note" with a "Subject:" line; their text is
//    added to the body of the agenda item whose title their subject names;
//  - work programmes: a "Work Programme 2017/18" heading and its rows, each
//    row with the programme's committee (or the pack's);
//  - a ModernGov agenda-item page: "Agenda item" as its first line;
//  - a ModernGov meeting page ("Agenda and minutes"): a "No. Item" table head;
//  - a ModernGov issue page ("Issue - meetings"): one meeting per "Meeting: <date> - <committee>".
// Never throws: a text that is none of these gives no meetings, no rows and a warning.
import type { ParsedDocument, ParsedItem, ParsedMeeting } from '../model.ts';
import { looksLikeAgenda, parseAgenda } from './agenda.ts';
import { findDates } from './dates.ts';
import { findItemPageStart, parseItemPage } from './item-page.ts';
import { findIssuePageStart, parseIssuePage } from './moderngov-issue-page.ts';
import { findModernGovPageStart, parseModernGovPage } from './moderngov-page.ts';
import { MINUTES_TITLE, committeeFromTitle, isClosingLine, isCouncilLine, parseMinutes } from './minutes.ts';
import { type Line, documentLines, renderLines } from './normalise-text.ts';
import { parseWorkProgramme } from './work-programme.ts';

export const NOT_A_COUNCIL_DOCUMENT_WARNING = 'not a council document (no meeting, agenda or work programme found)';

/** Nothing was found: the ingest command reports the file as not a council document. */
export function isEmptyParse(doc: ParsedDocument): boolean {
  return doc.meetings.length === 0 && doc.workProgramme.length === 0;
}

const BRIEFING = /^(?:briefing\s+note|briefing\s+paper|report\s+to|public\s+report)$/i;
const SUBJECT = /^(?:subject|title|report\s+title)\s*:\s*(.+)$/i;

function isMinutesTitle(lines: Line[], i: number): boolean {
  const line = lines[i]!;
  if (line.blank || line.bullet || line.text.length > 200 || !MINUTES_TITLE.test(line.text)) return false;
  // A title may end with its start time ("... at 7.00 p.m."); any other closing stop makes it a sentence.
  const stopped = /;$/.test(line.text) || (/\.$/.test(line.text) && !/\b[ap]\.m\.$/i.test(line.text));
  if (stopped || /\b(?:were|was)\b/i.test(line.text)) return false;
  if (/^minutes\s*:/i.test(line.text)) return false;
  const ahead = lines
    .slice(i, i + 10)
    .filter((l) => !l.blank)
    .map((l) => l.text);
  return ahead.some((t, n) => (n <= 4 && findDates(t).length > 0) || /^present\b/i.test(t));
}

/** "Minutes" or "Minutes of the meeting held on ...": the committee is named on the line above. */
function namesNoCommittee(title: string): boolean {
  return /^minutes$/i.test(title) || committeeFromTitle(title) === '';
}

function isCommitteeLine(text: string): boolean {
  return text.length <= 120 && !/[.;:,]$/.test(text) && !/^agenda\s+item\b/i.test(text) && !isClosingLine({ text, emphasis: false, bullet: false, indent: 0, blank: false });
}

interface Span {
  start: number;
  end: number;
}

function findMinutes(lines: Line[]): Span[] {
  const starts: number[] = [];
  for (let i = 0; i < lines.length; i++) if (isMinutesTitle(lines, i)) starts.push(i);
  return starts.map((title, n) => {
    // The council's name (and the committee, when the title is just "Minutes") sits just above.
    let start = title;
    for (let k = title - 1, seen = 0; k >= 0 && seen < 2; k--) {
      if (lines[k]!.blank) continue;
      if (isCouncilLine(lines[k]!.text) || (seen === 0 && namesNoCommittee(lines[title]!.text) && isCommitteeLine(lines[k]!.text))) start = k;
      else break;
      seen++;
    }
    const limit = starts[n + 1] ?? lines.length;
    let end = limit;
    for (let k = title + 1; k < limit; k++) {
      if (isClosingLine(lines[k]!)) {
        end = k + 1;
        break;
      }
      // Minutes without a closing line end where the next paper of a pack begins.
      if (!lines[k]!.blank && BRIEFING.test(lines[k]!.text)) {
        end = k;
        break;
      }
    }
    return { start, end };
  });
}

function briefingNotes(lines: Line[], taken: Span[]): { subject: string; text: string }[] {
  const inside = (i: number) => taken.some((s) => i >= s.start && i < s.end);
  const starts: number[] = [];
  lines.forEach((l, i) => {
    if (!l.blank && !inside(i) && BRIEFING.test(l.text)) starts.push(i);
  });
  return starts.flatMap((start, n) => {
    let end = starts[n + 1] ?? lines.length;
    for (const s of taken) if (s.start > start && s.start < end) end = s.start;
    const part = lines.slice(start, end);
    // The note ends where its appendix (often the work programme itself) begins.
    const appendix = part.findIndex((l, k) => k > 0 && /^appendix\s+\w+$/i.test(l.text));
    const body = appendix > 0 ? part.slice(0, appendix) : part;
    const subject = body.map((l) => SUBJECT.exec(l.text)?.[1]).find((s) => s !== undefined);
    return subject ? [{ subject, text: renderLines(body) }] : [];
  });
}

function words(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/[^a-z0-9\s]+/g, ' ')
    .split(/\s+/)
    .filter((w) => w.length > 2 && !['the', 'and', 'for', 'report', 'update', 'note', 'briefing'].includes(w));
}

/** The agenda item a briefing note's subject names: all of the item title's words appear in it. */
function itemForSubject(items: ParsedItem[], subject: string): ParsedItem | undefined {
  const subjectWords = new Set(words(subject));
  const scored = items
    .map((item) => {
      const titleWords = words(item.title);
      const hits = titleWords.filter((w) => subjectWords.has(w)).length;
      return { item, score: titleWords.length > 0 && hits === titleWords.length ? hits : 0 };
    })
    .filter((s) => s.score > 0)
    .sort((a, b) => b.score - a.score);
  return scored[0]?.item;
}

function emptyDocument(warning: string): ParsedDocument {
  return { kind: 'minutes', meetings: [], workProgramme: [], warnings: [warning] };
}

/** What a document says: meetings (minutes, agenda, item page) and work-programme rows. */
export function parseDocument(text: string, name?: string): ParsedDocument {
  try {
    return parseUnsafe(typeof text === 'string' ? text : String(text ?? ''), name);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return emptyDocument(`the parser could not read this text (${message.split('\n')[0]}); ${NOT_A_COUNCIL_DOCUMENT_WARNING}`);
  }
}

function parseUnsafe(text: string, _name?: string): ParsedDocument {
  const lines = documentLines(text);
  const warnings: string[] = [];

  // A meeting page without items is read by the other readers (its warnings are kept).
  const meetingPage = findModernGovPageStart(lines);
  if (meetingPage >= 0) {
    const meeting = parseModernGovPage(lines, meetingPage, warnings);
    if (meeting.items.length > 0) {
      return { kind: meeting.kind === 'agenda' ? 'agenda-pack' : 'minutes', meetings: [meeting], workProgramme: [], warnings };
    }
  }

  const issueStart = findIssuePageStart(lines);
  if (issueStart >= 0) {
    const issueMeetings = parseIssuePage(lines, issueStart);
    const kind = issueMeetings.some((m) => m.kind === 'minutes') ? 'minutes' : 'agenda-pack';
    return { kind, meetings: issueMeetings, workProgramme: [], warnings };
  }

  const pageStart = findItemPageStart(lines);
  if (pageStart >= 0) {
    const meeting = parseItemPage(lines, pageStart);
    return { kind: 'item-page', meetings: [meeting], workProgramme: [], warnings };
  }

  const minuteSpans = findMinutes(lines);
  const meetings: ParsedMeeting[] = [];
  let agenda: ParsedMeeting | null = null;

  // The first briefing note, found by a loop: a spread over every line overflows the stack on a long text.
  const firstBriefing = lines.findIndex((l) => !l.blank && BRIEFING.test(l.text));
  const firstOther = Math.min(minuteSpans[0]?.start ?? lines.length, firstBriefing < 0 ? lines.length : firstBriefing);
  const front = lines.slice(0, firstOther);
  if (looksLikeAgenda(front)) {
    agenda = parseAgenda(front, warnings);
    meetings.push(agenda);
  }
  for (const span of minuteSpans) meetings.push(parseMinutes(lines.slice(span.start, span.end), warnings));

  const taken: Span[] = [...minuteSpans, ...(agenda ? [{ start: 0, end: firstOther }] : [])];
  if (agenda) {
    for (const note of briefingNotes(lines, taken)) {
      const item = itemForSubject(agenda.items, note.subject);
      if (item) item.body = item.body ? `${item.body}\n\n${note.text}` : note.text;
    }
  }

  // Work-programme rows are read outside the minutes and the front sheet.
  const outside = lines.map((l, i) =>
    taken.some((s) => i >= s.start && i < s.end) ? { text: '', emphasis: false, bullet: false, indent: 0, blank: true } : l,
  );
  // A programme that names no committee is the pack's: its front sheet says whose.
  const workProgramme = parseWorkProgramme(outside, agenda?.committee ?? null);

  const kind = agenda ? 'agenda-pack' : minuteSpans.length > 0 ? 'minutes' : workProgramme.length > 0 ? 'work-programme' : 'minutes';
  const doc: ParsedDocument = { kind, meetings, workProgramme, warnings };
  if (isEmptyParse(doc)) doc.warnings.push(NOT_A_COUNCIL_DOCUMENT_WARNING);
  return doc;
}
