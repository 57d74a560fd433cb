// A ModernGov meeting page saved as text ("Agenda", "Agenda and minutes",
// "Agenda, decisions and minutes", ieListDocuments.aspx; the older
// CeListDocuments "Meeting documents"). Its layout:
//   <Committee> - <Weekday>, <date> <time>[, CANCELLED]   (or broken before the date)
//   Venue: <place>. View directions
//   Contact: <officer>
//   No. Item                  (sometimes lost, split over two lines, or a pipe table)
// then per item: its number alone on a line ("12.", "3a", "77/21", "5.1") or
// before the title, the title (with "pdf icon PDF 82 KB" when a paper is
// attached), the agenda's words, "Additional documents:", "Decision:" and
// "Minutes:" followed by the minute text.
// Renderings without numbers or labels take a title from the paper mark, or
// from a title-shaped line after a wide gap that no list introduced. The pipe
// table rendering is read by moderngov-table.ts.
// A page whose items carry minute text is minutes; one without is an agenda.
import type { ParsedItem, ParsedMeeting } from '../../model.ts';
import { apologiesFromItemText, apologiesItemIndex, arrivalsIn, opensWithApologies, chairOfMinutes, presentNamedIn, readAttendance, withChairPresent, withPresent } from '../attendance.ts';
import { type ClassifiedLine, classifyLine } from '../line-kinds.ts';
import { findDates, findTimes } from '../dates.ts';
import { parsedMeeting } from '../parsed-meeting.ts';
import { confirmsRecord } from '../resolutions.ts';
import * as R from '../rules.ts';
import { readsAsSentences } from './heading-fallback.ts';
import { ExemptTracker, agendaExclusion, excludedItemsListed, exclusionWords, gapBefore, nextNonBlank, unminutedExclusion, withOwnBusinessSealed } from './items.ts';
import { renderLines } from '../normalise-text.ts';
import { type Draft, draftToItem, hasText, markedExempt, newDraft, takePartLabel, venueOf } from './moderngov-parts.ts';
import { hasInlinePartLabel, hasPartLabel, opensLabelledRow, opensNumberedRow, tableDrafts } from './moderngov-table.ts';

const HEAD_REACH = 60;
/** A full council's meeting names the council itself: "The Council" over its date. */
const FULL_COUNCIL = /^(?:the )?(?:full )?council$/i;

export interface PageStart {
  /** First line of the page's header. */
  start: number;
  /** First line of the item list (after "No. Item", or after the header when the head was lost). */
  body: number;
  table: boolean;
}

function isHeadLine(line: ClassifiedLine): boolean {
  return line.kinds.has('page-title') || line.kinds.has('meeting-heading') || line.kinds.has('contact-label') || (line.kinds.has('place-label') && /^venue\b/i.test(line.text));
}

/** Where a ModernGov meeting page starts and where its items begin, or null. */
export function findMeetingPage(lines: readonly ClassifiedLine[]): PageStart | null {
  const head: number[] = [];
  for (let i = 0; i < lines.length && head.length < HEAD_REACH; i++) if (!lines[i]!.blank) head.push(i);
  if (head.length === 0) return null;
  // "No. Item", or the head split over two lines.
  let itemsAt = head.find((i) => lines[i]!.kinds.has('table-head')) ?? -1;
  if (itemsAt < 0) {
    const split = head.findIndex((i, n) => R.TABLE_HEAD_NO.test(lines[i]!.text) && R.TABLE_HEAD_ITEM.test(lines[head[n + 1] ?? -1]?.text ?? ''));
    if (split >= 0) itemsAt = head[split + 1]!;
  }
  const before = head.filter((i) => itemsAt < 0 || i < itemsAt);
  const labelled = before.filter((i) => isHeadLine(lines[i]!)).length;
  if (itemsAt >= 0) {
    if (labelled === 0 && !before.some((i) => lines[i]!.kinds.has('council')) && !brokenHeading(lines, before)) return null;
    return { start: head[0]!, body: itemsAt + 1, table: lines[itemsAt]!.text.includes('|') || pipeRows(lines, itemsAt + 1) };
  }
  // No head: a page title and the page's own meeting heading ("Committee - Weekday, date time"), then the items.
  const titled = before.slice(0, 12).some((i) => lines[i]!.kinds.has('page-title'));
  // (A list's entry "- Approve minutes from last meeting – 3rd January" is no page's heading.)
  const headingAt = before.slice(0, 12).find((i) => lines[i]!.kinds.has('meeting-heading') && !lines[i]!.bullet);
  // A page saved from its heading on ("Council - Wednesday 24 July 2024 10.30 am" first, its title and "No. Item" lost).
  const first = lines[head[0]!]!;
  const headingFirst = headingAt === head[0] && first.meetingHeading?.time !== null && HEADING_ENDS_AT_TIME.test(first.text) && !first.heading && !first.kinds.has('attendance-label');
  if ((!titled && !headingFirst) || headingAt === undefined) return labelledRowsFrom(lines, head);
  let body = headingAt + 1;
  for (const i of before.slice(0, 16)) {
    // "Additional documents:" under a title is the items' template, not the page's head: the items have begun.
    if (i > headingAt && R.ADDITIONAL_DOCUMENTS.test(lines[i]!.text)) break;
    if (i > headingAt && (isHeadLine(lines[i]!) || lines[i]!.kinds.has('furniture') || /^note ?:/i.test(lines[i]!.text))) body = i + 1;
  }
  return { start: head[0]!, body, table: pipeRows(lines, body) };
}

