// An agenda front sheet: committee (its first line), "Time and Date" or
// "Date:/Time:", "Place"/"Venue", numbered items with sub-items "a) ...",
// report authors ("Briefing Note of the ..."), page references "(Pages 7 -
// 12)", Public/Private Business, "Membership: ..." and the contact officer.
import { numberOffTitle } from './title-number.ts';
import type { Attendee, ParsedItem, ParsedMeeting } from '../../model.ts';
import { attendanceInApologiesItem, attendanceListedIn, isApologiesItemTitle, readMembership, withPresent } from '../attendance.ts';
import { findDates, findTimes, yearlessDate, yearsIn } from '../dates.ts';
import type { ClassifiedLine } from '../line-kinds.ts';
import { parsedMeeting } from '../parsed-meeting.ts';
import * as R from '../rules.ts';
import { type ChosenHeading, agendaHeadings } from './headings.ts';
import { titleUnderItemHeading } from './minutes.ts';
import { sealedItem } from '../../exempt.ts';
import { ExemptTracker, agendaExclusion, cleanTitle, marksOwnItem, nextNonBlank, ownPrivateTitle, previousNonBlank, titleMarksExempt, withOwnBusinessSealed } from './items.ts';

/** Does this part of a document look like an agenda front sheet? Date/place labels and items, or the word "Agenda" and items. */
export function looksLikeAgenda(lines: readonly ClassifiedLine[], from: number, to: number): boolean {
  let labels = 0;
  let agendaWord = false;
  for (let i = from; i < to; i++) {
    const l = lines[i]!;
    if (l.blank || l.kinds.has('table-row')) continue;
    if (l.kinds.has('date-label') || l.kinds.has('place-label')) labels++;
    if (l.kinds.has('agenda-word') || R.SUMMONS.test(l.text)) agendaWord = true;
  }
  // ("A meeting of X will be held ... on <date>" at the head: a summons, though no word calls the paper an agenda.)
  if (labels === 0 && !agendaWord && !summonsWithDate(lines, from, to)) return toldInAgendaWords(lines, from, to) && agendaHeadings(lines, from, to).length >= MIN_WORDED_ITEMS;
  const headings = agendaHeadings(lines, from, to);
  const items = headings.length;
  // "Resolved: That ..." under the items: minutes whose head is a table of labelled cells ("Meeting" / "Date" /
  // "Present"), not an agenda's front sheet; or a council's minutes page that keeps its agenda's heading ("AGENDA" over
  // the items and their minutes). An agenda may print the resolution it proposes to exclude the public; only that. A
  // pack whose items print their pages ("(Pages 9 - 20)") holds the reports after its last item, and a report may quote
  // another body's resolution ("RESOLVED that the consultation proceed"): there only a resolution under an item that
  // another item follows is the items' own.
  const paged = agendaWord && headings.some((h) => R.PAGES_REF.test(h.heading.title));
  if (recordsResolutions(lines, from, paged ? headings.at(-1)!.at : to, agendaWord)) return false;
  return (labels >= 1 && items >= 1) || (agendaWord && items >= 2) || (agendaWord && items === 1 && sectionAbove(lines, from, headings[0]!.at)) || summonsWithDate(lines, from, to);
}

/** Lines in the agenda's words, and items, that make a list of business an agenda with no word or label calling it one. */
const MIN_WORDED_ITEMS = 2;

/**
 * A list of business in the agenda's own words ("To consider the minutes of the meeting held on ...", "Minutes – to
 * confirm and sign ...") or under a head that says the meeting is still to come ("The meeting will be held remotely",
 * "This webcast is scheduled for ...") in which nothing records a meeting held (no decision, attendance, closing,
 * minutes title or business done): an agenda, though neither a word nor a label calls it one.
 */
