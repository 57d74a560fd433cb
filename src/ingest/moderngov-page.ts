// A ModernGov meeting page saved as text ("Agenda", "Agenda and minutes",
// "Agenda, decisions and minutes": ieListDocuments.aspx). Its layout:
//   <Committee> - <Weekday>, <date> <time>[, CANCELLED]   (or broken before the date)
//   Venue: <place>. View directions
//   Contact: <officer>
//   No. Item
// then per item: its number alone on a line ("12.", "3a", "77/21"), the
// title (with "pdf icon PDF 82 KB" after it when a paper is attached), the
// agenda's words and report author, "Additional documents:", and "Minutes:"
// (or "Decision:") followed by the minute text.
// Other renderings: without numbers and labels (a title is a line ending with
// the paper mark, or a title-like line after a wide gap), and as a markdown
// table (moderngov-table.ts).
// A page whose items carry minute text is minutes; one without is an agenda.
import type { ParsedItem, ParsedMeeting } from '../model.ts';
import { findDates, findTimes } from './dates.ts';
import {
  AUTHOR,
  BLANK,
  DECISION_LABEL,
  DROPPED,
  type Draft,
  MINUTES_LABEL,
  PAPER_MARK,
  draftToItem,
  hasText,
  newDraft,
  titleOf,
} from './moderngov-parts.ts';
import { tableRowDrafts } from './moderngov-table.ts';
import { apologiesFromItems, closingTimeOf, isCouncilLine, isPrivateHeading, isPublicHeading } from './minutes.ts';
import { type Line, leadingLineIndices } from './normalise-text.ts';

const PAGE_TITLE = /^(?:agenda(?:\s*,\s*decisions)?(?:\s+and\s+(?:draft\s+)?(?:decisions|minutes))?|(?:draft\s+)?minutes|decisions)$/i;
const ITEMS_HEAD = /^(?:items\s+)?no\.?\s*\|?\s*item\b[\s|]*$/i;
const NUMBER_ONLY = /^(\d{1,3})(?:\/(\d{2,4}))?([a-z])?\.?$/i;
const PARAGRAPH_NUMBER = /^\d{1,3}\.\d{1,2}(?:\.\d{1,2})?\.?$/;
// What a minute says and an agenda does not: what was done, in the past tense, or a resolution.
const RECORDED = /\b(?:resolved|agreed|noted|was|were|received|considered|declared|approved)\b/i;

/** Where a ModernGov meeting page starts in a document's lines, or -1. */
export function findModernGovPageStart(lines: Line[]): number {
  const head = leadingLineIndices(lines, 60).map((i) => [lines[i]!, i] as const);
  const items = head.findIndex(([l]) => ITEMS_HEAD.test(l.text));
  if (items < 0) return -1;
  const before = head.slice(0, items);
  const labelled = before.some(([l]) => PAGE_TITLE.test(l.text) || /^(?:venue|contact)\s*:/i.test(l.text) || meetingHeading(l.text) !== null);
  return labelled ? (before[0]?.[1] ?? head[items]![1]) : -1;
}

interface Heading {
  committee: string;
  date: string;
  time: string | null;
  cancelled: boolean;
}

function headingFrom(committee: string, date: string, rest: string): Heading {
  return { committee: committee.trim(), date, time: findTimes(rest)[0]?.time ?? null, cancelled: /\b(?:cancelled|postponed)\b/i.test(rest) };
}

/** "Health Scrutiny Board (5) - Wednesday, 14th June, 2023 10.00 am" -> committee, date, time. */
export function meetingHeading(text: string): Heading | null {
  const found = findDates(text)[0];
  if (!found) return null;
  const prefix = /^(.+?)\s+[-–]\s*$/.exec(text.slice(0, found.index));
  return prefix ? headingFrom(prefix[1]!, found.date, text.slice(found.index + found.text.length)) : null;
}

interface PageHeader {
  heading: Heading | null;
  council: string | null;
  place: string | null;
  contact: string | null;
}

