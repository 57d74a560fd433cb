// A CMIS meeting page ("ViewMeetingPublic") saved as text. Every council that
// runs CMIS prints the same template above the business:
//   [the site's breadcrumb or title]
//   Meeting Details
//   [Meeting Summary]
//   <committee>                          (left out on some pages)
//   <d Mon yyyy> - <hh:mm>[ to <hh:mm>]
//   [Scheduled | Occurred | Cancelled]
//   • Documents • Attendance • Visitors • Declarations of Interests ...
//   Documents / Agenda / <a part of the meeting: Standard Items, Public Items, Agenda Items ...>
// then the items, each its title (with or without its number) and the
// agenda's words; a page that carries the minutes prints each minute below its
// item, often opened by the minute's own number alone on a line ("EX.56/22",
// "2"). The meeting's committee, date and time are the header's, never a
// line of the business ("Minutes of Previous Meeting", "held on 15 January").
import type { ParsedItem, ParsedMeeting } from '../../model.ts';
import type { ClassifiedLine } from '../line-kinds.ts';
import { attendanceListedIn, chairOfMinutes, withChairPresent } from '../attendance.ts';
import { sealedItem } from '../../exempt.ts';
import { extractFromLines } from '../minute-content.ts';
import { renderLines } from '../normalise-text.ts';
import * as R from '../rules.ts';
import { readAgenda } from './agenda.ts';
import { type ChosenHeading, chooseAnyHeadings, chooseHeadings, unnumberedHeadings } from './headings.ts';
import { nextNonBlank, previousNonBlank } from './items.ts';
import type { DocumentReading } from './reading.ts';

export interface CmisHeader {
  /** The line giving the meeting's date and time; -1 on a page cut above its business. */
  whenAt: number;
  committee: string | null;
  date: string | null;
  time: string | null;
  /** First line of the business, after the header's tabs. */
  body: number;
}

/** Non-blank lines at the top of the text the header is looked for in. */
const HEADER_REACH = 30;
/** Non-blank lines around the date line the template's other parts stand within. */
const TEMPLATE_REACH = 4;
/** Non-blank lines after the date line the tabs and the "Documents" / "Agenda" words run over. */
const TABS_REACH = 12;

/** The line just above the date line names the committee unless it is the template's own or the site's. */
function committeeAbove(lines: readonly ClassifiedLine[], whenAt: number): string | null {
  const k = previousNonBlank(lines, whenAt - 1);
  if (k < 0) return null;
  const line = lines[k]!;
  if (R.CMIS_HEADER_WORD.test(line.text) || line.kinds.has('furniture') || line.bullet || R.SITE_TRAIL.test(line.text) || line.text.length > 150) return null;
  return line.text;
}

/** Whether the template's other parts stand around the date line: its heading above, its tabs or a part of the meeting below. */
function templateAround(lines: readonly ClassifiedLine[], whenAt: number): boolean {
  for (let k = whenAt - 1, seen = 0; k >= 0 && seen < TEMPLATE_REACH; k--) {
    if (lines[k]!.blank) continue;
    seen++;
    if (R.CMIS_HEADER_WORD.test(lines[k]!.text)) return true;
  }
  for (let k = whenAt + 1, seen = 0; k < lines.length && seen < TEMPLATE_REACH; k++) {
    const l = lines[k]!;
    if (l.blank) continue;
    seen++;
    if (R.CMIS_TAB.test(l.text.replace(/^[•·]\s*/, '')) && l.bullet) return true;
    // "Items Of Business" straight under the date: the page saved from its date line on, its tabs lost.
    if (R.CMIS_PART.test(l.text) || R.CMIS_BUSINESS.test(l.text)) return true;
  }
  return false;
}

/** The header of a CMIS meeting page, or null when the text does not open with one. */
export function findCmisHeader(lines: readonly ClassifiedLine[]): CmisHeader | null {
  for (let i = 0, seen = 0; i < lines.length && seen < HEADER_REACH; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    seen++;
    if (!R.CMIS_WHEN.test(line.text) || !line.date || !templateAround(lines, i)) continue;
    // The business begins after the status, the tabs and the "Documents" / "Agenda" words under them.
    let body = i + 1;
    for (let k = i + 1, n = 0; k < lines.length && n < TABS_REACH; k++) {
      const l = lines[k]!;
      if (l.blank) continue;
      n++;
      const text = l.text.replace(/^[•·]\s*/, '');
      if (R.CMIS_STATUS.test(text) || R.CMIS_TAB.test(text) || /^(?:documents|agenda)$/i.test(text)) body = k + 1;
      else break;
    }
    return { whenAt: i, committee: committeeAbove(lines, i), date: line.date.date, time: line.time, body };
  }
  return headlessHeader(lines);
}

