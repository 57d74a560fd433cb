// Which numbered lines are a document's item headings.
//
// Minutes number their items in one style ("32.", "19/24", "ERSC/23/8", "C
// 08/042", "Minute 151:", "OV5323") and the numbers run in order, with small
// gaps where an item was withdrawn. Numbered lists inside the minutes ("1.
// Notes the report", "6.1 The Board ...") are not headings: their text reads as
// a sentence, their numbers restart, or they are paragraph numbers. So for
// each numbering style the longest run of title-like numbered lines whose
// numbers go up is found, and the style whose run explains most wins.
// Sub-items ("3a", "5.1 Title") are then taken under the item they follow.
import { type ClassifiedLine, type Heading, type ItemNumber, readsAsTitle, splitTitle, withoutAttachment } from '../line-kinds.ts';
import { findDates } from '../dates.ts';
import * as R from '../rules.ts';
import { gapBefore, nextNonBlank, previousNonBlank } from './items.ts';
import { withNumberedRun } from './numbered-run.ts';

export interface ChosenHeading {
  /** The heading's line; for a number printed alone, the title's line follows it. */
  at: number;
  /** Index of the title's line when the number stood alone on its line. */
  titleAt: number;
  heading: Heading;
}

interface Candidate extends ChosenHeading {
  family: string;
  base: number;
  weight: number;
}

/** Fewer items than this all numbered "1." are no list that starts again at every item. */
const MIN_RESTARTED = 3;

/** "i.", "ii ", "iv)": a roman numeral opening a list under a title. */
const ROMAN_MARKER = /^[ivx]{1,4}(?:[.)]|\s)/;

/** "1)" numbers a list as often as it numbers items: weaker evidence of a heading than "1.". */
const PAREN_WEIGHT = 0.75;

function isStrong(lines: readonly ClassifiedLine[], c: ChosenHeading): boolean {
  const line = lines[c.at]!;
  if (line.emphasis) return true;
  const title = c.heading.title;
  if (/[A-Z]{3}/.test(title) && !/[a-z]/.test(title)) return true;
  return gapBefore(lines, c.at) > 0 && (c.titleAt + 1 >= lines.length || lines[c.titleAt + 1]!.blank);
}

/** Every numbered line that could head an item, with the title on the next line when the number stands alone. */
export function headingCandidates(lines: readonly ClassifiedLine[], from: number, to: number): ChosenHeading[] {
  const out: ChosenHeading[] = [];
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.heading) {
      const after = lines[i + 1];
      const adjacent = after !== undefined && !after.blank && !after.clause && !after.bullet && !after.heading && !after.itemNumber;
      // A sentence wrapped onto the next line ("1. Continue to monitor ... so" / "that all children ...") is no heading;
      // a list under the title ("4/16 TO APPROVE" / "i.The minutes of ...") opens with its marker, not a sentence's word.
      const lastWord = line.heading.title.slice(line.heading.title.lastIndexOf(' ') + 1);
      // An agenda's item printed as its sentence and wrapped on a joining word ("2. Declarations of interests in any
      // matters to be discussed at the" / "meeting."): the few words below end it, and it is one title.
      const wrappedSentenceEnd = adjacent && R.TRAILING_FUNCTION_WORD.test(lastWord) && after.text.split(' ').length <= 8 && /[.;]$/.test(after.text);
      if (wrappedSentenceEnd && !line.heading.rest) {
        out.push({ at: i, titleAt: i + 1, heading: { ...line.heading, title: `${line.heading.title} ${after.text}` } });
        continue;
      }
      if (adjacent && /^[a-z]/.test(after.text) && !ROMAN_MARKER.test(after.text) && !line.heading.rest) continue;
      if (adjacent && R.TRAILING_FUNCTION_WORD.test(lastWord) && !line.heading.rest && after.text.split(' ').length <= 8) {
        // A title wrapped onto the next line ("202 Minutes of Full Council held on" / "29 January 2024:") is joined.
        const split = splitTitle(withoutAttachment(`${line.heading.title} ${after.text}`), line.emphasis);
        if (split && !split.rest) {
          out.push({ at: i, titleAt: i + 1, heading: { ...line.heading, title: split.title } });
          continue;
        }
      }
      out.push({ at: i, titleAt: i, heading: line.heading });
      continue;
    }
    if (line.clause?.kind === 'number' && !line.clause.bracketed && !line.bullet && !line.itemNumber && R.PAREN_ITEM_NUMBER.test(line.text)) {
      // "1) To receive apologies": a parish agenda's numbering, read as headings only when no other numbering explains more.
      const split = splitTitle(withoutAttachment(line.clause.rest), line.emphasis);
      const base = Number(line.clause.marker);
      if (split) out.push({ at: i, titleAt: i, heading: { number: line.clause.marker, base, alt: null, sub: '', style: 'paren', prefix: '', title: split.title, rest: split.rest } });
      continue;
    }
    const closed = bracketTitleClosed(line);
    if (closed) {
      // "(2) Apologies:- Apologies received from ...", "(l) Present:- ...": items numbered in brackets, each title closed by
      // ":-" and the minute run on after it; no blank line needed, the mark ends the title. ("(l)": a one typed as a letter l.)
      const split = splitTitle(closed.title, line.emphasis);
      if (split && !split.rest) out.push({ at: i, titleAt: i, heading: { number: closed.number, base: Number(closed.number), alt: null, sub: '', style: 'paren', prefix: 'bracket', title: split.title, rest: closed.rest } });
      continue;
    }
    if (line.clause?.kind === 'number' && line.clause.bracketed && !line.bullet && !line.decision && gapBefore(lines, i) > 0) {
      // "(2) Apologies:-" after a blank line, the minute below it: items numbered in brackets, each title alone on its line.
      const split = splitTitle(line.clause.rest.replace(/ ?:[-–]?$/, ''), line.emphasis);
      const base = Number(line.clause.marker);
      if (split && !split.rest) out.push({ at: i, titleAt: i, heading: { number: line.clause.marker, base, alt: null, sub: '', style: 'paren', prefix: 'bracket', title: split.title, rest: null } });
      continue;
    }
    if (line.clause?.kind === 'letter' && line.clause.bracketed && !line.bullet && / [-–]$/.test(line.clause.rest) && gapBefore(lines, i) > 0 && (lines[i + 1]?.blank ?? true)) {
      // "(a)     Apologies for Absence -" standing alone: items lettered in brackets, each title closed by a dash.
      const split = splitTitle(line.clause.rest.replace(/ [-–]$/, ''), line.emphasis);
      const base = line.clause.marker.toLowerCase().charCodeAt(0) - 96;
      if (split && !split.rest && base >= 1 && base <= 26) out.push({ at: i, titleAt: i, heading: { number: line.clause.marker, base, alt: null, sub: '', style: 'paren', prefix: 'letter', title: split.title, rest: null } });
      continue;
    }
    if (line.itemNumber && (line.itemNumber.style === 'ref' || line.itemNumber.style === 'lettered')) {
      // A minute reference printed under its title ("APOLOGIES" / "PLA146/24").
      const above = lines[i - 1];
      const belowAt = nextNonBlank(lines, i + 1, to);
      const below = belowAt < to ? lines[belowAt] : undefined;
      const capitals = above !== undefined && /[A-Z]{3}/.test(above.text) && !/[a-z]/.test(above.text);
      if (above && !above.blank && above.kinds.has('title') && !above.heading && !above.itemNumber && (capitals || !below || !below.kinds.has('title') || below.heading)) {
        // A title in capitals wrapped over the lines above ("DECLARATIONS OF LOBBYING (IN ACCORDANCE WITH THE" /
        // "PROTOCOL, PARAGRAPH 6.6)" / "PLA148/24"): its lines in capitals straight above are one title.
        const top = capitals ? wrappedCapitalsTop(lines, i - 1, from) : i - 1;
        const title = top < i - 1 ? lines.slice(top, i).map((l) => l.text.trim()).join(' ') : (above.title ?? above.text);
        out.push({ at: top, titleAt: i, heading: { ...line.itemNumber, title, rest: null } });
        continue;
      }
    }
    if (line.numbered && line.numbered.item.style !== 'sub') {
      // A title wrapped onto the next line: "202 Minutes of Full Council held on" / "29 January 2024:". (An agenda's
      // sentence closed by its stop wraps onto nothing: "... as a correct record." / "Finance and Performance".)
      const next = lines[i + 1];
      const closed = /[a-z\d]{2}\.$/.test(line.numbered.after);
      if (next && !next.blank && !closed && next.text.split(' ').length <= 8 && !next.heading && !next.itemNumber) {
        const split = splitTitle(withoutAttachment(`${line.numbered.after} ${next.text}`), line.emphasis);
        if (split && !split.rest) out.push({ at: i, titleAt: i + 1, heading: { ...line.numbered.item, title: split.title, rest: null } });
      }
      continue;
    }
    if (line.itemNumber && line.itemNumber.style !== 'sub') {
      // A PDF's number column: the number alone, its title on the next line (past its paragraphs' numbers: "2." "2.1" "TITLE", "3." "3.1.1" "TITLE").
      let n = nextNonBlank(lines, i + 1, to);
      while (n < to && n - i <= 6 && paragraphNumberOf(lines[n]!, line.itemNumber.base)) n = nextNonBlank(lines, n + 1, to);
      const next = n < to ? lines[n] : undefined;
      if (!next || n - i > 8 || next.heading || next.itemNumber) continue;
      const split = splitTitle(withoutAttachment(next.text), next.emphasis) ?? agendaWordingTitle(line.itemNumber, next);
      if (split && !next.bullet && !next.clause) out.push({ at: i, titleAt: n, heading: { ...line.itemNumber, title: split.title, rest: split.rest } });
    }
  }
  return out;
}

