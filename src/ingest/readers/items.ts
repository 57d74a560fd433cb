// How every reader turns an item's lines into a ParsedItem: the minute's
// decisions, requests and work-programme additions read once, and Schedule 12A
// kept: an exempt item keeps its title and nothing else, and what follows a
// resolution excluding the press and public inside an item is not read out.
import { numberOffTitle } from './title-number.ts';
import type { ParsedItem } from '../../model.ts';
import { sealedItem } from '../../exempt.ts';
import { type ClassifiedLine, withoutAttachment } from '../line-kinds.ts';
import { type MinuteContent, extractFromLines } from '../minute-content.ts';
import { renderLines } from '../normalise-text.ts';
import * as R from '../rules.ts';
import { type PrivateLine, privateLineKind, titleCarriesPrivateMark } from '../private-part.ts';

export function nextNonBlank(lines: readonly ClassifiedLine[], from: number, limit = lines.length): number {
  let j = from;
  while (j < limit && lines[j]!.blank) j++;
  return j;
}

export function previousNonBlank(lines: readonly ClassifiedLine[], from: number, floor = 0): number {
  let j = from;
  while (j >= floor && lines[j]!.blank) j--;
  return j;
}

/** Blank lines before index `i` (the gap a saved web page leaves between blocks). */
export function gapBefore(lines: readonly ClassifiedLine[], i: number): number {
  let n = 0;
  for (let k = i - 1; k >= 0 && lines[k]!.blank; k--) n++;
  return n;
}

/** "considered a briefing note of the Director of Children's Services" -> "Briefing Note of the Director of Children's Services". */
export function reportAuthorOf(body: string): string | null {
  const m = /\b((?:joint )?(?:briefing note|report|presentation|verbal update|verbal report) (?:of|from|by) the [^,.;\n]{1,120})/i.exec(body);
  if (!m) return null;
  let found = m[1]!;
  const cut = / (?:which|regarding|that|on|about|concerning|setting|detailing|providing|informing|to|and|in|seeking|outlining)\b/i.exec(found.slice(10));
  if (cut) found = found.slice(0, cut.index + 10);
  const split = / (?=(?:of|from|by) )/i.exec(found);
  if (!split) return found;
  const kind = found.slice(0, split.index).replace(/\b[a-z]/g, (c) => c.toUpperCase());
  return `${kind}${found.slice(split.index)}`;
}

/** An item this long, holding this share of its document, may be a layout whose items were not found. */
const GIANT_ITEM_LINES = 400;
const GIANT_ITEM_SHARE = 0.6;
/** Lines shaped like headings inside such an item that say its layout was not understood. */
const MISSED_HEADINGS = 3;

/**
 * Safe failure: does an item spanning lines [from, to) of a document of `total` lines swallow
 * headings that were not read as items (one giant item for a layout not understood)?
 */
export function swallowsHeadings(lines: readonly ClassifiedLine[], from: number, to: number, total: number): boolean {
  if (to - from < GIANT_ITEM_LINES || to - from < total * GIANT_ITEM_SHARE) return false;
  let found = 0;
  for (let i = from; i < to && found < MISSED_HEADINGS; i++) {
    const l = lines[i]!;
    if (l.blank) continue;
    const capitals = /[A-Z]{3}/.test(l.text) && !/[a-z]/.test(l.text);
    if (l.heading || l.itemNumber || (l.kinds.has('title') && (l.emphasis || capitals) && gapBefore(lines, i) > 0)) found++;
  }
  return found >= MISSED_HEADINGS;
}

export interface ItemParts {
  number: string | null;
  title: string;
  /** The minute (or the agenda's words when there is no minute). */
  body: readonly ClassifiedLine[];
  /** A ModernGov page's "Decision:" part, read when the minute decides nothing in words. */
  decisionPart?: readonly ClassifiedLine[];
  private: boolean;
  reportAuthor?: string | null;
  pages?: string | null;
  subItems?: string[];
  /** The body is the agenda's words, not a minute: no decisions or requests are read from it. */
  agendaOnly?: boolean;
}

export interface BuiltItem {
  item: ParsedItem;
  content: MinuteContent | null;
}