/** ModernGov's heading ends at the meeting's time (and a ", NEW" or ", CANCELLED" note); a title that runs on past it is a document's. */
const HEADING_ENDS_AT_TIME = /\b(?:\d{1,2}[.:]\d{2} ?(?:[ap]\.?m\.?)?|\d{1,2} ?[ap]\.?m\.?|12 noon)(?:,? (?:NEW|CANCELLED|POSTPONED))?$/i;

/** Marks of ModernGov's item template a page without its head must show to be read as one. */
const HEADLESS_MARKS = 2;
/** A paper mark ends an item's title, never a paragraph: "Minutes pdf icon PDF 75 KB". */
const MARKED_TITLE_LENGTH = 250;

/**
 * A mark ModernGov's template puts on an item, as the item it marks: the title a paper follows, or the line of an
 * "Additional documents:" label. The same title marked again (a document viewer repeating its own title and size) is
 * one mark.
 */
function itemMark(line: ClassifiedLine): string | null {
  if (R.ADDITIONAL_DOCUMENTS.test(line.text)) return `line ${line.index}`;
  if (!line.kinds.has('attachment') || line.bullet || line.text.length > MARKED_TITLE_LENGTH) return null;
  const paper = R.ATTACHMENT_MARK.exec(line.text)!;
  return line.text.slice(0, paper.index).trim().toLowerCase();
}

/**
 * A ModernGov meeting page saved from its items on, its heading, venue and "No. Item" left behind (a page cut at an
 * item, an excerpt of its minutes): the template's marks still run down it, a paper after a title ("Minutes pdf icon
 * PDF 75 KB"), "Additional documents:" under one, and "No. Item" over the first. Two such marks make the text one meeting's items from its first
 * title on (text above it is the end of an item whose title was cut). Nothing in it names the meeting, so the reading
 * has no committee and no date.
 */
export function findHeadlessPage(lines: readonly ClassifiedLine[]): PageStart | null {
  let first = -1;
  const marks = new Set<string>();
  for (let i = 0; i < lines.length && marks.size < HEADLESS_MARKS; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    // "No. Item", the item table's own head, is the template's mark over the items, never one of them.
    if (line.kinds.has('table-head')) {
      marks.add('table head');
      continue;
    }
    if (first < 0 && !line.bullet && !line.kinds.has('furniture') && (line.kinds.has('title') || line.kinds.has('attachment'))) first = i;
    const mark = itemMark(line);
    if (mark !== null) marks.add(mark);
  }
  return first >= 0 && marks.size >= HEADLESS_MARKS ? { start: first, body: first, table: false } : null;
}

/** Rows in the first lines of a text that, with no head at all, says it is the item table. */
const LABELLED_ROWS_REACH = 12;
const LABELLED_ROWS = 2;
/** Rows of a note, closed by their bars, that may stand over the first labelled row. */
const LEADING_NOTE_ROWS = 2;

/**
 * The item table saved without its head or its bars ("Welcome Minutes: The Chair welcomed ...", "Apologies for
 * absence Decision: Apologies were received from ..."): from the text's first line, rows whose title (and the agenda's
 * words) run on one line into the row's part label. Two such rows near the top, or rows ended by their bars, are the
 * table; its first line opens it.
 */
function labelledRowsFrom(lines: readonly ClassifiedLine[], head: readonly number[]): PageStart | null {
  const first = head[0]!;
  // A note closed by its bar may stand over the rows ("At the start of the meeting, a minute's silence was observed ... |"),
  // and a row whose title runs into the agenda's sentence before its label ("Prayers The meeting will ... Minutes: ..."):
  // the table opens with them, the note no item of it (tableDrafts).
  const opens = head.slice(0, LEADING_NOTE_ROWS + 1).findIndex((i) => opensLabelledRow(lines, i, lines.length));
  if (opens < 0 || head.slice(0, opens).some((i) => !/\|$/.test(lines[i]!.text) && !hasPartLabel(lines[i]!.text))) return null;
  const rows = head.slice(0, LABELLED_ROWS_REACH).filter((i) => hasInlinePartLabel(lines[i]!.text)).length;
  return rows >= LABELLED_ROWS || pipeRows(lines, first) ? { start: first, body: first, table: true } : null;
}