/**
 * A page saved from below its header: the tab's "Documents" / "Agenda" words, the membership, then "Items Of
 * Business". The business is known by the template's words; the meeting's date and committee went with the header
 * (a date in the business is another meeting's: "Minute of meeting held on ...").
 */
function headlessHeader(lines: readonly ClassifiedLine[]): CmisHeader | null {
  let tab = false;
  for (let i = 0, seen = 0; i < lines.length && seen < HEADER_REACH; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    seen++;
    if (/^(?:documents|agenda)$/i.test(line.text) || R.CMIS_TAB.test(line.text)) tab = true;
    else if (R.CMIS_BUSINESS.test(line.text)) return tab ? { whenAt: -1, committee: null, date: null, time: null, body: 0 } : null;
  }
  return null;
}

/** A line that reads as a sentence of a minute: "Apologies for absence were received from ...", "No declarations were made." */
function minuteSentence(line: ClassifiedLine): boolean {
  // "... the Committee considered the report and it was" over "RESOLVED: that ...": a sentence leading on to its decision.
  return /^[A-Z]/.test(line.text) && (/[.)]$/.test(line.text) || /\b(?:and )?it was$/.test(line.text)) && line.text.split(' ').length >= 4;
}

/**
 * A minute's own number alone on its line, below its item's agenda words and above the minute ("EX.56/22" over
 * "RESOLVED - ...", "2" over "Apologies for absence were received ..."): no item of its own.
 */
function isMinuteNumber(lines: readonly ClassifiedLine[], i: number, from: number, to: number): boolean {
  const line = lines[i]!;
  if (!line.itemNumber || line.text.replace(/\.$/, '') !== line.itemNumber.number) return false;
  const above = previousNonBlank(lines, i - 1, from);
  if (above < from || lines[above]!.section || R.CMIS_PART.test(lines[above]!.text)) return false;
  // "(Non Key Decision)" may stand between the number and its minute.
  let n = nextNonBlank(lines, i + 1, to);
  if (n < to && ASIDE.test(lines[n]!.text)) n = nextNonBlank(lines, n + 1, to);
  if (n >= to) return false;
  const next = lines[n]!;
  return next.kinds.has('decision-label') || minuteSentence(next);
}

/** "(Key Decision - KD.25/20)", "(Copy Minutes herewith)": an aside in brackets on its own line heads nothing. */
const ASIDE = /^\([^()]{2,120}\)$/;

/** A line no item's title: what the template or the minute puts between the titles. */
function notATitle(line: ClassifiedLine): ClassifiedLine {
  const kinds = new Set(line.kinds);
  kinds.delete('item-number');
  kinds.delete('item-heading');
  kinds.delete('title');
  return { ...line, kinds, itemNumber: null, heading: null, numbered: null, title: null };
}

/**
 * The business as the items are read from it: a minute's own number is part of its minute, an aside in brackets is no
 * title, and a part of the meeting that says nothing of the items after it ("Standard Items", "Agenda Items") only
 * parts them, like a gap.
 */
function businessLines(lines: readonly ClassifiedLine[], from: number, to: number): { lines: ClassifiedLine[]; numbers: Set<number> } {
  const numbers = new Set<number>();
  const out = lines.map((line, i) => {
    if (i < from || i >= to || line.blank) return line;
    if (R.CMIS_PART.test(line.text) && !line.section) return { ...line, text: '', blank: true, kinds: new Set<never>(), title: null, heading: null, itemNumber: null };
    if (ASIDE.test(line.text)) return notATitle(line);
    if (!isMinuteNumber(lines, i, from, to)) return line;
    numbers.add(i);
    return notATitle(line);
  });
  return { lines: out, numbers };
}

/** Every line of a page the template built is the template's: the site's trail, the header, the tabs and the business. */
function pageLines(lines: readonly ClassifiedLine[]): number {
  return lines.filter((l) => !l.blank).length;
}

