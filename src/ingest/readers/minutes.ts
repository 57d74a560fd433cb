// Minutes as councils print them (PDF, Word, printed web minutes, parish
// pages): a header (council, a title that names the committee, date, time and
// place), the attendance, numbered items (headings chosen in headings.ts)
// with their minutes, business sections, and the closing time.
//
// A state machine over the classified lines: header -> attendance -> items ->
// closed. The header ends at the first attendance label or item heading; the
// attendance at the first item heading; items at the closing line.
import type { Apology, ParsedItem, ParsedMeeting } from '../../model.ts';
import { apologiesFromItemText, apologiesInTitle, apologiesItemIndex, arrivalsIn, chairNamedIn, isAttendanceItemTitle, namesOfficeHolder, presentNamedIn, readAttendance, withChairPresent, withPresent } from '../attendance.ts';
import { findDates, findTimes, timeAfterDate } from '../dates.ts';
import { type ClassifiedLine, bodyBeforeMinutes, classifyLine } from '../line-kinds.ts';
import { parsedMeeting } from '../parsed-meeting.ts';
import { confirmsRecord } from '../resolutions.ts';
import * as R from '../rules.ts';
import { trimEnd } from '../text-edges.ts';
import { committeeName } from '../work-programme-committee.ts';
import { type ChosenHeading, chooseAnyHeadings } from './headings.ts';
import { fallbackHeadings } from './heading-fallback.ts';
import { withRunInTitles } from './run-in-headings.ts';
import { ExemptTracker, buildItem, excludedItemsListed, exclusionWords, marksOwnItem, ownPrivateTitle, swallowsHeadings, titleMarksExempt, unminutedExclusion, withOwnBusinessSealed } from './items.ts';
import { renderLines } from '../normalise-text.ts';

export interface MinutesReading {
  meeting: ParsedMeeting;
  /** Lines this reading accounts for: header, attendance and the items' lines. */
  explained: number;
  warnings: string[];
}

/** "Minutes of the Meeting of <committee> held ...", "At a meeting of <committee> held ..." -> the committee, or "" when the title names none. */
export function committeeFromTitle(text: string): string {
  const body = bodyBeforeMinutes(text);
  if (body) return body;
  // "... a summary of the decisions taken at the Executive meeting held on ...": the body is the meeting's.
  const sheet = R.DECISION_SHEET_TITLE.exec(text);
  if (sheet) return /^(?:meeting|minutes)?$/i.test(sheet[1]!) ? '' : sheet[1]!.trim();
  const m = R.MINUTES_TITLE.exec(text) ?? R.AT_A_MEETING.exec(text);
  let rest = m ? text.slice(m[0].length) : text;
  const of = R.MEETING_OF_TITLE.exec(rest);
  if (of) rest = rest.slice(of[0].length);
  // "Minute Special General Meeting of the Council ...": the kind of meeting is no part of the body's name.
  rest = rest.trimStart().replace(/^(?:the )?(?:(?:special|general|ordinary|extraordinary|annual|statutory|adjourned) ){0,3}(?:meeting|proceedings) (?:of (?:the )?)?/i, '');
  const tail = R.TITLE_TAIL.exec(rest);
  if (tail) rest = rest.slice(0, tail.index);
  const date = findDates(rest)[0];
  if (date) rest = rest.slice(0, date.index);
  // ("A MEETING OF THE COUNCIL was held at ...": the verb's "was" is left when the tail cut at "held".)
  const met = / (?:met|was held|were held)\b| (?:was|were)$/.exec(rest);
  if (met) rest = rest.slice(0, met.index);
  rest = trimEnd(rest, ',.;:-–').replace(/ meeting$/i, '').replace(/^(?:the|a|an) /i, '');
  if (/^(?:the )?(?:meeting|minutes)?$/i.test(rest) || !/[A-Za-z]{3}/.test(rest)) return '';
  return rest.trim();
}