/** Words an agenda's wording printed as a minute's title runs to, at most. */
const AGENDA_WORDING_WORDS = 80;

/**
 * "FC/3/4/21" alone over "Declaration of Members' interests in accordance with the Localism Act 2011 (Disclosure by all
 * members present of ...)": a minute reference alone on its line heads its item, whose title is the agenda's wording on
 * the next line however long, bracketed note and all. Only a reference (a number and its year) is so sure of heading an
 * item; a bare "3" over a long line is a numbered paragraph.
 */
function agendaWordingTitle(number: ItemNumber, next: ClassifiedLine): { title: string; rest: null } | null {
  if (number.style !== 'ref' || !/^[A-Z]/.test(next.text) || next.decision || next.label || next.kinds.has('decision-label')) return null;
  const text = withoutAttachment(next.text).replace(/[.:]$/, '');
  return text.split(' ').length <= AGENDA_WORDING_WORDS ? { title: text, rest: null } : null;
}

/** "Apologies:-", "Minutes of Meeting Held on 13th February 2007 ;-": the colon or semicolon and the dash closing a title. */
const TITLE_CLOSE = /[:;] ?[-–]/;
/** Characters a title closed by ":-" runs to, at most. */
const CLOSED_TITLE_LENGTH = 100;

/** A bracketed number's title closed by ":-" and the minute after it, or null. */
function bracketTitleClosed(line: ClassifiedLine): { number: string; title: string; rest: string | null } | null {
  const clause = line.clause;
  if (!clause?.bracketed || line.bullet || line.decision) return null;
  const number = clause.kind === 'number' ? clause.marker : clause.marker === 'l' ? '1' : null;
  if (number === null || !/^\d{1,3}$/.test(number)) return null;
  const close = TITLE_CLOSE.exec(clause.rest);
  if (!close) return null;
  const title = clause.rest.slice(0, close.index).trimEnd();
  if (title.length < 2 || title.length > CLOSED_TITLE_LENGTH) return null;
  return { number, title, rest: clause.rest.slice(close.index + close[0].length).trim() || null };
}

/** A paragraph's number printed alone under its item's number ("2.1", "3.1.1" under "3."). */
function paragraphNumberOf(line: ClassifiedLine, base: number): boolean {
  if (line.itemNumber?.style === 'sub') return line.itemNumber.base === base;
  return line.kinds.has('paragraph-number') && line.text.startsWith(`${base}.`);
}

function familiesOf(c: ChosenHeading): { family: string; base: number }[] {
  const h = c.heading;
  // "25.61 APOLOGIES", "25.62 MINUTES": a year's running minute numbers, in sequence by the number after the stop.
  if (h.style === 'sub') return /^\d{1,3}$/.test(h.sub) ? [{ family: `running:${h.base}`, base: Number(h.sub) }] : [];
  if (h.style === 'ref') {
    const out = [{ family: `ref:${h.prefix}:1`, base: h.base }];
    if (h.alt !== null) out.push({ family: `ref:${h.prefix}:2`, base: h.alt });
    return out;
  }
  if (h.style === 'lettered') return [{ family: `lettered:${h.prefix}`, base: h.base }];
  if (h.style === 'paren' && h.prefix) return [{ family: `paren:${h.prefix}`, base: h.base }];
  // "3.0 The Minutes" over "3.1 Planning", "3.2 Village Hall": a "N.0" item opens the run of "N.1", "N.2" items too.
  if (h.style === 'plain' && h.number === `${h.base}.0`) return [{ family: h.style, base: h.base }, { family: `running:${h.base}`, base: 0 }];
  // Sub-letters ("3a") join their item's run.
  return [{ family: h.style, base: h.base }];
}

/** The best run of one family: numbers going up, gaps of up to 3 (more for a heading that stands out). */
function bestRun(cands: Candidate[]): { run: Candidate[]; score: number } {
  const best: number[] = [];
  const prev: number[] = [];
  // The best run so far ending at each number: [score, index].
  const byBase = new Map<number, [number, number]>();
  let top = -1;
  for (let i = 0; i < cands.length; i++) {
    const c = cands[i]!;
    let score = c.weight;
    let from = -1;
    const reach = c.weight > 1 ? 12 : 3;
    for (let d = 0; d <= reach; d++) {
      const at = byBase.get(c.base - d);
      if (!at) continue;
      // The same number again only for a sub-letter ("3" then "3a").
      if (d === 0 && !(c.heading.sub && cands[at[1]]!.heading.sub !== c.heading.sub)) continue;
      if (at[0] + c.weight > score) {
        score = at[0] + c.weight;
        from = at[1];
      }
    }
    best[i] = score;
    prev[i] = from;
    const held = byBase.get(c.base);
    if (!held || held[0] < score) byBase.set(c.base, [score, i]);
    if (top < 0 || score > best[top]!) top = i;
  }
  const run: Candidate[] = [];
  for (let i = top; i >= 0; i = prev[i]!) run.push(cands[i]!);
  run.reverse();
  return { run, score: top < 0 ? 0 : best[top]! };
}