/** "Planning Committee" / "Wednesday, 14th May, 2025 6.30 pm" just above the item table: the page's heading broken before its date. */
function brokenHeading(lines: readonly ClassifiedLine[], before: number[]): boolean {
  const last = before.slice(-3);
  return last.some((i, n) => {
    const line = lines[i]!;
    const previous = n > 0 ? lines[last[n - 1]!]! : null;
    return line.date?.index === 0 && line.time !== null && previous !== null && previous.kinds.has('title') && !previous.date && !/:/.test(previous.text);
  });
}

/**
 * The page's own attendance lines above the items: "Chair: Councillor Okafor", "Present: Councillors ...",
 * each label with the lines that carry its list on (never the venue, contact or heading lines around them).
 */
/** The lines between the items' head and the first item that open by giving apologies. */
function apologiesBeforeItems(lines: readonly ClassifiedLine[], from: number, first: Draft | undefined): ClassifiedLine[] {
  const firstLines = first ? [...first.description, ...first.decision, ...first.minutes] : [];
  const to = firstLines.length > 0 ? Math.min(...firstLines.map((l) => l.index)) : lines.length;
  return lines.slice(from, to).filter((l) => !l.blank && opensWithApologies(l.text));
}

function headerAttendance(lines: readonly ClassifiedLine[], from: number, to: number): ClassifiedLine[] {
  const out: ClassifiedLine[] = [];
  let open = false;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.label) {
      out.push(line);
      open = true;
    } else if (line.blank) continue;
    else if (open && !isHeadLine(line) && !line.date && !line.kinds.has('table-head') && !line.kinds.has('furniture') && !/:/.test(line.text)) out.push(line);
    else open = false;
  }
  return out;
}

/**
 * Rows ended by "|", rows opened by their number cell ("| 41. | ..."), or rows read as tab-separated cells (a pipe table opened and closed by "|"): the
 * pipe-table rendering, where a row's cells run on one line. A saved HTML page whose head alone is a
 * row prints each item's parts on lines of their own.
 */
function pipeRows(lines: readonly ClassifiedLine[], from: number): boolean {
  let rows = 0;
  let seen = 0;
  for (let i = from; i < lines.length && seen < 40; i++) {
    if (lines[i]!.blank) continue;
    seen++;
    if (/\|$/.test(lines[i]!.text) || opensNumberedRow(lines[i]!.text) || (lines[i]!.text.includes('\t') && seen <= 12)) rows++;
  }
  return rows >= 2;
}

interface PageHeader {
  committee: string | null;
  date: string | null;
  time: string | null;
  cancelled: boolean;
  council: string | null;
  place: string | null;
  contact: string | null;
}

function readPageHeader(lines: readonly ClassifiedLine[], from: number, to: number): PageHeader {
  const out: PageHeader = { committee: null, date: null, time: null, cancelled: false, council: null, place: null, contact: null };
  let previous: ClassifiedLine | null = null;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    const text = line.text;
    if (!out.date) {
      const heading = line.meetingHeading;
      if (heading) {
        Object.assign(out, { committee: heading.committee, date: heading.date, time: heading.time, cancelled: heading.cancelled });
      } else if (line.date && line.date.index === 0 && previous && !previous.kinds.has('page-title') && !/:/.test(previous.text) && (!previous.kinds.has('council') || FULL_COUNCIL.test(previous.text))) {
        // The heading broken before the date: "Scrutiny Board (Housing)" / "Wednesday, 31st July, 2019 10.30 am".
        const rest = text.slice(line.date.text.length);
        Object.assign(out, { committee: previous.text, date: line.date.date, time: findTimes(rest)[0]?.time ?? null, cancelled: /\b(?:cancelled|postponed)\b/i.test(rest) });
      }
    }
    const windowTitle = out.date ? null : R.WINDOW_TITLE.exec(text);
    if (windowTitle && line.date && line.date.index >= windowTitle[0].length) {
      // The page's window title kept above a page whose heading was lost.
      const rest = text.slice(line.date.index + line.date.text.length);
      Object.assign(out, { committee: windowTitle[1]!.trim(), date: line.date.date, time: findTimes(rest)[0]?.time ?? null, cancelled: /\b(?:cancelled|postponed)\b/i.test(rest) });
    }
    if (line.kinds.has('place-label') && !out.place) {
      // "Place:" with the place on the next line.
      out.place = venueOf(line.value || (lines[nextNonBlank(lines, i + 1, to)]?.text ?? ''));
    }
    if (line.kinds.has('contact-label') && !out.contact && line.value) out.contact = line.value;
    if (line.kinds.has('council')) out.council = text;
    previous = line;
  }
  return out;
}

