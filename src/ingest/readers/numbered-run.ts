// The fallback for item headings: a run of lines that open with numbers going
// up one by one, in one shape ("1 ...", "2. ...", "3) ...", "(4) ...",
// "1.3/23E ...", or any reference of numbers, letters and stops or slashes
// whose one number counts up: "19.C.83", "13.17/18"), is the document's list
// of items whatever their words. The specific readings (headings.ts) choose
// among numbered lines by how their titles read; where they miss some lines of
// such a run (a title run on into its minute, a minute reference no rule
// knows), the run's numbers still say where each item begins. It adds items to
// a reading whose numbered items all lie on the run; it replaces a reading only
// where that reading's headings are the run's own lines read without their
// numbers, or a numbered list inside one of the run's items.
import { type ClassifiedLine, type Heading, splitTitle, withoutAttachment } from '../line-kinds.ts';
import * as R from '../rules.ts';
import type { ChosenHeading } from './headings.ts';
import { previousNonBlank } from './items.ts';

interface NumberedLine {
  at: number;
  /** The shape of the number: items of one list share it ("plain.", "bracket", "suffix:/23E"). */
  shape: string;
  n: number;
  number: string;
  text: string;
}

/** "1 Apologies", "2. Minutes", "3) Planning": a number of one to three digits, a stop or bracket perhaps, then words. */
const PLAIN_NUMBER = /^(\d{1,3})([.)]?)[ \t]+(\S.*)$/;
/** "(4) Correspondence". */
const BRACKETED_NUMBER = /^\((\d{1,3})\)[ \t]+(\S.*)$/;
/** "1.3/23E To open the meeting": the item's number, a stop, then a reference with a slash or dash ("3/23E", "24-25"). */
const SUFFIXED_NUMBER = /^(\d{1,3})\.(\d{1,4}[/-][0-9A-Za-z]{1,6})[ \t]+(\S.*)$/;
/** What a title opens with: a capital, a digit, or a quotation mark or bracket before one. */
const TITLE_OPENING = /^["'(\u2018\u201c]?[A-Z0-9]/;

/**
 * "19.C.83 APOLOGIES", "13.17/18 / Apologies for absence / ...", "2024/45 Planning": a minute reference of numbers,
 * letters and stops or slashes, in one word, then the title (after a table's column bar, perhaps).
 */
const REFERENCE_OPENING = /^([A-Za-z]{0,6}[./-]?\d{1,4}(?:[./-][A-Za-z\d]{1,6}){1,3})[.:]?(?: [/|])?[ \t]+(\S.*)$/;
/** "5.1": an item's number and its paragraph's. */
const PARAGRAPH_NUMBER = /^\d{1,3}\.\d{1,2}$/;
/** A reference has at most this many numbers: each may be the one that runs. */
const MAX_REFERENCE_NUMBERS = 4;

/**
 * Every way a minute reference may run: each of its numbers in turn counts up while the rest of the reference stays as
 * printed ("19.C.#", "#.17/18", "2024/#"). The shape is the reference with its running number left out, so only
 * references of one series make one run, whatever their letters, stops and slashes.
 */
function referenceReadings(line: ClassifiedLine, at: number): NumberedLine[] {
  if (line.date?.index === 0) return [];
  const m = REFERENCE_OPENING.exec(line.text.trim());
  if (!m) return [];
  const reference = m[1]!;
  // ("5.1", "5.2": a paragraph's number under its item is the sub-items' reading, not a reference.)
  if (PARAGRAPH_NUMBER.test(reference)) return [];
  const numbers = [...reference.matchAll(/\d+/g)];
  if (numbers.length > MAX_REFERENCE_NUMBERS || readsAsSentence(m[2]!)) return [];
  return numbers.map((d) => ({
    at,
    shape: `ref:${reference.slice(0, d.index)}#${reference.slice(d.index + d[0].length)}`,
    n: Number(d[0]),
    number: reference,
    text: m[2]!,
  }));
}

/** Words of a line's opening looked at for a sentence's verb. */
const OPENING_WORDS = 8;

/**
 * "13/25 The extension at Brook Cottage was supported.": a reference before a sentence numbers a paragraph of a minute,
 * not an item. The words before the first cell's bar, a colon, a dash or a stop are looked at: a sentence's subject opening them,
 * or a verb among their first words.
 */
function readsAsSentence(text: string): boolean {
  const head = text.split(/ [/|–—-] |: |\. +(?=[A-Z])/, 1)[0]!;
  if (/^(?:The|A|An|It|There|This|These)\b/.test(head)) return true;
  return head !== head.toUpperCase() && R.FINITE_VERB.test(head.split(' ', OPENING_WORDS).join(' '));
}

/** The number a line opens with, in the shapes items are numbered in, or null. */
function numberedLine(line: ClassifiedLine, at: number): NumberedLine | null {
  if (line.blank || line.bullet || line.decision || line.kinds.has('decision-label')) return null;
  const text = line.text.trim();
  // (A reference of month and year after the item's number, "1.6/24", may also read as a date; the run's shape decides.)
  const suffixed = SUFFIXED_NUMBER.exec(text);
  if (suffixed) return { at, shape: `suffix:${suffixed[2]!.replace(/^\d+/, '')}`, n: Number(suffixed[1]), number: `${suffixed[1]}.${suffixed[2]}`, text: suffixed[3]! };
  // "16 March 2025 ...": a date, not a number.
  if (line.date?.index === 0) return null;
  const bracketed = BRACKETED_NUMBER.exec(text);
  if (bracketed) return { at, shape: 'bracket', n: Number(bracketed[1]), number: bracketed[1]!, text: bracketed[2]! };
  const plain = PLAIN_NUMBER.exec(text);
  if (plain) return { at, shape: `plain${plain[2]}`, n: Number(plain[1]), number: plain[1]!, text: plain[3]! };
  return null;
}

/** Numbers the run may skip at once: an item or two withdrawn, or run into another line. */
const MAX_STEP = 3;
/** Fewer lines than this are no list of items. */
const MIN_RUN = 3;

/** A line that opens a resolution's list, never an item: "1. That the report be noted". */
const CLAUSE_OPENING = /^(?:that|to note that)\b/i;

/** "4 The Clerk reported on ...": a numbered sentence is a paragraph; the agenda's "To receive ..." is a title. */
function opensSentence(text: string): boolean {
  return CLAUSE_OPENING.test(text) || (R.SENTENCE_START.test(text) && !/^to /i.test(text));
}

/**
 * The longest run of numbered lines of one shape whose numbers go up by one to MAX_STEP, each a title's opening, the
 * first not introduced as a list (a stem ending in a colon or dash, or a decision's label, above it).
 */
export function numberedRun(lines: readonly ClassifiedLine[], from: number, to: number): NumberedLine[] {
  const byShape = new Map<string, NumberedLine[]>();
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    const one = numberedLine(line, i);
    if (!one && (line.blank || line.bullet || line.decision || line.kinds.has('decision-label'))) continue;
    for (const l of [...(one ? [one] : []), ...referenceReadings(line, i)]) {
      if (!TITLE_OPENING.test(l.text) || opensSentence(l.text)) continue;
      const list = byShape.get(l.shape) ?? [];
      list.push(l);
      byShape.set(l.shape, list);
    }
  }
  let best: NumberedLine[] = [];
  for (const list of byShape.values()) {
    const run = longestRising(list);
    if (run.length > best.length) best = run;
  }
  if (best.length < MIN_RUN) return [];
  const above = previousNonBlank(lines, best[0]!.at - 1, from);
  if (above >= from && (/[:–-]$/.test(lines[above]!.text.trim()) || lines[above]!.kinds.has('decision-label'))) return [];
  return best;
}