function toldInAgendaWords(lines: readonly ClassifiedLine[], from: number, to: number): boolean {
  let worded = 0;
  let announced = false;
  let listed = false;
  for (let i = from; i < to; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    listed ||= l.heading !== null;
    // (Above the business only: a minute may say when the next meeting will be held.)
    if (!listed && R.MEETING_TO_COME.test(l.text)) announced = true;
    // ("To receive and accept apologies ...": what the meeting is to do, whatever it names.)
    if (R.AGENDA_WORDS_LINE.test(l.text)) {
      worded++;
      continue;
    }
    // (An item's title may carry a label's word: "1. Apologies for Absence (Chair)".)
    // ("4. MINUTE" / "Minute of meeting of X of 10th September": the record an item puts to the meeting, not this one's.)
    if (!l.heading && !(l.kinds.has('minutes-title') && titleUnderItemHeading(lines, i))) for (const kind of RECORD_KINDS) if (l.kinds.has(kind)) return false;
    if (R.RECORDED_BUSINESS.test(l.text) || R.APOLOGIES_SENTENCE.test(l.text)) return false;
  }
  return worded >= MIN_WORDED_ITEMS || announced;
}

/** Kinds of line only a record of a meeting held has. */
const RECORD_KINDS = ['decision-label', 'attendance-label', 'closing', 'action', 'minutes-title', 'met-title', 'start-time', 'chair-marker'] as const;

/**
 * A line opening with "Resolved" in [from, to): a decision taken, which no agenda records. Under a paper that calls
 * itself an agenda, a resolution to exclude the public is the one an agenda proposes, and counts for nothing.
 */
function recordsResolutions(lines: readonly ClassifiedLine[], from: number, to: number, agendaWord: boolean): boolean {
  for (let i = from; i < to; i++) {
    const l = lines[i]!;
    if (l.kinds.has('decision-label') && R.RESOLVED_LABEL.test(l.text) && !(agendaWord && l.kinds.has('exclusion'))) return true;
  }
  return false;
}

/**
 * "Agenda" / "Public Items" / "3." / "<title>": a meeting page cut after its first item still shows an agenda's
 * build, its business set out under a part of the meeting (Public Items, Part A, Private Business) above the item.
 */
function sectionAbove(lines: readonly ClassifiedLine[], from: number, at: number): boolean {
  for (let i = from; i < at; i++) if (lines[i]!.section) return true;
  return false;
}

/** "You are hereby summoned to attend a meeting of X to be held ... on Thursday 2nd March 2023": a summons names its meeting and day, whatever its items look like. */
function summonsWithDate(lines: readonly ClassifiedLine[], from: number, to: number): boolean {
  for (let i = from, seen = 0; i < to && seen < 20; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    seen++;
    const m = R.SUMMONS.exec(l.text) ?? R.MEETING_CALLED.exec(l.text);
    if (m && findDates(l.text.slice(m.index + m[0].length)).length > 0) return true;
  }
  return false;
}

/** "Please contact the clerk for details and password.": a sentence, its words in lower case and a stop at its end. */
const SENTENCE_LINE = / [a-z]{2,} [a-z]{2,} .*[.!?]$/;
/** Characters a committee's name runs to, at most: a longer line is a sentence. */
const COMMITTEE_LENGTH = 120;
const LETTER_LINE = /^(?:dear\b|to:|tel\b|clerk\b|email\b|e-mail\b)/i;
const SUMMONS_END = /,| (?:is )?to be held\b| TO BE HELD\b| (?:which )?will be held\b| (?:which |that )?(?:will|is to|is going to) take place\b| to take place\b| at \d| on [A-Z]/;

/** A line that is no wrapped part of a membership list: another field, the agenda's heading, an item. */
function endsMembership(line: ClassifiedLine): boolean {
  return line.value !== null || line.label !== null || line.heading !== null || line.itemNumber !== null || line.kinds.has('agenda-word') || line.kinds.has('furniture') || /:/.test(line.text);
}

/** The value of a label: on its line ("Place: ...") or the next line; `index` is the last line used. */
function valueAfterLabel(lines: readonly ClassifiedLine[], at: number, to: number): { value: string; index: number } {
  const inline = lines[at]!.value ?? '';
  if (inline) return { value: inline, index: at };
  const n = nextNonBlank(lines, at + 1, Math.min(to, at + 4));
  if (n < Math.min(to, at + 4)) return { value: lines[n]!.text, index: n };
  return { value: '', index: at };
}