/**
 * The meeting as the page's own papers name it ("Printed minutes 26th-Mar-2024 14.00 Cabinet pdf icon PDF 180 KB"):
 * a page saved without its heading still lists them below the items. A date printed in an item ("Minutes of the
 * previous meeting: 27 February 2024") is never the meeting's.
 */
function meetingFromPapers(lines: readonly ClassifiedLine[], from: number): { date: string; time: string | null; committee: string | null } | null {
  for (let i = from; i < lines.length; i++) {
    const text = lines[i]!.text;
    const name = R.MEETING_PAPER_NAME.exec(text);
    if (!name) continue;
    const date = findDates(text.slice(name[0].length))[0];
    if (!date || date.index !== 0) continue;
    let rest = text.slice(name[0].length + date.text.length);
    const clock = R.PAPER_TIME.exec(rest);
    if (clock) rest = rest.slice(clock[0].length);
    const paper = R.ATTACHMENT_MARK.exec(rest);
    const committee = (paper ? rest.slice(0, paper.index) : rest).trim();
    return { date: date.date, time: clock ? `${clock[1]!.padStart(2, '0')}:${clock[2]}` : null, committee: committee || null };
  }
  return null;
}

/** Where the page's list of its own papers begins (with its "Documents" heading): no item and no minute. */
function papersStart(lines: readonly ClassifiedLine[], from: number): number {
  for (let i = from; i < lines.length; i++) {
    if (!R.MEETING_PAPER_NAME.test(lines[i]!.text)) continue;
    let k = i - 1;
    while (k >= from && lines[k]!.blank) k--;
    return k >= from && R.PAPERS_HEADING.test(lines[k]!.text) ? k : i;
  }
  return lines.length;
}

function itemNumberLine(line: ClassifiedLine): { number: string; base: number; alt: number | null; sub: string; title: string | null } | null {
  if (line.itemNumber) return { number: line.itemNumber.number, base: line.itemNumber.base, alt: line.itemNumber.alt, sub: line.itemNumber.sub, title: null };
  if (line.heading) return { number: line.heading.number, base: line.heading.base, alt: line.heading.alt, sub: line.heading.sub, title: line.heading.title + (line.heading.rest ? `. ${line.heading.rest}` : '') };
  // A saved HTML table: "7.<tab>Annual Audit Letter".
  if (line.kinds.has('table-row')) {
    const [first, ...rest] = line.text.split('\t');
    const cell = classifyLine({ ...line, text: first!.trim() }, line.index);
    const title = rest.join(' ').trim();
    if (cell.itemNumber) return { number: cell.itemNumber.number, base: cell.itemNumber.base, alt: cell.itemNumber.alt, sub: cell.itemNumber.sub, title: title || null };
  }
  return null;
}

/** A paragraph number inside a minute ("8.1" alone) is no item: an item's number is followed by its title and its parts. */
function startsItem(lines: readonly ClassifiedLine[], at: number, state: Draft['state'] | null, to: number): boolean {
  const line = lines[at]!;
  const sub = line.itemNumber?.style === 'sub' || line.heading?.style === 'sub';
  if (!sub) return true;
  if (state === 'minutes' || state === 'decision') {
    // Within a minute, "5.2" starts an item only when an item's parts follow its title.
    for (let k = at + 1, seen = 0; k < to && seen < 4; k++) {
      const l = lines[k]!;
      if (l.blank) continue;
      seen++;
      if (seen > 1 && (l.itemNumber || l.heading)) return false;
      if (l.kinds.has('minutes-part') || l.kinds.has('decision-part') || /^additional documents/i.test(l.text)) return true;
      if (l.kinds.has('attachment') && seen === 1) return true;
    }
    return false;
  }
  return true;
}

/**
 * A paragraph number printed alone with its text on the next line ("7.1" / "the premium ..."):
 * one line again, so a numbered clause or paragraph reads whole.
 */
function joinParagraphNumbers(lines: readonly ClassifiedLine[], from: number, to: number): ClassifiedLine[] {
  const out = lines.slice(0, to);
  for (let k = from; k < to; k++) {
    const line = out[k]!;
    if (line.blank || !R.PARAGRAPH_NUMBER_ALONE.test(line.text)) continue;
    const n = nextNonBlank(out, k + 1, Math.min(to, k + 4));
    const next = out[n];
    if (!next || next.itemNumber || next.heading || next.kinds.has('minutes-part') || next.kinds.has('decision-part') || next.kinds.has('attachment')) continue;
    out[k] = classifyLine({ ...line, text: `${line.text} ${next.text}` }, line.index);
    for (let j = k + 1; j <= n; j++) out[j] = { ...out[j]!, text: '', blank: true, kinds: new Set(['blank']) };
    k = n;
  }
  return out;
}

