// A text whose line breaks were lost: a PDF's text layer read as one run, a
// page copied as one paragraph. The readers walk lines, so such a text gives
// them nothing to stand on ("no meeting found"). Its breaks are put back
// before what a minutes layout prints at the start of a line: the minute
// numbers, when they run in sequence (1. 2. 2.1 2.2 3. or Cou/285/07-08,
// Cou/286/07-08), where a heading ends and its first sentence begins, and the
// labels of attendance and decisions. A number that breaks the sequence
// ("agenda item 9", "paragraph 3.2") stays where it is. Texts with their
// lines are left exactly as they are.

import { MONTHS } from './dates.ts';

/** Mean characters per non-blank line above which a text reads as flattened (printed minutes average well under 200). */
const FLATTENED_MEAN_LINE = 300;
/**
 * A flattened text's longest run is at least this long. A short excerpt cut into pieces by its pages' furniture (a
 * signature rule "______", a footer) holds no run much longer than its pages, yet no printed line is this long.
 */
const LONGEST_FLATTENED = 400;
/** A line this long in a flattened text is re-lined; shorter lines are left whole. */
const LONG_LINE = 240;
/** Fewer markers in sequence than this is no numbering. */
const MIN_RUN = 3;
/** A numbering that starts at "1." (or at "1" with no stop) needs fewer: a document's own sequence begins there (an excerpt may hold only "1." and "2."). */
const MIN_RUN_FROM_ONE = 2;

/** Whether the text's lines are so long that its breaks must have been lost. */
export function looksFlattened(text: string): boolean {
  let lines = 0;
  let chars = 0;
  let longest = 0;
  let start = 0;
  while (start <= text.length) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const length = end - start;
    if (text.slice(start, end).trim()) {
      lines++;
      chars += length;
      if (length > longest) longest = length;
    }
    start = end + 1;
  }
  // A few short lines of a page around one long run (a sharing site's title and view count over the whole PDF) bring
  // the mean down; the run holding most of the text says the same.
  const mostlyOneRun = longest * 3 >= chars * 2;
  return lines > 0 && longest > LONGEST_FLATTENED && (chars / lines > FLATTENED_MEAN_LINE || mostlyOneRun);
}

/** A numbered marker: "3." / "3)" (a heading), "3.1" (a paragraph under it), or a reference such as "Cou/286/07-08" or "OV5323". */
interface Marker {
  /** Index of the token among all the long lines' tokens, in order. */
  token: number;
  kind: 'top' | 'sub' | 'ref' | 'bare' | 'paren';
  /** Heading number; for a reference, its running number. */
  major: number;
  /** Paragraph number under the heading (sub only). */
  minor: number;
  /** What references of one series share: their letters and the year part. */
  series: string;
}

const TOP_NUMBER = /^(\d{1,3})[a-z]?[.)]$/;
/** "(3)": an agenda's item number in brackets, as a summons prints its list of business in one paragraph. */
const PAREN_NUMBER = /^\((\d{1,2})\)$/;
/** "2014–20", "2015/16", "2026": a year opening a title ("6. 2014–20 European Funds Programme"). */
const YEAR_OPENING = /^(?:19|20)\d{2}(?:[-–/]\d{2,4})?$/;
/** "71 PUBLIC PARTICIPATION", "1359 MINUTES OF THE LAST MEETING": a minute number with no stop, as many councils print it. */
const BARE_NUMBER = /^(\d{1,4})$/;
/** A month's name or its abbreviation: "16 July" is a date, not minute 16. */
const MONTH_WORDS = new Set([...MONTHS.flatMap((m) => [m.toLowerCase(), m.toLowerCase().slice(0, 3)]), 'sept']);
/** Words after which a number is a reference or a quantity, not a minute's number. */
const REFERRING = new Set(['item', 'items', 'paragraph', 'paragraphs', 'para', 'page', 'pages', 'of', 'minute', 'minutes', 'section', 'appendix', 'no', 'no.', 'number', 'and', 'to', 'at', 'on', 'by', 'from', 'schedule', 'part', 'clause', 'recommendation', 'option', 'phase', 'stage', 'table', 'year', 'ward', 'plot', 'unit', 'flat', 'room', 'level']);
const SUB_NUMBER = /^(\d{1,3})\.(\d{1,2})\.?$/;
/** "3.1.1": a paragraph's number three levels deep, printed before its item's title in a number column. */
const DEEP_NUMBER = /^\d{1,3}\.\d{1,2}\.\d{1,2}\.?$/;
/** "OV5323": a committee's letters and a running number in one word. */
const LETTERED_NUMBER = /^([A-Z][A-Za-z]{0,5})(\d{1,5})$/;