/** "Date & Time   Place   Contact" heads a table: the values are on the lines below it, the date and the time perhaps on two. */
function dateAndTimeAfter(lines: readonly ClassifiedLine[], at: number, to: number): { date: string | null; time: string | null; index: number } {
  let date = findDates(lines[at]!.value ?? '')[0]?.date ?? null;
  let time = findTimes(lines[at]!.value ?? '')[0]?.time ?? null;
  let index = at;
  for (let k = at + 1, seen = 0; k < to && seen < 3 && (!date || !time); k++) {
    const line = lines[k]!;
    if (line.blank) continue;
    seen++;
    if (line.heading || line.kinds.has('agenda-word') || line.kinds.has('attendance-label') || line.kinds.has('membership-label')) break;
    const d = line.date?.date ?? null;
    const t = line.time;
    if (!d && !t) break;
    date ??= d;
    time ??= t;
    index = k;
  }
  return { date, time, index };
}

/** An agenda's page column printed after the titles ("Minutes of the Previous Meeting    3 - 8"). */
const TRAILING_PAGES = / (\d{1,4})(?: ?[-–] ?(\d{1,4}))?$/;

/** Pages run forwards ("7 - 12"); a span whose end is below its start is a span of years ("2026-27", "2024-25"). */
function pageRange(first: string, last: string | undefined): boolean {
  return last === undefined || Number(last) >= Number(first);
}

/** "Treasury Report 14 - 22": a title closed by the range of pages its report fills. */
function endsWithPageRange(title: string): boolean {
  const m = / (\d{1,4}) ?[-–] ?(\d{1,4})$/.exec(title);
  return m !== null && pageRange(m[1]!, m[2]);
}

function pagesOf(title: string, pageColumn = false): { title: string; pages: string | null } {
  const m = R.PAGES_REF.exec(title);
  if (!m) {
    const t = pageColumn ? TRAILING_PAGES.exec(title) : null;
    // A title is more than its page numbers, and "Budget 2026" keeps its year, "Scheme 2026-27" its years.
    if (!t || t.index < 3 || (!t[2] && Number(t[1]) > 999) || !pageRange(t[1]!, t[2])) return { title, pages: null };
    return { title: title.slice(0, t.index).trim(), pages: t[2] ? `Pages ${t[1]} - ${t[2]}` : `Page ${t[1]}` };
  }
  const pages = m[3] ? `Page ${m[3]}` : `Pages ${m[1]} - ${m[2]}`;
  return { title: `${title.slice(0, m.index)}${title.slice(m.index + m[0].length)}`.trim(), pages };
}

/**
 * Titles of a meeting's items closed by their pages ("Treasury Report. 87 - 94") in two items or more: a page column the
 * reader of the page's template read into its titles (a summons printed as a meeting page). Their pages are taken off
 * as the agenda reader takes them; a meeting whose items already carry their pages is left alone.
 */
export function withPageColumnTitles(meetings: readonly ParsedMeeting[]): void {
  for (const meeting of meetings) {
    if (meeting.items.some((i) => i.pages) || meeting.items.filter((i) => endsWithPageRange(i.title)).length < 2) continue;
    for (const item of meeting.items) {
      const { title, pages } = pagesOf(item.title, true);
      if (!pages || !title) continue;
      item.title = cleanTitle(title);
      item.pages = pages;
    }
  }
}

/**
 * An agenda's title as printed: "7. Finance - Authorisation of payments as presented by the clerk." is one title, where
 * in minutes the words after the dash would be the minute ("Play area - clerk to get quotes"); an agenda has no minute.
 */
function agendaTitle(line: ClassifiedLine, h: ChosenHeading): string {
  const { title, rest } = h.heading;
  if (!rest) return title;
  const at = line.text.indexOf(title);
  const restAt = at < 0 ? -1 : line.text.indexOf(rest, at + title.length);
  if (restAt < 0 || !/^ ?[-–—] ?$/.test(line.text.slice(at + title.length, restAt))) return title;
  return line.text.slice(at, restAt + rest.length);
}

