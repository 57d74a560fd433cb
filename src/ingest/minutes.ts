// Minutes of a meeting: header (council, committee, date and time), the
// "Present:" attendance, numbered items with their bodies, and the closing
// time.
//
// Item headings: "32. Title", "### **25. Title**", "#### 4. **Title**",
// "**28. Title**", "5. **Title**". Numbered lists also appear inside bodies
// ("1. Continue to monitor ...", "6.1 The Scrutiny Board ..."), so a numbered
// line is an item heading only when
//  - its number follows the previous item's (n+1; a gap of up to 3 when the
//    line is bold or a heading, as when an item is withdrawn), and
//  - it reads as a title: short, no final full stop, starts with a capital,
//    not a bullet.
// The first heading is the first such line after the attendance.
import type { Apology, ParsedItem, ParsedMeeting } from '../model.ts';
import { readAttendance, readPeople } from './attendance.ts';
import { findDates, findTimes, parseDocumentTime } from './dates.ts';
import { extractFromLines } from './minute-content.ts';
import { isExclusionText } from './resolutions.ts';
import { type Line, renderLines } from './normalise-text.ts';

// "32. Title", "32 Title", "Item 5: Title", "Minute No. 31 – Title", "5 - Title", "3a. Title"; "6.1 ..." is not one (see below).
const HEADING = /^(?:(?:item|minute)(?:\s+no\.?)?\s+)?(\d{1,3})([a-z])?(?:\.|:|\s+[-–])?\s+(.+)$/i;
const MINUTE_REF = /^(?:minute\s+)?(\d{1,3})\/(\d{2,4})\.?\s+(.+)$/i;
// A committee's letters before the number: "RGSC/22/21 Minutes" (year then number), "CYP.23 Title".
const PREFIXED_REF = /^[A-Z]{2,6}[/.](?:\d{2}\/)?(\d{1,3})\.?\s+(.+)$/;

export interface HeadingCandidate {
  number: number;
  suffix: string;
  title: string;
}

/** A line shaped like an item heading (number and title-like words); sequence is checked by the caller. */
export function headingCandidate(line: Line): HeadingCandidate | null {
  if (line.blank || line.bullet || line.text.includes('\t')) return null;
  const text = line.text;
  const ref = MINUTE_REF.exec(text);
  const prefixed = ref ? null : PREFIXED_REF.exec(text);
  const m = ref ? ([ref[0], ref[1], undefined, ref[3]] as const) : prefixed ? ([prefixed[0], prefixed[1], undefined, prefixed[2]] as const) : HEADING.exec(text);
  if (!m) return null;
  // "6.1 The Board ..." is a clause; "1) Notes ..." a list; neither is a heading.
  if (!ref && !prefixed && /^(?:(?:item|minute)\s+)?\d{1,3}[.)]\d/i.test(text)) return null;
  const title = m[3]!.trim();
  if (!isTitleLike(title, line.emphasis)) return null;
  return { number: Number(m[1]), suffix: m[2] ?? '', title: title.replace(/[:\s]+$/, '') };
}

function isTitleLike(title: string, emphasis: boolean): boolean {
  if (!/^["'(]?[A-Z0-9]/.test(title)) return false;
  if (title.length > (emphasis ? 200 : 120)) return false;
  const words = title.split(/\s+/).length;
  if (!emphasis && words > 16) return false;
  if (/[.;,]$/.test(title) && !/\b(etc|Ltd|Co|St)\.$/.test(title)) return false;
  // A sentence, not a title: a lowercase verb phrase of many words ending without a stop is rare in titles.
  if (!emphasis && /\b(was|were|had|has|have|would|will|is|are)\b/.test(title) && words > 8) return false;
  return true;
}

// The time starts at a non-space and runs to the end (or a closing bracket): no two parts of the
// pattern can take the same spaces, so a line of tabs after "Meeting closed:" costs one pass.
const CLOSING = /^\(?\s*(?:the\s+)?meeting\s+(?:closed|finished|ended|terminated|concluded|rose)(?:\s+at|\s*:)\s*([^\s)][^)]*)\)?\.?$/i;