/** "RESOLVED - That ...", "AGREED:": a decision the meeting took; "RECOMMENDED that the press and public be excluded" is the agenda's proposal. */
function recordsDecision(line: ClassifiedLine): boolean {
  return line.kinds.has('decision-label') && !R.PROPOSED_DECISION.test(line.text);
}

/** Where each part of the meeting begins ("Standard Items", "Public Items", "Private Items" ...): the business's parts. */
function partStarts(lines: readonly ClassifiedLine[], from: number, to: number): number[] {
  const starts = [from];
  for (let i = from; i < to; i++) if (!lines[i]!.blank && (lines[i]!.section || R.CMIS_PART.test(lines[i]!.text))) starts.push(i);
  return starts;
}

/**
 * The items of one part of the meeting: its numbered headings, and the titles printed without a number before them
 * (the standard items a page leaves unnumbered above its numbered business), or, in a part that numbers none, every
 * title.
 */
function partHeadings(body: readonly ClassifiedLine[], from: number, to: number): ChosenHeading[] {
  const numbered = chooseHeadings(body, from, to, true);
  const first = numbered[0]?.at ?? to;
  const unnumbered = unnumberedHeadings(body, from, first, 1);
  return numbered.length === 0 ? chooseAnyHeadings(body, from, to, 1) : [...unnumbered, ...numbered];
}

/** "- NIL -", "None", "N/A", "There are no exempt items": a part of the meeting that says it holds nothing. */
const NOTHING_IN_PART = /^(?:[-–—] ?)?(?:nil|none|n\/a|no items?)(?: ?[-–—])?\.?$|^there (?:are|were|is) no (?:exempt |private |confidential |part (?:ii|2|b) |further |other )?(?:items?|business|reports?)\b/i;

/** Whether the first line under a part's heading says the part holds nothing. */
function partHoldsNothing(lines: readonly ClassifiedLine[], start: number, to: number): boolean {
  // A page cut short may end where its first part would start.
  const head = lines[start];
  if (!head || (!R.CMIS_PART.test(head.text) && !head.section)) return false;
  const k = nextNonBlank(lines, start + 1, to);
  return k < to && NOTHING_IN_PART.test(lines[k]!.text);
}

/**
 * The items of the business, part by part: each part of the meeting is numbered on its own terms (a page may leave
 * its standard items unnumbered, skip the numbers of items it prints nothing for, or number its private items afresh).
 * A part that says it holds nothing ("Exempt Items" over "- NIL -") holds no titles: what the page prints below it (the
 * committee's membership, the site's footer) is no item; only an item printed there with its own number is one.
 */
function itemHeadings(lines: readonly ClassifiedLine[], body: readonly ClassifiedLine[], numbers: ReadonlySet<number>, start: number, to: number): ChosenHeading[] {
  // Above "Items Of Business" stand the page's notices and the minute's preamble, never an item.
  const business = lines.findIndex((l, i) => i >= start && i < to && R.CMIS_BUSINESS.test(l.text));
  const from = business >= 0 ? business + 1 : start;
  const starts = partStarts(lines, from, to);
  const headings = starts.flatMap((start, n) => {
    const end = starts[n + 1] ?? to;
    return partHoldsNothing(lines, start, end) ? chooseHeadings(body, start, end, true) : partHeadings(body, start, end);
  });
  return withTitlesOverNumbers(lines, body, headings, numbers, from);
}

/**
 * Some councils' pages print an item as its title straight over the minute's number ("Report by the Director of
 * Finance." over "2" over the minute), with no agenda words between: a line over a minute's number that ends an earlier
 * item's minute (not the agenda's words under that item's own title: "To receive ...", "Report attached.") is the title
 * of the item that number opens, numbered by it. A decision's line there ("DECIDED: That ...") belongs to the minute
 * before, and so do the decided words under a label ("Resolved:" over "That the minutes ... be approved"): the item
 * after them lost its title.
 */