/** One past the last line of a title that wraps onto the lines below it. */
function titleBlockEnd(lines: readonly ClassifiedLine[], at: number, to: number): number {
  const first = lines[at]!.text;
  let k = at + 1;
  while (k < to && k < at + 5 && !lines[k]!.blank && !lines[k]!.kinds.has('attendance-label') && !lines[k]!.heading) {
    // A title carries on in the same case, or with the words that say when and where.
    const next = lines[k]!.text;
    const sameCase = (first === first.toUpperCase()) === (next === next.toUpperCase());
    if (!sameCase && !/^(?:held|on|at|in)\b/i.test(next)) break;
    k++;
  }
  return k;
}

const HEADER_REACH = 25;

/**
 * "4. MINUTE" / "Minute of meeting of the Council of 10th September, 2020.": a title straight under an item's heading is
 * the agenda's words naming the last meeting's record. A title saying when a meeting was held may stand under one (a
 * page's number run into the heading above it, a second meeting's minutes below the first's last item).
 */
export function titleUnderItemHeading(lines: readonly ClassifiedLine[], at: number): boolean {
  let k = at - 1;
  while (k >= 0 && lines[k]!.blank) k--;
  if (k < 0 || !lines[k]!.heading) return false;
  const line = lines[at]!;
  return !(/\bheld\b/i.test(line.text) && line.date !== null);
}

interface Header {
  council: string | null;
  committee: string | null;
  date: string | null;
  time: string | null;
  place: string | null;
  /** Where the header ends: the first attendance label or list, or the first item. */
  end: number;
  titleAt: number;
}

/** Words a line needs, with a closing full stop, to be a sentence rather than a heading ("Thursday 5 March 2020 at 7.30 p.m."). */
const SENTENCE_WORDS = 9;

/**
 * A sentence of an item, not a heading: closed by a full stop, long, and neither giving a time nor saying where or when a
 * meeting was held ("Meeting held on Tuesday, 23rd January, 2024 at 6.30 pm.", "MINUTES OF ... HELD AT ... ON ...").
 */
function isItemSentence(line: ClassifiedLine): boolean {
  const text = line.text;
  return /[.!?]$/.test(text) && text.split(/\s+/).length >= SENTENCE_WORDS && line.time === null && !/\bheld\b/i.test(text);
}