function readPageHeader(header: Line[]): PageHeader {
  const out: PageHeader = { heading: null, council: null, place: null, contact: null };
  for (const [n, { text }] of header.entries()) {
    if (!out.heading) {
      out.heading = meetingHeading(text);
      // The heading may break before the date: "Scrutiny Board (Housing)" / "Wednesday, 31st July, 2019 10.30 am".
      const found = findDates(text)[0];
      const above = header[n - 1]?.text;
      if (!out.heading && found?.index === 0 && above && !PAGE_TITLE.test(above) && !/:/.test(above) && !isCouncilLine(above)) {
        out.heading = headingFrom(above, found.date, text.slice(found.text.length));
      }
      if (out.heading) continue;
    }
    const venue = /^venue\s*:\s*(.+)$/i.exec(text);
    if (venue) out.place = venue[1]!.replace(/\.?\s*view\s+directions\.?$/i, '').trim() || null;
    const who = /^contact\s*:\s*(.+)$/i.exec(text);
    if (who) out.contact = who[1]!.trim();
    if (isCouncilLine(text)) out.council = text;
  }
  return out;
}

function itemNumber(text: string): string | null {
  const m = NUMBER_ONLY.exec(text);
  if (!m) return null;
  return m[2] ? `${m[1]}/${m[2]}` : `${m[1]}${m[3] ?? ''}`;
}