/**
 * The item headings among lines [from, to): the best run of one numbering style,
 * then sub-items ("5.1 Title", "3a") under the items they follow.
 */
export function chooseHeadings(lines: readonly ClassifiedLine[], from: number, to: number, allowSingle = false): ChosenHeading[] {
  const all = headingCandidates(lines, from, to);
  const families = new Map<string, Candidate[]>();
  for (const c of all) {
    const strong = isStrong(lines, c);
    // A title that runs on into a sentence is weaker evidence than a title standing alone.
    const weight = ((strong ? 1.5 : 1) - (c.heading.rest ? 0.25 : 0)) * (c.heading.style === 'paren' ? PAREN_WEIGHT : 1);
    for (const f of familiesOf(c)) {
      const list = families.get(f.family) ?? [];
      list.push({ ...c, family: f.family, base: f.base, weight });
      families.set(f.family, list);
    }
  }
  // "1. Apologies", "1. Declarations", "1. Minutes": a page whose list starts again at every item prints each item "1."
  // and never "2."; the items are those lines in order.
  const plain = families.get('plain') ?? [];
  if (!plain.some((c) => c.base === 2)) {
    const ones = plain.filter((c) => c.base === 1 && !c.heading.sub);
    if (ones.length >= MIN_RESTARTED) families.set('restarted', ones.map((c, n) => ({ ...c, family: 'restarted', base: n + 1 })));
  }
  let chosen: Candidate[] = [];
  let bestScore = 0;
  for (const cands of families.values()) {
    const { run, score } = bestRun(cands);
    if (score > bestScore || (score === bestScore && run.length > 0 && chosen.length > 0 && run[0]!.at < chosen[0]!.at)) {
      chosen = run;
      bestScore = score;
    }
  }
  // One numbered line alone is a heading only when it stands out, or when it is "1." opening the business (a page cut
  // after its first item): a title alone on its line, not a list under a stem ending in a colon or a decision's label.
  if (chosen.length === 1 && chosen[0]!.weight <= 1 && !allowSingle && !opensBusiness(lines, chosen[0]!)) chosen = [];
  if (chosen.length === 0) return [];
  const out: ChosenHeading[] = [...chosen, ...filledGaps(lines, chosen)].sort((a, b) => a.at - b.at).map(({ at, titleAt, heading }) => ({ at, titleAt, heading }));
  return [...withSubItems(lines, all, out, to), ...privatePartNumberedApart(lines, out, to)];
}

/**
 * "Closed Items (if any):" over "E.1 Call ins ...": a private part after the last item, numbered on its own terms
 * ("E.1", "B1"), holds items the run of the public part's numbers does not reach. Its own run of numbers, or none.
 */
function privatePartNumberedApart(lines: readonly ClassifiedLine[], chosen: readonly ChosenHeading[], to: number): ChosenHeading[] {
  const last = chosen[chosen.length - 1]!.at;
  let part = -1;
  for (let i = last + 1; i < to && part < 0; i++) if (lines[i]!.section === 'private') part = i;
  if (part < 0) return [];
  return chooseHeadings(lines, part + 1, to, true).filter((h) => h.heading.style === 'lettered' || h.heading.style === 'ref');
}

/**
 * An agenda's items as a list's bullets: a web page whose numbered list lost its numbers ("- RECEIVE APOLOGIES",
 * "- FINANCE" / "10.1 Review monthly balances"). The first run of bullets at the list's outer indent, straight under
 * the agenda's heading or summons, with the items' sub-numbered lines among them; a sub-number names its item ("9.1"
 * stands under the ninth bullet), and one that does not is no such list. None when fewer than make a list.
 */
function bulletedAgendaItems(lines: readonly ClassifiedLine[], from: number, to: number): ChosenHeading[] {
  const out: ChosenHeading[] = [];
  let indent = -1;
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    if (line.bullet) {
      if (out.length === 0) {
        const above = previousNonBlank(lines, i - 1, from);
        if (above < from || !(lines[above]!.kinds.has('agenda-word') || R.SUMMONS.test(lines[above]!.text) || /:$/.test(lines[above]!.text))) return [];
        indent = line.indent;
      }
      // A bullet nested under an item is that item's.
      if (line.indent > indent) continue;
      const title = withoutAttachment(line.text).replace(/:$/, '').trim();
      if (!/^["'(\u2018\u201c]?[A-Z]/.test(title)) return [];
      out.push({ at: i, titleAt: i, heading: unnumbered(title) });
      continue;
    }
    if (out.length === 0) continue;
    const sub = [line.heading, line.itemNumber, line.numbered?.item].find((n) => n?.style === 'sub');
    if (!sub) break;
    if (sub.base !== out.length) return [];
  }
  return out.length >= MIN_UNNUMBERED ? out : [];
}

/** An agenda's item headings: its numbered ones, or the bullets of a list that lost its numbers when only sub-numbers show. */
export function agendaHeadings(lines: readonly ClassifiedLine[], from: number, to: number): ChosenHeading[] {
  return withNumberedRun(lines, from, to, agendaHeadingsRead(lines, from, to));
}

function agendaHeadingsRead(lines: readonly ClassifiedLine[], from: number, to: number): ChosenHeading[] {
  const numbered = chooseHeadings(lines, from, to, true);
  if (numbered.some((h) => h.heading.style !== 'sub')) return numbered;
  const bulleted = bulletedAgendaItems(lines, from, to);
  return bulleted.length > 0 ? bulleted : numbered;
}

/** "1. Calling of the Roll and Apologies for Absence" alone: item 1 under the title and attendance, its title standing alone. */
function opensBusiness(lines: readonly ClassifiedLine[], c: Candidate): boolean {
  if (c.base !== 1 || c.heading.sub || c.heading.rest || c.heading.style !== 'plain') return false;
  const above = previousNonBlank(lines, c.at - 1);
  if (above >= 0 && (/[:–-]$/.test(lines[above]!.text) || lines[above]!.decision || lines[above]!.kinds.has('decision-label'))) return false;
  return lines.slice(0, c.at).some((l) => l.kinds.has('minutes-title') || l.kinds.has('met-title'));
}

/** "To receive ...", "To approve ...": an item's title in the agenda's words, which decide nothing themselves. */
const AGENDA_WORDING = /^To [A-Za-z]{3,} /;

/** Numbers the run may skip at once and still have its gap filled: an item or three printed as sentences. */
const GAP_REACH = 4;

/**
 * "1/ Present", "2/ Minutes of previous meeting were approved and signed", "3/ Matters arising": a numbered line that
 * reads as a sentence is no heading on its own, but where the run's numbers leave exactly its place (every number
 * between two headings found, in order, each opening a paragraph in the run's own style) the document's sequence
 * says it is an item, its sentence the title as printed.
 */
function filledGaps(lines: readonly ClassifiedLine[], run: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (let n = 1; n < run.length; n++) {
    const a = run[n - 1]!;
    const b = run[n]!;
    const missing = b.base - a.base - 1;
    if (missing < 1 || missing >= GAP_REACH) continue;
    const found: Candidate[] = [];
    for (let i = a.titleAt + 1; i < b.at && found.length < missing; i++) {
      const line = lines[i]!;
      if (!line.numbered || line.heading || line.bullet) continue;
      // Read as a numbered paragraph is; a single sentence is the item's title and its minute both ("Minutes of previous
      // meeting were approved and signed"), unless it is the agenda's words ("To receive the notes ... and agree ...").
      const paragraph = paragraphHeading(line.numbered.item.number, line.numbered.after.trim(), line.numbered.item);
      const minute = paragraph.rest ?? (AGENDA_WORDING.test(paragraph.title) ? null : paragraph.title);
      const c: ChosenHeading = { at: i, titleAt: i, heading: { ...paragraph, rest: minute } };
      const family = familiesOf(c).find((f) => f.family === a.family);
      if (!family || family.base !== a.base + found.length + 1 || !c.heading.title) continue;
      const above = previousNonBlank(lines, i - 1);
      if (gapBefore(lines, i) === 0 && above >= 0 && !/[.:!?)]$/.test(lines[above]!.text)) continue;
      found.push({ ...c, family: a.family, base: family.base, weight: 1 });
    }
    if (found.length === missing) out.push(...found);
  }
  return out;
}