function readHeader(lines: readonly ClassifiedLine[], from: number, to: number, firstItem: number): Header {
  const limit = Math.min(firstItem, to);
  const top: number[] = [];
  for (let i = from; i < limit && top.length < HEADER_REACH; i++) if (!lines[i]!.blank && !lines[i]!.kinds.has('furniture')) top.push(i);
  // The title stands above the attendance: "The panel met at the Civic Centre." below "PRESENT: ..." is a sentence of the minute.
  const labelAt = top.find((i) => lines[i]!.kinds.has('attendance-label')) ?? limit;
  let titleAt = top.find((i) => i < labelAt && (lines[i]!.kinds.has('minutes-title') || lines[i]!.kinds.has('met-title'))) ?? -1;
  let council: string | null = null;
  for (const i of top) {
    if (titleAt >= 0 && i > titleAt) break;
    if (lines[i]!.kinds.has('council')) council ??= lines[i]!.text;
  }
  // The header runs to the attendance (a label, or a plural list of councillors) or the first item.
  let end = limit;
  for (const i of top) {
    if (i <= titleAt) continue;
    const l = lines[i]!;
    // "Cllr. P Ashdown (Chairman for the meeting)." / "Cllr. R Mallory": members one to a line with no label.
    const titledPerson = l.kinds.has('person') && R.PERSON_TITLE.test(l.text) && !l.date;
    // "The Mayor (Councillor X)" over the list: the civic head, named first.
    if (l.kinds.has('attendance-label') || R.PLURAL_TITLE.test(l.text) || titledPerson || (l.kinds.has('chair-marker') && l.kinds.has('person')) || namesOfficeHolder(l.text)) {
      end = i;
      break;
    }
  }
  const titleEnd = titleAt >= 0 ? titleBlockEnd(lines, titleAt, end) : from;
  const titleText = titleAt >= 0 ? lines.slice(titleAt, titleEnd).map((l) => l.text).join(' ') : '';
  // With no title, the meeting's own heading names it ("Council Meeting 16th December 2019").
  const heading = titleAt < 0 ? top.find((i) => i < end && lines[i]!.meetingHeading) : undefined;
  let committee = titleAt >= 0 ? committeeFromTitle(titleText) || null : heading !== undefined ? lines[heading]!.meetingHeading!.committee : null;
  const headerLines = top.filter((i) => i < end && (titleAt < 0 || i >= titleEnd));
  if (!committee) {
    // The committee above the title ("Economy Scrutiny Committee" / "Minutes of the meeting held on ...") or the first line naming one.
    const aboveLines = titleAt >= 0 ? top.filter((i) => i < titleAt && !lines[i]!.kinds.has('council')) : [];
    const above = aboveLines[aboveLines.length - 1];
    // A heading block above a bare "Minutes" names the committee before its date and place.
    const named = [...(aboveLines.length > 1 ? aboveLines : [above]), ...headerLines, ...top.filter((i) => titleAt < 0 && i < end)]
      .filter((i): i is number => i !== undefined)
      .map((i) => committeeName(lines[i]!.text.replace(R.ATTACHMENT_MARK, '')))
      .find((n) => n !== null && !/\bcouncil$/i.test(n ?? '') && !findDates(n ?? '').length);
    committee = named ?? (above !== undefined && !lines[above]!.kinds.has('page-title') && lines[above]!.text.length <= 120 ? lines[above]!.text : null);
  }
  // "The minutes of the meeting held on 6 July 2023 were agreed ...": the last meeting's record, whose date is never this
  // one's; nor is a date in a sentence of an item the header reaches when the text's first items carry no heading ("The
  // decision called in from the Cabinet meeting of 11 September 2023 ...").
  // Nor is the deadline a decision sheet gives for calling a decision in ("no later than 4pm on Monday 10 October").
  const ownDate = (i: number) => !confirmsRecord(lines[i]!.text) && !isItemSentence(lines[i]!) && !R.DEADLINE_SENTENCE.test(lines[i]!.text);
  const headerText = [titleText, ...headerLines.slice(0, 12).filter(ownDate).map((i) => lines[i]!.text)].join('\n');
  // The sentence saying when the meeting was or will be held names its day over a letter's or a page's date above it.
  const held = findDates(titleText).length > 0 ? undefined : headerLines.slice(0, 12).find((i) => ownDate(i) && lines[i]!.date !== null && R.MEETING_HELD.test(lines[i]!.text));
  let date = (held !== undefined ? lines[held]!.date?.date : undefined) ?? findDates(headerText)[0]?.date ?? null;
  let time = (date ? timeAfterDate(headerText, date) : null) ?? findTimes(headerText)[0]?.time ?? null;
  if (!date) {
    // A running head may carry the date further down ("Committee - 12 March 2024"), or the heading block above the title.
    for (const i of top.slice(0, 12)) {
      const d = ownDate(i) ? lines[i]!.date : null;
      if (d) {
        date = d.date;
        time ??= i < titleAt ? lines[i]!.time : null;
        break;
      }
    }
  }
  let place: string | null = null;
  for (const i of headerLines) {
    if (lines[i]!.kinds.has('place-label') && lines[i]!.value) {
      place = lines[i]!.value!.replace(/\.? ?view directions\.?$/i, '').trim();
      break;
    }
  }
  place ??= placeIn(headerText);
  return { council, committee, date, time, place, end, titleAt };
}

/** "held at 2.00 pm on Thursday, 11 January 2018 at Committee Room 3, Council House" -> "Committee Room 3, Council House". */
export function placeIn(text: string): string | null {
  for (const line of text.split('\n')) {
    for (let at = line.search(/ (?:in|at) /i); at >= 0; ) {
      const slice = line.slice(at + 4, at + 204);
      const m = R.PLACE_NAME.exec(slice);
      if (m) {
        let place = slice;
        // The place may come before the date and time: "in the Council Chamber, Civic Offices on Monday, 4th March 2024".
        const when = / on (?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d)|,? (?:on|at) (?=\d)| commencing\b| from \d/i.exec(place);
        if (when) place = place.slice(0, when.index);
        return trimEnd(place.replace(/^the /i, ''), '.,;');
      }
      const next = line.slice(at + 1).search(/ (?:in|at) /i);
      at = next < 0 ? -1 : at + 1 + next;
    }
  }
  return null;
}