/**
 * A reference such as "Cou/286/07-08", "FC/25/01", "19/24" or "OV5323", read every way it could run:
 * each of its numbers in turn as the running one, the rest as what the series shares. The longest run
 * of one series settles which reading was right.
 */
function referenceReadings(token: string, i: number): Marker[] {
  const lettered = LETTERED_NUMBER.exec(token);
  if (lettered) return [{ token: i, kind: 'ref', major: Number(lettered[2]), minor: 0, series: `${lettered[1]}#` }];
  const parts = token.split('/');
  if (parts.length < 2 || parts.length > 4 || !parts.every((p) => /^[A-Za-z]{1,6}$|^\d{1,5}(?:-\d{2})?$/.test(p))) return [];
  const readings: Marker[] = [];
  parts.forEach((part, k) => {
    if (/^\d{1,5}$/.test(part)) readings.push({ token: i, kind: 'ref', major: Number(part), minor: 0, series: parts.map((p, j) => (j === k ? '#' : p)).join('/') });
  });
  return readings;
}

function startsCapital(token: string | undefined): boolean {
  return token !== undefined && /^["'(]?[A-Z]/.test(token);
}

function endsSentence(token: string | undefined): boolean {
  return token === undefined || /[.:;!?)]$/.test(token);
}

function markersAt(tokens: readonly string[], i: number): Marker[] {
  const token = tokens[i]!;
  const top = TOP_NUMBER.exec(token);
  // "4. 4.1 FINANCE", "3. 3.1.1 DECLARATIONS": a heading's number printed before its paragraphs' numbers.
  if (top && (SUB_NUMBER.test(tokens[i + 1] ?? '') || DEEP_NUMBER.test(tokens[i + 1] ?? ''))) return [{ token: i, kind: 'top', major: Number(top[1]), minor: 0, series: '' }];
  // "6. 2014–20 European Structural Funds": a title may open with a year, a word with a capital after it.
  const titled = startsCapital(tokens[i + 1]) || (YEAR_OPENING.test(tokens[i + 1] ?? '') && startsCapital(tokens[i + 2]));
  if (top && titled) return [{ token: i, kind: 'top', major: Number(top[1]), minor: 0, series: '' }];
  if (!startsCapital(tokens[i + 1])) return [];
  const paren = PAREN_NUMBER.exec(token);
  if (paren) return [{ token: i, kind: 'paren', major: Number(paren[1]), minor: 0, series: '' }];
  const sub = SUB_NUMBER.exec(token);
  if (sub) return [{ token: i, kind: 'sub', major: Number(sub[1]), minor: Number(sub[2]), series: '' }];
  const bare = BARE_NUMBER.exec(token);
  if (bare) {
    const next = tokens[i + 1]!.replace(/[^A-Za-z]/g, '').toLowerCase();
    const prev = (tokens[i - 1] ?? '').toLowerCase();
    // "16 July" is a date, and so is the year after a month ("19th July 2017 The ...").
    if (MONTH_WORDS.has(next) || REFERRING.has(prev) || MONTH_WORDS.has(prev.replace(/[^a-z]/g, ''))) return [];
    return [{ token: i, kind: 'bare', major: Number(bare[1]), minor: 0, series: '' }];
  }
  return referenceReadings(token, i);
}

