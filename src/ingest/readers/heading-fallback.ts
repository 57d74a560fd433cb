// The heading fallback: minutes in which the numbered and unnumbered heading
// readers (headings.ts) found fewer than two items. Whatever a page's template,
// minutes are items, each a short line standing alone (perhaps numbered or
// lettered, perhaps closed by a colon, perhaps run on into its first sentence)
// over paragraphs of prose. So where the specific readers found nothing, such
// lines are the items whatever they say: the fallback cannot make a reading
// that found its items worse, and a page of minutes nearly always has them.
import { type ClassifiedLine, type Heading, readsAsTitle, splitTitle } from '../line-kinds.ts';
import { confirmsRecord } from '../resolutions.ts';
import * as R from '../rules.ts';
import { type ChosenHeading, MONEY_AT_END, NOT_A_HEADING } from './headings.ts';
import { gapBefore, nextNonBlank, previousNonBlank } from './items.ts';
import { ITEMS_PART, attendanceEntries, holdsRunInItems, opensTopics, repeatedTitles, runInLine, standsApart, withoutGaps } from './run-in-headings.ts';

/** Kinds a fallback heading never has: besides a heading's (headings.ts), what the attendance and the head hold. */
const NEVER_A_HEADING: readonly string[] = [...NOT_A_HEADING, 'item-mark', 'minutes-title', 'date-label', 'place-label', 'contact-label', 'attendance-label', 'chair-marker', 'exclusion', 'readmission'];

/** Words a heading standing alone runs to, at most. */
const HEADING_WORDS = 12;
/** Words the title before a run-on minute runs to, at most. */
const RUN_IN_WORDS = 6;
/** Characters a heading runs to, at most. */
const HEADING_LENGTH = 100;
/** Words a line needs to read as a paragraph of a minute without a closing stop. */
const PROSE_WORDS = 10;
/** Blank lines between a heading and its first paragraph, at most. */
const HEADING_TO_TEXT = 3;
/** Fewer headings than this are no items. */
const MIN_HEADINGS = 2;

/** "3.", "3)", "(b)", "b.", "iv)", "12.1": a number or letter before the heading's words. */
const MARKER = /^(?:\((?:\d{1,3}|[a-z]|[ivx]{1,4})\)|(?:\d{1,3}(?:\.\d{1,2})?|[a-z]|[ivx]{1,4})[.)]) +(?=\S)/i;

const wordCount = (text: string) => text.split(' ').filter(Boolean).length;

/** A line of sentences: one closed by its stop, or a line too long for a title. */
export function readsAsSentences(text: string): boolean {
  const n = wordCount(text);
  return n >= PROSE_WORDS || (/[.!?]$/.test(text) && n >= 3);
}

/** A paragraph of a minute: a sentence closed by its stop, a long line, or a list under the heading. */
function readsAsProse(line: ClassifiedLine): boolean {
  return line.bullet || line.clause !== null || readsAsSentences(line.text);
}

/** The minute run on after a heading: a sentence with its verb (a list of names run on after a label has none). */
function runsAsProse(text: string): boolean {
  return wordCount(text) >= 3 && R.FINITE_VERB.test(text);
}

function heading(number: string, title: string, rest: string | null): Heading {
  return { number, base: Number.parseInt(number, 10) || 0, alt: null, sub: '', style: 'plain', prefix: '', title, rest };
}

/**
 * A title's opening: a capital (a number belongs in the marker before it), and not the members' title that opens a list
 * of names ("Cllrs. Ormerod, Barrett, ...") nor a part of the agenda ("PART 1 – NON-CONFIDENTIAL ITEMS").
 */