/** "To receive any apologies ...": the agenda's instruction, the words under an item's title, never a minute's. */
const AGENDA_INSTRUCTION = /^To (?:receive|consider|note|approve|agree|confirm|review|determine|authorise|appoint|elect)\b/;

/** Blank lines a title needs above it to start an item on an unnumbered page, unless its papers' titles say fewer. */
const TITLE_GAP = 2;

/**
 * The gap this page leaves above an item's title: the narrowest above its titles that carry a paper mark (a title by
 * the template's own mark), but never more than TITLE_GAP. A page that leaves one blank line between items leaves one
 * above every title, so a title-shaped line after one blank line starts an item there.
 */
function titleGap(lines: readonly ClassifiedLine[], from: number, to: number): number {
  let gap = TITLE_GAP;
  for (let k = from; k < to; k++) if (lines[k]!.kinds.has('attachment') && !lines[k]!.bullet && k > from) gap = Math.min(gap, Math.max(1, gapBefore(lines, k)));
  return gap;
}

/**
 * A title-shaped line starts an item after the page's gap. Where that gap is narrower than TITLE_GAP, the agenda's words
 * stand under their title after the same gap, so there a line closed by a full stop is those words, not a title.
 */
function opensAfterGap(lines: readonly ClassifiedLine[], k: number, gap: number): boolean {
  // "(At 6.34 pm, during this item, Councillor Castell entered the meeting.)": a note in brackets, whole, is no title; nor is
  // a list of names ("Councillors R Amadi, Brennan and Farrant."), an apologies item's minute.
  const text = lines[k]!.text;
  if (gapBefore(lines, k) < gap || /^\(.*\)$/.test(text) || (R.PLURAL_TITLE.test(text) && /,| and /.test(text))) return false;
  return gap >= TITLE_GAP || !/\.$/.test(text);
}

/**
 * "Reason for decision – as specified in the report.", "Other options considered – none.": the parts an executive's
 * record of decision prints beside the decision, never an item's title however far they stand from the text above.
 */
function followsDecision(line: ClassifiedLine): boolean {
  return line.kinds.has('decision-field') && (R.RECORD_TRAILER_HEADING.test(line.text) || R.RECORD_TRAILER_LINE.test(line.text));
}

