// The classify stage: every normalised line is asked once what it may be, and
// the answers are kept on the line. A line can be several things at once (an
// item heading that is also a date line, a decision label that also excludes
// the press and public); readers choose among the kinds by where the line
// stands, never by asking a pattern again.
//
// `scrutiny parse --lines FILE` prints these kinds beside each line, for the
// engineer teaching the parser a new council's layout.
import { type FoundDate, MONTH_WORD, findDates, findTimes } from './dates.ts';
import type { Line } from './normalise-text.ts';
import { continuesAbove, privateLineKind } from './private-part.ts';
import * as R from './rules.ts';
import { titleBeforeListMark } from './title-list-mark.ts';

export type LineKind =
  | 'blank'
  | 'bullet'
  | 'table-row'
  | 'pipe-row'
  | 'furniture'
  | 'item-mark'
  | 'council'
  | 'minutes-title'
  | 'met-title'
  | 'page-title'
  | 'agenda-word'
  | 'table-head'
  | 'meeting-heading'
  | 'date'
  | 'date-label'
  | 'place-label'
  | 'contact-label'
  | 'membership-label'
  | 'attendance-label'
  | 'chair-marker'
  | 'person'
  | 'item-heading'
  | 'item-number'
  | 'paragraph-number'
  | 'title'
  | 'minutes-part'
  | 'decision-part'
  | 'author'
  | 'attachment'
  | 'decision-label'
  | 'present-tense-decision'
  | 'motion'
  | 'clause'
  | 'action'
  | 'exclusion'
  | 'readmission'
  | 'business-section'
  | 'closing'
  | 'start-time'
  | 'signature'
  | 'item-page-start'
  | 'item-page-meeting'
  | 'issue-page-head'
  | 'issue-meeting'
  | 'decision-field'
  | 'dated-title'
  | 'decision-details-head'
  | 'briefing-note'
  | 'subject'
  | 'appendix'
  | 'work-programme-heading'
  | 'slot';

export type HeadingStyle = 'word' | 'ref' | 'lettered' | 'sub' | 'plain' | 'paren' | 'roman';

/** An item number as printed and what it counts in: "19/24" counts 19, "3a" counts 3 with sub "a". */
export interface ItemNumber {
  number: string;
  base: number;
  /** A minute reference's other number ("ERSC/23/8": base 23, alt 8): whichever runs in sequence is the item's. */
  alt: number | null;
  sub: string;
  style: HeadingStyle;
  /** What stands before the numbers in a reference ("C", "ERSC/"), upper-cased: items of one series share it. */
  prefix: string;
}

export interface Heading extends ItemNumber {
  title: string;
  /** The first sentence of the minute when the line runs on after the title ("1. Apologies. Apologies were ..."). */
  rest: string | null;
}

export interface Label {
  group: R.AttendanceGroup;
  rest: string;
}

export interface Clause {
  marker: string;
  kind: 'number' | 'letter' | 'roman';
  bracketed: boolean;
  rest: string;
}

export interface Decision {
  /** What follows the label on its line. */
  rest: string;
  unanimous: boolean;
  /** The line is the decision, quoted whole ("The Committee AGREED the rate ..."). */
  whole?: boolean;
  /** A label that decides only through the clauses listed under it ("The Committee:-"). */
  needsList?: boolean;
}

export interface MeetingHeading {
  committee: string;
  date: string;
  time: string | null;
  cancelled: boolean;
}

export interface IssueMeeting {
  date: string;
  committee: string;
  number: string | null;
}

export interface ClassifiedLine extends Line {
  index: number;
  kinds: ReadonlySet<LineKind>;
  heading: Heading | null;
  itemNumber: ItemNumber | null;
  /** A number and words that did not read as a title on their own (a title wrapped onto the next line, perhaps). */
  numbered: { item: ItemNumber; after: string } | null;
  label: Label | null;
  clause: Clause | null;
  decision: Decision | null;
  /** The first date on the line and where it stands. */
  date: FoundDate | null;
  time: string | null;
  closingTime: string | null;
  section: 'public' | 'private' | null;
  meetingHeading: MeetingHeading | null;
  issueMeeting: IssueMeeting | null;
  /** The line as an unnumbered title would read (attachment mark dropped), when it is shaped like one. */
  title: string | null;
  /** What follows a header label ("Venue: ...", "Subject: ..."). */
  value: string | null;
  /** A decision record's labelled field ("Made at meeting: 10/06/2025 - Cabinet"): which fact, and its value. */
  recordField: { group: 'meeting' | 'maker' | 'date' | 'other'; value: string } | null;
  /** "11/06/2025 - Committee Planner": a record dated first, then its title. */
  datedTitle: string | null;
}

// ---------------------------------------------------------------------------
// Titles

const words = (text: string) => text.split(' ').filter(Boolean);

/** Lower-case letters: a line in capitals is a heading's style. */
function isCapitals(text: string): boolean {
  return /[A-Z]{2}/.test(text) && !/[a-z]/.test(text);
}

/** A title with its attachment mark ("pdf icon PDF 82 KB") removed. */
export function withoutAttachment(text: string): string {
  const typed = R.TYPE_AND_SIZE_MARK.exec(text);
  if (typed) return typed[1]!.trim();
  const m = R.ATTACHMENT_MARK.exec(text);
  if (!m) return text;
  // "Minutes [PDF 210 KB]": the brackets go with the mark.
  const bracketed = /[[(] ?$/.test(text.slice(0, m.index)) && /^ ?[\])]/.test(text.slice(m.index + m[0].length));
  const before = bracketed ? text.slice(0, m.index).replace(/[[(] ?$/, '') : text.slice(0, m.index);
  const after = bracketed ? text.slice(m.index + m[0].length).replace(/^ ?[\])]/, '') : text.slice(m.index + m[0].length);
  return `${before} ${after}`.replace(/ {2,}/g, ' ').trim();
}

/** Does a piece of text read as a title: short, no sentence's verbs, no closing stop (a short verbless one may have one)? */
/** ", which ..." closing a line: a relative clause on the title's last words. */
const TRAILING_WHICH_CLAUSE = /, which [^,;]{1,120}$/;

