// Run-in headings: minutes whose items are paragraphs that each open with a short title and a mark, the minute running
// on in the same line ("Village hall: The clerk reported ...", "Footpaths – Members noted ...", "PLANNING. The committee
// considered ..."), with no number and no line of their own. A community council's web page, a town council's post and a
// parish PDF print their minutes so. One such paragraph may be a label and its value; a run of them in one text is the
// item list whatever the titles say, so the heading fallback (heading-fallback.ts) reads them more loosely there: longer
// titles, minutes that record nothing ("None") or open with a figure, the apologies minuted among the items.
import { findDates } from '../dates.ts';
import type { ClassifiedLine } from '../line-kinds.ts';
import type { ChosenHeading } from './headings.ts';
import { readsAsTitle } from '../line-kinds.ts';
import * as R from '../rules.ts';
import { gapBefore, nextNonBlank, previousNonBlank } from './items.ts';

/** Words a run-in title runs to, at most, in a run of them. */
export const RUN_IN_TITLE_WORDS = 10;
/** Fewer run-in paragraphs than this in a text are no run: perhaps a label or two. */
const MIN_RUN = 3;

/** Kinds a run-in paragraph never has: a list's entry, a table's row, a decision's or an action's label, the head and foot. */
const NOT_RUN_IN: readonly string[] = ['bullet', 'table-row', 'pipe-row', 'furniture', 'council', 'met-title', 'meeting-heading', 'membership-label', 'person', 'decision-label', 'present-tense-decision', 'motion', 'action', 'closing', 'signature', 'start-time', 'business-section', 'author', 'minutes-title', 'date-label', 'place-label', 'contact-label', 'chair-marker', 'exclusion', 'readmission', 'item-mark'];

/** "Cllr Bell", "Mrs D Shaw": a name, a label's value (who proposed, who seconded, who chaired). */
const NAME_VALUE = /^(?:Cllrs?\.?|Councill?ors?|Mr|Mrs|Ms|Miss|Dr)\b/;

const wordCount = (text: string) => text.split(' ').filter(Boolean).length;

export interface RunInParts {
  title: string;
  rest: string;
  /** The title was closed by a stop (before a capital): what follows it is a sentence. */
  stop: boolean;
}

/** Capitals or title case: a heading's style, which a stop after it needs (a colon or a dash says it on its own). */
function headingStyle(title: string): boolean {
  return (/[A-Z]{2}/.test(title) && !/[a-z]/.test(title)) || !/(?:^| )[a-z]{4,}/.test(title);
}