const NO_CONTENT: MinuteContent = {
  resolutions: [],
  requests: [],
  workProgrammeAdditions: [],
  workProgrammeAdditionDetails: [],
  private: false,
  excludesPublic: false,
  exclusionEnd: null,
};

/** An item from its parts. An exempt item keeps its title and number only. */
export function buildItem(given: ItemParts, meetingDate: string | null): BuiltItem {
  const numbered = numberOffTitle(given.number, cleanTitle(given.title));
  const parts = { ...given, number: numbered.number };
  const title = numbered.title || 'Untitled item';
  if (parts.private) {
    return { item: sealedItem({ number: parts.number, title }), content: null };
  }
  const content = parts.agendaOnly ? NO_CONTENT : extractFromLines(parts.body, { meetingDate, title, decisionPart: parts.decisionPart });
  // What follows an exclusion of the press and public inside the item belongs to the exempt part.
  const shown = content.exclusionEnd !== null ? parts.body.slice(0, content.exclusionEnd) : parts.body;
  const body = renderLines(shown.filter((l) => l.blank || !l.kinds.has('furniture')));
  return {
    item: {
      number: parts.number,
      title,
      body,
      reportAuthor: parts.reportAuthor ?? reportAuthorOf(body),
      pages: parts.pages ?? null,
      subItems: parts.subItems ?? [],
      papers: [],
      private: false,
      resolutions: content.resolutions,
      requests: content.requests,
      workProgrammeAdditions: content.workProgrammeAdditions,
      workProgrammeAdditionDetails: content.workProgrammeAdditionDetails,
    },
    content,
  };
}

/**
 * A title that marks its own item exempt: "Staffing Matter – CONFIDENTIAL", "EXEMPT - Sale of Land". An exclusion item
 * ("Exempt information - exclusion of the press and public") is not marked by its words: it says which items are.
 */
export function titleMarksExempt(title: string): boolean {
  return !R.EXCLUSION.test(title) && !/\bexclusion\b/i.test(title) && (R.EXEMPT_ITEM_MARK.test(title) || titleCarriesPrivateMark(title));
}

/**
 * A title made only of privacy words ("Confidential Matters", "PART 2 - EXEMPT ITEMS", "Closed Session"): its item is
 * private, and when the title names a part of the meeting, the items after it too. An item whose own words deal with
 * going private is the public act of deciding it, not the private business: the exclusion resolution under "Exempt
 * Business", the question "To determine whether items contain exempt information" under "Matters to be Considered in
 * Private", "There was no exempt information." The exclusion readers decide which items such an item covers.
 */
export function ownPrivateTitle(title: string, lines: readonly ClassifiedLine[], from: number, to: number, rest: string | null = null): PrivateLine | null {
  const kind = privateLineKind(title);
  if (!kind || R.EXCLUSION.test(title)) return null;
  if (rest && decidesPrivacy(rest)) return null;
  for (let k = from; k < to; k++) if (lines[k]!.section === null && !lines[k]!.blank && (lines[k]!.kinds.has('exclusion') || decidesPrivacy(lines[k]!.text))) return null;
  return kind;
}

/** Words about whether the business is exempt: the statute's grounds, "whether", "taken in public", "no items". */
function decidesPrivacy(text: string): boolean {
  return R.EXCLUSION.test(text) || R.EXEMPT_GROUNDS.test(text) || R.BUSINESS_TAKEN_IN_PUBLIC.test(text) || R.EXCLUSION_NOT_NEEDED.test(text) || /whether/i.test(text);
}

/**
 * A privacy line standing first under an item's title ("Exempt - Paragraph 3", "CONFIDENTIAL") marks that item; standing
 * after the item's own words, or naming a part ("PART II"), it heads the items after it.
 */
export function marksOwnItem(line: ClassifiedLine, readAny: boolean): boolean {
  return !readAny && line.section !== 'public' && privateLineKind(line.text) === 'mark';
}

/**
 * The item as it may be read, once the readers have noted which items its exclusion covers: sealed too when its title
 * names the business it shuts the public out for ("To consider excluding the public and press ... to discuss a
 * complaint"), that business being its own. Sealing it only after the exclusion is noted keeps the items after it sealed
 * as well, whatever the title's words ("... to consider reports containing exempt information").
 */