function withTitlesOverNumbers(lines: readonly ClassifiedLine[], body: readonly ClassifiedLine[], headings: ChosenHeading[], numbers: ReadonlySet<number>, from: number): ChosenHeading[] {
  const taken = new Set(headings.flatMap((h) => [h.at, h.titleAt]));
  // A minute numbered as its item's heading is ("1 Election of Chairman" ... "1") is that item's.
  const numbered = new Set(headings.map((h) => h.heading.number).filter(Boolean));
  const added: ChosenHeading[] = [];
  for (const k of numbers) {
    const p = previousNonBlank(body, k - 1, from);
    if (p < from || taken.has(p)) continue;
    const line = body[p]!;
    if (line.kinds.has('decision-label') || line.itemNumber || line.section || ASIDE.test(line.text) || R.SENTENCE_START.test(line.text)) continue;
    const above = previousNonBlank(body, p - 1, from);
    if (above < from || taken.has(above) || numbers.has(above) || line.text.split(' ').length > MAX_TITLE_WORDS) continue;
    // The decided words under "Resolved:" ("That the minutes ... be approved ...") end the minute before: no title.
    if ((body[above]!.decision && !body[above]!.decision!.rest) || /^that\b/i.test(line.text)) continue;
    const number = lines[k]!.itemNumber;
    if (!number || numbered.has(number.number) || line.text.startsWith('(')) continue;
    added.push({ at: p, titleAt: p, heading: { ...number, title: line.text.replace(/\.$/, ''), rest: null } });
  }
  return added.length === 0 ? headings : [...headings, ...added].sort((a, b) => a.at - b.at);
}

/** A title over a minute's number is a line of a few words, never a paragraph. */
const MAX_TITLE_WORDS = 40;

/** A minute's content read into an item. */
function withMinute(item: ParsedItem, lines: readonly ClassifiedLine[], meetingDate: string | null, words: readonly ClassifiedLine[] = []): { item: ParsedItem; excludes: boolean } {
  const content = extractFromLines(lines, { meetingDate, title: item.title });
  // The item's text: the agenda's words and its minute, up to an exclusion of the press and public inside it.
  const shown = content.exclusionEnd !== null ? lines.slice(0, content.exclusionEnd) : lines;
  item.body = renderLines([...words, ...shown].filter((l) => l.blank || !l.kinds.has('furniture')));
  item.resolutions = content.resolutions;
  item.requests = content.requests;
  item.workProgrammeAdditions = content.workProgrammeAdditions;
  if (content.workProgrammeAdditionDetails) item.workProgrammeAdditionDetails = content.workProgrammeAdditionDetails;
  return { item, excludes: content.excludesPublic };
}

/** Whether two minute numbers count in the same series ("DC.014/23", "DC.015/23"; "2", "3"), not a list's "1." inside a minute. */
function sameSeries(a: ClassifiedLine, b: ClassifiedLine): boolean {
  return a.itemNumber?.style === b.itemNumber?.style && a.itemNumber?.prefix === b.itemNumber?.prefix;
}

/** An item's minute with the title it stands under ('' for a minute whose title the page lost). */
type Minute = { title: string; lines: readonly ClassifiedLine[] };

/**
 * The decisions and requests of each item's minute, on a page that carries the minutes: the lines below the minute's
 * own number up to the next minute's, or (on a page that prints no such numbers) all the item's lines below its title.
 * A further minute of the series under one item's title is the minute of an item whose title the page lost with its
 * link: an item of its own, untitled, so that its decisions are no other item's. An item the page prints no minute
 * for decided nothing; an exempt item stays sealed. Returns the public minutes read, each under its title: all that may be
 * read for who chaired (Schedule 12A: an exempt minute is read for nothing).
 */
function minutesRead(meeting: ParsedMeeting, lines: readonly ClassifiedLine[], body: readonly ClassifiedLine[], headings: readonly ChosenHeading[], numbers: ReadonlySet<number>, to: number): Minute[] {
  const items: ParsedItem[] = [];
  const publicMinutes: Minute[] = [];
  // After a minute that excludes the press and public, an untitled minute is the exempt business's.
  let excluded = false;
  meeting.items.forEach((item, n) => {
    items.push(item);
    const h = headings[n];
    if (!h || item.private) return;
    const end = headings[n + 1]?.at ?? to;
    if (numbers.size === 0) {
      excluded = withMinute(item, body.slice(h.titleAt + 1, end), meeting.date).excludes || excluded;
      publicMinutes.push({ title: h.heading.title, lines: body.slice(h.titleAt + 1, end) });
      return;
    }
    const minutes: number[] = [];
    for (let k = h.titleAt + 1; k < end; k++) if (numbers.has(k) && (minutes.length === 0 || sameSeries(lines[minutes[0]!]!, lines[k]!))) minutes.push(k);
    if (minutes.length === 0) publicMinutes.push({ title: h.heading.title, lines: body.slice(h.titleAt + 1, end) });
    minutes.forEach((at, m) => {
      const minute = body.slice(at + 1, minutes[m + 1] ?? end);
      if (m === 0) {
        excluded = withMinute(item, minute, meeting.date, body.slice(h.titleAt + 1, at)).excludes || excluded;
        publicMinutes.push({ title: h.heading.title, lines: body.slice(h.titleAt + 1, minutes[1] ?? end) });
      } else if (excluded) items.push(sealedItem(untitledItem()));
      else {
        const read = withMinute(untitledItem(), minute, meeting.date);
        excluded = read.excludes;
        items.push(read.item);
        publicMinutes.push({ title: '', lines: minute });
      }
    });
  });
  meeting.items = items;
  return publicMinutes;
}

