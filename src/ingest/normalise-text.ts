// Council documents reach us as markdown exports, PDF-to-text, web pages and
// plain text. Everything is brought to one form here so the parsers see the
// same words whatever the rendering: the minutes' and the web page's copies of
// one item must normalise to identical text for the store to match them.
import { privateLineKind } from './private-part.ts';
import { keepEnglishColumn } from './bilingual-columns.ts';
import { findDates } from './dates.ts';
import { withoutHostFurniture } from './host-furniture.ts';
import { relineFlattened } from './reline-flattened.ts';
import { relineRunOnNumbers } from './reline-run-on-numbers.ts';
import { BLANK_PAGE, BULLET, CHAIR_INITIALS, DECISION_RECORD_FIELDS, FINITE_VERB, PAGE_NUMBER, PLAN_ENTRY_FIELD } from './rules.ts';
import { trimEnd } from './text-edges.ts';

/** One line of a document, with what its markup said about it. */
export interface Line {
  /** Markup stripped, quotes straightened, spaces collapsed; tabs (table cells) kept. */
  text: string;
  /** A markdown heading or a line that is bold as a whole: a strong hint of a title. */
  emphasis: boolean;
  /** Started with a bullet glyph (- • · ▪ * –); the glyph is removed from `text`. */
  bullet: boolean;
  /** Leading spaces before the text or bullet (nesting). */
  indent: number;
  blank: boolean;
  /**
   * The line's pieces where PDF-to-text kept a column gap (three spaces or more) between them, each cleaned as `text`
   * is: "A Bell      M Green" is two columns of a list, not one name. Absent when the line has one piece or tabs.
   */
  columns?: readonly string[];
}

/** A printer's line: a page number, "This page is intentionally left blank", the box for the chair's initials. */
function isPageFurniture(line: string): boolean {
  const t = line.trim().replace(/ {2,}/g, ' ');
  return t.length <= 80 && (PAGE_NUMBER.test(t) || BLANK_PAGE.test(t) || CHAIR_INITIALS.test(t));
}

/** Straighten quotes, drop invisible characters, unify spaces: shared by every rendering. */
export function cleanCharacters(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .replace(/[\u00a0\u2007\u202f\u2002\u2003\u2009]/g, ' ')
    .replace(/[\u200b\u200c\u200d\ufeff\u00ad]/g, '')
    .replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'")
    .replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"')
    .replace(/\u2026/g, '...')
    .replace(/\f/g, '\n');
}

/** How far a link's target or an autolink may run: longer is not a link. */
const LINK_REACH = 2000;

/** "[label](target)" and "![alt](src)" as their words; "<https://...>" as its address. One pass over the text. */
function stripLinks(text: string): string {
  let out = '';
  let from = 0;
  let bracket = -1;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === '[') bracket = k;
    else if (c === ']' && bracket >= from && text[k + 1] === '(') {
      const end = text.slice(k + 2, k + 2 + LINK_REACH).indexOf(')');
      if (end < 0) continue;
      const bang = bracket > from && text[bracket - 1] === '!' ? 1 : 0;
      out += text.slice(from, bracket - bang) + text.slice(bracket + 1, k);
      from = k + 3 + end;
      k = from - 1;
      bracket = -1;
    } else if (c === '<' && /^<(?:https?|mailto):/.test(text.slice(k, k + 9))) {
      const window = text.slice(k + 1, k + 1 + LINK_REACH);
      const end = window.search(/[>\s]/);
      if (end > 0 && window[end] === '>') {
        out += text.slice(from, k) + window.slice(0, end);
        from = k + 2 + end;
        k = from - 1;
      }
    }
  }
  return out + text.slice(from);
}

/** `text` without spaces (only spaces) at either end. */
function trimSpaces(text: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && text[start] === ' ') start++;
  while (end > start && text[end - 1] === ' ') end--;
  return text.slice(start, end);
}