/** How many lines below the title a table of the minutes may start. */
const TABLE_HEAD_REACH = 40;

/** The head of the minutes' table ("No. Item", "Item Description Decision") near the top of the minutes, or -1. */
function itemsTableHead(lines: readonly ClassifiedLine[], from: number, to: number): number {
  for (let i = from; i < Math.min(to, from + TABLE_HEAD_REACH); i++) {
    if (lines[i]!.kinds.has('table-head') || R.MINUTES_TABLE_HEAD.test(lines[i]!.text)) return i;
    if (lines[i]!.heading) return -1;
  }
  return -1;
}

/**
 * A present label inside a title's run-on paragraph: "... AT 7:30PM Those present: ", "... ISLE OF WIGHT Present Cllrs ...",
 * "... 109/18 PRESENT (ANNUAL MEETING) Councillor ...".
 */
const PRESENT_IN_TITLE = / (?:[Tt]hose [Pp]resent|Present|PRESENT)(?: \([^()]{1,60}\))?(?: ?:-? |(?= (?:Councillors?|Cllrs?|Chair(?:man)?:)))/;

/** The attendance a title line runs on into, as a line of its own opening with the label; null when the line holds none. */
function attendanceInTitleLine(line: ClassifiedLine): ClassifiedLine | null {
  if (line.kinds.has('attendance-label')) return null;
  const m = PRESENT_IN_TITLE.exec(line.text);
  if (!m) return null;
  return classifyLine({ text: `Present: ${line.text.slice(m.index + m[0].length).trim()}`, emphasis: line.emphasis, bullet: false, indent: line.indent, blank: false }, line.index);
}