export function withOwnBusinessSealed(item: ParsedItem): ParsedItem {
  if (item.private) return item;
  const exclusion = R.EXCLUSION.exec(item.title);
  return exclusion && R.EXCLUDED_FOR_OWN_BUSINESS.test(item.title.slice(exclusion.index + exclusion[0].length)) ? sealedItem(item) : item;
}

/** A title as stored: the attachment mark, a trailing colon and doubled spaces gone. */
/**
 * "MINUTES (REF: 1)", "Petitions received (Cab.17.11.2021/5)": the minute's reference printed in brackets after its title
 * (a reference label and its number, or a body's letters before the meeting's date and the minute's running number).
 */
const MINUTE_REFERENCE_AFTER_TITLE = / ?\((?:ref(?:erence)?\.?:? ?\d{1,3}(?:\.\d{1,3}){0,2}|[A-Z][A-Za-z]{1,5}\.(?:\d{1,4}[./]){2,4}\d{1,4})\)$/i;

export function cleanTitle(title: string): string {
  const bare = withoutAttachment(title);
  // "APOLOGIES FOR ABSENCE (Item 1)": the agenda's item number beside a minute's title; "Capital Programme (Key Decision)":
  // the agenda's note that the item is a key decision.
  return bare
    .replace(/ {2,}/g, ' ')
    .replace(/ ?:$/, '')
    .replace(/ ?\((?:agenda )?item \d{1,3}[a-z]?\.?\)$/i, '')
    .replace(/ ?\((?:non[- ]?)?key decision\)$/i, '')
    // "Questions. View Papers": the link to an item's papers a committee system prints after its title.
    .replace(/ view papers$/i, '')
    .replace(MINUTE_REFERENCE_AFTER_TITLE, '')
    .trim();
}

/**
 * Items in order with Schedule 12A applied: after a resolution excluding the
 * press and public, the items it names (or all that follow, until the public
 * is readmitted or a public section begins) are exempt.
 */
export class ExemptTracker {
  private excludedFrom: 'all' | Set<string> | null = null;
  /** "for the following item": the one item after the resolution, whatever its number. */
  private nextOnly = false;
  /** The part of the agenda the minutes have reached, where they print it ("PART ONE", "PART TWO - exempt"). */
  private part: 'public' | 'private' | null = null;
  /** "the items contained in part two of the agenda": the exclusion names the agenda's private part, not every later item. */
  private privatePartOnly = false;

  /** Call before building an item: is it exempt by an earlier exclusion? */
  isExcluded(number: string | null, title = ''): boolean {
    if (this.nextOnly) {
      this.nextOnly = false;
      this.excludedFrom = null;
      return true;
    }
    if (this.excludedFrom === null) return false;
    // While the minutes still print the public part, an exclusion for the private part has not begun, except for an item
    // whose title says it belongs to the private part ("Part Two Minutes", "... - Exempt Category 3").
    if (this.excludedFrom === 'all') return !(this.privatePartOnly && this.part === 'public') || R.PRIVATE_PART_TITLE.test(title);
    return number !== null && this.excludedFrom.has(number.toLowerCase());
  }

  /** After an item: did its minute exclude the press and public, and for which items (`listed`: those it lists, one a line)? */
  noteExclusion(text: string, listed: readonly string[] = []): void {
    const named = [...text.matchAll(/\b(?:items?|minutes?) (?:nos?\.? )?(\d{1,4}[a-z]?(?:\/\d{2,4})?)((?:(?:, | and | & )\d{1,4}[a-z]?){0,12})/gi)];
    if (named.length === 0 && listed.length === 0) {
      // Only "the following item" (one, by name) is narrower than the rest of the meeting.
      this.nextOnly = /\b(?:following|next) item\b(?!s|\(s\))/i.test(text) && !/\bitems\b|\bitem\(s\)/i.test(text);
      this.excludedFrom = 'all';
      this.privatePartOnly = !this.nextOnly && R.EXCLUSION_FOR_PRIVATE_PART.test(text);
      return;
    }
    const numbers = new Set<string>(listed);
    for (const m of named) {
      numbers.add(m[1]!.toLowerCase());
      for (const n of (m[2] ?? '').split(/, | and | & /)) if (n.trim()) numbers.add(n.trim().toLowerCase());
    }
    this.excludedFrom = numbers;
  }