/** Whether `next` can follow `prev` in one numbering: 2 -> 3, 2 -> 2.1, 2.1 -> 2.2, 2.3 -> 3, 2.3 -> 3.1; a series' references count up by one. */
function follows(prev: Marker, next: Marker): boolean {
  if (prev.kind !== next.kind && (prev.kind === 'paren' || next.kind === 'paren')) return false;
  if (prev.kind === 'ref' || next.kind === 'ref' || prev.kind === 'bare' || next.kind === 'bare' || prev.kind === 'paren') return prev.kind === next.kind && prev.series === next.series && next.major === prev.major + 1;
  if (next.kind === 'top') return next.major === prev.major + 1;
  if (next.major === prev.major) return next.minor === prev.minor + 1;
  return next.major === prev.major + 1 && next.minor === 1;
}

/** The longest run of markers that follow one another, in the order they stand. */
function longestRun(markers: readonly Marker[]): Marker[] {
  const length: number[] = [];
  const before: number[] = [];
  let best = -1;
  for (let j = 0; j < markers.length; j++) {
    length.push(1);
    before.push(-1);
    // Look back a bounded way: a heading's number is never hundreds of candidates after the one before it.
    for (let k = j - 1; k >= 0 && k >= j - 64; k--) {
      if (length[k]! + 1 > length[j]! && follows(markers[k]!, markers[j]!)) {
        length[j] = length[k]! + 1;
        before[j] = k;
      }
    }
    if (best < 0 || length[j]! > length[best]!) best = j;
  }
  const run: Marker[] = [];
  for (let k = best; k >= 0; k = before[k]!) run.unshift(markers[k]!);
  return run;
}

/** Words that open a line of attendance or a decision, after a full stop. */
const LINE_LABELS = new Set(['RESOLVED', 'RESOLVED:', 'RESOLVED:-', 'AGREED', 'AGREED:', 'DECIDED', 'DECIDED:', 'RESOLVED-', 'ACTION:', 'Present:', 'PRESENT:', 'PRESENT', 'Apologies:', 'APOLOGIES:', 'Attendance:']);
/** A decision's label in capitals ("... Minutes RESOLVED: That ..."). */
const DECISION_LABELS = new Set(['RESOLVED', 'RESOLVED:', 'RESOLVED:-', 'RESOLVED-', 'AGREED', 'AGREED:', 'DECIDED', 'DECIDED:', 'ACTION:']);
/**
 * Labels printed with their colon, which open a line even after a name with no stop; a front sheet's "Date:", "Time:"
 * and "Venue:" after the council's name ("Westshire County Council Date: Monday 9 October 2017 Time: 10am Venue: ...").
 */
const COLON_LABELS = new Set(['present:', 'apologies:', 'attendance:', 'membership:', 'absent:', 'substitutes:', 'chair:', 'chairman:', 'date:', 'time:', 'venue:', 'place:']);
/** An agenda's own heading in capitals, which opens its list of items ("... To Call the Roll AGENDA 1. Minutes ..."). */
const AGENDA_HEADING = 'AGENDA';
/** Two-word labels, compared in lower case. */
const LABEL_PAIRS = new Set(['in attendance:', 'also present:', 'officers present:', 'apologies for', 'present members:']);
/** Three-word labels, compared in lower case. */
const LABEL_TRIPLES = new Set(['also in attendance:']);

/**
 * Labels in capitals with no colon, as Scottish councils print them ("... ELGIN PRESENT Councillors A, B ... APOLOGIES
 * Apologies for absence were intimated ... IN ATTENDANCE The Director ..."), with how many words each has.
 */