// "The meeting commenced at 6.30 pm and closed at 8.15 pm".
const SPAN = /^\(?\s*(?:the\s+)?meeting\s+(?:commenced|started|began|opened)\s+at\s+.+?\s+and\s+(?:closed|finished|ended|concluded|terminated)\s+at\s+([^\s)][^)]*)\)?\.?$/i;

export function closingTimeOf(line: Line): string | null {
  if (line.blank) return null;
  const m = CLOSING.exec(line.text) ?? SPAN.exec(line.text);
  return m ? parseDocumentTime(m[1]!) : null;
}

export function isClosingLine(line: Line): boolean {
  return !line.blank && (CLOSING.test(line.text) || SPAN.test(line.text));
}

export const MINUTES_TITLE = /^(?:(?:draft|confirmed|unconfirmed|signed|public)\s+)?minutes(?:\s*[-–:]\s*|\s+of\s+(?:the\s+)?|$)(.*)$/i;

/** "Minutes of the Meeting of <committee>" -> the committee, or "" when the line names none. */
export function committeeFromTitle(text: string): string | null {
  const m = MINUTES_TITLE.exec(text);
  if (!m) return null;
  let rest = (m[1] ?? '')
    .replace(/^(?:\w+\s+)?meeting\s+of\s+(?:the\s+)?/i, '')
    .replace(/\s+(?:held|on|at)\s+.*$/i, '')
    .replace(/\s+meeting$/i, '')
    .trim();
  if (/^(?:the\s+)?meeting$/i.test(rest)) rest = '';
  return rest;
}

/** One past the last line of a "Minutes of ..." title that wraps onto the lines below it. */
function titleBlockEnd(lines: Line[], titleIdx: number): number {
  const first = lines[titleIdx]!.text;
  if (!MINUTES_TITLE.exec(first)?.[1]) return titleIdx + 1;
  let k = titleIdx + 1;
  while (k < lines.length && k < titleIdx + 5 && !lines[k]!.blank && !/^present\b/i.test(lines[k]!.text)) {
    // A title carries on in the same case, or with the words that say when and where.
    const next = lines[k]!.text;
    const sameCase = (first === first.toUpperCase()) === (next === next.toUpperCase());
    if (!sameCase && !/^(?:held|on|at|in)\b/i.test(next)) break;
    k++;
  }
  return k;
}