function isTitleStart(title: string): boolean {
  return /^["'\u2018\u201c]?[A-Z]/.test(title) && /[A-Za-z]{3}/.test(title) && !R.PERSON_TITLE.test(title) && !PART_HEADING.test(title);
}

/** "PART 1", "Part II", "PART A": a part of the agenda, which holds items. */
const PART_HEADING = /^part (?:\d{1,2}|[ivx]{1,4}|[ab]|one|two)\b/i;

/** The text up to its first sentence's stop, or all of it. */
export function firstSentence(text: string): string {
  const stop = R.sentenceStop().exec(text);
  return stop ? text.slice(0, stop.index + 1) : text;
}

/** The heading line `i` holds, or null: a short title alone over prose, or a short title running on into its minute. */
function fallbackHeading(lines: readonly ClassifiedLine[], i: number, from: number, to: number): ChosenHeading | null {
  const line = lines[i]!;
  if (line.blank || line.bullet || line.date?.index === 0 || line.section || !standsApart(lines, i, from)) return null;
  // "The last minutes were read and signed as correct.", "Minutes of the meeting held on ... were approved.": the record
  // approved in a paragraph of its own is an item, its sentence standing for the title it was printed without.
  const first = firstSentence(line.text);
  const ownParagraph = gapBefore(lines, i) > 0 && (lines[i + 1]?.blank ?? true);
  if (ownParagraph && !line.kinds.has('closing') && confirmsRecord(first)) return { at: i, titleAt: i, heading: heading('', first, line.text) };
  for (const kind of NEVER_A_HEADING) if (line.kinds.has(kind as never)) return null;
  // "Apologies" heads an item; "Apologies: Councillor X" labels the attendance.
  if (line.label && (line.label.group !== 'apologies' || line.label.rest)) return null;
  const marker = line.heading ? null : MARKER.exec(line.text);
  // "a. Ward Member – ..." straight under "Reports from Outside Bodies:", "Council Chamber, ..." under "Place:": what
  // that line opens (a list's entry, a label's value).
  if (gapBefore(lines, i) === 0 && /:$/.test(lines[previousNonBlank(lines, i - 1, from)]?.text ?? '')) return null;
  const number = line.heading?.number ?? (marker ? marker[0].trim().replace(/[.)]$/, '').replace(/^\(/, '') : '');
  const text = line.heading ? line.heading.title : marker ? line.text.slice(marker[0].length) : line.text;
  if (line.heading?.rest) return runIn(i, number, text, line.heading.rest);
  if (line.heading) {
    // A numbered heading the classifier read ("2025/07-1 Record of Members present and apologies."), perhaps with its
    // first sentence run on ("Chair's Remarks. The Chair updated ...").
    const split = splitTitle(text, line.emphasis);
    if (split?.rest) return runIn(i, number, split.title, split.rest);
    const head = firstSentence(text);
    if (head.length < text.length && readsAsTitle(head.slice(0, -1), line.emphasis)) return runIn(i, number, head.slice(0, -1), text.slice(head.length).trim());
    const title = text.replace(/[.:]$/, '');
    return wordCount(title) <= HEADING_WORDS ? { at: i, titleAt: i, heading: heading(number, title, null) } : null;
  }
  // "Police Scotland: Asked to circulate ...", "Next meeting: Thursday 6th December": a short title, a colon, the minute.
  const colon = text.indexOf(': ');
  // (Not "Meeting commenced: 19.40hrs" nor "Please note: all minutes are ...": a label's value, a sentence carried on.)
  if (colon > 0 && /^["'\u2018\u201c]?[A-Z]/.test(text.slice(colon + 2)) && readsAsTitle(text.slice(0, colon), line.emphasis)) return runIn(i, number, text.slice(0, colon), text.slice(colon + 2));
  const clean = text.replace(/ ?:$/, '').trim();
  if (titleAlone(line, clean)) {
    const n = nextNonBlank(lines, i + 1, to);
    if (n >= to || n - i - 1 > HEADING_TO_TEXT || !readsAsProse(lines[n]!)) return null;
    return { at: i, titleAt: i, heading: heading(number, clean, null) };
  }
  const split = splitTitle(text, line.emphasis);
  return split?.rest ? runIn(i, number, split.title, split.rest) : null;
}

/** A title alone on its line, perhaps closed by a colon: no label and value ("Meeting commenced: 19.40hrs", "P: SC S: DH"). */
function titleAlone(line: ClassifiedLine, clean: string): boolean {
  return isTitleStart(clean) && !/[.!?;,]$/.test(clean) && !clean.includes(': ') && line.time === null && wordCount(clean) <= HEADING_WORDS && clean.length <= HEADING_LENGTH && !MONEY_AT_END.test(clean) && readsAsTitle(clean, line.emphasis, true);
}

function runIn(i: number, number: string, title: string, rest: string): ChosenHeading | null {
  // (A lettered line running on is a part of the item above: "a. Ward Member – sent apologies".)
  if (/^[a-z]$/i.test(number)) return null;
  if (wordCount(title) > RUN_IN_WORDS || /[.!?]$/.test(title) || !isTitleStart(title)) return null;
  return { at: i, titleAt: i, heading: heading(number, title, rest) };
}

/**
 * The fallback's headings among lines [from, to), or none when fewer than two stand there. It stops at the first
 * exclusion of the public or private part: what follows is never read by a fallback.
 */
export function fallbackHeadings(lines: readonly ClassifiedLine[], from: number, to: number): ChosenHeading[] {
  let end = to;
  for (let i = from; i < to; i++) {
    if (lines[i]!.kinds.has('exclusion') || lines[i]!.section === 'private') {
      end = i;
      break;
    }
  }
  if (holdsRunInItems(lines, from, end)) return runInItemHeadings(lines, from, end);
  const out: ChosenHeading[] = [];
  let prose = 0;
  for (let i = from; i < end; i++) {
    const line = lines[i]!;
    const found = fallbackHeading(lines, i, from, end);
    if (found) out.push(found);
    else if (out.length > 0 && !line.blank && readsAsProse(line)) prose++;
  }
  // Headings each run on into its minute carry the minutes' prose on their own lines (a page cut after two of them).
  if (prose === 0 && out.length > 0 && out.every((h) => h.heading.rest && runsAsProse(h.heading.rest))) prose = out.length;
  // The text between the headings reads as minutes: sentences, not a list of links or names.
  return out.length >= MIN_HEADINGS && prose > 0 ? out : [];
}

/**
 * The headings of minutes whose items run in (run-in-headings.ts): each paragraph opening with a run-in title is an item
 * (its minute may record nothing, "None"); so is the apologies' label once the items have begun (above them it is the
 * attendance's); a title alone over run-in paragraphs or a member's label ("Matters Arising" over "Bus shelter: ...", "Questions
 * for Councillors:" over "Cllr X:") is one item whose topics those paragraphs are, unless it heads a part of the
 * agenda's items ("Other Agenda items:"). The run itself is the minutes' prose.
 */
function runInItemHeadings(lines: readonly ClassifiedLine[], from: number, to: number): ChosenHeading[] {
  const repeated = repeatedTitles(lines, from, to);
  const gapless = withoutGaps(lines, from, to);
  const attendance = attendanceEntries(lines, from, to, gapless);
  const out: ChosenHeading[] = [];
  let topics = false;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.blank || attendance.has(i)) continue;
    const parts = runInLine(lines, i, from, gapless);
    if (parts) {
      // (A title printed again and again is a field's label: "Note:", "Proposed:".)
      if (!topics && !repeated.has(parts.title.toLowerCase())) out.push({ at: i, titleAt: i, heading: heading('', parts.title, parts.rest) });
      continue;
    }
    const colon = line.text.indexOf(': ');
    if (line.label?.group === 'apologies' && line.label.rest && out.length > 0 && colon > 0 && (gapless || standsApart(lines, i, from))) {
      if (!topics) out.push({ at: i, titleAt: i, heading: heading('', line.text.slice(0, colon).trim(), line.text.slice(colon + 2)) });
      continue;
    }
    const clean = line.text.replace(/ ?:$/, '').trim();
    if (!line.label && !line.heading && !line.bullet && !NEVER_A_HEADING.some((k) => line.kinds.has(k as never)) && (gapless || standsApart(lines, i, from)) && titleAlone(line, clean) && opensTopics(lines, i, to, gapless)) {
      topics = !ITEMS_PART.test(clean);
      if (topics) out.push({ at: i, titleAt: i, heading: heading('', clean, null) });
      continue;
    }
    const found = fallbackHeading(lines, i, from, to);
    if (found) {
      // ("1. Matters arising:" over run-in topics: a numbered title alone opens topics too.)
      topics = found.heading.rest === null && !ITEMS_PART.test(found.heading.title) && opensTopics(lines, i, to, gapless);
      out.push(found);
    }
  }
  return out.length >= MIN_HEADINGS ? out : [];
}