const CAPITALS_LABELS = new Map([
  ['PRESENT', 1],
  ['APOLOGIES', 1],
  ['APOLOGY', 1],
  ['ATTENDING', 1],
  ['ABSENT', 1],
  ['CHAIR', 1],
  ['IN ATTENDANCE', 2],
  ['ALSO PRESENT', 2],
  ['ALSO ATTENDING', 2],
  ['ALSO IN ATTENDANCE', 3],
]);
/** A person's title after a list's label: the list begins, whatever stood before the label ("... ELGIN PRESENT Councillors ..."). */
const LIST_TITLE = /^(?:Councillors?|Cllrs?\.?|Provost|Bailie|Mr|Mrs|Ms|Miss|Dr)$/;

/**
 * How many words of a label in capitals stand at token i, or 0: the label is followed by a word in title case or an
 * initial, and stands apart from a heading in capitals (after a stop or a word in small letters), unless a person's title
 * opens its list. "CHAIR" opens a line only after a stop and before a title ("... and Williams. CHAIR Provost Hall,
 * Convener, presided."), never inside a heading ("ELECTION OF CHAIR").
 */
function capitalsLabelAt(tokens: readonly string[], i: number): number {
  for (const words of [3, 2, 1]) {
    const label = tokens.slice(i, i + words).join(' ');
    if (CAPITALS_LABELS.get(label) !== words) continue;
    const next = tokens[i + words] ?? '';
    const prev = tokens[i - 1] ?? '';
    if (!/^(?:[A-Z][a-z]|[A-Z]\.?$)/.test(next)) return 0;
    if (label === 'CHAIR') return endsSentence(prev) && LIST_TITLE.test(next) ? 1 : 0;
    return endsSentence(prev) || /[a-z]/.test(prev) || LIST_TITLE.test(next) ? words : 0;
  }
  return 0;
}

/** How many words of a line's label stand at token i ("Apologies:" 1, "In Attendance:" 2, "Also in Attendance:" 3), or 0. */
function labelAt(tokens: readonly string[], i: number): number {
  const capitals = capitalsLabelAt(tokens, i);
  if (capitals > 0) return capitals;
  const pair = `${tokens[i]} ${tokens[i + 1] ?? ''}`.toLowerCase();
  if (LABEL_TRIPLES.has(`${pair} ${tokens[i + 2] ?? ''}`.toLowerCase())) return 3;
  // "Apologies:", "In Attendance:" and a decision label in capitals open a line wherever they stand; "Present" only after a full stop.
  if (pair.endsWith(':') && LABEL_PAIRS.has(pair)) return 2;
  if (COLON_LABELS.has(tokens[i]!.toLowerCase()) || DECISION_LABELS.has(tokens[i]!)) return 1;
  if (tokens[i] === AGENDA_HEADING && /^1[.)]?$/.test(tokens[i + 1] ?? '')) return 1;
  if (!endsSentence(tokens[i - 1])) return 0;
  if (LABEL_PAIRS.has(pair)) return 2;
  return LINE_LABELS.has(tokens[i]!) ? 1 : 0;
}

/** How far after "Minutes of" a title says where the meeting was "held". */
const HELD_REACH = 24;

/**
 * "174 The Strathmore Council No. 2 2018/2019 Minutes of Meeting of the Strathmore Council held ...": a document's title
 * after the running header of its page. "Minutes of" opens a line when no article or word in lower case stands before
 * it (that is a sentence: "the minutes of the meeting held on ... were approved") and the title goes on to say where
 * the meeting was held.
 */
function minutesTitleAt(tokens: readonly string[], i: number): boolean {
  const of = titleOpeningLength(tokens, i);
  if (of === 0) return false;
  const before = tokens[i - 1] ?? '';
  // ("(d) Minutes of the meetings held by ...": an entry of a list, not the document's title.)
  if (/^[a-z]/.test(before) || /^(?:the|a|an)$/i.test(before) || /^\((?:[a-z]{1,3}|\d{1,2})\)$/.test(before)) return false;
  for (let j = i + of; j < tokens.length && j <= i + HELD_REACH; j++) if (/^(?:held|HELD)$/.test(tokens[j]!)) return true;
  return false;
}