/** The first mark closing a run-in title: ": ", a spaced dash, or a stop before a capital; -1 when none. */
function markAt(text: string): { at: number; length: number; stop: boolean } | null {
  let best: { at: number; length: number; stop: boolean } | null = null;
  const take = (at: number, length: number, stop: boolean) => {
    if (at > 2 && (!best || at < best.at)) best = { at, length, stop };
  };
  take(text.indexOf(': '), 2, false);
  for (const dash of [' – ', ' - ', ' — ']) take(text.indexOf(dash), 3, false);
  const stop = /\. {1,3}(?=["'\u2018\u201c]?[A-Z])/.exec(text);
  if (stop) take(stop.index, stop[0].length, true);
  return best;
}

/**
 * "Title: minute", "Title – minute", "TITLE. Minute": a paragraph's short verbless title and the minute run on after its
 * mark, or null. A label's value is no minute: a name alone ("Proposed: Cllr Bell") is not one.
 */
export function runInParts(text: string, maxWords = RUN_IN_TITLE_WORDS): RunInParts | null {
  const mark = markAt(text);
  if (!mark) return null;
  const title = text.slice(0, mark.at).trim();
  const rest = text.slice(mark.at + mark.length).trim();
  // (A minute says something in words: "Meeting commenced: 19.40hrs" gives a label's value.)
  if (!/(?:^|\s)["'(\u2018\u201c]?[A-Za-z]{3,}/.test(rest) || !/^["'\u2018\u201c(]?[A-Z]/.test(title) || !/[A-Za-z]{3}/.test(title)) return null;
  // (A member named inside it, "Declarations Cllr A Bell – ...", is the minute's text: the title ended before.)
  if (wordCount(title) > maxWords || /[.!?;,]$/.test(title) || R.PERSON_TITLE.test(title) || R.FIRST_PERSON_TITLE.test(title) || R.FINITE_VERB.test(title)) return null;
  if (mark.stop && (!headingStyle(title) || R.ABBREVIATION_END.test(`${title}.`))) return null;
  if (R.TRAILING_FUNCTION_WORD.test(title.slice(title.lastIndexOf(' ') + 1))) return null;
  // ("Minutes: 9 September 2025": the date the title names, not a minute.)
  const date = findDates(rest)[0];
  if (date && rest.replace(date.text, '').replace(/[^A-Za-z]/g, '').length < 3) return null;
  if (NAME_VALUE.test(rest) && wordCount(rest) <= 4 && !/[.!?]$/.test(rest)) return null;
  return readsAsTitle(title) ? { title, rest, stop: mark.stop } : null;
}

/**
 * The line stands apart from the text above it: a gap, or the paragraph above it ended. (A page saved without blank lines
 * prints each paragraph as a line of its own: a run-in paragraph is then checked by its title alone.)
 */
export function standsApart(lines: readonly ClassifiedLine[], i: number, from: number): boolean {
  const k = previousNonBlank(lines, i - 1, from);
  return k < from || gapBefore(lines, i) > 0 || /[.!?:]$/.test(lines[k]!.text);
}

/** A page saved without blank lines between its paragraphs (each paragraph a line; blank lines at its ends aside). */
export function withoutGaps(lines: readonly ClassifiedLine[], from: number, to: number): boolean {
  let text = false;
  let gap = false;
  for (let i = from; i < to; i++) {
    if (lines[i]!.blank) gap = text;
    else if (gap) return false;
    else text = true;
  }
  return true;
}

/** The run-in parts of line `i`, when it is a paragraph of its own opening with a run-in title (never an attendance label). */
export function runInLine(lines: readonly ClassifiedLine[], i: number, from: number, gapless = false): RunInParts | null {
  const line = lines[i]!;
  if (line.blank || line.label || line.heading || line.date?.index === 0 || (!gapless && !standsApart(lines, i, from))) return null;
  for (const kind of NOT_RUN_IN) if (line.kinds.has(kind as never)) return null;
  return runInParts(line.text);
}

/**
 * Do lines [from, to) hold a run of run-in paragraphs: three or more, none a title printed twice (a field's label, such
 * as "Action:" or "Note:", recurs; an item's title does not)?
 */
export function holdsRunInItems(lines: readonly ClassifiedLine[], from: number, to: number): boolean {
  const seen = new Map<string, number>();
  const gapless = withoutGaps(lines, from, to);
  const attendance = attendanceEntries(lines, from, to, gapless);
  for (let i = from; i < to; i++) {
    if (attendance.has(i)) continue;
    const title = runInLine(lines, i, from, gapless)?.title ?? colonTitleOverMinute(lines, i, from, to, gapless);
    if (!title) continue;
    const key = title.toLowerCase();
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  let titles = 0;
  for (const n of seen.values()) if (n === 1) titles++;
  return titles >= MIN_RUN;
}


/**
 * "Roads update:" over "Janice to contact the roads department.": a run-in title whose minute was put on the next line,
 * the colon still saying that the minute follows; its title, or null.
 */
function colonTitleOverMinute(lines: readonly ClassifiedLine[], i: number, from: number, to: number, gapless: boolean): string | null {
  const line = lines[i]!;
  if (line.blank || line.label || line.heading || !/\S:$/.test(line.text) || (!gapless && !standsApart(lines, i, from))) return null;
  for (const kind of NOT_RUN_IN) if (line.kinds.has(kind as never)) return null;
  const n = nextNonBlank(lines, i + 1, to);
  const next = lines[n];
  if (!next || next.bullet || next.label || /:$/.test(next.text) || wordCount(next.text) < 3 || !/[.!?]$|\w{3}/.test(next.text)) return null;
  const parts = runInParts(`${line.text} ${next.text}`);
  return parts && parts.title === line.text.slice(0, -1).trim() ? parts.title : null;
}

/**
 * The lines of an attendance block: the entries below an attendance label that stands alone ("Present:" over
 * "Ardlinn: Apologies from ...", "Cllr X: Chair"), up to a gap (on a page with gaps) or the first numbered heading.
 * Names and places with a colon there are the attendance, not items.
 */
export function attendanceEntries(lines: readonly ClassifiedLine[], from: number, to: number, gapless: boolean): Set<number> {
  const out = new Set<number>();
  let open = false;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.kinds.has('attendance-label') && line.label && !line.label.rest.trim()) {
      open = true;
      continue;
    }
    if (line.blank) {
      if (!gapless) open = false;
      continue;
    }
    if (line.heading || line.itemNumber || line.numbered) open = false;
    if (open) out.add(i);
  }
  return out;
}

/** A title printed more than once among lines [from, to): a field's label, not an item's title. */
export function repeatedTitles(lines: readonly ClassifiedLine[], from: number, to: number): Set<string> {
  const seen = new Set<string>();
  const twice = new Set<string>();
  const gapless = withoutGaps(lines, from, to);
  for (let i = from; i < to; i++) {
    const parts = runInLine(lines, i, from, gapless);
    if (!parts) continue;
    const key = parts.title.toLowerCase();
    if (seen.has(key)) twice.add(key);
    seen.add(key);
  }
  return twice;
}

/** "Other Agenda items:", "Items for information": a heading over a part of the agenda's items, not an item itself. */
export const ITEMS_PART = /\bitems$|^items\b/i;

/** Is the next line with text after `i` (before `to`) a run-in paragraph or a name's label ("Cllr X:")? */
export function opensTopics(lines: readonly ClassifiedLine[], i: number, to: number, gapless = false): boolean {
  const n = nextNonBlank(lines, i + 1, to);
  if (n >= to) return false;
  const next = lines[n]!;
  if (next.kinds.has('person') && /:$/.test(next.text)) return true;
  return runInLine(lines, n, i, gapless) !== null;
}

/** A minute after a title: a sentence (its stop or its verb), or a word that records nothing or the decision. */
function readsAsMinute(rest: string): boolean {
  return /[.!?]$/.test(rest) || R.FINITE_VERB.test(rest) || /^(?:none|nil|noted|agreed|approved|accepted)\b/i.test(rest);
}

/**
 * "5 Grass Cutting – The contractor has ...", "10. Planning: To comment on ...: None.": numbered headings run on into
 * their minutes. Where three or more of a document's numbered headings are so printed (their titles already split from
 * the minute, or splitting at the first mark), the rest of them end their titles at that mark too, their numbers kept:
 * a run of the shape is the minutes' style, whatever a title says.
 */
export function withRunInTitles(headings: readonly ChosenHeading[]): ChosenHeading[] {
  const split = headings.map((h) => (h.heading.rest === null ? runInParts(h.heading.title) : null));
  // (The run is of minutes: "Council Tax Scheme - Reserves and Forecast" over its minute is a title with its second
  // part, and three such titles make no run.)
  const runIn = headings.filter((h, n) => (split[n] !== null && (split[n]!.stop || readsAsMinute(split[n]!.rest))) || (h.heading.rest !== null && h.heading.title.length > 0)).length;
  if (runIn < MIN_RUN || split.every((p) => p === null)) return [...headings];
  return headings.map((h, n) => {
    const parts = split[n];
    return parts ? { ...h, heading: { ...h.heading, title: parts.title, rest: parts.rest } } : h;
  });
}