/** Remove inline markdown from a piece of text: bold, links, escapes, code marks. */
export function stripInlineMarkup(text: string): string {
  return stripLinks(text)
    .replace(/\*\*|__/g, '')
    .replace(/(^|[\s(])\*(\S[^*]*?\S|\S)\*(?=[\s).,;:]|$)/g, '$1$2')
    .replace(/`/g, '')
    .replace(/\\([\\`*_{}[\]()#+\-.!|>~])/g, '$1');
}

/** Collapse spaces (not tabs: they separate table cells) and trim spaces at both ends. */
export function collapseSpaces(text: string): string {
  return trimSpaces(text.replace(/ {2,}/g, ' '));
}

/** Inline text as it is compared and stored: markup stripped, quotes straight, single spaces. */
export function inlineText(text: string): string {
  return collapseSpaces(stripInlineMarkup(cleanCharacters(text)).replace(/\t+/g, ' ').replace(/\n+/g, ' ')).trim();
}

/**
 * Whole-document clean-up that needs more than one line at a time: PDF
 * hyphenation, superscript ordinals split from their number ("18 th"), page
 * furniture, and agenda items that a flattened export ran into one line
 * ("Public Business**1. Apologies****2. Declarations**").
 */
export function cleanDocument(raw: string): string {
  // A rule of underscores ("report.______ Minutes are subject to ...", "Chairman's initials ____") divides the page or
  // leaves a blank to sign on; it is never part of the words, and markup stripping would glue the words either side.
  let text = relineRunOnNumbers(relineFlattened(withoutHostFurniture(withoutTagFragments(cleanCharacters(raw))).replace(/_{4,}/g, '\n')));
  text = text.replace(/\*\*\*\*(?=\d{1,3}[a-z]?\.\s)/g, '**\n**');
  text = text.replace(/([^\s*#])[ \t]*(\*\*\d{1,3}[a-z]?\.\s)/g, '$1\n$2');
  // "**Apologies** Apologies were received from ...": a heading in bold run in at a paragraph's start stands on its own line.
  text = text.replace(RUN_IN_BOLD, (all, indent: string, heading: string, rest: string) =>
    BOLD_NOT_A_HEADING.test(heading) || heading.split(' ').length > RUN_IN_BOLD_WORDS ? all : `${indent}**${heading}**\n${indent}${rest}`,
  );
  // A superscript ordinal split from its number, in a title in capitals too ("HELD ON 1 ST JUNE 2016").
  text = text.replace(/\b(\d{1,2}) (st|nd|rd|th|ST|ND|RD|TH)\b/g, '$1$2');
  // A heading's number alone on its line, its title on the next (a PDF's number column).
  text = text.replace(/^([ \t]*(?:#{1,6}[ \t]+)?(?:\*\*)?\d{1,3}[a-z]?\.)[ \t]*\n[ \t]*(?=[^\s\d])/gm, '$1 ');
  // A word broken across lines by a PDF: "imple-\nmentation".
  text = text.replace(/([a-z]{2})-\n[ \t]*([a-z]{2})/g, '$1$2');
  return withoutRunningHeads(keepEnglishColumn(text.split('\n')))
    .filter((line) => !isPageFurniture(line))
    .join('\n');
}

/** A bold span of a few words opening a line, then the line's text: "**Planning** The council had no objection ...". */
// The text after the heading opens a sentence (a capital, a figure): "**Cllr Hale** asked whether ..." is a speaker's name.
// A numbered heading ("**3. Minutes** (Pages 3 - 6)") is read with what follows it on its line, as every numbered line is.
const RUN_IN_BOLD = /^([ \t]*)\*\*([^*\d\n][^*\n]{1,99}?)\*\*[ \t]+(?=[A-Z0-9"'£])([^\n]+)$/gm;
/** More words than this in bold are a sentence set in bold, not a heading. */
const RUN_IN_BOLD_WORDS = 12;
/** Bold a minute or an attendance list opens with, not an item's heading: "**RESOLVED:** That ...", "**Present:** ...". */
const BOLD_NOT_A_HEADING =
  /^(?:it was )?(?:resolved|agreed|decided|decision|actions?|noted|proposed|seconded|carried|recommended|motion|amendment|note|nb)\b|^(?:present|in attendance|also (?:present|in attendance)|attendees|absent|(?:members|councillors|officers) (?:present|in attendance))\s*:?$/i;

/** HTML elements a web page's text may keep, whole or cut, when it was saved without its markup being read. */
const TAG_NAMES = ['strong', 'span', 'div', 'em', 'b', 'i', 'u', 'p', 'li', 'ul', 'ol', 'td', 'tr', 'th', 'table', 'tbody', 'font', 'br', 'sup', 'sub', 'h1', 'h2', 'h3', 'h4'];
/** A whole tag of one of those elements: "<strong>", "</p>", "<span class=\"x\">". */
const WHOLE_TAG = new RegExp(`</?(?:${TAG_NAMES.join('|')})(?:[ /][^<>\n]{0,200})?>`, 'gi');
/** A tag cut at the start of a line ("ong>Apologies") or at its end ("... noted.</str"). */
const CUT_TAG_START = /^([ \t]*)\/?([a-z][a-z0-9]{0,5})>/gim;
const CUT_TAG_END = /<\/?([a-z][a-z0-9]{0,5})?[ \t]*$/gim;

/**
 * Markup left in a text that was saved from a web page without its tags being read ("<strong>APOLOGIES</strong>"), some of
 * it cut where the text was split ("ong>APOLOGIES</str"): no council prints it. A fragment goes only when its letters are
 * the end (at a line's start) or the start (at a line's end) of one of the elements' names.
 */
function withoutTagFragments(text: string): string {
  if (!text.includes('>') && !text.includes('<')) return text;
  return text
    .replace(WHOLE_TAG, '')
    .replace(CUT_TAG_START, (all, indent: string, name: string) => (TAG_NAMES.some((t) => t.endsWith(name.toLowerCase())) ? indent : all))
    .replace(CUT_TAG_END, (all, name: string | undefined) => (!name || TAG_NAMES.some((t) => t.startsWith(name.toLowerCase())) ? '' : all));
}

/**
 * A PDF repeats a running head ("Scrutiny Board (2) - 12 June 2019") at every
 * page break, next to the page number. It is a short line with no closing
 * stop that carries a date or recurs, beside a page number; or a dated line
 * that recurs three times or more. Only short lines are counted: documents
 * run to many megabytes.
 */
function withoutRunningHeads(lines: string[]): string[] {
  const neighbours = new Set<number>();
  // Lines one further off the page number ("Page 1 of 2" / "Chair's initials ____" / "Cabinet - 4 March 2025"): the
  // rest of the block of furniture between two pages, dropped only when they recur.
  const further = new Set<number>();
  lines.forEach((line, i) => {
    const t = line.trim();
    // A page number is short; a PDF-to-text rendering may indent it to where the page prints it.
    if (t.length > 24 || !PAGE_NUMBER.test(t.replace(/ {2,}/g, ' '))) return;
    for (const step of [-1, 1]) {
      let k = i + step;
      let found = 0;
      while (k >= 0 && k < lines.length && Math.abs(k - i) <= 4 + found && found < FURNITURE_BLOCK) {
        if (lines[k]!.trim()) (found++ === 0 ? neighbours : further).add(k);
        k += step;
      }
    }
  });
  for (const k of neighbours) further.delete(k);
  const watched = new Set([...neighbours, ...further].map((k) => lines[k]!.trim()));
  const where = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (line.length > 140 || (!/(?:19|20)\d\d/.test(line) && (watched.size === 0 || !watched.has(line.trim())))) return;
    const t = line.trim();
    const seen = where.get(t);
    if (seen) seen.push(i);
    else where.set(t, [i]);
  });
  // A decision record's field ("Made at meeting: 10/06/2025 - Cabinet") or a plan entry's ("Decision due: 3 Feb 2026")
  // recurs with its date on every record: it is no running head.
  const shaped = (t: string) =>
    t.length > 0 &&
    t.length <= 120 &&
    !t.includes('\t') &&
    !/[.;:,]$/.test(t) &&
    !/^\d/.test(t) &&
    !DECISION_RECORD_FIELDS.some(([re]) => re.test(t)) &&
    !PLAN_ENTRY_FIELD.test(t);
  const drop = new Set<number>();
  for (const k of neighbours) {
    const t = lines[k]!.trim();
    // Met once, a dated line is a running head only when it is as short as one ("Cabinet - 4 March 2025"), not a sentence
    // of the minute that a page break cut ("RESOLVED: That the minutes of 4 February 2025 be approved as a").
    if (shaped(t) && ((where.get(t)?.length ?? 0) >= 2 || (hasDate(t) && readsAsRunningHead(t)))) drop.add(k);
  }
  // A line further off goes only when it recurs beside page numbers and nowhere else but at the head of the first page:
  // a running head does, a line of the minute that happens to be said twice ("Officers to circulate the plan") does not.
  const besidePages = new Map<string, number>();
  for (const k of [...neighbours, ...further]) besidePages.set(lines[k]!.trim(), (besidePages.get(lines[k]!.trim()) ?? 0) + 1);
  const firstPageHead = new Set(lines.filter((l) => l.trim()).slice(0, FIRST_PAGE_HEAD).map((l) => l.trim()));
  for (const k of further) {
    const t = lines[k]!.trim();
    const elsewhere = (where.get(t)?.length ?? 0) - (besidePages.get(t) ?? 0);
    if (shaped(t) && (besidePages.get(t) ?? 0) + elsewhere >= 2 && (elsewhere === 0 || (elsewhere === 1 && firstPageHead.has(t)))) drop.add(k);
  }
  // The first of them at the head of the first page is the document's own heading ("COUNCIL, 22nd November 2017" over
  // "PRESENT:"), which the pages after it repeat: it stays, and with it the meeting's date.
  const headEnd = nthNonBlank(lines, FIRST_PAGE_HEAD);
  for (const [t, at] of where) {
    if (at.length < 3 || !shaped(t) || !hasDate(t)) continue;
    for (const i of at) if (!(i === at[0] && i <= headEnd && readsAsRunningHead(t))) drop.add(i);
  }
  // A running head and its page number on one line ("Overview Committee - 8 October 2024 Page 1"): it recurs, or it carries a date.
  const footed = new Map<string, number[]>();
  lines.forEach((line, i) => {
    if (line.length > 160) return;
    const t = line.trim();
    const page = RUNNING_PAGE.exec(t);
    if (!page || page.index === 0) return;
    const key = t.slice(0, page.index).trim();
    if (!shaped(key)) return;
    footed.set(key, [...(footed.get(key) ?? []), i]);
  });
  for (const [key, at] of footed) if (at.length >= 2 || hasDate(key)) for (const i of at) drop.add(i);
  return drop.size === 0 ? lines : lines.filter((_, i) => !drop.has(i));
}

const RUNNING_PAGE = / Page \d{1,4}(?: of \d{1,4})?$/;
/** The index of the `n`th line that is not blank (counting from 1), or the last line's when there are fewer. */
function nthNonBlank(lines: readonly string[], n: number): number {
  let seen = 0;
  for (let i = 0; i < lines.length; i++) if (lines[i]!.trim() && ++seen === n) return i;
  return lines.length - 1;
}

/** A running head met once is no longer than this many words. */
const RUNNING_HEAD_WORDS = 14;

/** A body's name and a date, not a sentence of the minute: short, and with no verb ("be approved", "was noted", "that"). */
function readsAsRunningHead(text: string): boolean {
  return text.split(' ').length <= RUNNING_HEAD_WORDS && !FINITE_VERB.test(text) && !/\b(?:be|that)\b/i.test(text);
}
/** The lines at the head of the first page, where a running head stands with no page number near it. */
const FIRST_PAGE_HEAD = 3;
/** Lines of furniture on either side of a page number: the page number's neighbour and two more. */
const FURNITURE_BLOCK = 3;

function hasDate(text: string): boolean {
  return findDates(text).length > 0;
}

function measureIndent(line: string): number {
  const m = /^[ \t]*/.exec(line)![0];
  return m.replace(/\t/g, '  ').length;
}

/** Split a cleaned document into lines with their markup hints. */
export function toLines(cleaned: string): Line[] {
  return cleaned.split('\n').map(readLine);
}

/** A markdown pipe-table row as tab-separated cells; its rule row ("|---|---|") as a blank line. */
function pipeRowToTabs(source: string): string | null {
  let t = source.trim();
  // "Chair: | Cllr B Butcher |", "S Wright | Chair / Councillor | |": a converter that drops each row's opening pipe (a
  // label's colon or an empty cell shows the row is a table's; "No. | Item |" alone stays the page's own head).
  if (!t.startsWith('|') && t.endsWith('|') && t.indexOf(' | ') > 0 && (/^[^|]{1,40}: ?\|/.test(t) || /\| ?\|/.test(t))) t = `|${t}`;
  if (!/^\|.*\|$/.test(t) || t.length < 3) return null;
  if (/^\|[\s:|-]+\|$/.test(t)) return '';
  return t
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim().replace(/<br\s*\/?>/gi, ' '))
    .join('\t');
}

/** "1.<tab>APOLOGIES", "4.2<tab>Members asked ...", "a)<tab>...": Word's tab after a list number, not a table's cell. */
const WORD_NUMBER_TAB = /^([ ]{0,8}(?:\d{1,3}(?:\.\d{1,2}){0,2}\.?|[a-z]\)|\((?:[a-z]{1,4}|\d{1,2})\)))\t+(?=[^\t]+$)/;

/** A front sheet's field names, as the first cell of a two-cell row. */
const FIELD_CELL = /^(?:date(?: and time| & time)?|time|place|venue|location|meeting|contact|enquiries(?: to)?|contact officer)$/i;

/**
 * "APOLOGIES FOR ABSENCE                    1": a heading in capitals with its minute's number far to the right, as
 * PDF-to-text gives a page that prints the number in the margin. Read as the number, then the heading.
 */
const NUMBER_IN_MARGIN = /^( *)([A-Z][A-Z0-9'’&,()/.:-]*(?: [A-Z0-9][A-Z0-9'’&,()/.:-]*){1,14}) {3,}(\d{1,3}[a-z]?)\.? *$/;

function numberFirst(raw: string): string {
  const m = NUMBER_IN_MARGIN.exec(raw);
  return m && /[A-Z]{3}/.test(m[2]!) ? `${m[1]}${m[3]} ${m[2]}` : raw;
}

/**
 * "(EXEMPT) 5 - Disposal of Land", "CONFIDENTIAL 5. Disposal of Land": a committee system that prints the item's private
 * mark before its number. Read as the number, the title, then the mark, where every reader looks for a title's exempt
 * mark. The mark is any bracket, or line-start capitals, made only of privacy words (`privateLineKind`), whatever they say.
 */
const MARK_BEFORE_NUMBER = /^( *)(?:\(([^()]{3,60})\)|\[([^[\]]{3,60})\]|([A-Z]{3,}(?: [A-Z]{2,}){0,5}):?) +(\d{1,3}[A-Za-z]?(?:\.\d{1,2})?[.):]? *(?:[-–:] *)?[A-Za-z][^\n]*)$/;

function exemptMarkLast(raw: string): string {
  const m = MARK_BEFORE_NUMBER.exec(raw);
  const mark = m ? (m[2] ?? m[3] ?? m[4])!.trim() : '';
  return m && privateLineKind(mark) ? `${m[1]}${m[5]!.trimEnd()} (${mark})` : raw;
}

function readLine(raw: string): Line {
  if (!raw.includes('\t')) raw = exemptMarkLast(numberFirst(raw));
  const piped = pipeRowToTabs(raw);
  // "1.<tab>APOLOGIES<tab>": an empty cell after the title is no second cell.
  const trimmed = trimEnd(raw, '\t ');
  const source = piped ?? (WORD_NUMBER_TAB.test(trimmed) ? trimmed.replace(WORD_NUMBER_TAB, '$1 ') : raw);
  if (piped !== null && !piped.includes('\t')) return readLine(piped);
  // A leading tab is an empty first table cell, not indentation: keep it.
  // "\uf0b7<tab>Replace the roof": Word's bullet and the tab after it, one cell only, is a bullet, not a table row.
  const lead = source.replace(/^ +/, '');
  const bulletThenTab = BULLET.test(lead) && !lead.slice(2).includes('\t');
  const tableRow = source.includes('\t') && /\S/.test(source) && !bulletThenTab;
  if (tableRow) {
    const cells = source.split('\t').map((c) => collapseSpaces(stripInlineMarkup(c)));
    // "Place<tab>Ashburton Room ...": a front sheet's field as a table row is the field and its value.
    const filled = cells.filter(Boolean);
    // (A table's head, "Date<tab>Topic", stays a head: a field's value has figures or several words.)
    if (filled.length === 2 && FIELD_CELL.test(filled[0]!) && (/\d/.test(filled[1]!) || filled[1]!.split(' ').length >= 3)) return { text: `${filled[0]}: ${filled[1]}`, emphasis: false, bullet: false, indent: 0, blank: false };
    return { text: trimEnd(cells.join('\t'), '\t'), emphasis: false, bullet: false, indent: 0, blank: false };
  }
  let line = trimEnd(source, '');
  const indent = measureIndent(line);
  line = line.trim();
  if (!line) return { text: '', emphasis: false, bullet: false, indent: 0, blank: true };
  let emphasis = false;
  let bullet = false;
  const heading = /^#{1,6}[ \t]/.exec(line);
  if (heading) {
    emphasis = true;
    line = line.slice(heading[0].length).trim();
  }
  const b = BULLET.exec(line);
  if (b && !line.startsWith('**')) {
    bullet = true;
    line = line.slice(b[0].length).trim();
  }
  const bold = line.startsWith('**') && (line.endsWith('**') || line.endsWith('**.') || line.endsWith('**:')) && line.length > 4;
  if ((bold && /\S/.test(line.slice(2, -2))) || (line.length > 4 && line.startsWith('__') && line.endsWith('__'))) emphasis = true;
  // "5. **Title**": the number outside, the title inside the bold.
  if (/^\d{1,3}[a-z]?[.)]?\s+\*\*[^*]+\*\*\s*$/.test(line)) emphasis = true;
  const text = collapseSpaces(stripInlineMarkup(line)).trim();
  if (!text) return { text: '', emphasis: false, bullet: false, indent: 0, blank: true };
  const columns = columnsOf(line);
  return columns ? { text, emphasis, bullet, indent, blank: false, columns } : { text, emphasis, bullet, indent, blank: false };
}

/** A run of spaces this long inside a line is a column gap (the PDF reader keeps one as three spaces at least). */
const COLUMN_GAP = / {3,}/;

/** The pieces of a line that a column gap separates, cleaned; null when there is one piece. */
function columnsOf(line: string): string[] | null {
  if (!COLUMN_GAP.test(line)) return null;
  const pieces = line
    .split(COLUMN_GAP)
    .map((piece) => collapseSpaces(stripInlineMarkup(piece)).trim())
    .filter(Boolean);
  return pieces.length >= 2 ? pieces : null;
}

/** Indices of the first `count` non-blank lines: where a document says what it is. */
export function leadingLineIndices(lines: Line[], count: number): number[] {
  const out: number[] = [];
  for (let i = 0; i < lines.length && out.length < count; i++) if (!lines[i]!.blank) out.push(i);
  return out;
}

/** Lines of a raw document, cleaned. */
export function documentLines(raw: string): Line[] {
  return toLines(cleanDocument(raw)).flatMap(splitRunTogetherItems);
}

const GLUED_ITEM = /(?<=[a-z)])(?=\d{1,2}\. [A-Z])/;

/**
 * A flattened export can run items into one line: "Public Business1. Apologies2. Declarations".
 * Split where a number glued to the previous word starts a title, when the numbers run in sequence.
 */
function splitRunTogetherItems(line: Line): Line[] {
  if (line.blank || line.text.includes('\t') || line.text.length > 2000) return [line];
  const pieces = line.text.split(GLUED_ITEM);
  if (pieces.length < 3) return [line];
  const numbers = pieces.slice(1).map((p) => Number.parseInt(p, 10));
  if (!numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1)) return [line];
  return pieces.map((text) => ({ ...line, text: text.trim() }));
}

/** A line as plain text, bullets shown as "- ". */
export function renderLine(line: Line): string {
  return line.bullet ? `- ${line.text}` : line.text;
}

/**
 * Plain text of a run of lines: paragraphs separated by one blank line,
 * bullets as "- ". Used for item bodies so every rendering reads alike.
 */
export function renderLines(lines: Line[]): string {
  const out: string[] = [];
  let pendingBlank = false;
  for (const line of lines) {
    if (line.blank) {
      pendingBlank = out.length > 0;
      continue;
    }
    if (pendingBlank && !(line.bullet && out.length > 0 && out[out.length - 1]!.startsWith('- '))) out.push('');
    pendingBlank = false;
    out.push(renderLine(line).replace(/\t+/g, ' '));
  }
  return out.join('\n');
}

/** The whole document as plain normalised text. */
export function normaliseText(raw: string): string {
  return renderLines(documentLines(raw));
}