export function readsAsTitle(text: string, emphasis = false, wholeLine = false): boolean {
  if (text.length > (emphasis ? 220 : 160) || !/^["'(\u2018\u201c]?[A-Z0-9£]/.test(text) || !/[A-Za-z]{2}/.test(text)) return false;
  const n = words(text).length;
  if (n > (emphasis ? 30 : 24)) return false;
  const last = text[text.length - 1]!;
  if (last === ';' || last === ',') return false;
  // "Matters arising from the minutes, which are not included on this agenda": an agenda's title may end in a
  // relative clause; the verb that makes a sentence stands outside it.
  if (R.FINITE_VERB.test(text.replace(TRAILING_WHICH_CLAUSE, ''))) return false;
  // A line that ends on "of" or "the" was cut off mid-sentence (a title printed alone may, rarely, do so).
  if (wholeLine && R.TRAILING_FUNCTION_WORD.test(text.slice(text.lastIndexOf(' ') + 1))) return false;
  if (last === '.' && !R.ABBREVIATION_END.test(text) && n > 14 && !isCapitals(text)) return false;
  // "That the vacant positions be filled as a priority.": a decision whose label was dropped, not a title.
  if (last === '.' && /^That\b/.test(text) && R.SUBJUNCTIVE.test(text)) return false;
  return true;
}

/** "Grass cutting quote from Greenways at £450 – approved.": what follows the last spaced dash is a verdict on what stands before it. */
export function endsInDashVerdict(text: string): boolean {
  const dash = Math.max(text.lastIndexOf(' – '), text.lastIndexOf(' - '), text.lastIndexOf(' — '));
  return dash > 0 && R.DASH_VERDICT.test(text.slice(dash + 3).trim());
}

/**
 * A heading whose line ends in a verdict after a spaced dash ("Confirmation of the minutes of 6 May – Agreed",
 * "Order of the agenda – item 7 added – agreed"): the title is what stands before the first dash, and the minute
 * is the whole line, read as a verdict after a dash is read in a minute's sentence.
 */
function headingWithVerdict(text: string): { title: string; rest: string } | null {
  const first = text.search(/ [–—-] /);
  if (first < 3 || !endsInDashVerdict(text)) return null;
  const title = text.slice(0, first).trim();
  return readsAsTitle(title) && !R.FINITE_VERB.test(title) ? { title, rest: text } : null;
}

/**
 * A short title, a dash and then the minute ("Bin update- clerk to report the missed collections", "Apologies – None."):
 * what follows the dash must say something ("clerk to get quotes", "signed off", "None."), not carry on a title
 * ("Cost of living support - review findings").
 */
function headingThenMinute(text: string, emphasis: boolean): { title: string; rest: string } | null {
  const dash = TITLE_DASH.exec(text);
  if (!dash || dash.index <= 2) return null;
  const head = text.slice(0, dash.index);
  const tail = text.slice(dash.index + dash[0].length);
  const sentence = /[.]$/.test(tail) || R.FINITE_VERB.test(tail) || (/^[a-z]/.test(tail) && /\bto [a-z]|\b[a-z]{3,}ed\b/.test(tail));
  // "Apologies for absence. A Stacey and B Lowe – work commitments.": the title ended at its stop, before the dash.
  const stop = /[a-z]\. (?=[A-Z])/.exec(head);
  if (stop) {
    const title = head.slice(0, stop.index + 1);
    return words(title).length <= 8 && readsAsTitle(title, emphasis) && !R.FINITE_VERB.test(title) ? { title, rest: text.slice(stop.index + stop[0].length) } : null;
  }
  // ("Submitted – Minutes of the Planning Committee ...": a participle alone before the dash opens the title, it is none.)
  if (/^[A-Z][a-z]{2,}ed$/.test(head)) return null;
  return words(head).length <= 8 && readsAsTitle(head, emphasis) && /^\p{L}/u.test(tail) && sentence && !findDates(head).length ? { title: head, rest: tail } : null;
}

/**
 * "Confirmation of the Minutes of the Meeting held on 21st September 2023– RESOLVED that ...": a title, a dash (spaced,
 * or glued to the title's last word) and the decision's label, on one line. The title may hold a date.
 */
function headingThenDecision(text: string, emphasis: boolean): { title: string; rest: string } | null {
  const m = / ?[-–—] (?=(?:[Ii]t was )?(?:RESOLVED|AGREED|DECIDED|Resolved|Agreed|Decided)\b)/.exec(text);
  if (!m || m.index <= 2) return null;
  const head = text.slice(0, m.index).trim();
  return readsAsTitle(head, emphasis) && !R.FINITE_VERB.test(head) ? { title: head, rest: text.slice(m.index + m[0].length) } : null;
}

/**
 * "Materion mynwentydd/cemetery matters. a) Grave digger invoice received.", "Public Forum a. Police Report.": a title,
 * then the item's first lettered part on the same line (the list's first letter, then a capital).
 */
function headingThenFirstPart(text: string, emphasis: boolean): { title: string; rest: string } | null {
  const m = /[.:]? (?=\(?a[.)] [A-Z0-9])/.exec(text);
  if (!m || m.index <= 2) return null;
  const head = text.slice(0, m.index).trim();
  return words(head).length <= 10 && readsAsTitle(head, emphasis) && !R.FINITE_VERB.test(head) ? { title: head, rest: text.slice(m.index + m[0].length) } : null;
}

/**
 * "Apologies To receive apologies for absence", "Call ins (if any): details to follow.": an agenda's title with its
 * words run on after it on one line: what the meeting is to do ("To <verb> ...", the verbs an agenda's words open
 * with) or where the paper stands ("report to follow", "enclosed"). The title is what stands before them.
 */
function titleThenAgendaWords(clean: string, emphasis: boolean): { title: string; rest: string } | null {
  const colon = clean.indexOf(': ');
  const at = colon > 2 && R.PAPER_STATE.test(clean.slice(colon + 2)) ? colon : clean.search(TO_VERB_AFTER_TITLE);
  if (at < 3) return null;
  const head = clean.slice(0, at).replace(/[:.]$/, '').trim();
  if (!readsAsTitle(head, emphasis) || R.TRAILING_FUNCTION_WORD.test(head.slice(head.lastIndexOf(' ') + 1))) return null;
  return { title: head, rest: clean.slice(at).replace(/^:? /, '') };
}

/** " To receive ...": the verbs an agenda's words open with, after a title on its line. */
const TO_VERB_AFTER_TITLE = / (?=To (?:receive|consider|note|approve|agree|confirm|review|determine|sign|authorise|discuss|invite|appoint|elect|resolve)\b)/;

/** Words that label a line inside a minute ("Note:", "Action:", "Proposed:"), never a heading of one word. */
const INNER_LABEL_WORD = /^(?:notes?|actions?|proposed|seconded|resolved|agreed|decided|decision|outcome|response|answer|question|comments?|reasons?|vote|result|recommendations?|noted|update|query|ps|nb)$/i;

/**
 * "136/25 Correspondence: A letter ... was read.", "7. Finance: The Clerk reported ...": after an item's number, one word
 * before a colon is the heading when a sentence follows it (a title of two words or more is splitTitle's).
 */
function oneWordThenMinute(after: string, item: ItemNumber): { title: string; rest: string } | null {
  if (item.style === 'sub') return null;
  const m = /^([A-Z][a-z]{3,24}): (?=[A-Z])/.exec(after);
  if (!m || INNER_LABEL_WORD.test(m[1]!)) return null;
  const rest = after.slice(m[0].length);
  return /[.]$/.test(rest) || R.FINITE_VERB.test(rest) ? { title: m[1]!, rest } : null;
}

/**
 * The headings every council's minutes use, as a numbered line may open with them and run straight on into the minute
 * with no stop, colon or dash between ("Cou/412/09-10 Declarations of Interest Cllr P Rudge ...", "3. Election of
 * Officers 2015/2016 Election to office ...").
 */
const STANDARD_HEADING =
  /^(?:apologies(?: for absence)?|(?:declarations?|disclosures?) of (?:members'? |councillors'? )?(?:disclosable )?(?:pecuniary |personal )?interests?|dispensations|election of (?:officers|(?:the )?(?:vice[- ])?chair(?:man|person)?)(?: (?:for|of) (?:the )?(?:year|council))?(?: \d{4}(?:[/-]\d{2,4})?)?|public (?:participation|question time|forum|session)|minutes of the (?:last|previous) meeting|matters arising(?: from the minutes)?|correspondence|planning applications|date of (?:the )?next meeting|any other business|(?:chair(?:man)?'s|clerk's|mayor's) (?:report|announcements))(?= [A-Z])/i;

function standardHeadingThenMinute(after: string, item: ItemNumber): { title: string; rest: string } | null {
  if (item.style === 'sub') return null;
  const m = STANDARD_HEADING.exec(after);
  // The minute starts with a capital ("... Interest Cllr P Rudge"), not a sentence's verb ("Apologies were received").
  if (!m || !/^ [A-Z]/.test(after.slice(m[0].length))) return null;
  const rest = after.slice(m[0].length + 1);
  return rest.split(' ').length >= 3 ? { title: m[0], rest } : null;
}

/**
 * A heading's text: the title, and the minute's first words when a layout runs
 * them on ("Election of Chairman. Cllr A proposed ...", "APOLOGIES No apologies were received").
 */
/** The verb a heading in capitals runs on into when it is the minute's subject: "APOLOGIES FOR ABSENCE received from ...". */
const RUN_ON_VERB = /^(?:received|were|was|had|has|have|noted|given|sent|tendered|accepted|approved|agreed|signed|read)$/;

/**
 * "APOLOGIES FOR ABSENCE received from L. Pardoe", "THE MINUTES of the last meeting were approved": the heading in capitals
 * runs on in lower case as the subject of its minute. The case changes where the heading ends; the minute is the whole line.
 */
function capitalsRunOnInLowerCase(clean: string): { title: string; rest: string } | null {
  const ws = words(clean);
  let k = 0;
  while (k < ws.length && /[A-Z]{2}/.test(ws[k]!) && !/[a-z]/.test(ws[k]!)) k++;
  if (k < 2 || k >= ws.length || ws.slice(0, k).join('').replace(/[^A-Z]/g, '').length < 5) return null;
  return RUN_ON_VERB.test(ws[k]!) ? { title: ws.slice(0, k).join(' ').replace(/[:.-]$/, ''), rest: clean } : null;
}

/**
 * "APOLOGIES FOR ABSENCE / DECLARATIONS OF INTEREST Cllrs J Ingram, N Kemble.": a heading in capitals (two headings joined
 * by a slash, perhaps) run on into its list of people, which opens with a plural title.
 */
function capitalsThenTitledList(clean: string): { title: string; rest: string } | null {
  const ws = words(clean);
  let k = 0;
  while (k < ws.length && ((/[A-Z]{2}/.test(ws[k]!) && !/[a-z]/.test(ws[k]!)) || /^[/&–-]$/.test(ws[k]!))) k++;
  if (k < 1 || k >= ws.length - 1 || !/^(?:Cllrs|Councillors)\.?$/.test(ws[k]!) || ws.slice(0, k).join('').replace(/[^A-Z]/g, '').length < 5) return null;
  return { title: ws.slice(0, k).join(' ').replace(/[:.-]$/, ''), rest: ws.slice(k).join(' ') };
}

/** A person's title opening a minute's first sentence: "... Attended Councillor M Rook welcomed everybody ...". */
const PERSON_OPENING = / (?=(?:(?:County|Borough|District|City|Town|Parish|Ward|Unitary) )?(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Dr) [A-Z])/;

/**
 * "Mayor's Remarks and Events Attended Councillor M Rook welcomed everybody ...": a heading in title case run on with no
 * stop into its minute, whose first sentence opens with a person named by their title. The heading ends there when the
 * line goes on as a minute (a sentence's verb after the name) and the heading alone reads as a title.
 */
function titleThenPersonSentence(clean: string): { title: string; rest: string } | null {
  const m = PERSON_OPENING.exec(clean.slice(0, 160));
  if (!m || m.index < 3) return null;
  const head = clean.slice(0, m.index);
  const rest = clean.slice(m.index + 1);
  const ws = words(head);
  // In title case a capitalised verb is one of the title's words ("Events Attended"); only the small words could make a sentence.
  const small = ws.filter((w) => /^[a-z]/.test(w)).join(' ');
  if (ws.length < 2 || ws.length > 12 || !/^["'\u2018]?[A-Z]/.test(head) || !inTitleCase(head) || R.FINITE_VERB.test(small)) return null;
  if (R.TRAILING_FUNCTION_WORD.test(ws[ws.length - 1]!)) return null;
  return R.FINITE_VERB.test(rest) ? { title: head, rest } : null;
}

/** Words in title case: none of the longer words (four letters or more) opens in lower case. */
export function inTitleCase(text: string): boolean {
  return !/(?:^| )[a-z]{4,}/.test(text);
}

export function splitTitle(text: string, emphasis = false): { title: string; rest: string | null } | null {
  const clean = text.replace(/:$/, '').trim();
  if (!clean) return null;
  // "Declaration of interest: None", "Benches: the Clerk had contacted ...": the title, a colon, the minute.
  const colon = clean.indexOf(': ');
  // "Annual Parish Meeting Resolution: The council decided ...": the decision's label opens the minute, after the title.
  const labelled = colon > 3 ? / (?:Resolution|RESOLUTION|Resolved|RESOLVED|Decision|DECISION)$/.exec(clean.slice(0, colon)) : null;
  if (labelled && words(clean.slice(0, labelled.index)).length >= 2 && !/[.!?]/.test(clean.slice(0, labelled.index)) && readsAsTitle(clean.slice(0, labelled.index), emphasis)) {
    return { title: clean.slice(0, labelled.index), rest: clean.slice(colon + 2) };
  }
  if (colon > 3) {
    const head = clean.slice(0, colon);
    const tail = clean.slice(colon + 2);
    // "Exclusion of press and public: To resolve under ...": the agenda's words after the title, perhaps wrapped.
    const agendaWords = /^To [a-z]{3,}/.test(tail);
    // "Apologies for Absence: There were no absentees": a sentence after the colon, stop or no stop.
    const sentence = /[.]$/.test(tail) || R.FINITE_VERB.test(tail) || R.sentenceStop().test(tail);
    // "ALLOTMENTS The list stood at 14. RESOLVED: That ...": a head that holds a sentence's end is a heading and its minute, not a title.
    if (words(head).length >= 2 && readsAsTitle(head, emphasis) && !R.sentenceStop().test(head) && /^[A-Z]/.test(tail) && (sentence || words(tail).length <= 3 || agendaWords) && !findDates(tail).length) {
      return { title: head, rest: tail };
    }
    // "1. Present: Cllr A (Chair), Cllr B", "APOLOGIES: Cllr C (work)": an attendance label as the item's title, its list after the colon.
    if (R.BARE_LABEL.test(head) && /^[A-Z]/.test(tail)) return { title: head, rest: tail };
  }
  // "Confirmation of the minutes of 6 May – Agreed", "Bin update- clerk to get quotes": a title, a dash, then the minute on one line.
  // "Public Forum a. Police Report. ... – ...": the first lettered part ends the title before any dash further on.
  const parted = headingThenFirstPart(clean, emphasis);
  if (parted) return parted;
  // "Financial business (5) There were no items ...", "MINUTES / COFNODION 3.1 The Minutes ...": a paragraph's number ends the title.
  const marked = titleBeforeListMark(clean, (head) => readsAsTitle(head, emphasis));
  if (marked) return marked;
  const dashed = headingWithVerdict(clean) ?? headingThenDecision(clean, emphasis) ?? headingThenMinute(clean, emphasis);
  if (dashed) return dashed;
  // "Disclosure of Interests None.", "APOLOGIES FOR ABSENCE none": a title and the minute that records nothing, on one row.
  const nil = R.NIL_MINUTE_END.exec(clean);
  // ("Declarations of Interest – None": a spaced dash may stand between them; "Minutes: none" is read at the colon above.)
  const nilHead = nil ? clean.slice(0, nil.index).replace(/ [-–—]$/, '') : '';
  if (nil && nilHead.length > 2 && !/[-–—:]$/.test(nilHead) && readsAsTitle(nilHead, emphasis)) return { title: nilHead, rest: clean.slice(nil.index + 1) };
  // "Minutes of the last meeting. Approved and signed.", "Apologies for absence. A Bell and C Dunn - work.": a title never
  // holds the stop between two sentences; a line that ends in a stop and holds one inside is a title and its minute.
  // (A heading in capitals before a sentence, "ALLOTMENTS The list stood at 14. ...", ends where the capitals end, below.)
  const stopped = clean.endsWith('.') && !R.ABBREVIATION_END.test(clean) ? R.sentenceStop().exec(clean) : null;
  const head = stopped ? clean.slice(0, stopped.index) : '';
  const oneCase = isCapitals(head.replace(/[^A-Za-z]/g, '') || 'x') || !/\b[A-Z]{3,}\b/.test(head);
  if (stopped && stopped.index > 2 && oneCase && words(head).length <= 10 && readsAsTitle(head, emphasis)) {
    const numbered = clean.slice(0, stopped.index + 1);
    const title = withoutParagraphNumber(numbered);
    return { title: title === numbered ? clean.slice(0, stopped.index) : title, rest: clean.slice(stopped.index + 2) };
  }
  const agendaWords = titleThenAgendaWords(clean, emphasis);
  if (agendaWords) return agendaWords;
  const runOn = capitalsRunOnInLowerCase(clean);
  if (runOn) return runOn;
  const listed = capitalsThenTitledList(clean);
  if (listed) return listed;
  const named = titleThenPersonSentence(clean);
  if (named) return named;
  if (readsAsTitle(clean, emphasis)) return { title: clean, rest: null };
  // "MINUTES OF PREVIOUS MEETING The Minutes of ...": a heading in capitals, then the minute in sentence case (before
  // "Title. Sentence", so that "ALLOTMENTS The list stood at 14. RESOLVED ..." ends its title where the capitals end).
  const ws = words(clean);
  const capitalWord = (w: string) => isCapitals(w.replace(/[^A-Za-z]/g, '') || 'X') && /[A-Z]/.test(w);
  let k = 0;
  // "CORRECTIONS TO 01/12/2020 MEETING Members were ...", "PRECEPT 2026/27 The Clerk ...": a date or a number in the heading,
  // its capitals going on after it or its minute beginning.
  const numberInHeading = (i: number) => i > 0 && NUMBER_WORD.test(ws[i]!) && i + 1 < ws.length && (capitalWord(ws[i + 1]!) || /^[A-Z][a-z]/.test(ws[i + 1]!));
  while (k < ws.length && (capitalWord(ws[k]!) || numberInHeading(k))) k++;
  // "PUBLIC REQUESTS TO SPEAK – There were none": a spaced dash may stand between them.
  const from = k < ws.length && /^[-–—]$/.test(ws[k]!) ? k + 1 : k;
  if (k >= 1 && from < ws.length && ws.slice(0, k).join('').replace(/[^A-Z]/g, '').length >= 5) {
    const rest = ws.slice(from).join(' ');
    const opensMinute = /^[A-Z][a-z]/.test(ws[from]!) && ws.length - from >= 4;
    // "MINUTES OF THE LAST MEETING were approved and signed.": the heading is the subject of the minute that runs on,
    // so the minute is the whole line.
    const runsOn = /^[a-z]/.test(ws[from]!) && R.FINITE_VERB.test(rest);
    if (opensMinute || runsOn) return { title: withoutParagraphNumber(ws.slice(0, k).join(' ')).replace(/[:.-]$/, ''), rest: opensMinute ? rest : clean };
  }
  // "Title. Sentence ...": a short verbless title, a stop, then a sentence in its own case.
  // (A stop after a title printed before a name, "Cllr. Dunmore", ends no title.)
  const stop = titleStop(clean);
  if (stop > 2 && stop < 100) {
    const head = clean.slice(0, stop);
    const rest = clean.slice(stop + 2).trim();
    // An agenda's wording as the title ("To invite Councillors to declare an interest ...") runs longer.
    const limit = /^To [a-z]/.test(head) ? 16 : 10;
    if (words(head).length <= limit && !R.FINITE_VERB.test(head) && /^["'(]?[A-Z]/.test(rest) && readsAsTitle(head)) return { title: head, rest };
  }
  return titleThenSentence(clean);
}

/** Words a title run on into its minute may have before the minute's first sentence begins. */
const RUN_ON_TITLE_WORDS = 16;
/** How far into the minute's first sentence its verb stands, at most ("The Minutes Action Plan was ..."). */
const SENTENCE_VERB_REACH = 5;
/** How far the verb may stand after "The", "No", "Members" ...: the subject they open may run on ("The statement of accounts to ..."). */
const SUBJECT_VERB_REACH = 10;
/**
 * Words that open a sentence whose subject runs on in capitals before its verb ("The Minutes Action Plan was reviewed",
 * "Cllr Dunmore reported ...").
 */
const SUBJECT_OPENING = /^(?:The|This|These|No|All|Members|It|There|Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Dr)$/;
/** A person's title: the name after it is no sentence's first word. */
const NAME_TITLE_WORD = /^(?:Councillors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr)$/;

/** The tier a councillor's title may name before "Councillor": "County Councillor Tate", "Borough Councillor Hill". */
const COUNCIL_TIER = /^(?:County|Borough|District|City|Town|Parish|Ward|Unitary)$/;

/** Whether a person's title opens at word k: "Councillor", "Cllr", or "County Councillor". */
function personTitleAt(ws: readonly string[], k: number): boolean {
  return NAME_TITLE_WORD.test(ws[k] ?? '') || (COUNCIL_TIER.test(ws[k] ?? '') && /^(?:Councillors?|Cllrs?\.?)$/.test(ws[k + 1] ?? ''));
}

/**
 * "Public Participation Session The meeting was advised ...", "To receive and approve Apologies for Absence Apologies
 * were received from ...": a title run on with no stop, colon or dash into its minute. The title ends where a sentence
 * begins: a word with a capital whose verb follows within a few words in small letters (or after "The ..."), the title
 * before it holding no verb and ending on no small joining word. A fallback: only lines no other split reads.
 */
function titleThenSentence(clean: string): { title: string; rest: string } | null {
  const ws = words(clean);
  const verbAt = (k: number): boolean => {
    const opener = ws[k]!;
    const subject = SUBJECT_OPENING.test(opener) || personTitleAt(ws, k);
    const reach = subject ? SUBJECT_VERB_REACH : SENTENCE_VERB_REACH;
    for (let j = k + 1; j < ws.length && j <= k + reach; j++) {
      const w = ws[j]!;
      if (R.FINITE_VERB.test(w) && /^[a-z]/.test(w)) return true;
      // Only the sentence's own subject stands before its verb: small words, or capitals after "The ...".
      if (/^[A-Z]/.test(w) && !subject) return false;
    }
    return R.SENTENCE_START.test(ws.slice(k, k + 3).join(' '));
  };
  // ("The minutes of the meeting held on 12 January were approved": a sentence from its first word has no title.)
  // A colon or a spaced dash in the line is a mark the other splits read and declined ("Minutes: The minutes of ... 12th").
  // (The agenda's "To receive ..." is a title's wording.)
  if ((R.SENTENCE_START.test(clean) && !/^To /.test(clean)) || /^(?:The|It|There|This)\b/.test(clean) || /: | [-–—] /.test(clean.slice(0, 160))) return null;
  for (let k = 1; k < ws.length - 1 && k <= RUN_ON_TITLE_WORDS; k++) {
    // ("Defibrillators Councillor Hollis ... reported": a title of one word ends only where a person's title opens the sentence.)
    if (k === 1 && !personTitleAt(ws, 1)) continue;
    // ("Highways County Councillor Tate reported ...": the person's title is two words; the sentence opens at the first.)
    if (personTitleAt(ws, k - 1) && NAME_TITLE_WORD.test(ws[k]!)) continue;
    // ("Planning Applications Received were ...": a participle in capitals is the title's word, not a sentence's subject.)
    // ("In the absence of the Tree Warden, it was ...": a word closed by a comma carries on a sentence already begun.)
    if (!/^[A-Z][a-z]/.test(ws[k]!) || /(?:ed|[,;:])$/.test(ws[k]!)) continue;
    const head = ws.slice(0, k).join(' ');
    // ("... meeting The Speed Watch Action Plan was reviewed": the sentence began at its "The", not at a later word.)
    // ("Letters from the County Council were noted": a name after "the" is the sentence's own words; "... to address the
    // council The Chairman advised ...": a word in small letters after it ends the title.)
    if (R.FINITE_VERB.test(head) || / (?:The|This|These) /.test(head) || (k >= 2 && /^(?:the|a|an)$/.test(ws[k - 2]!) && !/^[a-z]/.test(ws[k - 1]!)) || R.TRAILING_FUNCTION_WORD.test(ws[k - 1]!) || NAME_TITLE_WORD.test(ws[k - 1]!) || (k >= 2 && NAME_TITLE_WORD.test(ws[k - 2]!)) || /[,;:\d]$/.test(ws[k - 1]!)) continue;
    if (verbAt(k) && readsAsTitle(head)) return { title: head, rest: ws.slice(k).join(' ') };
  }
  return null;
}

/** Where "Title. Sentence" ends its title: the first ". " that does not close an abbreviation ("Cllr.", "St."), or -1. */
function titleStop(text: string): number {
  for (let at = text.indexOf('. '); at >= 0; at = text.indexOf('. ', at + 1)) {
    // Only the word before the stop is looked at, so a long line is read once.
    const word = /[A-Za-z]{1,12}$/.exec(text.slice(Math.max(0, at - 12), at))?.[0] ?? '';
    if (!R.ABBREVIATION_END.test(`${word}.`)) return at;
  }
  return -1;
}

/** A number, a year or a date written with digits ("12", "2024/25", "01/12/2020"). */
const NUMBER_WORD = /^\(?\d[\d/.,-]{0,11}\)?$/;
/**
 * "PROVOST'S REMARKS 1.", "COMMUNICATIONS: 01.": the number of the minute's first paragraph, closed by its stop, after a
 * heading in capitals opens the minute, not the heading; a number a word refers to stays ("MINUTE 5."). The heading
 * without it (and without the stop), or the text as it was.
 */
function withoutParagraphNumber(text: string): string {
  const ws = words(text);
  if (ws.length < 2 || !PARAGRAPH_NUMBER_WORD.test(ws[ws.length - 1]!) || REFERRING_WORD.test(ws[ws.length - 2]!)) return text;
  const head = ws.slice(0, -1).join(' ');
  return isCapitals(head.replace(/[^A-Za-z]/g, '') || 'x') ? head.replace(/:$/, '') : text;
}

/** "1.", "2.1.": a paragraph's number closed by its stop. */
const PARAGRAPH_NUMBER_WORD = /^\d{1,2}(?:\.\d{1,2})?\.$/;
/** Words a number after them belongs to: "MINUTE 5.", "ITEM 3.", "PARAGRAPH 2.1.". */
const REFERRING_WORD = /^(?:minutes?|items?|paragraphs?|no|nos|number|section|appendix|part|stage|phase)$/i;

/** The dash between a heading and its minute on one line: spaced, or closing the title's last word ("Park inspection- clerk to ..."). */
const TITLE_DASH = / ?[-–—] /;

/** Words a body's name ends with: "Community Council", "Planning Committee", "Scrutiny Board". */
const BODY_END = new Set(['council', 'committee', 'sub-committee', 'board', 'panel', 'forum', 'group', 'commission', 'authority', 'trust', 'executive', 'cabinet']);
/** Small words inside a body's name: "Health and Wellbeing Board", "Friends of the Park Committee". */
const NAME_JOINERS = new Set(['and', 'of', 'the', 'for', '&']);

/**
 * "Community Council Minutes of Wednesday 1st August 2018 ...", "Planning Committee Minutes – 3 June 2024": a title
 * that names the body before the word "Minutes" (then the date). The body's name, or null when the line is not of
 * that shape.
 */
export function bodyBeforeMinutes(text: string): string | null {
  // ("WESTLEIGH PARISH COUNCIL Draft Minutes of the Ordinary Meeting ...": the minutes' state may stand before the word.)
  const at = text.search(/ (?:(?:Draft|DRAFT|Approved|APPROVED|Confirmed|CONFIRMED|Unconfirmed|UNCONFIRMED) )?(?:Minutes|MINUTES)\b/);
  if (at <= 0 || at > 100) return null;
  const words = text.slice(0, at).split(' ');
  if (words.length > 9) return null;
  if (!words.every((w) => /^[A-Z]/.test(w) || NAME_JOINERS.has(w))) return null;
  return BODY_END.has(words[words.length - 1]!.toLowerCase()) ? text.slice(0, at) : null;
}

// ---------------------------------------------------------------------------
// Item numbers

function numberOf(printed: string): { item: ItemNumber; after: string } | null {
  // "*10 Title": CMIS stars an item it will take in private.
  const text = printed.startsWith('*') ? printed.slice(1) : printed;
  let m = R.ITEM_WORD_NUMBER.exec(text);
  if (m) {
    const [base, sub] = splitSub(m[1]!);
    return { item: { number: m[1]!, base, alt: null, sub, style: 'word', prefix: '' }, after: text.slice(m[0].length) };
  }
  m = R.SPACED_SLASH_REF.exec(text);
  if (m) {
    const prefix = m[1]!.slice(0, m[1]!.indexOf(' ')).toUpperCase();
    return { item: { number: m[1]!, base: Number(m[2]), alt: Number(m[3]), sub: '', style: 'ref', prefix }, after: text.slice(m[0].length) };
  }
  // "MH07/17.01: Apologies": the month and year are the meeting's, the number after them the minute's.
  m = R.DATED_RUNNING_REF.exec(text);
  if (m) return { item: { number: m[1]!, base: Number(m[5]), alt: null, sub: '', style: 'ref', prefix: `${m[2]}${m[3]}/${m[4]}` }, after: text.slice(m[0].length) };
  // "380/01APOLOGIES": a text that lost the gap between the reference's column and the title in capitals.
  m = R.SLASH_REF.exec(text) ?? R.GLUED_SLASH_REF.exec(text);
  if (m && findDates(text)[0]?.index !== 0 && !isFinancialYear(m)) {
    let after = text.slice(m[0].length).trimStart();
    // "C048/23   1.   APOLOGIES", "1920/104 ITEM 1 - Apologies": the agenda's own number after the minute's.
    const inner = /^(?:\d{1,3}[.)] |item \d{1,3}[a-z]? ?[-–—:] ?)/i.exec(after);
    if (inner) after = after.slice(inner[0].length);
    const prefix = m[1]!.slice(0, m[1]!.search(/\d/)).replace(/[ ./]/g, '').toUpperCase();
    // "41a/19", "41b/19": the sub-items of minute 41, its letter after the number.
    return { item: { number: m[1]!, base: Number(m[2]), alt: Number(m[4]), sub: m[3] ?? '', style: 'ref', prefix }, after };
  }
  m = R.SUB_NUMBER.exec(text);
  // "1.0", "2.0": a council's own numbering of its items, whose paragraphs run "1.1", "1.2" under them.
  if (m && m[2] === '0') return { item: { number: `${m[1]}.0`, base: Number(m[1]), alt: null, sub: '', style: 'plain', prefix: '' }, after: text.slice(m[0].length) };
  if (m) return { item: { number: `${m[1]}.${m[2]}`, base: Number(m[1]), alt: null, sub: m[2]!, style: 'sub', prefix: '' }, after: text.slice(m[0].length) };
  m = R.PLAIN_NUMBER.exec(text);
  if (m && findDates(text)[0]?.index !== 0 && findTimes(text)[0]?.index !== 0) {
    const sub = (m[2] ?? '').replace(/[()]/g, '');
    // "1) Notes the report": a list, not a heading.
    if (m[0].endsWith(')') && !m[2]) return null;
    // "615. a) Planning applications": the item's first lettered part printed on its number's line.
    const after = text.slice(m[0].length);
    // "1. 3. MINUTES OF THE PREVIOUS MEETING": a page's list that starts again at every item prints its "1." before
    // the document's own number, which is the item's.
    if (m[1] === '1' && !sub && /^ {1,6}\d{1,3}\. {1,6}\S/.test(after)) return numberOf(after.trimStart());
    const firstPart = sub ? null : /^ {1,3}\(?[a-z]\) (?=[A-Z])/.exec(after);
    return { item: { number: `${m[1]}${sub}`, base: Number(m[1]), alt: null, sub, style: 'plain', prefix: '' }, after: firstPart ? after.slice(firstPart[0].length) : after };
  }
  m = R.GLUED_NUMBER.exec(text);
  if (m) return { item: { number: m[1]!, base: Number(m[1]), alt: null, sub: '', style: 'plain', prefix: '' }, after: text.slice(m[0].length) };
  m = R.ROMAN_ITEM_NUMBER.exec(text);
  if (m) return { item: { number: m[1]!, base: romanValue(m[1]!), alt: null, sub: '', style: 'roman', prefix: '' }, after: text.slice(m[0].length) };
  m = R.LETTERED_REF.exec(text);
  const lettered = m ? Number(m[2] ?? m[3] ?? m[4]) : 0;
  if (m && !R.ATTACHMENT_MARK.test(text.slice(0, m[0].length + 4)) && !isMonthAndYear(m[1]!, lettered)) {
    const number = m[1]!.replace(/\.$/, '');
    return { item: { number, base: lettered, alt: null, sub: '', style: 'lettered', prefix: number.slice(0, number.search(/\d/)).replace(/[ .]/g, '') }, after: text.slice(m[0].length) };
  }
  return null;
}

const ROMAN_DIGITS: Readonly<Record<string, number>> = { I: 1, V: 5, X: 10 };

/** "IV" 4, "XII" 12: a numeral ROMAN_ITEM_NUMBER has checked. */
function romanValue(numeral: string): number {
  let total = 0;
  for (let k = 0; k < numeral.length; k++) {
    const value = ROMAN_DIGITS[numeral[k]!]!;
    const next = ROMAN_DIGITS[numeral[k + 1] ?? ''] ?? 0;
    total += value < next ? -value : value;
  }
  return total;
}

/**
 * A row of a minutes table: the item's number alone in the first cell, its title in the second and the
 * minute (and an action's owner) in the cells after it. A row of two cells is a saved page's item list.
 */
function minutesTableRow(text: string): Heading | null {
  const cells = text.split('\t').map((c) => c.trim());
  if (cells.length < 3 || !/^\d{1,3}[a-z]?\.?$/.test(cells[0]!)) return null;
  const numbered = numberOf(cells[0]!);
  const title = withoutAttachment(cells[1]!);
  if (!numbered || !title || !readsAsTitle(title) || R.SENTENCE_START.test(title)) return null;
  const rest = cells.slice(2).filter(Boolean).join(' ');
  if (!rest || !/[a-z]{3}/.test(rest)) return null;
  return { ...numbered.item, title, rest };
}

const MONTH_ALONE = new RegExp(`^${MONTH_WORD}$`, 'i');

/** "APRIL 2024", "SEPT 2025": a month and a year heading a page or a report, not a committee's letters and a number. */
function isMonthAndYear(ref: string, n: number): boolean {
  return n >= 1900 && n <= 2099 && MONTH_ALONE.test(ref.replace(/[ .]?\d{1,5}[a-z]?\.?$/, ''));
}

/** "PRECEPT 2026/27", "2024/25": a financial year, not a minute reference. */
function isFinancialYear(m: RegExpExecArray): boolean {
  const first = Number(m[2]);
  const second = Number(m[4]);
  return m[3] === undefined && m[5] === undefined && first >= 1990 && first <= 2099 && (second === (first + 1) % 100 || second === first + 1);
}

function splitSub(printed: string): [number, string] {
  const m = /^(\d{1,4})(?:\.(\d{1,2}))?\(?([a-z]?)\)?$/i.exec(printed);
  return m ? [Number(m[1]), m[2] ?? m[3] ?? ''] : [Number.parseInt(printed, 10) || 0, ''];
}

// ---------------------------------------------------------------------------
// Labels and headers

/** Characters of a line searched for its label: a label opens the line, and a flattened PDF's list of seventy names may follow it. */
const LABEL_SEARCH = 400;

function attendanceLabel(text: string): Label | null {
  if (text.length <= LABEL_SEARCH) return attendanceLabelIn(text);
  // A long line is a label's only when it opens with one ending in a colon ("Present: Mr G Adam Mrs D Mackay ..."), a
  // dash ("Present – Provost X (Chair); ...") or a label in capitals before a name ("IN ATTENDANCE S Black, ...").
  const label = /^[^:]{1,40}:|^[A-Za-z]{2,20}(?: [A-Za-z]{2,20}){0,3} [-–] |^[A-Z]{2,20}(?: [A-Z]{2,20}){0,3} (?=[A-Z][a-z.]|[A-Z]\.? ?[A-Z][a-z])/.test(text) ? attendanceLabelIn(text.slice(0, LABEL_SEARCH)) : null;
  const cut = /\s/.test(text[LABEL_SEARCH - 1]!) ? ' ' : '';
  return label ? { ...label, rest: `${label.rest}${cut}${text.slice(LABEL_SEARCH)}` } : null;
}

function attendanceLabelIn(text: string): Label | null {
  // "Presennol / Present:", "Hefyd yn bresennol / In attendance:": a Welsh label printed before the English one.
  // "PRESENNOL/PRESENT Cllrs. ...", "PRESENNOL HEFYD/ ALSO PRESENT": the slash printed with or without spaces.
  const slash = text.indexOf('/');
  if (slash > 0 && slash < 40 && R.WELSH_LABEL.test(text.slice(0, slash).trim())) return englishLabel(text.slice(slash + 1).trimStart());
  // "Yn bresennol:", "Ymddiheuriadau:": a Welsh label alone, its list in Welsh beside the same list in English.
  const colon = text.indexOf(':');
  if (colon > 0 && colon < 40 && R.WELSH_LABEL.test(text.slice(0, colon).trim())) return { group: welshGroup(text.slice(0, colon)), rest: text.slice(colon + 1).trim() };
  const label = englishLabel(text);
  if (label) return label;
  // "... SCRUTINY COMMITTEE. Present:- Councillor Forbes, Convener; ...": the title's sentence, then the list.
  const inline = R.PRESENT_AFTER_SENTENCE.exec(text);
  return inline ? { group: 'member', rest: text.slice(inline.index + inline[0].length).trim() } : null;
}

function welshGroup(label: string): R.AttendanceGroup {
  const t = label.toLowerCase();
  if (t.includes('ymddiheuriadau')) return 'apologies';
  if (t.includes('absennol')) return 'absent';
  if (t.includes('mynychu') || t.includes('hefyd')) return 'invited';
  if (t.includes('swyddogion')) return 'employee';
  return 'member';
}

function englishLabel(text: string): Label | null {
  for (const [re, group] of R.ATTENDANCE_LABELS) {
    const m = re.exec(text);
    if (!m) continue;
    const after = text.slice(m[0].length);
    // "Apologies for absence were received from ..." needs no colon.
    if (group === 'apologies' && /(?:(?:received )?from| for| on behalf of| by)$/i.test(m[0])) return { group, rest: after.replace(/^ ?:? ?/, '').replace(/\.$/, '') };
    const end = R.LABEL_END.exec(after);
    if (end) {
      const rest = after.slice(end[0].length).trim();
      // "Also Councillors: Gorecki", "Councillors present: A, B": the label's plural title is the names'.
      const plural = /\b(?:councillors|cllrs)\b/i.test(m[0]) && rest && !R.PERSON_TITLE.test(rest);
      return { group, rest: plural ? `Councillors ${rest}` : rest };
    }
    // "Present. Cllr A Green, ...": a stop closes the label when a titled name follows it.
    if (/^\. /.test(after) && R.PERSON_TITLE.test(after.slice(2))) return { group, rest: after.slice(2).trim() };
    // "Chairman Hollins", "Vice Chairman Mbeki": a parish's chair named on a line of their own, no colon.
    if ((group === 'chair' || group === 'vice-chair') && R.NAME_ALONE.test(after)) return { group, rest: after.trim() };
    // "APOLOGIES Apologies for absence were intimated on behalf of ...": a label in capitals over the sentence that gives them.
    if (group === 'apologies' && !/[a-z]/.test(m[0]) && after.startsWith(' ') && R.APOLOGIES_SENTENCE.test(after.slice(0, 80))) return { group, rest: after.trim() };
    // "IN ATTENDANCE Ms J Scott, ...", "OFFICIALS Mr A Bailey (Town Clerk)": a label in capitals, then a titled name.
    // "ALSO PRESENT S. Mumford J. Pughe Roberts": or an initial and a surname.
    if (!/[a-z]/.test(m[0]) && after.startsWith(' ') && (R.PERSON_TITLE.test(after.trim()) || /^[A-Z]\.? ?[A-Z][a-z'’-]+/.test(after.trim()))) return { group, rest: after.trim() };
    // "IN ATTENDANCE The Director of Environmental Services, the Head of ...": officers named by their posts.
    if (!/[a-z]/.test(m[0]) && (group === 'invited' || group === 'employee') && /^ The [A-Z][a-z]+ (?:of|to)\b/.test(after)) return { group, rest: after.trim() };
    // "Present CHAIRMAN: COUNCILLOR R. DENT VICE CHAIRMAN: ...": the chair's role label opens the list.
    if (group === 'member' && /^present$/i.test(m[0]) && /^ (?:(?:vice|deputy)[- ])?chair(?:man|person|woman)?:/i.test(after)) return { group, rest: after.trim() };
    // "PRESENT were K Golden (Chair), R Foster, ...", "Those present were Cllrs A and B": the verb ends the label.
    if (group === 'member' && / (?:were|was)$/i.test(m[0]) && /^ [A-Z]/.test(after)) return { group, rest: after.trim() };
    // "Present Councillors A, B and C": a label in capitals or a list after it.
    if (group !== 'member' && group !== 'employee' && group !== 'chair') continue;
    if (/^ (?:councillors?|cllrs?)\b/i.test(after) && /^(?:present|members present|councillors present)/i.test(m[0])) return { group, rest: after.trim() };
  }
  return null;
}

export function meetingHeadingOf(text: string, date: FoundDate | null): MeetingHeading | null {
  if (!date || date.index === 0) return null;
  // "5. council MINUTES – 8TH june 2011", "(a) Planning – 16th April 2013": a line of a list, an item that names another
  // meeting; no meeting's heading opens with an item's or a clause's mark.
  if (/^(?:\(?[a-z]\)|\(\d{1,2}\)|\d{1,3}[.)]) /i.test(text)) return null;
  const before = text.slice(0, date.index).trimEnd();
  const dash = /[-–,] ?$/.exec(before);
  // "Agenda and minutes Planning Committee Wednesday 14 May 2025 6.30 pm": a window title run into one line, no dash.
  const titled = dash ? null : R.PAGE_TITLE_LEAD.exec(before);
  const named = titled ? before.slice(titled[0].length) : '';
  // "Council Meeting 16th December 2019", "PARISH COUNCIL MEETING 10th JANUARY 2017": the body, "Meeting", the date.
  const bodyMeeting = dash || titled ? null : R.BODY_THEN_MEETING.exec(before);
  if (bodyMeeting && !R.LOWER_CASE_WORD.test(bodyMeeting[1]!) && !/^the\b/i.test(bodyMeeting[1]!) && !R.MINUTES_TITLE.test(before)) return { committee: bodyMeeting[1]!, date: date.date, time: findTimes(text.slice(date.index + date.text.length))[0]?.time ?? null, cancelled: false };
  if (!dash && !(titled && R.COMMITTEE_AFTER_TITLE.test(named) && !R.NOT_A_COMMITTEE.test(named))) return null;
  // "Agenda and minutes - Planning Committee - 4 March 2025": the page's title is no part of the committee's name.
  const committee = (dash ? before.slice(0, dash.index) : before).trim().replace(R.PAGE_TITLE_PREFIX, '').replace(R.PAGE_TITLE_LEAD, '');
  if (!committee || committee.length > 150 || /[.:;]$/.test(committee)) return null;
  const rest = text.slice(date.index + date.text.length);
  return { committee, date: date.date, time: findTimes(rest)[0]?.time ?? null, cancelled: /\b(?:cancelled|postponed)\b/i.test(rest) };
}

/**
 * "Moved from 9th October 2018, Cabinet - Tuesday, 2nd October, 2018 2.00 pm": the heading of a meeting moved from
 * another day starts with that day; the meeting's own heading is what follows its comma.
 */
function movedMeetingHeading(text: string, found: readonly FoundDate[]): MeetingHeading | null {
  const [first, second] = found;
  if (!first || !second || first.index > 40) return null;
  const after = text.slice(first.index + first.text.length);
  const comma = /^, ?/.exec(after);
  if (!comma) return null;
  const rest = after.slice(comma[0].length);
  return meetingHeadingOf(rest, { ...second, index: second.index - (text.length - rest.length) });
}

function issueMeetingOf(text: string): IssueMeeting | null {
  const m = R.ISSUE_MEETING_REF.exec(text);
  if (!m) return null;
  const rest = text.slice(m[0].length);
  const date = findDates(rest)[0];
  if (!date || date.index !== 0) return null;
  let committee = rest.slice(date.text.length).replace(/^ ?[-–] ?/, '');
  const item = R.ITEM_REF.exec(committee);
  if (item) committee = committee.slice(0, item.index);
  committee = committee.trim();
  return committee ? { date: date.date, committee, number: item?.[1] ?? null } : null;
}

/** The decision label a text opens with, and what follows it. */
export function decisionOf(text: string): Decision | null {
  const subject = R.SUBJECT_DECIDED.exec(text);
  if (subject) {
    const verb = subject[0].slice(subject[0].lastIndexOf(' ') + 1);
    // Only a verb in capitals is a label; "The Committee noted the report" is narrative.
    // "The Committee NOTED the following declarations of interest:-" records who declared, not a decision.
    if (verb === verb.toUpperCase() && !R.ATTENDANCE_NOTED.test(text.slice(subject[0].length))) return { rest: text, unanimous: R.UNANIMOUS.test(text), whole: true };
  }
  if (R.BODY_LABEL.test(text)) return { rest: '', unanimous: false, needsList: true };
  const m = R.RESOLVED_LABEL.exec(text) ?? R.CAPITAL_DECISION_LABEL.exec(text) ?? R.SET_OFF_DECISION_LABEL.exec(text) ?? R.WORDED_DECISION_LABEL.exec(text);
  if (!m) return null;
  // "Decision: ..." on a ModernGov page is a part label; it is a decision label too.
  const rest = text.slice(m[0].length).trim();
  // "RESOLVED ITEMS": a section of the minutes, not a decision.
  if (/^(?:items?|matters|business)$/i.test(rest)) return null;
  return { rest, unanimous: R.UNANIMOUS.test(m[0]) || /^\(?unanimous(?:ly)?\b/i.test(rest) };
}

/** "a) Resolved: to approve ...", "(c) Unanimously RESOLVED to ...": a lettered paragraph of a parish minute that opens with a label. */
function decisionAfterMarker(text: string): Decision | null {
  const clause = clauseOf(text);
  if (!clause) return null;
  // Only "resolved": "(b) AGREED that ..." is a clause of the list above it, its verb in capitals.
  const m = R.RESOLVED_LABEL.exec(clause.rest);
  if (!m) return null;
  const rest = clause.rest.slice(m[0].length).trim();
  return rest ? { rest, unanimous: R.UNANIMOUS.test(m[0]) || /^unanimously\b/i.test(rest) } : null;
}

function clauseOf(text: string): Clause | null {
  const m = R.CLAUSE_MARKER.exec(text);
  if (!m) return null;
  const marker = m[1]!;
  const kind = /^\d/.test(marker) ? 'number' : /^[ivx]{2,}$/i.test(marker) ? 'roman' : 'letter';
  // "A. N. Other": initials, not a clause.
  if (kind === 'letter' && m[2] === '.' && /^[A-Z]\. ?[A-Z]\./.test(text)) return null;
  // "5. Title" is a heading's number as much as a clause: both kinds are kept.
  return { marker, kind, bracketed: text.startsWith('('), rest: text.slice(m[0].length).trim() };
}

function closingTimeOf(text: string): string | null {
  const m = R.CLOSING.exec(text) ?? R.SPAN.exec(text);
  if (m) return findTimes(text.slice(m[0].length))[0]?.time ?? null;
  if (R.CLOSED_BY_CHAIR.test(text)) return findTimes(text)[0]?.time ?? null;
  return null;
}

function isCouncilLine(text: string): boolean {
  if (text.length > 90 || R.NOT_A_NAME.test(text)) return false;
  return (R.COUNCIL_LINE.test(text) || R.CYNGOR_LINE.test(text)) && words(text).length <= 8;
}

/** "Councillor Huw David - Leader", "Cllr A Baker": a person, not a title. */
function isPersonLine(text: string): boolean {
  // A stop ends a sentence, not a name; one after a bracketed note ("Cllr. P Ashdown (Chairman for the meeting).") ends a list entry.
  return R.PERSON_TITLE.test(text) && words(text).length <= 14 && !R.FINITE_VERB.test(text) && (!/\.$/.test(text) || /\)\.$/.test(text));
}

// ---------------------------------------------------------------------------

const BLANK_SET: ReadonlySet<LineKind> = new Set(['blank']);

function blankLine(line: Line, index: number): ClassifiedLine {
  // Every field written out: one object shape for every line, cheap to make a hundred thousand times.
  return {
    text: line.text,
    emphasis: line.emphasis,
    bullet: line.bullet,
    indent: line.indent,
    blank: line.blank,
    columns: line.columns,
    index,
    kinds: BLANK_SET,
    heading: null,
    itemNumber: null,
    numbered: null,
    label: null,
    clause: null,
    decision: null,
    date: null,
    time: null,
    closingTime: null,
    section: null,
    meetingHeading: null,
    issueMeeting: null,
    title: null,
    value: null,
    recordField: null,
    datedTitle: null,
  };
}

/** "A G E N D A": a heading printed letter-spaced, one letter at a time, is its word. */
const LETTER_SPACED = /^(?:[A-Za-z] ){3,}[A-Za-z]$/;
function lettersJoined(text: string): string {
  return LETTER_SPACED.test(text) ? text.replace(/ /g, '') : text;
}

/** Classify one line (its neighbours are the readers' business). */
export function classifyLine(line: Line, index: number): ClassifiedLine {
  if (line.blank) return blankLine(line, index);
  const text = line.text;
  const kinds = new Set<LineKind>();
  const out = blankLine(line, index);
  out.kinds = kinds;
  if (line.bullet) kinds.add('bullet');
  const cells = text.includes('\t');
  if (cells) kinds.add('table-row');
  if (/\|$/.test(text) || / \| /.test(text)) kinds.add('pipe-row');
  if (R.PAGE_NUMBER.test(text) || R.BLANK_PAGE.test(text) || R.WEB_FURNITURE.test(text) || R.WEB_PAGE_FURNITURE.test(text) || R.MEETING_LINK.test(text) || R.TEMPLATE_NAME.test(text)) kinds.add('furniture');
  // "<AI3>" opens an agenda item and "</AI3>" closes it; neither is any item's text.
  const mark = R.AGENDA_ITEM_MARK.exec(text);
  if (mark) {
    kinds.add('furniture');
    if (!mark[1]) kinds.add('item-mark');
  }
  if (R.TABLE_HEAD.test(text)) kinds.add('table-head');
  if (R.PAGE_TITLE.test(text)) kinds.add('page-title');
  if (R.AGENDA_WORD.test(text) || R.AGENDA_WORD.test(lettersJoined(text))) kinds.add('agenda-word');
  if (isCouncilLine(text)) kinds.add('council');
  if (R.ATTACHMENT_MARK.test(text)) kinds.add('attachment');

  // Dates and times need a digit (or "noon"): most lines of prose have none, and are spared the search.
  const digit = /\d/.test(text);
  const found = digit ? findDates(text) : [];
  out.date = found[0] ?? null;
  out.time = digit || /noon|midday/i.test(text) ? (findTimes(text)[0]?.time ?? null) : null;
  if (out.date) kinds.add('date');
  out.meetingHeading = meetingHeadingOf(text, out.date) ?? movedMeetingHeading(text, found);
  if (out.meetingHeading) kinds.add('meeting-heading');

  if (!cells && R.MINUTES_TITLE.test(text) && !R.PREVIOUS_MINUTES_TITLE.test(text) && !R.MINUTES_PART.test(text.replace(R.ATTACHMENT_MARK, ''))) kinds.add('minutes-title');
  else if (!cells && out.date && bodyBeforeMinutes(text) !== null) kinds.add('minutes-title');
  // "Cabinet Minutes" alone on its line, the date on the next (a committee system's page heading): the title, undated.
  else if (!cells && / (?:Minutes|MINUTES)$/.test(text) && bodyBeforeMinutes(text) === text.slice(0, -' Minutes'.length)) kinds.add('minutes-title');
  // Its date may wrap onto the next line ("... the Cabinet meeting held on" / "Wednesday, 18 March 2026.").
  else if (!cells && (out.date || / held on$/i.test(text)) && R.DECISION_SHEET_TITLE.test(text)) kinds.add('minutes-title');
  if (!cells && R.MINUTES_PART.test(text) && !R.MINUTES_TITLE.exec(text)?.[0].includes(' of')) {
    const after = text.replace(R.MINUTES_PART, '');
    if (!R.ATTACHMENT_MARK.test(after)) {
      kinds.add('minutes-part');
      out.value = after.trim();
    }
  }
  // "At a meeting of X held at <place> on <date>" titles the minutes; "At a meeting of X held on <date>, members
  // considered ..." opens a report's sentence.
  const held = R.AT_A_MEETING.test(text) ? R.HELD_VERB.exec(text) : null;
  const heldSentence = held !== null && (R.FINITE_VERB.test(text.slice(held.index)) || /\b(?:considered|received|discussed|decided|heard)\b/i.test(text.slice(held.index)));
  const met = R.MET_VERB.exec(text) ?? (heldSentence ? null : held);
  if (met && met.index <= 160 && /^[A-Z]/.test(text) && R.MET_SUBJECT.test(text.slice(0, met.index)) && !text.slice(0, met.index).includes('. ')) kinds.add('met-title');
  if (R.DECISION_PART.test(text)) {
    kinds.add('decision-part');
    out.value = text.replace(R.DECISION_PART, '').trim();
  }

  for (const [re, kind] of [
    [R.DATE_LABEL, 'date-label'],
    [R.PLACE_LABEL, 'place-label'],
    [R.CONTACT_LABEL, 'contact-label'],
    [R.MEMBERSHIP_LABEL, 'membership-label'],
    [R.SUBJECT_LINE, 'subject'],
  ] as const) {
    const m = re.exec(text);
    // A label is short, or its value follows a colon: "Date: ...", not "Date of next meeting was agreed".
    if (m && (m[0].includes(':') || text.length <= 30 || kind === 'date-label')) {
      if (kind === 'date-label' && !m[0].includes(':') && !found.length && !out.time && text.length > 30) continue;
      kinds.add(kind);
      out.value = text.slice(m[0].length).trim();
    }
  }
  if (R.PERSON_TO_CONTACT.test(text)) kinds.add('contact-label');

  // "1.2 Present: ...", "1.3 Apologies: ...": a numbered point of the first minute may be the attendance.
  const point = /^\d{1,2}\.\d{1,2} (?=[A-Z])/.exec(text);
  out.label = attendanceLabel(point ? text.slice(point[0].length) : text);
  // "• Attendance" among "• Documents", "• Visitors": a page's tab names, not a label over people.
  if (line.bullet && R.ATTENDANCE_TAB.test(text)) out.label = null;
  else if (out.label || R.BARE_LABEL.test(text)) kinds.add('attendance-label');
  if (R.IN_THE_CHAIR.test(text)) kinds.add('chair-marker');
  if (isPersonLine(text)) kinds.add('person');

  // "• 4." : a page that put its item number in a list.
  const numberInList = line.bullet && R.PLAIN_NUMBER.test(text) && /^\d{1,4}[a-z]?\.?$/.test(text);
  if ((!line.bullet || numberInList) && !cells && !R.VOTE_RECORD.test(text)) {
    const numbered = numberOf(text);
    // "1.0 | Minutes | The minutes ... |": a table of items saved with its bars, the title in the cell after the number.
    const cell = numbered ? R.PIPE_TITLE_CELL.exec(numbered.after.trim()) : null;
    const cellTitle = cell ? withoutAttachment(cell[1]!) : '';
    if (numbered && cell && cellTitle && readsAsTitle(cellTitle) && !R.SENTENCE_START.test(cellTitle)) {
      const rest = numbered.after.trim().slice(cell[0].length).replace(/ ?\|/g, ' ').trim();
      out.heading = { ...numbered.item, title: cellTitle, rest: rest || null };
      kinds.add('item-heading');
    } else if (numbered) {
      const after = numbered.after.trim();
      if (!after) {
        out.itemNumber = numbered.item;
        kinds.add('item-number');
      } else {
        // A heading printed in capitals is set apart as a bold one is, and may run as long.
        const split = splitTitle(withoutAttachment(after), line.emphasis || isCapitals(after)) ?? oneWordThenMinute(after, numbered.item) ?? standardHeadingThenMinute(after, numbered.item);
        if (split) {
          out.heading = { ...numbered.item, title: split.title, rest: split.rest };
          kinds.add('item-heading');
        } else out.numbered = { item: numbered.item, after };
      }
    }
    if (R.PARAGRAPH_NUMBER_ALONE.test(text)) kinds.add('paragraph-number');
    else if (numbered?.item.style === 'sub' && !out.heading) kinds.add('paragraph-number');
    const bare = withoutAttachment(text);
    // "Calvert      Greaves      Kershaw      Sutcliffe": a row of a table in three columns or more is no heading.
    const tableRow = (line.columns?.length ?? 0) >= 3;
    // "Councillor X, vice chair, chaired the meeting in Councillor Y's absence.": a sentence saying who chaired is no heading.
    const chairSentence = kinds.has('chair-marker') && /[a-z’']\.$/.test(bare) && / (?:chaired|took|presided|was)\b/.test(bare);
    // "ACTION: Director of Education", "ACTION CB" set an action under the minute above them; on a page whose items lost
    // their titles they would otherwise read as the next item's title and take the minute above away from its item.
    const actionLine = R.ACTION_LINE.test(bare) || (R.BARE_OWNER_LABEL.test(bare) && !R.ACTION_HEADING.test(bare));
    if (bare && !tableRow && !chairSentence && readsAsTitle(bare.replace(/:$/, ''), line.emphasis, true) && !R.SENTENCE_START.test(bare) && !actionLine) {
      out.title = bare.replace(/:$/, '').trim();
      kinds.add('title');
    }
  }

  // A minutes table saved from Word: "4<tab>Play area<tab>The Clerk will obtain quotes ...<tab>Clerk".
  if (cells) {
    const row = minutesTableRow(text);
    if (row) {
      out.heading = row;
      kinds.add('item-heading');
    }
  }

  if (R.AGENDA_AUTHOR.test(text)) kinds.add('author');
  out.decision = decisionOf(text) ?? decisionAfterMarker(text);
  if (out.decision) kinds.add('decision-label');
  if (R.PRESENT_TENSE_DECISION.test(text)) kinds.add('present-tense-decision');
  if (R.MOVED.test(text) && R.SECONDED.test(text) && R.LEADS_ON.test(text)) kinds.add('motion');
  out.clause = clauseOf(text);
  if (out.clause) kinds.add('clause');
  if (R.ACTION_LINE.test(text)) kinds.add('action');
  if (R.EXCLUSION.test(text)) kinds.add('exclusion');
  if (R.READMITTED.test(text)) kinds.add('readmission');
  if (R.PUBLIC_SECTION.test(text)) out.section = 'public';
  // A line of privacy words alone heads a private part; one closed by a full stop is a sentence (an item's own ground,
  // "Exempt under paragraph 1 of Part 1 of Schedule 12A."), which marks only the item it stands first under.
  else if (R.PRIVATE_SECTION.test(text) || (privateLineKind(text) && !text.endsWith('.'))) out.section = 'private';
  if (out.section) kinds.add('business-section');
  if (R.CLOSING.test(text) || R.SPAN.test(text) || (R.CLOSED_BY_CHAIR.test(text) && out.time)) {
    out.closingTime = closingTimeOf(text);
    kinds.add('closing');
  }
  if (R.SIGNATURE.test(text)) kinds.add('signature');
  if ((R.MEETING_STARTED.test(text) || R.MEETING_OPENED_BY.test(text)) && out.time) {
    kinds.add('start-time');
    // "Meeting Commenced: 2.30pm Meeting Concluded: 5.05pm": the close on the same line.
    const ended = R.MEETING_ENDED_LATER.exec(text);
    if (ended && !out.closingTime) out.closingTime = findTimes(text.slice(ended.index))[0]?.time ?? null;
  }

  if (R.ITEM_PAGE_START.test(text)) kinds.add('item-page-start');
  if (R.ITEM_PAGE_MEETING.test(text) && out.date && R.ITEM_REF.test(text)) kinds.add('item-page-meeting');
  if (R.ISSUE_PAGE_HEAD.test(text)) kinds.add('issue-page-head');
  out.issueMeeting = issueMeetingOf(text);
  if (out.issueMeeting) kinds.add('issue-meeting');
  for (const [re, group] of R.DECISION_RECORD_FIELDS) {
    const m = re.exec(text);
    if (!m) continue;
    out.recordField = { group, value: text.slice(m[0].length).trim() };
    kinds.add('decision-field');
    break;
  }
  if (out.date?.index === 0 && !out.recordField) {
    const after = text.slice(out.date.text.length);
    const dash = R.DATED_TITLE_DASH.exec(after);
    if (dash) {
      let title = after.slice(dash[0].length);
      const ref = R.RECORD_REF.exec(title);
      if (ref) title = title.slice(0, ref.index);
      title = title.trim();
      if (title) {
        out.datedTitle = title;
        kinds.add('dated-title');
      }
    }
  }
  if (R.DECISION_DETAILS_HEAD.test(text)) kinds.add('decision-details-head');
  if (R.BRIEFING_NOTE.test(text)) kinds.add('briefing-note');
  if (R.APPENDIX_LINE.test(text)) kinds.add('appendix');
  if (!cells && text.length <= 90 && R.WORK_PROGRAMME_WORDS.test(text)) kinds.add('work-programme-heading');
  if (R.SLOT_TO_BE_DETERMINED.test(text) || R.SLOT_PENDING.test(text) || out.date?.index === 0) kinds.add('slot');
  return out;
}

/** Classify every line of a document, once. */
export function classifyLines(lines: readonly Line[]): ClassifiedLine[] {
  return readInContext(lines.map((line, i) => classifyLine(line, i)));
}

/** What a line is beside its neighbours, once each is classified alone. */
export function readInContext(lines: ClassifiedLine[]): ClassifiedLine[] {
  return withWrappedPrivacyRead(withInitialsRead(lines));
}

/**
 * A line read private by its words alone (`privateLineKind`) heads a private part only when it stands on its own: one
 * that carries on the sentence of the line just above it is a wrapped line of that sentence ("... as defined in" /
 * "Paragraphs 1 and 2 of Part 1 of Schedule 12A"). Each line looks at the one before it only.
 */
function withWrappedPrivacyRead(lines: ClassifiedLine[]): ClassifiedLine[] {
  for (let i = 1; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.section !== 'private' || R.PRIVATE_SECTION.test(line.text)) continue;
    const above = lines[i - 1]!;
    if (!continuesAbove(above.blank ? null : above.text, line.text)) continue;
    lines[i] = { ...line, section: null, kinds: new Set([...line.kinds].filter((k) => k !== 'business-section')) };
  }
  return lines;
}

/** How many lines apart two lettered clauses of one series may stand. */
const SERIES_REACH = 40;

/**
 * "S. Farrow proposed acceptance of the accounts ...", "P. Baxter objected to the proposal ...": a capital and a stop
 * before a surname and the words after it is a person's initial, not a clause's letter, unless it stands in a series
 * of lettered lines that begins at "A" ("A. ...", "B. ...", each within reach of the one before). Each lettered line
 * is compared with the one before it among the lettered lines only, so this stays linear.
 */
export function withInitialsRead(lines: ClassifiedLine[]): ClassifiedLine[] {
  let previousAt = -1;
  let previousLetter = 0;
  // Whether the series the previous lettered line stands in began at "a".
  let fromA = false;
  for (const [at, line] of lines.entries()) {
    if (line.clause?.kind !== 'letter') continue;
    const letter = line.clause.marker.toLowerCase().charCodeAt(0);
    const continues = previousAt >= 0 && at - previousAt <= SERIES_REACH && letter === previousLetter + 1;
    fromA = continues ? fromA : letter === 97;
    previousAt = at;
    previousLetter = letter;
    if (fromA || !R.INITIAL_AND_SURNAME.test(line.text)) continue;
    const kinds = new Set(line.kinds);
    kinds.delete('clause');
    lines[at] = { ...line, clause: null, kinds };
  }
  return lines;
}

/** A line's kinds in a fixed order, for people reading them. */
export function kindsOf(line: ClassifiedLine): LineKind[] {
  return [...line.kinds];
}

/** What a classified line says beyond its kinds, in a few words ("heading 19/24 'Title'", "label apologies"). */
export function describeLine(line: ClassifiedLine): string {
  const parts: string[] = [];
  if (line.heading) parts.push(`heading ${line.heading.number} "${line.heading.title}"${line.heading.rest ? ' +text' : ''}`);
  if (line.itemNumber) parts.push(`number ${line.itemNumber.number}`);
  if (line.label) parts.push(`label ${line.label.group}`);
  if (line.section) parts.push(`section ${line.section}`);
  if (line.closingTime) parts.push(`closes ${line.closingTime}`);
  if (line.meetingHeading) parts.push(`meeting ${line.meetingHeading.committee} ${line.meetingHeading.date}`);
  if (line.clause) parts.push(`clause ${line.clause.marker}`);
  if (line.recordField) parts.push(`field ${line.recordField.group}`);
  if (line.datedTitle) parts.push(`record "${line.datedTitle}"`);
  return parts.join('; ');
}