/**
 * How many words of a minutes title's opening stand at token i, or 0: "Minutes of", and the sentence that titles minutes
 * by where the meeting was held ("A MEETING OF THE COUNCIL was held at ...", "At a meeting of the Cabinet held ...").
 */
function titleOpeningLength(tokens: readonly string[], i: number): number {
  const words = tokens.slice(i, i + 4).map((t) => t.toLowerCase());
  if (!/^(?:Minutes|MINUTES|A|An|AN|At|AT)$/.test(tokens[i]!)) return 0;
  if (words[0] === 'minutes' && words[1] === 'of') return 2;
  if ((words[0] === 'a' || words[0] === 'an') && words[1] === 'meeting' && words[2] === 'of') return 3;
  if (words[0] === 'at' && (words[1] === 'a' || words[1] === 'an') && words[2] === 'meeting' && words[3] === 'of') return 4;
  return 0;
}

const TITLE_DASHES = new Set(['-', '–', '&', '/']);

/** A word of a title printed in capitals ("PUBLIC", "2024-2027", "-"), not a decision's label. */
function capitalsWord(token: string): boolean {
  if (LINE_LABELS.has(token) || /[a-z]/.test(token)) return false;
  return /[A-Z]{2}/.test(token) || /\d/.test(token) || TITLE_DASHES.has(token);
}

/** Words that open a minute's first sentence, not a title: where a heading in title case ends. */
const SENTENCE_OPENERS = new Set(['The', 'There', 'It', 'Members', 'This', 'These', 'Apologies', 'No', 'All', 'Following', 'Officers', 'Councillors', 'Further', 'Consideration', 'In', 'A', 'An', 'At', 'Having', 'Under', 'If']);
/** Title words a heading runs to before its first sentence, at most. */
const TITLE_REACH = 16;

/** Words that join a title's parts: no sentence begins straight after one ("Calling of the Roll and Apologies for Absence"). */
const JOINING_WORDS = new Set(['and', '&', 'of', 'for', 'the', 'to', 'in', 'on', 'with', 'by', 'from', 'at', 'as', 'into', 'under', 'about', 'between', 'within', 'against', 'than', 'or', 'a', 'an', 'any', 'all', 'its', 'their', 'our']);

/** Where a heading in title case ends ("502. Community Safety Plan The Committee received ..."): at its first sentence's opening word. */
function titleCaseEnd(tokens: readonly string[], from: number): number | null {
  for (let j = from + 1; j < tokens.length && j <= from + TITLE_REACH; j++) {
    const token = tokens[j]!;
    // "4. Questions to Cabinet Members Page 31 To receive ...": the page its paper starts on closes an agenda's title.
    if (token === 'Page' && /^\d{1,4}$/.test(tokens[j + 1] ?? '')) return j;
    // "7. Performance Report (Pages 14 – 15) Service Related Issues": the bracketed pages close the title, and what follows
    // (a heading over the next items, the agenda's words) stands on a line of its own.
    if (/^\(Pages?$/.test(token)) {
      const close = tokens.slice(j + 1, j + 5).findIndex((t) => /^\d{1,4}\)$/.test(t));
      return close >= 0 && j + close + 2 < tokens.length ? j + close + 2 : null;
    }
    if (SENTENCE_OPENERS.has(token) && /^[a-z]|^[A-Z][a-z]/.test(tokens[j + 1] ?? '') && tokens[j + 1] !== 'Page' && !JOINING_WORDS.has(tokens[j - 1]!.toLowerCase())) return j;
    // "1. Minutes To confirm the minutes of ...": an agenda's words after its title open with "To" and a verb.
    if (token === 'To' && /^[a-z]{3,}$/.test(tokens[j + 1] ?? '') && !JOINING_WORDS.has(tokens[j - 1]!.toLowerCase())) return j;
    if (/[.:;]$/.test(token)) return null;
  }
  return null;
}