/** Read one set of minutes in lines [from, to). */
export function readMinutes(lines: readonly ClassifiedLine[], from = 0, to = lines.length): MinutesReading {
  const warnings: string[] = [];
  // Items cannot start before the title; they end at the closing line.
  let closingAt = -1;
  const titleGuess = (() => {
    for (let i = from, seen = 0; i < to && seen < HEADER_REACH; i++) {
      if (lines[i]!.blank) continue;
      seen++;
      if ((lines[i]!.kinds.has('minutes-title') || lines[i]!.kinds.has('met-title')) && !titleUnderItemHeading(lines, i)) return i;
      if (lines[i]!.kinds.has('attendance-label')) break;
    }
    return from - 1;
  })();
  // "Item Description Decision" over the minutes (a committee system's table of them): the items are below that head,
  // and the lines above it are the header's and the attendance's, whatever their shape.
  const tableHead = itemsTableHead(lines, titleGuess + 1, to);
  const headings = chooseAnyHeadings(lines, tableHead >= 0 ? tableHead + 1 : titleGuess + 1, to);
  for (let i = headings[0]?.at ?? titleGuess + 1; i < to; i++) {
    if (lines[i]!.kinds.has('closing')) {
      closingAt = i;
      break;
    }
  }
  const end = closingAt >= 0 ? closingAt : to;
  const inItems = withRunInTitles(withFallbackHeadings(lines, headings.filter((h) => h.at < end), tableHead >= 0 ? tableHead + 1 : titleGuess + 1, end));
  // (The table's head ends the attendance above it.)
  const firstItem = tableHead >= 0 ? tableHead : (inItems[0]?.at ?? end);
  const header = readHeader(lines, from, to, firstItem);

  // Attendance: from the end of the header to the first item.
  // "MINUTES OF THE MEETING ... AT 7:30PM Those present: Chairman: Councillor X ...": the title's paragraph (or the
  // header's) runs on into the attendance, a PDF's heading and list as one line; the list is read from where its label stands.
  let titleList: ClassifiedLine | null = null;
  for (let k = Math.max(from, header.titleAt); k < header.end && !titleList; k++) if (!lines[k]!.blank) titleList = attendanceInTitleLine(lines[k]!);
  const attendanceLines = titleList ? [titleList, ...lines.slice(header.end, firstItem)] : lines.slice(header.end, firstItem);
  const startsWithList = header.end < firstItem && !lines[header.end]!.kinds.has('attendance-label');
  let attendance = readAttendance(attendanceLines, startsWithList ? 'member' : null);
  // Parish minutes often minute the attendance as their first item ("2409.01 Present", "1 In Attendance"), or as
  // labelled points of it ("1. Welcome and apologies" / "1.2 Present: ..." / "1.3 Apologies: ...").
  if (attendance.present.length === 0) {
    const bodyOf = (n: number) => {
      const h = inItems[n]!;
      const body = lines.slice(h.titleAt + 1, inItems[n + 1]?.at ?? end);
      return h.heading.rest ? [restOfHeadingLine(lines[h.titleAt]!, h.heading.rest), ...body] : body;
    };
    const titled = inItems.slice(0, 3).findIndex((h) => isAttendanceItemTitle(h.heading.title));
    const labelled = titled >= 0 ? -1 : inItems.slice(0, 3).findIndex((_, n) => bodyOf(n).some((l) => l.label?.group === 'member'));
    const at = titled >= 0 ? titled : labelled;
    if (at >= 0) {
      const inItem = readAttendance(bodyOf(at), titled >= 0 ? 'member' : null);
      attendance = {
        present: inItem.present,
        apologies: attendance.apologies.length > 0 ? attendance.apologies : inItem.apologies,
        chair: attendance.chair ?? inItem.chair,
      };
    }
  }
  // A small body's minutes may give the attendance at the end, below the closing line ("Present: Mr X (Chairman), ...").
  if (attendance.present.length === 0 && attendance.apologies.length === 0) {
    const after = closingAt >= 0 ? closingAt + 1 : (inItems[inItems.length - 1]?.titleAt ?? to) + 1;
    let present = after;
    while (present < to && lines[present]!.label?.group !== 'member') present++;
    if (present < to) attendance = readAttendance(lines.slice(present, to));
  }

  const items: ParsedItem[] = [];
  const exempt = new ExemptTracker();
  let privateSection = false;
  // "PART ONE" above the first item: the minutes say which part of the agenda they are in, and only minutes that also
  // print where the private part begins are trusted to keep the items before it public.
  const printsPrivatePart = lines.slice(firstItem, end).some((l) => l.section === 'private');
  if (printsPrivatePart) for (let k = header.end; k < firstItem; k++) if (lines[k]!.section) exempt.enterPart(lines[k]!.section!);
  // With its items found, the minutes account for their lines; without, only their header and attendance.
  let explained = 0;
  for (let i = from; i < (inItems.length ? end : firstItem); i++) if (!lines[i]!.blank) explained++;
  for (const [n, h] of inItems.entries()) {
    const next = inItems[n + 1]?.at ?? end;
    const body: ClassifiedLine[] = [];
    if (h.heading.rest) body.push(restOfHeadingLine(lines[h.titleAt]!, h.heading.rest));
    const ownTitle = ownPrivateTitle(h.heading.title, lines, h.titleAt + 1, next, h.heading.rest);
    let sectionAfter: 'public' | 'private' | null = ownTitle === 'part' ? 'private' : null;
    let marked = ownTitle !== null;
    let readAny = body.length > 0;
    for (let k = h.titleAt + 1; k < next; k++) {
      const line = lines[k]!;
      if (!line.heading && marksOwnItem(line, readAny)) {
        marked = true;
        continue;
      }
      if (line.section && !line.heading) {
        // A section heading between items belongs to the items after it.
        sectionAfter = line.section;
        continue;
      }
      if (line.kinds.has('readmission')) {
        exempt.readmit();
        if (sectionAfter === 'private') sectionAfter = 'public';
      }
      // Under a private part's heading nothing more belongs to this item: the unnumbered words after it are exempt.
      if (sectionAfter === 'private') continue;
      if (!line.blank) readAny = true;
      body.push(line);
    }
    // An unnumbered heading has no number.
    const number = h.heading.number || null;
    const isPrivate = marked || privateSection || exempt.isExcluded(number, h.heading.title) || titleMarksExempt(h.heading.title);
    const built = buildItem({ number, title: h.heading.title, body, private: isPrivate }, header.date);
    items.push(withOwnBusinessSealed(built.item));
    if (built.content?.excludesPublic) exempt.noteExclusion(exclusionWords(built.item, body), excludedItemsListed(body, number));
    else if (!isPrivate) {
      const said = renderLines(body);
      const excluding = unminutedExclusion(built.item.title, said, said, n);
      if (excluding) exempt.noteExclusion(excluding);
    }
    if (sectionAfter) {
      privateSection = sectionAfter === 'private';
      exempt.enterPart(sectionAfter);
      if (sectionAfter === 'public') exempt.readmit();
    }
  }
  // One item holding most of the text, headings and all, is a layout not understood: no items rather than a giant one.
  if (inItems.length > 0 && inItems.length <= 2) {
    const giant = inItems.findIndex((h, n) => swallowsHeadings(lines, h.titleAt + 1, inItems[n + 1]?.at ?? end, to - from));
    if (giant >= 0) {
      warnings.push(`minutes: one item ("${items[giant]!.title.slice(0, 60)}") would hold most of the text and the headings in it; this layout's items were not read`);
      items.length = 0;
    }
  }
  // A section heading before the first item.
  for (let k = header.end; k < firstItem; k++) if (lines[k]!.section === 'private' && items[0]) items[0].private = true;
  let closingTime = closingAt >= 0 ? lines[closingAt]!.closingTime : null;
  let time = header.time;
  // "Meeting started: 7.00 pm" / "Meeting Concluded: 5.05pm" printed apart from the title, above or below the items.
  for (let i = from; i < to && (!time || !closingTime); i++) {
    const l = lines[i]!;
    if (!l.kinds.has('start-time')) continue;
    time ??= l.time;
    closingTime ??= l.closingTime;
  }

  let apologies: Apology[] = attendance.apologies;
  const apologiesItem = apologiesItemLines(items, lines, inItems, end);
  if (apologies.length === 0 && apologiesItem) apologies = apologiesFromItemText(apologiesItem);
  // "... from Cllr Borg (substituted by Cllr Wainwright)", "Councillor X would arrive late": they were there.
  if (apologiesItem) for (const name of presentNamedIn(apologiesItem)) withPresent(attendance.present, name);
  // "Councillor X entered the meeting" in any public minute: X was there (Schedule 12A: an exempt item's minute is read
  // for nothing, not even who came in).
  const publicMinutes = items.length === inItems.length ? inItems.flatMap((h, n) => (items[n]!.private ? [] : lines.slice(h.at, inItems[n + 1]?.at ?? end))) : [];
  for (const name of arrivalsIn(publicMinutes)) withPresent(attendance.present, name);
  let chair = attendance.chair;
  if (!chair) {
    // "Councillor X in the Chair" above the attendance, or "X took the Chair" in the first item.
    const look = [...lines.slice(from, firstItem), ...(inItems[0] ? lines.slice(inItems[0].at, inItems[1]?.at ?? end) : [])];
    chair = chairNamedIn(look);
    // "Councillor Gwyn Rees presided": the one who chaired was there, listed or not.
    if (chair) chair = withChairPresent(attendance.present, chair);
  }
  if (items.length === 0) warnings.push('minutes: no numbered item headings found; the items of this layout were not read');
  if (!header.date) warnings.push('minutes: no meeting date found in the heading');
  const meeting = parsedMeeting({
    committee: header.committee,
    council: header.council,
    date: header.date,
    time,
    place: header.place,
    kind: 'minutes',
    chair,
    present: attendance.present,
    apologies,
    closingTime,
    items,
  });
  return { meeting, explained, warnings };
}