/** "12." alone (its title on the next line), or "12. Title" when a rendering joined the two. */
function itemStart(text: string): { number: string; title: string | null } | null {
  const alone = itemNumber(text);
  if (alone !== null) return { number: alone, title: null };
  const joined = /^(\d{1,3}(?:\/\d{2,4})?[a-z]?)\.?\s+(["'(]?[A-Z].*)$/.exec(text);
  if (!joined || /[.;:,]$/.test(joined[2]!.replace(PAPER_MARK, '')) || joined[2]!.length > 200 || /^\d{1,3}\.\d/.test(text)) return null;
  return { number: joined[1]!, title: joined[2]! };
}

/** A title in the unnumbered rendering: short, no closing stop, not a time, an author or a sentence. */
function readsAsUnnumberedTitle(line: Line): boolean {
  const t = line.text;
  if (line.bullet || t.includes('\t') || t.length > 120 || /[.:;,]$/.test(t) || findTimes(t)[0]?.index === 0) return false;
  if (!/^["'(]?[A-Z0-9]/.test(t) || AUTHOR.test(t) || t.split(/\s+/).length > 14) return false;
  // "1) Library Services – To include ...": a listed clause of a resolution.
  if (/^\(?(?:\d{1,2}|[a-z]|[ivx]{1,4})[.)]\s/i.test(t)) return false;
  return !/\b(?:has|have|had|was|were|is|are|be|been|will|would)\b/i.test(t);
}

/** Drafts of the line renderings (numbered with labels, or neither), and the closing time when printed. */
function lineDrafts(body: Line[], numbered: boolean): { drafts: Draft[]; closingTime: string | null } {
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  let privateSection = false;
  let blankRun = 0;
  let lastBase: number | null = null;
  for (let k = 0; k < body.length; k++) {
    const line = body[k]!;
    if (line.blank) {
      blankRun++;
      current?.[current.state].push(BLANK);
      continue;
    }
    const gap = blankRun;
    blankRun = 0;
    const text = line.text;
    if (isPublicHeading(text) || isPrivateHeading(text)) {
      privateSection = isPrivateHeading(text);
      current = null;
      continue;
    }
    if (!current && /^(?:nil|none)\.?$/i.test(text)) continue;
    const closing = closingTimeOf(line);
    if (closing) return { drafts, closingTime: closing };
    // A number inside minute text ("1." before a clause) is not an item: item numbers only go up.
    const start = numbered ? itemStart(text) : null;
    const printed = start?.number ?? null;
    const base = printed === null ? null : Number(/^\d+/.exec(printed)![0]);
    const number = printed !== null && (lastBase === null || base! > lastBase || (base === lastBase && /[a-z]$/i.test(printed))) ? printed : null;
    const unnumberedTitle = !numbered && (PAPER_MARK.test(text) || ((current === null || gap >= 2) && readsAsUnnumberedTitle(line)));
    if (number !== null || unnumberedTitle) {
      let title = unnumberedTitle ? text : (start?.title ?? '');
      if (number !== null && start?.title == null) {
        lastBase = base;
        // The title is the next line when the number stands alone.
        let n = k + 1;
        while (n < body.length && body[n]!.blank) n++;
        const next = body[n];
        if (next && !MINUTES_LABEL.test(next.text) && itemNumber(next.text) === null) {
          title = next.text;
          k = n;
        }
      }
      // Without labels the agenda's words and the minute cannot be told apart: all of it is read.
      current = newDraft(number, titleOf(title) || 'Untitled item', numbered ? 'description' : 'minutes', privateSection);
      drafts.push(current);
      continue;
    }
    if (!current) continue;
    const label = MINUTES_LABEL.exec(text) ?? DECISION_LABEL.exec(text);
    if (label) {
      current.state = MINUTES_LABEL.test(text) ? 'minutes' : 'decision';
      if (label[1]!.trim()) current[current.state].push({ ...line, text: label[1]!.trim() });
      continue;
    }
    if (DROPPED.test(text) || PARAGRAPH_NUMBER.test(text)) continue;
    current[!numbered && AUTHOR.test(text) ? 'description' : current.state].push(line);
  }
  return { drafts, closingTime: null };
}

export function parseModernGovPage(lines: Line[], start: number, warnings: string[] = []): ParsedMeeting {
  const itemsAt = lines.findIndex((l, i) => i >= start && !l.blank && ITEMS_HEAD.test(l.text));
  const header = readPageHeader(lines.slice(start, itemsAt).filter((l) => !l.blank));
  const date = header.heading?.date ?? null;
  const body = lines.slice(itemsAt + 1);
  const table = lines[itemsAt]!.text.includes('|');
  // Numbered when the numbers lead the list, or recur: a lone "1." in minute text does not make a page numbered.
  const texts = body.filter((l) => !l.blank && !isPublicHeading(l.text) && !isPrivateHeading(l.text)).map((l) => l.text);
  const numbered = !table && ((texts[0] !== undefined && itemStart(texts[0]) !== null) || texts.filter((t) => itemStart(t) !== null).length >= 2);
  const { drafts, closingTime } = table ? { drafts: tableRowDrafts(body), closingTime: null } : lineDrafts(body, numbered);

  // The items after a resolution excluding the press and public are private (the resolution's own item is not).
  let excluded = false;
  const items: ParsedItem[] = drafts.map((d) => {
    const { item, excludesPublic } = draftToItem(d, date);
    if (excluded) item.private = true;
    if (excludesPublic) excluded = true;
    return item;
  });
  const labelled = numbered || table;
  const isMinutes = labelled
    ? drafts.some((d) => hasText(d.minutes) || hasText(d.decision))
    : drafts.filter((d) => d.minutes.some((l) => !l.blank && RECORDED.test(l.text))).length >= Math.min(2, drafts.length);
  if (items.length === 0) warnings.push('meeting page: no items found');
  if (!date) warnings.push('meeting page: no meeting date found in the heading');
  return {
    committee: header.heading?.committee ?? null,
    council: header.council,
    date,
    time: header.heading?.time ?? null,
    place: header.place,
    kind: isMinutes ? 'minutes' : 'agenda',
    status: header.heading?.cancelled ? 'cancelled' : null,
    chair: null,
    present: [],
    apologies: isMinutes ? apologiesFromItems(items) : [],
    closingTime,
    items,
    externalId: null,
    contact: header.contact,
  };
}