/** Words an agenda's sentence runs to, at most, before its stop. */
const AGENDA_SENTENCE_REACH = 48;

/**
 * Where an agenda's item worded as a sentence ends ("3. To confirm the minutes ... as a correct record. Finance and
 * Performance 4. ..."): at its stop, when a word with a capital follows (the heading of the next group of items, or the
 * agenda's note). Only a sentence opening "To" and a verb is read so; a stop after a short word may close an
 * abbreviation ("Mr.", "St.").
 */
function agendaSentenceEnd(tokens: readonly string[], from: number): number | null {
  if (tokens[from] !== 'To' || !/^[a-z]{3,}$/.test(tokens[from + 1] ?? '')) return null;
  for (let j = from + 2; j < tokens.length - 1 && j <= from + AGENDA_SENTENCE_REACH; j++) {
    if (/(?:[a-z]{3}|\d)\.$/.test(tokens[j]!)) return startsCapital(tokens[j + 1]) ? j + 1 : null;
  }
  return null;
}

/** Letters at most of an abbreviation ("BCBC", "SEND"); a longer word in capitals is a heading's ("CORRESPONDENCE"). */
const ABBREVIATION_LENGTH = 5;

/** Where a heading printed in capitals ends and its first sentence begins ("72 MINUTES OF PREVIOUS MEETING RESOLVED that ..."). */
function capitalsTitleEnd(tokens: readonly string[], from: number): number | null {
  let i = from;
  // ("... BROUGHT FORWARD AS A MATTER OF URGENCY": the article "A" between words in capitals is one of the title's.)
  while (i < tokens.length && (capitalsWord(tokens[i]!) || (tokens[i] === 'A' && i > from && capitalsWord(tokens[i + 1] ?? '')))) i++;
  const words = tokens.slice(from, i).filter((t) => /[A-Z]{2}/.test(t)).length;
  // One short word in capitals before a word in title case is an abbreviation opening a title ("BCBC Fit for the Future"), unless a sentence begins there.
  if (words === 1 && i === from + 1 && tokens[from]!.length <= ABBREVIATION_LENGTH && i < tokens.length && !LINE_LABELS.has(tokens[i]!) && !SENTENCE_OPENERS.has(tokens[i]!) && /^[A-Z][a-z]/.test(tokens[i]!)) return null;
  return words >= 1 && i < tokens.length && i > from ? i : null;
}

function relineLine(tokens: readonly string[], numbered: ReadonlySet<number>, offset: number): string {
  const breaks = new Set<number>();
  // The words of a label already broken before ("In Attendance:"): none of them opens another line.
  let labelEnd = 0;
  for (let i = 1; i < tokens.length; i++) {
    if (numbered.has(offset + i)) {
      breaks.add(i);
      const end = capitalsTitleEnd(tokens, i + 1) ?? titleCaseEnd(tokens, i + 1) ?? agendaSentenceEnd(tokens, i + 1);
      if (end !== null && !numbered.has(offset + end)) breaks.add(end);
    } else if (minutesTitleAt(tokens, i) && !numbered.has(offset + i - 1)) breaks.add(i);
    // "... under Rule 12; (a) Questions to the Chairs ...": a lettered list opening after a clause's end is a list's line.
    else if (tokens[i] === '(a)' && /[;:]$/.test(tokens[i - 1]!) && startsCapital(tokens[i + 1])) breaks.add(i);
    // "Mrs C Pollock in the Chair 319 Apologies ...": the chair's sentence ends with "the Chair", whatever follows.
    else if (i >= 3 && /^in the chair\.?$/i.test(tokens.slice(i - 3, i).join(' ')) && !/^[a-z]/.test(tokens[i]!)) {
      breaks.add(i);
      // A page's number between them stands alone, as it was printed.
      if (BARE_NUMBER.test(tokens[i]!) && /^[A-Z]/.test(tokens[i + 1] ?? '')) breaks.add(i + 1);
    }
    // ("41. MINUTES OF THE CABINET MEETING HELD ON ...": a minute's title under its number, no document's.)
    else if (i >= labelEnd) {
      const words = labelAt(tokens, i);
      if (words > 0 && !breaks.has(i - 1)) breaks.add(i);
      if (words > 0) labelEnd = i + words;
    }
    // ("AG/25/40 Present: ...": a label straight after a minute's number is that minute's title.)
  }
  let out = tokens[0] ?? '';
  for (let i = 1; i < tokens.length; i++) out += (breaks.has(i) ? '\n' : ' ') + tokens[i];
  return out;
}