/** "5.1 Matters Arising" under item 5: a sub-item when it reads as a title (not "6.1 The Clerk informed ..."). */
function withSubItems(lines: readonly ClassifiedLine[], all: ChosenHeading[], main: ChosenHeading[], to: number): ChosenHeading[] {
  const taken = new Set(main.map((h) => h.at));
  const out: ChosenHeading[] = [];
  let k = 0;
  for (const [n, h] of main.entries()) {
    out.push(h);
    const end = main[n + 1]?.at ?? to;
    let lastSub = 0;
    for (; k < all.length && all[k]!.at < end; k++) {
      const c = all[k]!;
      if (c.at <= h.at || taken.has(c.at)) continue;
      if (c.heading.style !== 'sub' || c.heading.base !== h.heading.base) continue;
      const sub = Number(c.heading.sub);
      const t = c.heading.title;
      // A sub-item's title is short and stands alone: "6.1 The Clerk informed ..." is a paragraph.
      if (!(sub > lastSub && sub <= lastSub + 2) || c.heading.rest || R.FINITE_VERB.test(t) || !readsAsTitle(t) || t.split(' ').length > 12 || R.SENTENCE_START.test(t)) continue;
      const after = lines[c.titleAt + 1];
      if (after && !after.blank && /^[a-z]/.test(after.text)) continue;
      if (/\.$/.test(c.heading.title) && !/^[^a-z]*$/.test(c.heading.title)) continue;
      lastSub = sub;
      out.push(c);
    }
  }
  return out.sort((a, b) => a.at - b.at).filter((h, i, arr) => i === 0 || arr[i - 1]!.at !== h.at);
}

// ---------------------------------------------------------------------------
// Unnumbered headings: a council's own web pages print minutes whose headings
// carry no number (bold lines rendered plain, in capitals or title case), each
// followed by paragraphs of prose.

/** Kinds a heading line never has: header fields, names, decisions, page furniture. */
export const NOT_A_HEADING: readonly string[] = [
  'bullet',
  'table-row',
  'pipe-row',
  'furniture',
  'council',
  'met-title',
  'meeting-heading',
  'membership-label',
  'person',
  'decision-label',
  'present-tense-decision',
  'motion',
  'action',
  'closing',
  'signature',
  'start-time',
  'business-section',
  'author',
  'decision-field',
];

const MAX_UNNUMBERED_WORDS = 14;
/** A sum of money closing a line: "£220.74", "£ 1,200". */
export const MONEY_AT_END = /£ ?\d[\d,]*(?:\.\d{2})?\.?$/;
/** Fewer headings than this are no layout of unnumbered items. */
const MIN_UNNUMBERED = 3;

function isCapitalsLine(text: string): boolean {
  return /[A-Z]{3}/.test(text) && !/[a-z]/.test(text);
}

/** "Community Grants Scheme 2026/27": most of the longer words begin with a capital. */
function isTitleCase(text: string): boolean {
  const long = text.split(' ').filter((w) => /^[A-Za-z]{4,}/.test(w));
  if (long.length === 0) return false;
  return long.filter((w) => /^[A-Z]/.test(w)).length * 3 >= long.length * 2;
}

/** A paragraph of the minute, not another heading or a list of names. */
function readsAsProse(line: ClassifiedLine): boolean {
  if (line.decision || /^(?:none|nil|no\b)/i.test(line.text)) return true;
  // "DATE OF NEXT MEETING" / "Thursday 13 February 2025 at 7.00pm.": a date given as a sentence.
  if (line.date?.index === 0 && line.text.endsWith('.')) return true;
  if (line.kinds.has('person') || line.kinds.has('attendance-label')) return line.kinds.has('attendance-label') && R.FINITE_VERB.test(line.text);
  return !line.kinds.has('title') || line.text.split(' ').length >= 10;
}

/** Blank lines a heading's first paragraph may stand below it, at the least. */
const HEADING_TO_TEXT = 3;

/**
 * The gap a page leaves between its paragraphs, when every paragraph stands apart by the same wide gap (a saved web
 * page that keeps a blank, a space and a blank between blocks): the most common run of blank lines in [from, to).
 */
function usualGap(lines: readonly ClassifiedLine[], from: number, to: number): number {
  const runs = new Map<number, number>();
  let run = 0;
  for (let i = from; i < to; i++) {
    if (lines[i]!.blank) run++;
    else {
      if (run > 0) runs.set(run, (runs.get(run) ?? 0) + 1);
      run = 0;
    }
  }
  let usual = 0;
  for (const [gap, count] of runs) if (count > (runs.get(usual) ?? 0)) usual = gap;
  return usual;
}

function isUnnumberedHeading(lines: readonly ClassifiedLine[], i: number, from: number, to: number, reach = HEADING_TO_TEXT): boolean {
  if (!shapedAsUnnumberedHeading(lines, i, from)) return false;
  const line = lines[i]!;
  const n = nextNonBlank(lines, i + 1, to);
  if (n >= to || n - i > reach) return false;
  // "Apologies" over "Apologies from members." / the names: the item's own words under its title.
  if (line.label?.group === 'apologies' && lines[n]!.label?.group === 'apologies') return true;
  // "Housing Repairs" / "Report of the Director of Housing" / the minute: the paper's author stands between a title and its text.
  if (lines[n]!.kinds.has('author')) {
    const after = nextNonBlank(lines, n + 1, to);
    return after < to && after - n <= reach && readsAsProse(lines[after]!);
  }
  return readsAsProse(lines[n]!);
}