/** Many councils minute apologies as an item ("Apologies for absence were received from ..."): its lines, or null. */
function apologiesItemLines(items: ParsedItem[], lines: readonly ClassifiedLine[], headings: ChosenHeading[], end: number): ClassifiedLine[] | null {
  const linesOf = (at: number) => {
    const h = headings[at];
    if (!h) return null;
    const body = lines.slice(h.titleAt + 1, headings[at + 1]?.at ?? end);
    return h.heading.rest ? [restOfHeadingLine(lines[h.titleAt]!, h.heading.rest), ...body] : body;
  };
  const at = apologiesItemIndex(items.map((i) => i.title), linesOf);
  if (at < 0) return null;
  // The item's title may be its minute too ("Apologies for absence were received from ..."): read before its lines.
  const inTitle = apologiesInTitle(items[at]!.title);
  const own = linesOf(at);
  const h = headings[at];
  if (!inTitle || !h) return own;
  return [classifyLine({ ...lines[h.titleAt]!, text: inTitle }, h.titleAt), classifyLine({ ...lines[h.titleAt]!, text: '', blank: true }, h.titleAt), ...(own ?? [])];
}

/** The lines of a minutes document begin at its title (or the council's name just above it). */
export function minutesStart(lines: readonly ClassifiedLine[], titleAt: number): number {
  let start = titleAt;
  for (let k = titleAt - 1, seen = 0; k >= 0 && seen < 2; k--) {
    const l = lines[k]!;
    if (l.blank) continue;
    seen++;
    if (l.kinds.has('council') || (seen === 1 && committeeFromTitle(lines[titleAt]!.text) === '' && committeeName(l.text) !== null)) start = k;
    else break;
  }
  return headingBlockAbove(lines, start, titleAt) ?? start;
}