const COUNCIL = /^(?:the\s+)?(?:[A-Z][\w'&-]*\s+){0,5}(?:City|County|Borough|District|Metropolitan|Town|Parish|Unitary|London Borough of|Royal Borough of)?\s*Council$/;

export function isCouncilLine(text: string): boolean {
  const t = text.trim();
  // Headings in capitals ("WESTBRIDGE BOROUGH COUNCIL") are read as if title-cased.
  const cased = /[a-z]/.test(t) ? t : t.toLowerCase().replace(/\b[a-z]/g, (c) => c.toUpperCase());
  return COUNCIL.test(cased) && t.split(/\s+/).length <= 7 && !/^(?:minutes|agenda|meeting|report|notice)\b/i.test(t);
}

const PUBLIC_HEADING = /^(?:part\s+(?:1|i|a)\s*[-–:]?\s*)?public\s+business$/i;
const PRIVATE_HEADING = /^(?:part\s+(?:2|ii|b)\s*[-–:]?\s*)?(?:private|exempt|confidential)\s+business$|^part\s+(?:2|ii)\b.*(?:private|exempt|confidential)/i;

export function isPrivateHeading(text: string): boolean {
  return PRIVATE_HEADING.test(text.trim());
}
export function isPublicHeading(text: string): boolean {
  return PUBLIC_HEADING.test(text.trim());
}

interface ItemSpan {
  number: string;
  title: string;
  start: number;
  end: number;
  private: boolean;
}

/**
 * Parse one set of minutes. `lines` start at or just before the "Minutes of"
 * title and end where the minutes end (the document's end or the next document).
 */
export function parseMinutes(lines: Line[], warnings: string[] = []): ParsedMeeting {
  let council: string | null = null;
  let committee: string | null = null;
  let date: string | null = null;
  let time: string | null = null;
  let place: string | null = null;

  const titleIdx = lines.findIndex((l) => !l.blank && MINUTES_TITLE.test(l.text));
  const nonBlankBefore = (idx: number): Line | undefined => {
    for (let k = idx - 1; k >= 0; k--) if (!lines[k]!.blank) return lines[k];
    return undefined;
  };
  for (let k = 0; k < Math.max(titleIdx, 0); k++) {
    const l = lines[k]!;
    if (!l.blank && isCouncilLine(l.text)) council = l.text;
  }
  // A long title wraps ("... OVERVIEW AND SCRUTINY" / "COMMITTEE HELD ON ..."): read its lines as one.
  const titleEnd = titleIdx < 0 ? 0 : titleBlockEnd(lines, titleIdx);
  const titleText = titleIdx < 0 ? '' : lines.slice(titleIdx, titleEnd).map((l) => l.text).join(' ');
  if (titleIdx >= 0) {
    committee = committeeFromTitle(titleText) || null;
    if (!committee) {
      const before = nonBlankBefore(titleIdx);
      if (before && !isCouncilLine(before.text)) committee = before.text;
    }
  }

  // Header: the lines up to "Present" (or the first item), which carry date, time and place.
  const presentIdx = lines.findIndex((l, k) => k >= Math.max(titleIdx, 0) && !l.blank && /^present\b/i.test(l.text));
  const headerEnd = presentIdx >= 0 ? presentIdx : Math.min(lines.length, Math.max(titleIdx, 0) + 8);
  const header = [
    ...(titleIdx >= 0 ? [titleText] : []),
    ...lines
      .slice(titleIdx >= 0 ? titleEnd : 0, headerEnd)
      .filter((l) => !l.blank)
      .map((l) => l.text),
  ];
  const headerText = header.join('\n');
  if (!committee && titleIdx >= 0) {
    const next = header[1];
    if (next && !/\b(held|on|at)\b/i.test(next.split(' ')[0] ?? '')) committee = next;
  }
  date = findDates(headerText)[0]?.date ?? null;
  time = findTimes(headerText)[0]?.time ?? null;
  const venue = /^(?:place|venue|location)\s*:?\s*(.+)$/im.exec(headerText);
  if (venue) place = venue[1]!.trim();
  else {
    // "held at 2.00 pm on Thursday, 11 January 2018 at Committee Room 3, Council House"
    const held = /\b(?:in|at)\s+((?:the\s+)?(?:committee\s+room|council\s+chamber|diamond\s+room|room|chamber|civic|town\s+hall|council\s+house|guildhall|county\s+hall|city\s+hall)[^\n]*)$/im.exec(
      headerText,
    );
    // The place may come before the date and time: "in the Council Chamber, Civic Offices on Monday, 4th March 2024 at 7.00 p.m."
    if (held) place = held[1]!.replace(/,?\s+(?:on|at)\s+(?=(?:mon|tues|wednes|thurs|fri|satur|sun)day\b|\d).*$/i, '').replace(/[.,]$/, '').replace(/^the\s+/i, '').trim();
  }

  // Items start after the attendance: at the first heading candidate after "Present".
  const attendanceStart = presentIdx >= 0 ? presentIdx : headerEnd;
  let firstItem = -1;
  for (let k = attendanceStart; k < lines.length; k++) {
    const l = lines[k]!;
    if (isPublicHeading(l.text) || isPrivateHeading(l.text) || headingCandidate(l)) {
      firstItem = k;
      break;
    }
  }
  const attendanceLines = lines.slice(attendanceStart, firstItem < 0 ? lines.length : firstItem);
  const attendance = readAttendance(attendanceLines);

  const items: ParsedItem[] = [];
  let closingTime: string | null = null;
  let privateSection = false;
  let excluded = false;
  let prev: number | null = null;
  let current: ItemSpan | null = null;
  const spans: ItemSpan[] = [];
  const bodyStart = firstItem < 0 ? lines.length : firstItem;
  for (let k = bodyStart; k < lines.length; k++) {
    const l = lines[k]!;
    if (l.blank) continue;
    const closing = closingTimeOf(l);
    if (closing) {
      closingTime = closing;
      if (current) current.end = k;
      break;
    }
    if (isPrivateHeading(l.text) || isPublicHeading(l.text)) {
      privateSection = isPrivateHeading(l.text);
      if (current) current.end = k;
      continue;
    }
    const h = headingCandidate(l);
    const inSequence =
      h !== null &&
      (prev === null ||
        h.number === prev + 1 ||
        (h.number === prev && h.suffix !== '') ||
        (l.emphasis && h.number > prev && h.number <= prev + 3));
    if (h && inSequence) {
      if (current) {
        current.end = Math.min(current.end, k);
        spans.push(current);
      }
      prev = h.number;
      current = { number: `${h.number}${h.suffix}`, title: h.title, start: k + 1, end: lines.length, private: privateSection };
      continue;
    }
  }
  if (current) spans.push(current);

  for (const span of spans) {
    const body = lines.slice(span.start, Math.min(span.end, lines.length));
    const content = extractFromLines(body, { meetingDate: date, title: span.title });
    const text = renderLines(body);
    items.push({
      number: span.number,
      title: span.title,
      body: text,
      reportAuthor: reportAuthorOf(text),
      pages: null,
      subItems: [],
      papers: [],
      private: span.private || excluded,
      resolutions: content.resolutions,
      requests: content.requests,
      workProgrammeAdditions: content.workProgrammeAdditions,
      workProgrammeAdditionDetails: content.workProgrammeAdditionDetails,
    });
    // Items after an exclusion-of-the-press-and-public resolution are private.
    if (content.excludesPublic || isExclusionText(span.title)) excluded = true;
  }
  if (attendance.apologies.length === 0) attendance.apologies.push(...apologiesFromItems(items));
  if (items.length === 0) warnings.push('minutes: no numbered items found');
  if (!date) warnings.push('minutes: no meeting date found in the heading');

  return {
    committee,
    council,
    date,
    time,
    place,
    kind: 'minutes',
    status: null,
    chair: attendance.chair,
    present: attendance.present,
    apologies: attendance.apologies,
    closingTime,
    items,
    externalId: null,
  };
}

/** Many councils minute apologies as the first item ("Apologies for absence were received from ...") rather than in the attendance. */
export function apologiesFromItems(items: ParsedItem[]): Apology[] {
  const apologiesItem = items.find((i) => /^apologies\b/i.test(i.title));
  const said =
    apologiesItem &&
    /\bapologies(?:\s+for\s+absence)?\s+(?:were\s+)?(?:received|submitted|given|noted)?\s*(?:from|on\s+behalf\s+of)\s+([^.\n]+)/i.exec(apologiesItem.body);
  return said ? readPeople(said[1]!).map((p) => ({ name: p.name, note: p.note })) : [];
}

/** "considered a briefing note of the Director of Children's Services" -> "Briefing Note of the Director of Children's Services". */
export function reportAuthorOf(body: string): string | null {
  const m = /\b((?:joint\s+)?(?:briefing\s+note|report|presentation|verbal\s+update|verbal\s+report)\s+(?:of|from|by)\s+the\s+[^,.;\n]+?)(?=\s+(?:which|regarding|that|on|about|concerning|setting|detailing|providing|informing|to)\b|[,.;\n]|$)/i.exec(
    body,
  );
  if (!m) return null;
  const [kind, ...rest] = m[1]!.trim().split(/\s+(?=(?:of|from|by)\s)/i);
  const titled = kind!.replace(/\b[a-z]/g, (c) => c.toUpperCase());
  return [titled, ...rest].join(' ');
}