/**
 * The longest chain in document order whose numbers rise by 1 to MAX_STEP at each step. Linear: a line's chain can only
 * follow the best chain so far ending on one of the MAX_STEP numbers below its own (the latest of the longest, on a tie).
 */
function longestRising(list: readonly NumberedLine[]): NumberedLine[] {
  const length: number[] = [];
  const prev: number[] = [];
  // For each number, the line ending the longest chain on it so far.
  const bestEndingOn = new Map<number, number>();
  let top = -1;
  for (let i = 0; i < list.length; i++) {
    length[i] = 1;
    prev[i] = -1;
    for (let step = 1; step <= MAX_STEP; step++) {
      const j = bestEndingOn.get(list[i]!.n - step);
      if (j === undefined) continue;
      if (length[j]! + 1 > length[i]! || (length[j]! + 1 === length[i]! && j > prev[i]!)) {
        length[i] = length[j]! + 1;
        prev[i] = j;
      }
    }
    const held = bestEndingOn.get(list[i]!.n);
    if (held === undefined || length[i]! >= length[held]!) bestEndingOn.set(list[i]!.n, i);
    if (top < 0 || length[i]! > length[top]!) top = i;
  }
  const run: NumberedLine[] = [];
  for (let i = top; i >= 0; i = prev[i]!) run.push(list[i]!);
  return run.reverse();
}