/** A line read as a heading with no number, whatever stands below it: short, title-like, apart from the text above. */
function shapedAsUnnumberedHeading(lines: readonly ClassifiedLine[], i: number, from: number): boolean {
  const line = lines[i]!;
  if (line.blank || line.heading || line.itemNumber || line.numbered || line.clause || !line.title) return false;
  for (const kind of NOT_A_HEADING) if (line.kinds.has(kind as never)) return false;
  const text = line.title;
  // "Apologies for Absence" heads an item; "Present:" / "Apologies: Councillor X" label the attendance.
  if (line.label && (line.label.group !== 'apologies' || line.label.rest)) return false;
  // "Venue: Council Chamber", "Date and time: ...": a label and its value.
  if (/[:;,]$/.test(line.text) || /^[^:]{1,30}: /.test(text) || line.date?.index === 0) return false;
  // "Crazy Golf set  £220.74": an entry of a list of payments, its sum at the end.
  if (MONEY_AT_END.test(text)) return false;
  if (text.endsWith('.') && !isCapitalsLine(text)) return false;
  if (text.split(' ').length > MAX_UNNUMBERED_WORDS || text.length > 120) return false;
  if (!line.emphasis && !isCapitalsLine(text) && !isTitleCase(text) && text.split(' ').length > 6) return false;
  // It stands apart: a gap above it, or the paragraph above it ended.
  const k = previousNonBlank(lines, i - 1, from);
  const above = k >= from ? lines[k]! : null;
  return !(above && gapBefore(lines, i) === 0 && !/[.!?:)]$/.test(above.text));
}

/**
 * "FINANCE. A cheque was signed ...", "THE MINUTES of the previous meeting were read ...": a paragraph that opens with its
 * heading in capitals and runs straight on into its minute. The heading and the minute, or null.
 */
function runInCapitalsHeading(lines: readonly ClassifiedLine[], i: number, from: number, afterHeadings = false): { title: string; rest: string } | null {
  const line = lines[i]!;
  // "APOLOGIES FOR ABSENCE were received from ..." opens the apologies item; any other label opens the attendance.
  if (line.blank || line.heading || line.itemNumber || line.numbered || line.clause || (line.label && line.label.group !== 'apologies')) return null;
  // "APOLOGIES FOR ABSENCE. Cllr Reed, on holiday.": a short minute with no verb makes the line read as a title, but
  // the heading in capitals ends at its stop.
  const stopped = capitalsThenStop(line.text);
  if (line.title && !stopped) return null;
  // "MINUTES OF MEETING, Sept 27th 2022. It was proposed ...": below other run-in headings, a heading that holds the
  // last meeting's date is an item's, not the page's heading.
  for (const kind of NOT_A_HEADING) if (line.kinds.has(kind as never) && !(afterHeadings && kind === 'meeting-heading')) return null;
  const k = previousNonBlank(lines, i - 1, from);
  if (k >= from && gapBefore(lines, i) === 0 && !/[.!?:)]$/.test(lines[k]!.text)) return null;
  const split = stopped ?? datedCapitalsHeading(line.text) ?? splitTitle(line.text, line.emphasis);
  if (!split?.rest || !isCapitalsLine(withoutDates(split.title)) || split.title.split(' ').length > MAX_UNNUMBERED_WORDS) return null;
  return { title: split.title, rest: split.rest };
}

/** A heading's text with the dates it holds taken out ("MINUTES OF MEETING, Sept 27th 2022"): a date keeps its own case. */
function withoutDates(text: string): string {
  let out = text;
  for (const d of findDates(text)) out = out.replace(d.text, ' ');
  return out.replace(/ {2,}/g, ' ').trim();
}

/** "DECLARATIONS OF INTEREST. There were none.": a heading in capitals, its stop, then the minute in its own case. */
function capitalsThenStop(text: string): { title: string; rest: string } | null {
  const stop = text.indexOf('. ');
  if (stop < 3 || !/^[A-Z][a-z]/.test(text.slice(stop + 2).trimStart())) return null;
  const title = text.slice(0, stop);
  return isCapitalsLine(withoutDates(title)) && title.split(' ').length <= MAX_UNNUMBERED_WORDS ? { title, rest: text.slice(stop + 2).trimStart() } : null;
}

/** "MINUTES OF MEETING, Sept 27th 2022. It was proposed ...": a heading in capitals holding a date, its stop, then the minute. */
function datedCapitalsHeading(text: string): { title: string; rest: string } | null {
  const date = findDates(text)[0];
  if (!date) return null;
  const end = date.index + date.text.length;
  const m = /^\.? (?=[A-Z][a-z])/.exec(text.slice(end));
  if (!m || !isCapitalsLine(withoutDates(text.slice(0, end)))) return null;
  return { title: text.slice(0, end), rest: text.slice(end + m[0].length) };
}

/**
 * "• VILLAGE PROJECTS", "- PLANNING APPLICATIONS": a page whose every bullet is a short line in capitals with text
 * under it, never one bullet straight after another, has put its headings in a list. Those lines, or none.
 */
function bulletedCapitalsHeadings(lines: readonly ClassifiedLine[], from: number, to: number): Set<number> {
  const at = new Set<number>();
  for (let i = from; i < to; i++) {
    const line = lines[i]!;
    if (!line.bullet) continue;
    const text = line.text.replace(/:$/, '');
    const next = nextNonBlank(lines, i + 1, to);
    if (!isCapitalsLine(text) || text.split(' ').length > MAX_UNNUMBERED_WORDS || next >= to || lines[next]!.bullet) return new Set();
    at.add(i);
  }
  return at.size >= MIN_UNNUMBERED ? at : new Set();
}

/** A heading printed without a number: its title and, when the minute runs on from it on its line, the rest. */
function unnumbered(title: string, rest: string | null = null): Heading {
  return { number: '', base: 0, alt: null, sub: '', style: 'plain', prefix: '', title, rest };
}

/**
 * The unnumbered headings among lines [from, to), or none when fewer than make a layout of them (`least`: fewer are
 * enough where the page's template says its titles are the items).
 */
export function unnumberedHeadings(lines: readonly ClassifiedLine[], from: number, to: number, least = MIN_UNNUMBERED): ChosenHeading[] {
  // A page that put its headings in a list heads its items with nothing else.
  const bulleted = bulletedCapitalsHeadings(lines, from, to);
  if (bulleted.size > 0) {
    return [...bulleted].map((i) => ({ at: i, titleAt: i, heading: unnumbered(lines[i]!.text.replace(/:$/, '')) }));
  }
  const out: ChosenHeading[] = [];
  // A heading's text may stand as far below it as the page sets any paragraph below the one before.
  const reach = Math.max(HEADING_TO_TEXT, usualGap(lines, from, to) + 1);
  for (let i = from; i < to; i++) {
    if (isUnnumberedHeading(lines, i, from, to, reach)) {
      out.push({ at: i, titleAt: i, heading: unnumbered(lines[i]!.title!) });
      continue;
    }
    const runIn = runInCapitalsHeading(lines, i, from, out.length > 0);
    if (runIn) out.push({ at: i, titleAt: i, heading: unnumbered(runIn.title, runIn.rest) });
  }
  const all = out.length > 0 ? withEmptyItemsStacked(lines, out, from) : out;
  return all.length >= least ? all : [];
}