/** "1.BCBC", "2.Public": a minute number run into its title's first word. */
const NUMBER_BEFORE_WORD = /^(\d{1,3}\.)([A-Z][A-Za-z'’-]{0,40})$/;
/** "RESOLVED:That": a decision's label run into its first word. */
const LABEL_BEFORE_WORD = /^([A-Z]{3,20}:-?)([A-Z]\S{0,40})$/;

/**
 * A flattened text lost its spaces with its breaks where a PDF line ended on one word and the next
 * began another: the words that met are parted again, so a minute number or a heading's end is a
 * token of its own.
 */
function partGlued(token: string): string[] {
  if (token.length > 80) return [token];
  const after = numberAfterWord(token);
  if (after) return [...partGlued(after[0]), after[1]];
  const split = NUMBER_BEFORE_WORD.exec(token) ?? LABEL_BEFORE_WORD.exec(token);
  if (split) return [...partGlued(split[1]!), ...partGlued(split[2]!)];
  const at = capitalsRunEnd(token);
  if (at > 0) return [...partGlued(token.slice(0, at)), ...partGlued(token.slice(at))];
  const seam = wordSeam(token);
  return seam > 0 ? [...partGlued(token.slice(0, seam)), ...partGlued(token.slice(seam))] : [token];
}

/**
 * Where two words met with no space: "InterestMr.", "AbsenceThe" (three letters in lower case, then a capital
 * opening a word) or "Thursday16" (a word, then figures). 0 for one word ("McDonald", "MacLeod", "A38", "Q3").
 */
function wordSeam(token: string): number {
  let lower = 0;
  for (let i = 0; i < token.length - 1; i++) {
    const c = token[i]!;
    if (/[a-z]/.test(c)) lower++;
    else {
      lower = 0;
      continue;
    }
    const next = token[i + 1]!;
    if (lower >= 3 && /[A-Z]/.test(next) && /[a-z]/.test(token[i + 2] ?? '')) return i + 1;
    if (lower >= 3 && /\d/.test(next) && /^[A-Za-z]+$/.test(token.slice(0, i + 1))) return i + 1;
  }
  return 0;
}

/**
 * "Services161.", "(Clerk)412", "None.505", "(Item 2)None.505": a minute number run into the word (or the stop
 * or bracket closing it) before it, the space of the lost break gone with it. Null when the figures belong to
 * a longer number or stand alone.
 */
function numberAfterWord(token: string): [string, string] | null {
  const figures = /\d{1,4}\.?$/.exec(token);
  if (!figures || figures.index === 0) return null;
  const head = token.slice(0, figures.index);
  return /[a-z)][.:;)]?$/.test(head) ? [head, figures[0]] : null;
}

/**
 * Where a run of capitals or figures ends and the next word begins, with nothing between: "ABSENCE|There", "CHAIRMAN|It",
 * "2013|PRESENT", "2012/13|RESOLVED:", "NHS|England"; 0 when the token is one word ("McDonald", "PDFs", "3RD").
 */