function lineDrafts(all: readonly ClassifiedLine[], from: number, to: number, numbered: boolean): { drafts: Draft[]; closingTime: string | null } {
  const lines = joinParagraphNumbers(all, from, to);
  const gap = numbered ? TITLE_GAP : titleGap(lines, from, to);
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  let privateSection = false;
  let lastBase: number | null = null;
  let lastAlt: number | null = null;
  let lastSub = '';
  let afterIntro = false;
  // Pages print an item's number alone on its line, or joined to its title: a numbered line of the other shape inside a minute is its text.
  let joined: boolean | null = null;
  // On a numbered page, the lines between the items' head and the first number (an unnumbered item, perhaps).
  const beforeNumbers: ClassifiedLine[] = [];
  for (let k = from; k < to; k++) {
    const line = lines[k]!;
    if (line.blank) {
      if (current) current[current.state].push(line);
      else if (numbered && drafts.length === 0) beforeNumbers.push(line);
      continue;
    }
    const text = line.text;
    if (line.section && !line.itemNumber) {
      privateSection = line.section === 'private';
      current = null;
      continue;
    }
    if (!current && R.NO_APOLOGIES.test(text)) continue;
    if (line.kinds.has('closing') && line.closingTime) return { drafts, closingTime: line.closingTime };
    // A number inside minute text ("1." before a clause) is not an item: item numbers go up.
    const n = numbered ? itemNumberLine(line) : null;
    // "C 08/042", "C 08/043": a reference's year stays and its running number goes up.
    const altUp = n !== null && n.base === lastBase && n.alt !== null && lastAlt !== null && n.alt > lastAlt && n.alt - lastAlt <= 40;
    const goesUp = n !== null && (lastBase === null || n.base > lastBase || altUp || (n.base === lastBase && n.sub !== '' && n.sub !== lastSub)) && (lastBase === null || n.base - lastBase <= 40);
    const shapeFits = joined === null || joined === (n?.title != null) || (current?.state ?? 'description') === 'description';
    const numberedStart = goesUp && shapeFits && startsItem(lines, k, current?.state ?? null, to);
    const unnumberedStart =
      !numbered &&
      !line.bullet &&
      !line.clause &&
      !line.kinds.has('person') &&
      !line.kinds.has('furniture') &&
      !line.kinds.has('decision-label') &&
      !(line.label && line.label.rest) &&
      !line.kinds.has('minutes-part') &&
      !line.kinds.has('decision-part') &&
      !followsDecision(line) &&
      // "... declared the following interests in their capacity as ...:-": a stem closed by a colon and dash introduces a list.
      !/:[-–]$/.test(text) &&
      (line.kinds.has('attachment') || (line.kinds.has('title') && !afterIntro && (current === null || opensAfterGap(lines, k, gap)) && !isPersonWithRole(text)));
    // "The following were noted:" introduces lines that are no titles; "Additional documents:", the item's part label, does not.
    afterIntro = /:[-–]?$/.test(text) && !line.kinds.has('furniture');
    // An item whose title (a link) was lost still opens with its agenda's words: on an unnumbered page, "To receive ..."
    // begins an item, untitled, at the top of the items or after the page's gap once the item being read has words of
    // its own (under a title, the same words are that item's).
    const untitledStart =
      !numbered &&
      !unnumberedStart &&
      AGENDA_INSTRUCTION.test(text) &&
      (current === null ? drafts.length === 0 : (hasText(current.minutes) || hasText(current.description)) && gapBefore(lines, k) >= gap);
    if (untitledStart) {
      current = newDraft(null, '', 'minutes', privateSection);
      drafts.push(current);
      current.description.push(line);
      continue;
    }
    if (numberedStart || unnumberedStart) {
      const leading = numberedStart && drafts.length === 0 ? unnumberedLeadingItem(beforeNumbers, privateSection) : null;
      if (leading) drafts.push(leading);
      let title = unnumberedStart ? text : (n?.title ?? '');
      if (numberedStart) {
        joined ??= n!.title !== null;
        lastBase = n!.base;
        lastAlt = n!.alt;
        lastSub = n!.sub;
        if (n!.title === null) {
          // The title is the next line when the number stands alone.
          const t = nextNonBlank(lines, k + 1, to);
          const next = lines[t];
          if (next && !next.kinds.has('minutes-part') && !next.kinds.has('decision-part') && !next.itemNumber) {
            title = next.text;
            k = t;
          }
        }
      }
      // Without labels the agenda's words and the minute cannot be told apart: all of it is read as the minute.
      current = newDraft(numberedStart ? n!.number : null, title, numbered ? 'description' : 'minutes', privateSection);
      drafts.push(current);
      continue;
    }
    if (!current) {
      if (numbered && drafts.length === 0) beforeNumbers.push(line);
      // A page whose first item lost its title with its link ("Apologies for absence were received from ..." straight
      // under the table's head): its minute is still the first item's, untitled, not text of no item.
      if (numbered || drafts.length > 0 || !(line.kinds.has('attendance-label') || RECORDED.test(text))) continue;
      current = newDraft(null, '', 'minutes', privateSection);
      drafts.push(current);
    }
    current.lines++;
    if (takePartLabel(current, line, (t) => classifyLine({ ...line, text: t }, line.index))) continue;
    if (line.kinds.has('furniture') || R.PARAGRAPH_NUMBER_ALONE.test(text)) {
      // "View the reasons why item 88 is restricted": the page's link, kept as the agenda's words the item's mark.
      if (R.EXEMPT_ITEM_MARK.test(text)) current.description.push(line);
      continue;
    }
    current[!numbered && line.kinds.has('author') ? 'description' : current.state].push(line);
  }
  return { drafts, closingTime: null };
}

/**
 * The item a numbered page prints before its first number ("PRESENTATIONS" over what was presented; the chair appointed
 * for the meeting, "RESOLVED – That ..."): business taken before the numbered agenda, an item without a number. It is one
 * when its first line is a title standing alone over paragraphs, or when its lines record a decision (its title lost);
 * the attendance, notes and links that pages print there are neither.
 */
function unnumberedLeadingItem(lines: readonly ClassifiedLine[], isPrivate: boolean): Draft | null {
  const shown = lines.filter((l) => !l.blank);
  if (isPrivate || shown.length < 2 || shown.some((l) => l.kinds.has('exclusion') || l.section !== null)) return null;
  const [first, second] = shown as [ClassifiedLine, ClassifiedLine];
  const titled =
    first.kinds.has('title') && /^[A-Z]/.test(first.text) && !first.label && !first.kinds.has('furniture') && !first.kinds.has('attendance-label') && !first.kinds.has('person') && !/[.:;,]$/.test(first.text) && readsAsSentences(second.text) && !second.label;
  if (!titled && !shown.some((l) => l.kinds.has('decision-label'))) return null;
  const draft = newDraft(null, titled ? first.text : '', 'minutes', false);
  draft.minutes.push(...(titled ? lines.slice(lines.indexOf(first) + 1) : lines));
  return draft;
}

/** "Mara Shepley - Chief Executive": an invited person under a title, not a title. */
function isPersonWithRole(text: string): boolean {
  return /^[A-Z][a-z'-]{1,20} [A-Z][\w'-]{1,25} [-–] [A-Z]/.test(text) && /\b(?:leader|chief|director|officer|manager|head|member|executive|chair|clerk|lead|portfolio|cabinet)\b/i.test(text);
}