/**
 * "Apologies for Absence" / "Declarations of Interest" / "Minutes from the last meeting" / its minute: on a page whose
 * headings carry no number, an item with nothing minuted under it stands straight above the next heading. Lines stacked
 * so, each apart from its neighbours and read as a heading in all but the text below it, are items too; never the text's
 * first line (the page's own heading) nor anything above a date, a label or a sentence.
 */
function withEmptyItemsStacked(lines: readonly ClassifiedLine[], found: ChosenHeading[], from: number): ChosenHeading[] {
  const taken = new Set(found.map((h) => h.at));
  const firstLine = nextNonBlank(lines, from);
  const added: ChosenHeading[] = [];
  for (const h of found) {
    let below = h.at;
    for (let k = previousNonBlank(lines, below - 1, from); k > firstLine && !taken.has(k) && gapBefore(lines, below) > 0 && gapBefore(lines, k) > 0; k = previousNonBlank(lines, k - 1, from)) {
      // ("Provost X in the Chair" over the first item: the head's last line, no item.)
      if (!shapedAsUnnumberedHeading(lines, k, from) || lines[k]!.kinds.has('chair-marker') || lines[k]!.label?.rest || !lines[below]!.title) break;
      added.push({ at: k, titleAt: k, heading: unnumbered(lines[k]!.title!) });
      taken.add(k);
      below = k;
    }
  }
  return added.length === 0 ? found : [...found, ...added].sort((a, b) => a.at - b.at);
}

// ---------------------------------------------------------------------------
// Marked items: minutes exported from ModernGov's Word template keep "<AI1>" and
// "</AI1>" around each item, so the items are the marked blocks, whatever their
// headings look like ("101. Title", "107" over "Title", "1. Title;" over the
// minute's reference "01/22", or a title with no number).

/** Fewer marks than this are no marked layout. */
const MIN_MARKED = 2;

/** The heading of the item whose mark stands at `mark`, or null when the block opens with no title. */
function markedHeading(lines: readonly ClassifiedLine[], mark: number, to: number): ChosenHeading | null {
  let k = nextNonBlank(lines, mark + 1, to);
  // "PART II - EXEMPT INFORMATION" at the top of a block (or alone in it): the part of the agenda the items after it
  // stand in, no item's heading; it stays between the items, where the reader takes it as the start of that part.
  while (k < to && lines[k]!.section) k = nextNonBlank(lines, k + 1, to);
  const line = lines[k];
  if (!line || line.kinds.has('item-mark') || line.kinds.has('furniture')) return null;
  let heading: Heading | null = line.heading;
  let titleAt = k;
  if (!heading && line.itemNumber) {
    // "107" alone, its title on the next line.
    const t = nextNonBlank(lines, k + 1, to);
    const split = t < to ? splitTitle(withoutAttachment(lines[t]!.text), lines[t]!.emphasis) : null;
    if (!split) return null;
    heading = { ...line.itemNumber, title: split.title, rest: split.rest };
    titleAt = t;
  } else if (!heading && line.clause?.kind === 'number' && line.clause.rest) {
    // "1. Election of the Chairman of the Council;": the agenda's number and a title no stricter reading took.
    const title = line.clause.rest.replace(/[;:]$/, '').trim();
    heading = { number: line.clause.marker, base: Number(line.clause.marker), alt: null, sub: '', style: 'plain', prefix: '', title, rest: null };
  } else if (!heading) {
    const split = splitTitle(withoutAttachment(line.text), line.emphasis);
    if (!split) return null;
    heading = unnumbered(split.title, split.rest);
  }
  // "01/22" alone under the title: the minute's own reference, which numbers the item; the line above it is all title
  // ("5. Street Trading Consents: Annual Report").
  const r = nextNonBlank(lines, titleAt + 1, to);
  const ref = r < to ? lines[r]!.itemNumber : null;
  if (ref && ref.style === 'ref') {
    const whole = titleAt === k && heading.number ? lines[k]!.text.replace(/^\S+ /, '').replace(/[;:]$/, '').trim() : heading.title;
    heading = { ...heading, ...ref, title: whole || heading.title, rest: null };
    titleAt = r;
  }
  return { at: k, titleAt, heading };
}

/** Lines a title in capitals wraps over above its minute reference, at most. */
const WRAPPED_TITLE_LINES = 4;

/**
 * The first line of a title in capitals that ends at `last`: the lines straight above it (no gap) that are capitals
 * too and neither a heading, a number, a label nor a decision, up to a few; `last` when it stands alone.
 */
function wrappedCapitalsTop(lines: readonly ClassifiedLine[], last: number, from: number): number {
  let top = last;
  while (top - 1 >= from && last - top + 1 < WRAPPED_TITLE_LINES) {
    const l = lines[top - 1]!;
    // A word alone in capitals ("NOTED") or a finished sentence is the minute above, not the title's first line.
    const wrapped = l.kinds.has('title') || (/\S \S/.test(l.text.trim()) && !/[.!?]$/.test(l.text.trim()));
    if (l.blank || !wrapped || l.heading || l.itemNumber || l.decision || l.kinds.has('decision-label') || l.label || !/[A-Z]{3}/.test(l.text) || /[a-z]/.test(l.text)) break;
    top--;
  }
  return top;
}

/** The items of a document whose items are marked "<AI1>" ... "</AI1>", or none when it is not so marked. */
export function markedHeadings(lines: readonly ClassifiedLine[], from: number, to: number): ChosenHeading[] {
  const marks: number[] = [];
  for (let i = from; i < to; i++) if (lines[i]!.kinds.has('item-mark')) marks.push(i);
  if (marks.length < MIN_MARKED) return [];
  const out: ChosenHeading[] = [];
  for (const mark of marks) {
    const h = markedHeading(lines, mark, to);
    if (h) out.push(h);
  }
  return out.length >= MIN_MARKED ? out : [];
}

/**
 * Numbered headings, or, where a page numbers few of its items ("Item 4a" among unnumbered
 * headings) and prints at least three unnumbered ones, both together in document order; lines of the
 * document's numbered run that these leave out are added (numbered-run.ts).
 */
export function chooseAnyHeadings(lines: readonly ClassifiedLine[], from: number, to: number, least = MIN_UNNUMBERED): ChosenHeading[] {
  const read = anyHeadingsRead(lines, from, to, least);
  const full = withNumberedRun(lines, from, to, read);
  // The public's session before numbered business the run now reads (as after a run of headings read by their titles).
  return full.length > read.length ? withPublicSessionFirst(lines, full, from, to) : full;
}