/**
 * "Items Of Business" over "There were submitted the Minutes of ..." and "DECIDED: That the Minutes be approved.", above
 * the first title: the minute of a first item whose title the page lost with its link, an item of its own.
 */
function untitledFirstMinute(meeting: ParsedMeeting, lines: readonly ClassifiedLine[], body: readonly ClassifiedLine[], headings: readonly ChosenHeading[]): void {
  const business = lines.findIndex((l) => R.CMIS_BUSINESS.test(l.text));
  const first = headings[0]?.at ?? lines.length;
  if (business < 0 || business >= first) return;
  const minute = body.slice(business + 1, first);
  if (!minute.some(recordsDecision)) return;
  const { item } = withMinute(untitledItem(), minute, meeting.date);
  if (item.resolutions.length > 0) meeting.items.unshift(item);
}

/** An item whose title the page lost. */
function untitledItem(): ParsedItem {
  return { number: null, title: 'Untitled item', body: '', reportAuthor: null, pages: null, subItems: [], papers: [], private: false, resolutions: [], requests: [], workProgrammeAdditions: [] };
}

/**
 * A CMIS page's meeting: the business after the header, its items numbered or (on some councils' pages) printed as
 * titles alone; the page carries the minutes when a minute's number stands over its text or a decision is recorded, and
 * then each item's decisions are its minute's. The committee, date and time are the header's.
 */
export function readCmisPage(lines: readonly ClassifiedLine[], header: CmisHeader): DocumentReading {
  const { lines: body, numbers } = businessLines(lines, header.body, lines.length);
  let decided = numbers.size > 0;
  for (let i = header.body; i < lines.length && !decided; i++) if (recordsDecision(lines[i]!)) decided = true;
  const warnings: string[] = [];
  const headings = itemHeadings(lines, body, numbers, header.body, lines.length);
  // The agenda's reading keeps each item's words, the sections the items stand in and the attendance a page prints
  // below its items.
  const { meeting } = readAgenda(body, header.body, lines.length, warnings, headings);
  meeting.kind = decided ? 'minutes' : 'agenda';
  meeting.committee = header.committee;
  meeting.date = header.date;
  meeting.time = header.time;
  const publicMinutes = decided ? minutesRead(meeting, lines, body, headings, numbers, lines.length) : [];
  if (decided) untitledFirstMinute(meeting, lines, body, headings);
  // Above "Items Of Business" the minute's preamble names the chair and those in attendance.
  const business = lines.findIndex((l, i) => i >= header.body && R.CMIS_BUSINESS.test(l.text));
  if (business >= 0 && !meeting.chair && meeting.present.length === 0) {
    const listed = attendanceListedIn(lines.slice(header.body, business));
    meeting.present = listed.present;
    meeting.chair = listed.chair;
  }
  // A page of minutes that names its chair in no attendance list may name them in a minute: the chair the first item
  // of an annual meeting elects, or "X in the Chair" under an item.
  if (decided && !meeting.chair) {
    meeting.chair = chairOfMinutes(publicMinutes);
    if (meeting.chair) meeting.chair = withChairPresent(meeting.present, meeting.chair);
  }
  return { kind: decided ? 'minutes' : 'agenda-pack', meetings: [meeting], workProgramme: [], warnings: warnings.filter((w) => !/no meeting date/.test(w)), explained: pageLines(lines) };
}