/** Does the page's first item read with numbers? The numbers lead the list, or recur. */
function isNumbered(lines: readonly ClassifiedLine[], from: number, to: number): boolean {
  let first: ClassifiedLine | null = null;
  let count = 0;
  for (let i = from; i < to; i++) {
    const l = lines[i]!;
    if (l.blank || l.section || l.kinds.has('furniture')) continue;
    first ??= l;
    if (itemNumberLine(l) && !l.kinds.has('paragraph-number')) count++;
  }
  return (first !== null && itemNumberLine(first) !== null) || count >= 2;
}

/**
 * Items printed with no part label at all, of which most (two, or the only one) record a decision: a line opening with a
 * decision's label other than "RECOMMENDED" (an agenda's recommendation), or the last meeting's minutes agreed as a correct
 * record. An agenda's words say what is to be done ("To confirm the minutes ..."), never that it was.
 */
/** No item kept a part label: every title's words stand as printed under it. */
function labelsDropped(drafts: readonly Draft[]): boolean {
  return drafts.length > 0 && drafts.every((d) => d.state === 'description' && !hasText(d.minutes) && !hasText(d.decision));
}

function recordsWithoutLabels(drafts: readonly Draft[]): boolean {
  if (!labelsDropped(drafts)) return false;
  // "It was moved by X, seconded by Y and" over the decision whose label the rendering dropped: a motion put, as only minutes say.
  const records = (l: ClassifiedLine) => !l.blank && ((l.kinds.has('decision-label') && !/^recommend/i.test(l.text)) || confirmsRecord(l.text) || l.kinds.has('motion'));
  return drafts.filter((d) => d.description.some(records)).length >= Math.min(2, drafts.length) || drafts.some((d) => d.description.some(confirmedInPast));
}

/**
 * "The minutes of the meeting held on 2 February were approved as a correct record.": the record confirmed, told in the
 * past tense. An agenda asks for it ("To confirm ...", "That the minutes ... be confirmed"); only minutes say it was done.
 */
function confirmedInPast(line: ClassifiedLine): boolean {
  return !line.blank && /\b(?:was|were)\b/i.test(line.text) && confirmsRecord(line.text);
}

/** What a minute says and an agenda does not: what was done, in the past tense, or a decision. */
const RECORDED = /\b(?:resolved|agreed|noted|was|were|received|considered|declared|approved|appointed|elected|notes|agrees|approves)\b/i;

/**
 * ModernGov titles a page "Agenda and minutes" ("draft minutes", "decisions") only once the meeting's record is published:
 * such a page is the record, though its rendering dropped every part label and only one minute prints a decision's label.
 */
function titledMinutes(lines: readonly ClassifiedLine[], page: PageStart): boolean {
  for (let i = page.start; i < page.body; i++) if (lines[i]!.kinds.has('page-title') && R.RECORD_PAGE_TITLE.test(lines[i]!.text)) return true;
  return false;
}

export interface PageReading {
  meeting: ParsedMeeting;
  explained: number;
  warnings: string[];
}