/** Words a title runs to before the dash or colon that ends it, at most. */
const TITLE_BEFORE_DASH_WORDS = 6;
/** A line of more words than this is a title run on into its minute. */
const RUN_ON_WORDS = 12;

/**
 * The title and minute of a run's line that no specific reading took: the split the specific rules make, or for a
 * long line the words before an early dash or colon ("Planning – 02/2021/0098 Land at ...") or its first sentence.
 */
function runTitle(text: string): { title: string; rest: string | null } {
  const clean = withoutAttachment(text).trim();
  // "Apologies for absence / Apologies were received ...": a table's columns kept apart by bars; the title is the first cell.
  const bar = / [/|] /.exec(clean);
  if (bar && bar.index > 2 && clean.slice(0, bar.index).split(' ').length <= RUN_ON_WORDS) {
    return { title: clean.slice(0, bar.index), rest: clean.slice(bar.index + bar[0].length).replace(/ [/|] /g, ' ') || null };
  }
  const split = splitTitle(clean);
  const title = split?.title ?? clean;
  if (title.split(' ').length <= RUN_ON_WORDS) return split ?? { title: clean, rest: null };
  const dash = / [–—-] |: /.exec(title);
  if (dash && title.slice(0, dash.index).split(' ').length <= TITLE_BEFORE_DASH_WORDS) return { title: title.slice(0, dash.index), rest: clean.slice(dash.index + dash[0].length) };
  const stop = R.sentenceStop().exec(title);
  if (stop && stop.index > 2) return { title: title.slice(0, stop.index + 1), rest: clean.slice(stop.index + 2) };
  return { title, rest: null };
}

/**
 * The chosen headings, with the lines of the document's numbered run they left out added as items: only when every
 * numbered item chosen lies on the run (the run is then the same list, read in full), and the run is longer.
 */
export function withNumberedRun(lines: readonly ClassifiedLine[], from: number, to: number, chosen: ChosenHeading[]): ChosenHeading[] {
  const main = chosen.filter((h) => h.heading.style !== 'sub' && h.heading.number);
  const run = numberedRun(lines, from, to);
  if (run.length === 0) return chosen;
  const onRun = new Set(run.map((l) => l.at));
  if (main.length === 0 && chosen.length > 0) {
    // Headings chosen without numbers are a layout that does not number its items, and a numbered list among them is
    // a minute's; unless the headings are the run's own lines, read with the reference left in their titles
    // ("19.C.83 APOLOGIES"): then the run is the item list, numbered.
    // (A heading in capitals above the first of them is the document's own: "BOROUGH OF WYREFORD".)
    const own = chosen.filter((h) => onRun.has(h.at)).length;
    if (own < MIN_RUN || own * 2 < chosen.length) return chosen;
    return fromRun(run, chosen.filter((h) => !onRun.has(h.at) && h.at > run[0]!.at));
  }
  if (run.length <= main.length) return chosen;
  if (!main.every((h) => onRun.has(h.at))) {
    // A numbered list inside one item's minute ("1) P0916/17/FUL ..." under "16.17/18 Planning") is no item list: when
    // every numbered heading chosen stands between the same two lines of a longer run, the run is the items.
    const inOneItem = main.every((h) => gapOf(run, h.at) === gapOf(run, main[0]!.at)) && gapOf(run, main[0]!.at) > 0;
    const numbered = new Set(main);
    return inOneItem ? fromRun(run, chosen.filter((h) => !numbered.has(h))) : chosen;
  }
  const taken = new Set(chosen.map((h) => h.at));
  return [...chosen, ...run.filter((l) => !taken.has(l.at)).map(runHeading)].sort((a, b) => a.at - b.at);
}

/** The run's lines as headings, with the other headings kept that stand apart from them. */
function fromRun(run: readonly NumberedLine[], kept: readonly ChosenHeading[]): ChosenHeading[] {
  return [...kept, ...run.map(runHeading)].sort((a, b) => a.at - b.at);
}

function runHeading(l: NumberedLine): ChosenHeading {
  const { title, rest } = runTitle(l.text);
  const heading: Heading = { number: l.number, base: l.n, alt: null, sub: '', style: 'plain', prefix: '', title, rest };
  return { at: l.at, titleAt: l.at, heading };
}

/** How many of the run's lines stand before line `at`: lines between the same two of them share one gap. */
function gapOf(run: readonly NumberedLine[], at: number): number {
  let lo = 0;
  let hi = run.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (run[mid]!.at < at) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