function anyHeadingsRead(lines: readonly ClassifiedLine[], from: number, to: number, least: number): ChosenHeading[] {
  const marked = markedHeadings(lines, from, to);
  if (marked.length > 0) return marked;
  const numbered = chooseHeadings(lines, from, to, true);
  const main = numbered.filter((h) => h.heading.style !== 'sub');
  // Headings with no number over paragraphs numbered by their item: what read as numbered headings were those
  // paragraphs, or a list inside one ("34.3 Resolved – that the Committee:" / "1. Welcomes ...").
  const byParagraphs = paragraphNumberedItems(lines, from, to);
  if (byParagraphs.length > 0) {
    const others = main.filter((h) => !PARAGRAPH_NUMBER.test(lines[h.at]!.text.trim()));
    if (others.length < byParagraphs.length && others.every((h) => h.at > byParagraphs[0]!.at)) return byParagraphs;
  }
  // Numbered paragraphs 1, 2, 3 ... of which only a few read as headings: every paragraph is an item.
  const paragraphs = numberedParagraphs(lines, from, to);
  const covered = paragraphs.length > main.length && main.every((h) => paragraphs.some((p) => p.at === h.at));
  if (covered && unnumberedHeadings(lines, from, to, least).length < least) return withCapitalsHeadingsOutside(lines, paragraphs, from, to);
  if (main.length > 2) return withPublicSessionFirst(lines, withCapitalsHeadingsOutside(lines, chooseHeadings(lines, from, to), from, to), from, to);
  const unnumbered = unnumberedHeadings(lines, from, to, least);
  if (unnumbered.length < Math.max(least, 2 * main.length)) return chooseHeadings(lines, from, to);
  const at = new Set(numbered.map((h) => h.at));
  return [...numbered, ...unnumbered.filter((h) => !at.has(h.at))].sort((a, b) => a.at - b.at);
}

/**
 * "PUBLIC PARTICIPATION" after the last numbered minute: a heading in capitals standing alone over its text after the
 * run of numbers is an item the numbering left out. Only capitals, and only after the run: above the first item, lines
 * in capitals are the heading's (the committee, the council), a heading in its own case is as often a part's, and one
 * inside the run is a numbered item's part.
 */
function withCapitalsHeadingsOutside(lines: readonly ClassifiedLine[], numbered: ChosenHeading[], from: number, to: number): ChosenHeading[] {
  if (numbered.length === 0) return numbered;
  const last = numbered[numbered.length - 1]!.titleAt;
  const reach = Math.max(HEADING_TO_TEXT, usualGap(lines, from, to) + 1);
  const outside: ChosenHeading[] = [];
  for (let i = last + 1; i < to; i++) {
    const line = lines[i]!;
    if (line.title && isCapitalsLine(line.title) && !line.section && isUnnumberedHeading(lines, i, from, to, reach)) outside.push({ at: i, titleAt: i, heading: unnumbered(line.title) });
  }
  return outside.length === 0 ? numbered : [...numbered, ...outside].sort((a, b) => a.at - b.at);
}

/** "Public Forum", "Public Questions", "Open Forum": the session for the public a parish holds before its numbered business. */
const PUBLIC_SESSION_TITLE = /^(?:public (?:forum|questions?|question time|participation|session|speaking(?: time)?)|open forum)$/i;

/**
 * "Public Forum" over what residents raised, then "FC/1/9/21 Comments from the Chair": the public's session is minuted
 * before the numbered business and left unnumbered; it is an item. Only that session's own heading, standing alone
 * over its text: other lines above the first item are the minutes' heading and attendance.
 */
function withPublicSessionFirst(lines: readonly ClassifiedLine[], numbered: ChosenHeading[], from: number, to: number): ChosenHeading[] {
  if (numbered.length === 0) return numbered;
  const first = numbered[0]!.at;
  for (let i = from; i < first; i++) {
    const line = lines[i]!;
    if (line.title && PUBLIC_SESSION_TITLE.test(line.title.replace(/[:.]$/, '')) && isUnnumberedHeading(lines, i, from, first)) {
      return [{ at: i, titleAt: i, heading: unnumbered(line.title.replace(/[:.]$/, '')) }, ...numbered];
    }
  }
  return numbered;
}

/** Numbered paragraphs that are the items: at least this many, their numbers running on one by one. */
const MIN_NUMBERED_PARAGRAPHS = 3;
/** A minute number that runs on from earlier meetings: a numbered list inside a minute never starts this high. */
const MIN_RUNNING_NUMBER = 10;

/**
 * A paragraph's number and the sequence it counts in: "5. It was agreed ..." counts 1, 2, 3 ...; a running minute
 * reference "20/036 The Clerk put ..." counts by its second part (35, 36, 37 ...). Null for a line no paragraph opens.
 */
function paragraphNumber(l: ClassifiedLine): { family: string; n: number; number: string; text: string } | null {
  if (l.bullet) return null;
  // "123. Apologies were received ...", "CAB 12 The minutes of ...": a running minute number, of the council's own style,
  // opening the paragraph that is the minute (a list inside a minute counts from 1, never from 10 or more).
  const running = l.heading ?? l.numbered?.item ?? null;
  if (running && !running.sub && (running.style === 'plain' || running.style === 'lettered') && running.base >= MIN_RUNNING_NUMBER) {
    return { family: `running:${running.style}:${running.prefix}`, n: running.base, number: running.number, text: l.heading ? '' : l.numbered!.after };
  }
  const clause = l.clause;
  if (clause && clause.kind === 'number' && !clause.bracketed && /^\d{1,2}$/.test(clause.marker)) return { family: 'plain', n: Number(clause.marker), number: clause.marker, text: clause.rest };
  const ref = l.heading ?? l.numbered?.item ?? null;
  if (ref && ref.style === 'ref' && ref.alt !== null && !ref.sub) return { family: `ref:${ref.prefix}:${ref.base}`, n: ref.alt, number: ref.number, text: l.heading ? '' : l.numbered!.after };
  return null;
}

/**
 * Small bodies' minutes with no headings at all: every item a numbered paragraph ("1. Apologies were received from
 * ...", "2. The minutes of the previous meeting were signed ...", "20/036 The Clerk put to the meeting ..."), whose
 * first sentence (or the words before a colon) is its title. The numbers are the evidence: they run on one by one,
 * 1, 2, 3 ... from the first, or n, n+1, n+2 ... for a running minute reference, no decision label stands before
 * them (a RESOLVED list is numbered the same way) and no stem ending in a colon introduces them as a list. Empty
 * when the text is not of that shape.
 */