  readmit(): void {
    this.excludedFrom = null;
    this.nextOnly = false;
    this.privatePartOnly = false;
  }

  /** A part of the agenda begins ("PART ONE", "Part 2 - exempt items"). */
  enterPart(part: 'public' | 'private'): void {
    this.part = part;
  }
}

/**
 * "53  Disposal of Small Surplus Sites", "11.1 Outcome of Options Appraisal": a line of an exclusion minute naming an item
 * to come; Schedule 12A's own paragraphs ("3  Information relating to ...") name none.
 */
const LISTED_ITEM = /^\(?(\d{1,4}(?:\.\d{1,2})?[a-z]?)\)?\.?[ \t]+(?!Information\b)[A-Z][a-z]/;

/**
 * The items an exclusion minute lists below its resolution, one a line by number and title ("Minute No. Report title /
 * 53 Disposal of ... / 54 ..."). Only a list whose every number comes after the exclusion's own is one of items to come:
 * anything else ("1. It is likely that ...") leaves the exclusion covering the rest of the meeting.
 */
export function excludedItemsListed(minute: readonly ClassifiedLine[], ownNumber: string | null): string[] {
  const own = Number.parseInt(ownNumber ?? '', 10);
  if (!Number.isFinite(own)) return [];
  const listed: string[] = [];
  for (const l of minute) {
    const m = l.blank ? null : LISTED_ITEM.exec(l.text.trim());
    if (m) listed.push(m[1]!.toLowerCase());
  }
  return listed.every((n) => Number.parseInt(n, 10) > own) ? listed : [];
}

/**
 * The words that say which items an exclusion minute shut the public out of: its resolutions, or the minute's own
 * sentence when no resolution says it ("The Panel noted that Agenda Item 4 would be considered in private session").
 */
export function exclusionWords(item: ParsedItem, minute: readonly ClassifiedLine[]): string {
  const says = (text: string) => R.EXCLUSION.test(text) || R.BUSINESS_TAKEN_IN_PRIVATE.test(text);
  const resolved = item.resolutions.map((r) => r.text).join(' ');
  if (says(resolved)) return resolved;
  const said = minute.filter((l) => !l.blank && says(l.text)).map((l) => l.text).join(' ');
  return said || resolved;
}

/**
 * An exclusion item of minutes whose minute resolved nothing about the public ("Exclusion of the Public" over the
 * agenda's "To resolve that ... the public be excluded ... during consideration of the following items", then only a
 * note, or nothing): the agenda's words are taken as what happened unless the minute says the business stayed in
 * public. Sealing an item wrongly hides a few lines; reading out an exempt one cannot be undone.
 */
export function unminutedExclusion(title: string, agendaWords: string, minute: string, position: number): string | null {
  if (!R.EXCLUSION.test(title)) return null;
  if (R.EXCLUSION_NOT_NEEDED.test(minute) || R.BUSINESS_TAKEN_IN_PUBLIC.test(minute)) return null;
  return agendaExclusion(title, agendaWords, position);
}

/** Agenda items from the top of the list where an exclusion item only asks whether any item is exempt. */
const STANDING_EXCLUSION_ITEMS = 3;
/** "To consider whether ...", "possible exclusion", "any part of the agenda": a question, not a resolution. */
const TENTATIVE_EXCLUSION = /\b(?:whether|possible|any (?:part|items?|business)|if any|to identify)\b/i;

/**
 * An agenda's exclusion item ("Exclusion of the press and public: ... for the following item(s) of
 * business ... Schedule 12A") makes exempt the items it names, or those after it: the words that
 * say which, or null when it says none. A standing "possible exclusion" item at the top of an
 * agenda makes nothing exempt by itself.
 */
export function agendaExclusion(title: string, body: string, position: number): string | null {
  if (!R.EXCLUSION.test(title) && !R.EXCLUSION.test(body)) return null;
  const text = `${title} ${body}`;
  if (/\b(?:items?|minutes?) (?:nos?\.? )?\d{1,4}[a-z]?\b/i.test(text)) return text;
  if (/\b(?:following|next|remaining) (?:items?\b|item\(s\)|business\b)/i.test(text)) return text;
  return !TENTATIVE_EXCLUSION.test(text) && position >= STANDING_EXCLUSION_ITEMS ? text : null;
}