/** `recordsMinutes`: the caller has seen the text record business, so its unlabelled words are minutes, not an agenda's. */
export function readMeetingPage(lines: readonly ClassifiedLine[], page: PageStart, recordsMinutes = false): PageReading {
  const warnings: string[] = [];
  const header = readPageHeader(lines, page.start, page.body);
  if (!header.date) {
    const papers = meetingFromPapers(lines, page.body);
    if (papers) Object.assign(header, { date: papers.date, time: header.time ?? papers.time, committee: header.committee ?? papers.committee });
  }
  const numbered = !page.table && isNumbered(lines, page.body, lines.length);
  const end = papersStart(lines, page.body);
  const { drafts, closingTime } = page.table
    ? { drafts: tableDrafts(lines, page.body, end), closingTime: null }
    : lineDrafts(lines, page.body, end, numbered);
  // A numbered page whose rendering dropped every part label ("Minutes:", "Decision:"): the words under each title are the
  // agenda's and the minute's together, read as the minute when the items record decisions, as an unnumbered page's are.
  // ... and so they are when the caller has seen the text record business (minutes cut from their middle).
  if (numbered && !page.table && (recordsMinutes ? labelsDropped(drafts) : recordsWithoutLabels(drafts))) {
    for (const d of drafts) {
      d.minutes = d.description;
      d.description = [];
      d.state = 'minutes';
    }
  }
  const labelled = numbered || page.table || drafts.some((d) => hasText(d.decision)) || drafts.some((d) => d.state !== 'minutes');
  // The older "Meeting documents" page heads its table "ItemDescriptionResolution": the words under a title are its minute.
  const resolutionColumn = R.RESOLUTION_COLUMN_HEAD.test(lines[page.body - 1]?.text ?? '');
  if (resolutionColumn) {
    for (const d of drafts) {
      if (hasText(d.minutes) || hasText(d.decision)) continue;
      d.minutes = d.description;
      d.description = [];
    }
  }
  const minutes = recordsMinutes || titledMinutes(lines, page) || (resolutionColumn ? drafts.some((d) => hasText(d.minutes)) : labelled
    ? drafts.some((d) => hasText(d.minutes) || hasText(d.decision))
    : drafts.filter((d) => d.minutes.some((l) => !l.blank && (RECORDED.test(l.text) || l.kinds.has('present-tense-decision') || l.kinds.has('decision-label')))).length >=
        Math.min(2, drafts.length) || drafts.some((d) => d.minutes.some(confirmedInPast)));

  const exempt = new ExemptTracker();
  const items: ParsedItem[] = [];
  // The page accounts for its lines from its head to its end.
  let explained = 0;
  for (let i = page.start; i < lines.length; i++) if (!lines[i]!.blank) explained++;
  for (const d of drafts) {
    // On an agenda the minute parts are empty and nothing is excluded yet.
    if (!minutes) {
      d.description.push(...d.minutes);
      d.minutes = [];
      d.state = 'description';
    }
    const isPrivate = d.private || exempt.isExcluded(d.number) || markedExempt(d);
    const { item, excludesPublic } = draftToItem(d, header.date, isPrivate);
    items.push(withOwnBusinessSealed(item));
    if (minutes && excludesPublic) exempt.noteExclusion(exclusionWords(item, [...d.minutes, ...d.decision]), excludedItemsListed([...d.minutes, ...d.decision], d.number));
    // Before the meeting, the agenda's exclusion item says which items will be taken in private; in the minutes, so
    // does an exclusion item whose minute neither resolved it nor kept the business public.
    const excluding = item.private || (minutes && excludesPublic)
      ? null
      : minutes
        ? unminutedExclusion(item.title, renderLines(d.description), renderLines([...d.minutes, ...d.decision]), items.length - 1)
        : agendaExclusion(item.title, item.body, items.length - 1);
    if (excluding) exempt.noteExclusion(excluding);
  }
  const minuteOf = (d: Draft) => (hasText(d.minutes) ? d.minutes : d.decision);
  // Schedule 12A: an exempt item's minute is read for nothing, not even who sent apologies or who came in.
  const publicDrafts = drafts.filter((_, k) => !items[k]!.private);
  const apologiesItem = minutes ? publicDrafts[apologiesItemIndex(publicDrafts.map((d) => d.title), (k) => minuteOf(publicDrafts[k]!))] : undefined;
  const attendance = readAttendance(headerAttendance(lines, page.start, page.body));
  let apologies = attendance.apologies;
  if (apologies.length === 0 && apologiesItem) apologies = apologiesFromItemText(minuteOf(apologiesItem));
  // "An apology of absence was received from ..." above the first item: the minute of an apologies item whose title the page lost.
  // The untitled first item read from that minute is no title's item: the apologies are above the first titled one.
  if (apologies.length === 0 && !apologiesItem && minutes) apologies = apologiesFromItemText(apologiesBeforeItems(lines, page.body, drafts.find((d) => d.title !== '')));
  // Substitutes and late arrivals are named in the apologies item or in an item of their own ("Substitute Councillors").
  const attendanceItems = minutes ? publicDrafts.filter((d) => d === apologiesItem || /\bapolog|\bsubstitut/i.test(d.title)) : [];
  for (const d of attendanceItems) for (const name of presentNamedIn([...d.minutes, ...d.decision])) withPresent(attendance.present, name);
  // "(At 6.34pm Councillor X entered the meeting.)" in any item's minute: X was there.
  if (minutes) for (const name of arrivalsIn(publicDrafts.flatMap((d) => d.minutes))) withPresent(attendance.present, name);
  let chair = attendance.chair;
  if (!chair && minutes) {
    chair = chairOfMinutes(publicDrafts.map((d) => ({ title: d.title, lines: [...d.minutes, ...d.decision] })));
    if (chair) chair = withChairPresent(attendance.present, chair);
  }
  if (items.length === 0) warnings.push('meeting page: no items found');
  if (!header.date) warnings.push('meeting page: no meeting date found in the heading');
  const meeting = parsedMeeting({
    committee: header.committee,
    council: header.council,
    date: header.date,
    time: header.time,
    place: header.place,
    kind: minutes ? 'minutes' : 'agenda',
    status: header.cancelled ? 'cancelled' : null,
    chair,
    present: attendance.present,
    apologies,
    closingTime,
    items,
    contact: header.contact,
  });
  return { meeting, explained, warnings };
}