/** How many lines a heading block above a bare title may hold: council, committee, date and time, place. */
const HEADING_BLOCK = 4;

/**
 * "Brighton & Hove City Council / Policy & Resources Committee / 4.00pm1 July 2021 / Hove Town Hall / MINUTES": a title
 * that says only "Minutes" under the meeting's heading block, one short line each, the date among them. The block's first
 * line, or null when the lines just above are no such block (an item, a closing line or a signature ends it).
 */
function headingBlockAbove(lines: readonly ClassifiedLine[], start: number, titleAt: number): number | null {
  if (lines[titleAt]!.date || !lines[titleAt]!.kinds.has('page-title')) return null;
  let top: number | null = null;
  let dated = false;
  for (let k = start - 1; k >= 0 && start - k <= HEADING_BLOCK; k--) {
    const l = lines[k]!;
    if (l.blank || l.heading || l.label || l.text.length > 100 || l.kinds.has('closing') || l.kinds.has('signature') || l.kinds.has('item-heading')) break;
    if (l.date) dated = true;
    top = k;
  }
  return dated ? top : null;
}

/**
 * The words after a heading on its own line ("3. Minutes of 19th March: It was RESOLVED that ..."), classified as a line
 * of their own, so the decision label that opens them is seen and the heading's number and title are not read again.
 */
function restOfHeadingLine(line: ClassifiedLine, rest: string): ClassifiedLine {
  return { ...classifyLine({ text: rest, emphasis: line.emphasis, bullet: false, indent: line.indent, blank: false }, line.index), heading: null, itemNumber: null };
}

/** Fewer items than this found by the heading readers: the minutes' items are read by the heading fallback. */
const FALLBACK_BELOW = 2;

/** The headings found, or the fallback's (heading-fallback.ts) where the readers found fewer than two and it finds more. */
function withFallbackHeadings(lines: readonly ClassifiedLine[], found: ChosenHeading[], from: number, to: number): ChosenHeading[] {
  if (found.length >= FALLBACK_BELOW) return found;
  const fallback = fallbackHeadings(lines, from, to);
  if (fallback.length <= found.length) return found;
  const at = new Set(fallback.map((h) => h.at));
  return [...fallback, ...found.filter((h) => !at.has(h.at))].sort((a, b) => a.at - b.at);
}