/**
 * The agenda (or a meeting page's business) in lines [from, to). `headings`, when given, are the items as the reader
 * that knows the page's template found them; otherwise the numbered headings are.
 */
export function readAgenda(
  lines: readonly ClassifiedLine[],
  from: number,
  to: number,
  warnings: string[] = [],
  headingsFound?: readonly ChosenHeading[],
): { meeting: ParsedMeeting; explained: number } {
  let committee: string | null = null;
  let council: string | null = null;
  let seen = 0;
  for (let i = from; i < to && seen < 6; i++) {
    const l = lines[i]!;
    if (l.blank || l.kinds.has('furniture')) continue;
    // An item's number alone on its line ("3." over its title), or an item under its number ("1) Apologies"): the business
    // has begun, and no line below names the meeting.
    if (l.kinds.has('item-number') || l.heading || l.clause?.kind === 'number') break;
    seen++;
    if (l.kinds.has('council')) {
      council ??= l.text;
      continue;
    }
    const field = R.MEETING_NAME_LABEL.exec(l.text);
    if (field) {
      committee = l.text.slice(field[0].length).trim();
      break;
    }
    // A covering letter's address block and greeting name no committee, nor does a part of the meeting ("Public Items"),
    // nor a sentence ("To all Parish Councillors - You are invited to join ... on Tuesday March 14th 2023 ...").
    // ("08 Jan 2019" over the summons: the day the paper went out, or its meeting's, and no name.)
    if (l.date?.index === 0 && l.date.text.length === l.text.length) continue;
    if (l.kinds.has('agenda-word') || l.kinds.has('date-label') || l.kinds.has('place-label') || l.kinds.has('contact-label') || l.heading || l.numbered || l.section || LETTER_LINE.test(l.text) || l.text.length > COMMITTEE_LENGTH || SENTENCE_LINE.test(l.text)) continue;
    // "You can view the:": a line leading into what follows it names nothing.
    if (/:$/.test(l.text)) continue;
    committee = l.text;
    break;
  }
  // "You are summoned to attend a meeting of Ashcombe Parish Council, to be held ...": the summons names the meeting,
  // and its date is the meeting's (a date line above it is the day the summons went out).
  let summonsDate: { date: string; time: string | null } | null = null;
  for (let i = from, seen = 0; i < to && seen < 20; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    seen++;
    const m = R.SUMMONS.exec(l.text) ?? R.MEETING_CALLED.exec(l.text);
    if (!m) continue;
    const rest = l.text.slice(m.index + m[0].length);
    const named = rest.split(SUMMONS_END)[0]!.trim();
    if (named) committee = named;
    const when = findDates(rest)[0];
    if (when) summonsDate = { date: when.date, time: findTimes(rest)[0]?.time ?? null };
    break;
  }
  const headings = headingsFound ?? agendaHeadings(lines, from, to);
  const firstItem = headings[0]?.at ?? to;
  const lastItem = headings[headings.length - 1]?.at ?? to;
  let date: string | null = null;
  let time: string | null = null;
  let place: string | null = null;
  let membership: Attendee[] = [];
  let contact: string | null = null;
  let itemsEnd = to;
  // "PLANNING COMMITTEE - WEDNESDAY, 9TH APRIL, 2025" in a covering letter names the meeting; its "Date:" is the letter's.
  const named = lines.slice(from, firstItem).find((l) => l.meetingHeading)?.meetingHeading ?? null;
  if (named) {
    committee = named.committee;
    date = named.date;
    time = named.time;
  }
  for (let k = from; k < to; k++) {
    const line = lines[k]!;
    if (line.blank) continue;
    if (line.kinds.has('date-label') && k < firstItem && (!date || !time)) {
      const { value, index } = valueAfterLabel(lines, k, to);
      const found = dateAndTimeAfter(lines, k, to);
      date ??= findDates(value)[0]?.date ?? found.date;
      time ??= findTimes(value)[0]?.time ?? found.time;
      k = Math.max(index, found.index);
      continue;
    }
    if (line.kinds.has('place-label') && !place && k < firstItem) {
      const { value, index } = valueAfterLabel(lines, k, to);
      place = value || null;
      k = index;
      continue;
    }
    if (line.kinds.has('membership-label')) {
      let { value, index } = valueAfterLabel(lines, k, to);
      // The list runs on over wrapped lines until a blank line (or, where a PDF reader dropped those, the next field or item).
      while (index + 1 < to && !lines[index + 1]!.blank && !endsMembership(lines[index + 1]!)) value = `${value} ${lines[++index]!.text}`;
      membership = readMembership(value);
      // Printed after the items it ends them; printed in the heading (other councils) it does not.
      if (k > firstItem) itemsEnd = Math.min(itemsEnd, line.index);
      k = index;
      continue;
    }
    if (!contact && (line.kinds.has('contact-label') || R.PERSON_TO_CONTACT.test(line.text))) {
      const named = /\bperson to contact\b.{0,80}?\bis ([^,]{1,80}(?:, ?[^,]{1,80})?)/i.exec(line.text);
      contact = named ? named[1]!.trim() : line.value || null;
    }
    // "Please note ..." inside an item's words is no end of the list: only after its last heading.
    if (k > lastItem && R.END_OF_AGENDA_ITEMS.test(line.text)) itemsEnd = Math.min(itemsEnd, k);
  }
  // A summons ("You are summoned to attend a meeting of the Council to be held at 7.30pm on ..."), or else the first date of the front sheet.
  // (A heading that named the same day without its hour takes the summons' hour.)
  if (summonsDate && (!date || date === summonsDate.date)) ({ date, time } = { date: summonsDate.date, time: time ?? summonsDate.time });
  if (!date) {
    // The sentence saying when the meeting will be held names its day over a letter's date above it; a line carrying on
    // a sentence from above in lower case ("Please note ... a private pre-meeting" / "for members ... on Friday 17 May
    // 2024 at 4pm") is no heading, and its date is not the meeting's.
    const dated = (k: number) => lines[k]!.date !== null && !R.PREVIOUS_MEETING_REF.test(lines[k]!.text);
    let held = -1;
    // (The sentence may wrap: "... a meeting of X, to be held at 7.30pm" / "on Wednesday January 15th, 2025 ...".)
    const sentence = (k: number) => {
      const above = previousNonBlank(lines, k - 1, from);
      return /^[a-z]/.test(lines[k]!.text) && above >= from ? `${lines[above]!.text} ${lines[k]!.text}` : lines[k]!.text;
    };
    for (let k = from; k < firstItem && held < 0; k++) if (dated(k) && R.MEETING_HELD.test(sentence(k))) held = k;
    for (let k = held >= 0 ? held : from; k < firstItem; k++) {
      const line = lines[k]!;
      if (!line.date || !dated(k) || (k !== held && /^[a-z]/.test(line.text))) continue;
      date = line.date.date;
      // "WEDNESDAY, 4 FEBRUARY 2026" / "" / "At 10.00 am": the time on the next line that has anything.
      const after = nextNonBlank(lines, k + 1, firstItem);
      time ??= line.time ?? (after < firstItem ? lines[after]!.time : null);
      break;
    }
  }
  // "The next meeting ... will be held on Monday 1st March at 7.30pm" under "March 2021 agenda": the year is the page's.
  if (!date) {
    const head = lines.slice(from, firstItem).filter((l) => !l.blank && !R.PREVIOUS_MEETING_REF.test(l.text));
    const years = yearsIn(head.map((l) => l.text).join('\n'));
    for (const l of head) {
      date = yearlessDate(l.text, years);
      if (!date) continue;
      time ??= l.time;
      break;
    }
  }
  const pageColumn = lines.slice(from, firstItem).some((l) => R.PAGE_COLUMN_HEAD.test(l.text)) || headings.filter((h) => endsWithPageRange(h.heading.title)).length >= 2;
  const items: ParsedItem[] = [];
  const exempt = new ExemptTracker();
  let privateSection = false;
  const inItems = headings.filter((h) => h.at < itemsEnd);
  for (let k = from; k < (inItems[0]?.at ?? itemsEnd); k++) if (lines[k]!.section) privateSection = lines[k]!.section === 'private';
  for (const [n, h] of inItems.entries()) {
    const next = inItems[n + 1]?.at ?? itemsEnd;
    const { title, pages } = pagesOf(headingsFound ? h.heading.title : agendaTitle(lines[h.titleAt]!, h), pageColumn);
    const numbered = numberOffTitle(h.heading.number, cleanTitle(title));
    const item: ParsedItem = {
      number: numbered.number,
      title: numbered.title,
      body: '',
      reportAuthor: null,
      pages,
      subItems: [],
      papers: [],
      private: privateSection,
      resolutions: [],
      requests: [],
      workProgrammeAdditions: [],
    };
    const body: string[] = [];
    const ownTitle = ownPrivateTitle(item.title, lines, h.titleAt + 1, next);
    let sectionAfter: 'public' | 'private' | null = ownTitle === 'part' ? 'private' : null;
    let marked = ownTitle !== null;
    let readAny = false;
    for (let k = h.titleAt + 1; k < next; k++) {
      const line = lines[k]!;
      if (line.blank || line.kinds.has('furniture')) continue;
      if (marksOwnItem(line, readAny)) {
        marked = true;
        continue;
      }
      if (line.section) {
        sectionAfter = line.section;
        continue;
      }
      if (sectionAfter) continue;
      readAny = true;
      if (line.clause && line.clause.kind !== 'number') {
        item.subItems.push(`${line.clause.marker}) ${line.clause.rest}`);
        continue;
      }
      if (!item.reportAuthor && line.kinds.has('author')) {
        item.reportAuthor = line.text.replace(/^(?:report |decision )?author ?: ?/i, '');
        continue;
      }
      if (/^(?:nil|none)\.?$/i.test(line.text)) continue;
      body.push(line.text);
    }
    item.body = body.join('\n');
    if (marked || exempt.isExcluded(item.number) || titleMarksExempt(item.title)) item.private = true;
    // An exempt item keeps its number and title only.
    items.push(item.private ? sealedItem(item) : withOwnBusinessSealed(item));
    const excluding = item.private ? null : agendaExclusion(item.title, item.body, n);
    if (excluding) exempt.noteExclusion(excluding);
    if (sectionAfter) {
      privateSection = sectionAfter === 'private';
      if (sectionAfter === 'public') exempt.readmit();
    }
  }
  if (!date) warnings.push('agenda: no meeting date found');
  if (items.length === 0) warnings.push('agenda: no numbered items found');
  let chair = membership.find((m) => m.chair)?.name ?? null;
  // A meeting page that prints each item's minute below it: the apologies item reports who sent apologies, and the
  // attendance may stand below the items ("Councillor X (in the Chair); Councillors A, B and C.").
  const apologiesAt = inItems.findIndex((h) => isApologiesItemTitle(h.heading.title));
  const reported = apologiesAt < 0 ? { present: [], apologies: [] } : attendanceInApologiesItem(lines.slice(inItems[apologiesAt]!.titleAt + 1, inItems[apologiesAt + 1]?.at ?? itemsEnd));
  const { apologies } = reported;
  let present: Attendee[] = reported.present;
  const minuteLines = lines.slice(inItems[0]?.at ?? itemsEnd, to);
  if (apologies.length > 0 || minuteLines.some((l) => l.kinds.has('chair-marker') && /[;,]/.test(l.text))) {
    const listed = attendanceListedIn(minuteLines);
    for (const person of present) withPresent(listed.present, person.name);
    present = listed.present;
    chair = listed.chair ?? chair;
  }
  // A front sheet accounts for its lines.
  let explained = 0;
  for (let k = from; k < to; k++) if (!lines[k]!.blank) explained++;
  return { meeting: parsedMeeting({ committee, council, date, time, place, kind: 'agenda', chair, present, apologies, items, membership, contact }), explained };
}