function capitalsRunEnd(token: string): number {
  let i = 0;
  while (i < token.length && /[A-Z0-9&'’/.-]/.test(token[i]!)) i++;
  // Capitals, then a word in title case: the word's capital is the run's last letter.
  const head = token.slice(0, i - 1);
  const word = token.slice(i - 1);
  // ("10.35am": a time, no run of capitals.)
  if (i >= 3 && /[A-Z]/.test(head) && (/^[a-z]{2}/.test(token.slice(i)) || (word.length > 1 && SENTENCE_OPENERS.has(word))) && /[A-Z0-9]{2}/.test(head) && /[A-Z0-9]$/.test(head)) return i - 1;
  // Figures, then capitals: "2013PRESENT".
  let f = 0;
  while (f < token.length && /[\d/.-]/.test(token[f]!)) f++;
  return f > 0 && /\d$/.test(token.slice(0, f)) && /^[A-Z]{3}/.test(token.slice(f)) ? f : 0;
}

function tokensOf(line: string): string[] {
  return line.trim().replace(/ {2,}/g, ' ').split(' ').flatMap(partGlued);
}

/** Words in capitals a heading needs to stand as a minute's without a numbering around it. */
const LONE_HEADING_WORDS = 3;

/**
 * A minute number in no run ("... Yvette Wardle. 51. RECENT DEATHS OF ..."): a page's opening often holds one minute
 * only. It is a minute's when a sentence closed before it and a heading of several words in capitals follows it.
 */
function headsAlone(tokens: readonly string[], at: number): boolean {
  if (at === 0 || !/[a-z)]\.$/.test(tokens[at - 1]!)) return false;
  const end = capitalsTitleEnd(tokens, at + 1);
  if (end === null) return false;
  return tokens.slice(at + 1, end).filter((t) => /^[A-Z]{2}/.test(t)).length >= LONE_HEADING_WORDS;
}

/** The text with its line breaks put back, when they were lost; any other text unchanged. */
export function relineFlattened(text: string): string {
  if (!looksFlattened(text)) return text;
  const lines = text.split('\n');
  // Markers are found over the whole text: a numbering runs across the page breaks a PDF kept.
  const markers: Marker[] = [];
  const offsets: number[] = [];
  let offset = 0;
  const tokenLines = lines.map((line) => (line.length > LONG_LINE ? tokensOf(line) : null));
  for (const tokens of tokenLines) {
    offsets.push(offset);
    if (!tokens) continue;
    for (let i = 1; i < tokens.length; i++) {
      for (const marker of markersAt(tokens, i)) markers.push({ ...marker, token: offset + i });
    }
    offset += tokens.length;
  }
  const numbered = new Set<number>();
  const numberings: readonly (readonly Marker['kind'][])[] = [['top', 'sub'], ['bare'], ['ref']];
  for (const kinds of numberings) {
    const run = longestRun(markers.filter((m) => kinds.includes(m.kind)));
    if (run.length >= MIN_RUN || (run.length >= MIN_RUN_FROM_ONE && (run[0]!.kind === 'top' || run[0]!.kind === 'bare') && run[0]!.major === 1)) for (const m of run) numbered.add(m.token);
  }
  // Numbers in brackets are a decision's clauses as often as an agenda's items: they number the business only in a text
  // with no other numbering, and from "(1)".
  if (numbered.size === 0) {
    const run = longestRun(markers.filter((m) => m.kind === 'paren'));
    if (run.length >= MIN_RUN && run[0]!.major === 1) for (const m of run) numbered.add(m.token);
  }
  const all = tokenLines.flatMap((tokens) => tokens ?? []);
  for (const m of markers) if (m.kind === 'top' && !numbered.has(m.token) && headsAlone(all, m.token)) numbered.add(m.token);
  return lines.map((line, n) => { const tokens = tokenLines[n]; return tokens ? relineLine(tokens, numbered, offsets[n]!) : line; }).join('\n');
}