function numberedParagraphs(lines: readonly ClassifiedLine[], from: number, to: number): ChosenHeading[] {
  const out: ChosenHeading[] = [];
  let family: string | null = null;
  let last = 0;
  for (let i = from; i < to; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    if (l.kinds.has('decision-label') && out.length === 0) return [];
    const p = paragraphNumber(l);
    if (!p || (family !== null && p.family !== family)) continue;
    if (family === null) {
      if (p.family === 'plain' && p.n !== 1) return [];
      const above = previousNonBlank(lines, i - 1, from);
      if (above >= from && /[:–-]$/.test(lines[above]!.text)) return [];
      family = p.family;
    } else if (p.n !== last + 1) {
      // A second list numbered from 1 inside the minutes, or a number that skips, ends the run; any other number is text.
      if (p.n === 1 || p.n > last + 1) break;
      continue;
    }
    last = p.n;
    // A running minute's paragraph whose wrapped first line read as a heading ("415. The Committee considered the report
    // of the"): its first sentence is the title.
    const cutSentence = l.heading !== null && !l.heading.rest && (R.SENTENCE_START.test(l.heading.title) || R.TRAILING_FUNCTION_WORD.test(l.heading.title.slice(l.heading.title.lastIndexOf(' ') + 1)));
    const running = p.family.startsWith('running:') && (!l.heading || cutSentence);
    const item: ItemNumber | null = l.heading ?? l.numbered?.item ?? null;
    const heading = running ? runningParagraphHeading(lines, i, to, item!, l.heading ? l.heading.title : p.text) : (l.heading ?? paragraphHeading(p.number, p.text, p.family === 'plain' ? null : l.numbered!.item));
    out.push({ at: i, titleAt: i, heading });
  }
  return out.length >= MIN_NUMBERED_PARAGRAPHS ? out : [];
}

/** A sentence's end: a stop after a word, not after an initial or a title ("Councillor J. Smith", "Mrs. Rowe"). */
const SENTENCE_END = /(?<![A-Z]|\b(?:Cllrs?|Mrs?|Ms|Dr|St|No|Nos))\.(?= |$)/;
/** A title read from a paragraph's first sentence runs over this many of its lines at most. */
const TITLE_LINES = 4;

/**
 * "412.   Apologies for absence were received from Councillors Graham Lowndes and Sheila" / "Mabey.": a running
 * minute's paragraph wrapped onto lines set in under its number. Its title is its first sentence, read across the
 * wrapped lines; the whole paragraph stays the minute (its first sentence may be the decision: "The minutes of the
 * meeting held on ... were approved as a correct record").
 */
function runningParagraphHeading(lines: readonly ClassifiedLine[], at: number, to: number, item: ItemNumber, first: string): Heading {
  let text = first.trim();
  for (let k = at + 1, taken = 1; k < to && taken < TITLE_LINES && !SENTENCE_END.test(text); k++, taken++) {
    const next = lines[k]!;
    if (next.blank || next.heading || next.itemNumber || next.numbered || next.label || next.kinds.has('decision-label') || next.kinds.has('furniture')) break;
    text = `${text} ${next.text.trim()}`;
  }
  const stop = text.search(SENTENCE_END);
  const { number, base, alt, sub, style, prefix } = item;
  return { number, base, alt, sub, style, prefix, title: stop > 0 ? text.slice(0, stop + 1) : text, rest: first.trim() };
}

function paragraphHeading(number: string, text: string, item: ItemNumber | null): Heading {
  const base: ItemNumber = item ?? { number, base: Number(number), alt: null, sub: '', style: 'plain', prefix: '' };
  const split = splitTitle(text);
  if (split && split.rest) return { ...base, title: split.title, rest: split.rest };
  // "Highways: It was RESOLVED to ask ...": a short title before a colon, then the minute.
  const colon = text.indexOf(': ');
  if (colon > 0 && text.slice(0, colon).split(' ').length <= 6 && readsAsTitle(text.slice(0, colon))) return { ...base, title: text.slice(0, colon), rest: text.slice(colon + 2) };
  const stop = text.search(/(?<![A-Z]|\b(?:Cllrs?|Mrs?|Ms|Dr|St))\. (?=[A-Z(])/);
  return stop > 0 ? { ...base, title: text.slice(0, stop + 1), rest: text.slice(stop + 2) } : { ...base, title: text, rest: null };
}

/** "12.1 Apologies were ...", "14.2 Resolved: ...": a paragraph numbered under its item, the item's number first. */
const PARAGRAPH_NUMBER = /^(\d{1,3})\.(\d{1,2})\.?\s+\S/;
/** A page's label between an item's title and its first paragraph ("Minutes:", "Decision:"): no title. */
const LABEL_LINE = /^(?:minutes?|decisions?|resolved|resolution)\s*:?-?$/i;
/** Items whose paragraphs number them: at least this many. */
const MIN_PARAGRAPH_ITEMS = 2;
/** A withdrawn item leaves a gap in the numbering at most this wide. */
const MAX_ITEM_GAP = 3;

/** The line just above an item's first paragraph, when it is that item's title: short, unnumbered, no sentence. */
function titleAbove(lines: readonly ClassifiedLine[], first: number, from: number): number {
  let k = previousNonBlank(lines, first - 1, from);
  if (k >= from && LABEL_LINE.test(lines[k]!.text.trim())) k = previousNonBlank(lines, k - 1, from);
  if (k < from) return -1;
  const line = lines[k]!;
  const text = line.text.trim();
  if (line.heading || line.itemNumber || line.numbered || line.clause || line.bullet || PARAGRAPH_NUMBER.test(text)) return -1;
  // "Present: ...", "Apologies: Mrs X": an attendance label and its people; "Apologies for Absence" alone heads an item.
  if (line.label && line.label.rest) return -1;
  if (text.split(' ').length > MAX_UNNUMBERED_WORDS || text.length > 120 || !/^[A-Z]/.test(text)) return -1;
  if (/[,;:]$/.test(text) || (/\.$/.test(text) && !isCapitalsLine(text))) return -1;
  // A paragraph's wrapped line is set in under its number; the heading stands no further in than the number.
  if (line.indent > lines[first]!.indent) return -1;
  // "Minutes of the last meeting": a heading in sentence case is short, and the paragraph above it has ended.
  const above = previousNonBlank(lines, k - 1, from);
  const apart = above < from || gapBefore(lines, k) > 0 || /[.!?:)]$/.test(lines[above]!.text.trim());
  return apart && (isCapitalsLine(text) || isTitleCase(text) || line.emphasis || text.split(' ').length <= 8) ? k : -1;
}

/**
 * Minutes whose items carry no number of their own: a heading (bold on the page) over paragraphs numbered by the
 * item ("Declarations of Interest" / "12.1 ..." / "12.2 ..." / "Minutes of the Last Meeting" / "13.1 ..."). The
 * paragraph numbers are the evidence: each item's first paragraph is N.1, N going up from item to item (a withdrawn
 * item leaves a small gap), and the item's title is the line just above its N.1. The items are numbered N; empty
 * when fewer than two items read so, or when any N.1 has no title above it.
 */
export function paragraphNumberedItems(lines: readonly ClassifiedLine[], from: number, to: number): ChosenHeading[] {
  const out: ChosenHeading[] = [];
  let last = 0;
  for (let i = from; i < to; i++) {
    const m = PARAGRAPH_NUMBER.exec(lines[i]!.text.trim());
    if (!m || m[2] !== '1') continue;
    const n = Number(m[1]);
    if (out.length > 0 && (n <= last || n - last > MAX_ITEM_GAP)) return [];
    const at = titleAbove(lines, i, from);
    if (at < 0) return [];
    last = n;
    const title = lines[at]!.text.trim().replace(/:$/, '');
    out.push({ at, titleAt: at, heading: { number: String(n), base: n, alt: null, sub: '', style: 'plain', prefix: '', title, rest: null } });
  }
  return out.length >= MIN_PARAGRAPH_ITEMS ? out : [];
}
