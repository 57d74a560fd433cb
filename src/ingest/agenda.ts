// An agenda front sheet: committee (its first line), "Time and Date",
// "Place", numbered items with sub-items "a) ...", report authors ("Briefing
// Note of the ..."), page references "(Pages 7 - 12)", Public/Private
// Business, "Membership: ..." and the contact officer.
import type { Attendee, ParsedItem, ParsedMeeting } from '../model.ts';
import { readMembership } from './attendance.ts';
import { findDates, findTimes } from './dates.ts';
import type { Line } from './normalise-text.ts';
import { isCouncilLine, isPrivateHeading, isPublicHeading } from './minutes.ts';
import { parsedMeeting } from './parsed-meeting.ts';

const DATE_LABEL = /^(?:time\s+and\s+date|date\s+and\s+time|date|time|when|meeting\s+date)\b\s*:?\s*(.*)$/i;
const PLACE_LABEL = /^(?:place|venue|location|where)\b\s*:?\s*(.*)$/i;
const ITEM = /^(\d{1,3})([a-z])?\.?\s+(.+?)(?:\s*\(\s*pages?\s+([\d\s\-–to]+?)\s*\))?\s*$/i;
const SUB_ITEM = /^\(?([a-z]|[ivx]{1,4})[.)]\s+(.+)$/;
const AUTHOR =
  /^(?:(?:joint\s+)?(?:briefing\s+note|report|presentation|verbal\s+(?:update|report)|update)\s+(?:of|from|by)\s+.+|(?:report\s+)?author\s*:.+)$/i;
const END_OF_ITEMS = /^(?:membership|notes?|please\s+note|contact|distribution|public\s+access|information\s+for\s+the\s+public)\b\s*:?/i;
const AGENDA_WORD = /^(?:agenda|notice\s+of\s+(?:the\s+)?meeting|summons|public\s+document\s+pack|agenda\s+(?:pack|front\s+sheet)|supplementary\s+agenda)$/i;

/** "4. Support to Young Carers (Pages 7 - 12)"; not "12 June 2024 ..." (a date) nor "6.1 ..." (a paragraph). */
function isItemLine(text: string): boolean {
  return ITEM.test(text) && !/^\d{1,3}\.\d/.test(text) && findDates(text)[0]?.index !== 0;
}

/** Does this part of a document look like an agenda front sheet? */
export function looksLikeAgenda(lines: Line[]): boolean {
  // Table rows (a work programme's, say) are neither labels nor items.
  const texts = lines.filter((l) => !l.blank && !l.text.includes('\t')).map((l) => l.text);
  const labels = texts.filter((t) => DATE_LABEL.test(t) || PLACE_LABEL.test(t)).length;
  const items = texts.filter(isItemLine).length;
  return (labels >= 1 && items >= 1) || (texts.some((t) => AGENDA_WORD.test(t)) && items >= 2);
}

/** The value of a label: on its line ("Place: ...") or the next line; `index` is the last line used. */
function valueAfterLabel(lines: Line[], idx: number, inline: string): { value: string; index: number } {
  if (inline.trim()) return { value: inline.trim(), index: idx };
  for (let k = idx + 1; k < Math.min(lines.length, idx + 4); k++) if (!lines[k]!.blank) return { value: lines[k]!.text, index: k };
  return { value: '', index: idx };
}

/**
 * A flattened export can run items into one line: "Public Business1. Apologies2. Declarations".
 * Split where a number glued to the previous word starts a title, when the numbers run in sequence.
 */
function splitRunTogetherItems(lines: Line[]): Line[] {
  return lines.flatMap((line) => {
    if (line.blank || line.text.includes('\t')) return [line];
    const pieces = line.text.split(/(?<=[a-z)])(?=\d{1,2}\.\s+[A-Z])/);
    if (pieces.length < 3) return [line];
    const numbers = pieces.slice(1).map((p) => Number(/^\d+/.exec(p)![0]));
    if (!numbers.every((n, i) => i === 0 || n === numbers[i - 1]! + 1)) return [line];
    return pieces.map((text) => ({ ...line, text: text.trim() }));
  });
}

export function parseAgenda(input: Line[], warnings: string[] = []): ParsedMeeting {
  const lines = splitRunTogetherItems(input);
  const nonBlank = lines.filter((l) => !l.blank);
  let committee: string | null = null;
  let council: string | null = null;
  for (const l of nonBlank.slice(0, 5)) {
    if (isCouncilLine(l.text)) {
      council ??= l.text;
      continue;
    }
    if (AGENDA_WORD.test(l.text) || DATE_LABEL.test(l.text) || PLACE_LABEL.test(l.text)) continue;
    committee = l.text;
    break;
  }
  let date: string | null = null;
  let time: string | null = null;
  let place: string | null = null;
  let membership: Attendee[] = [];
  let contact: string | null = null;
  const items: ParsedItem[] = [];
  let privateSection = false;
  let current: ParsedItem | null = null;
  let itemsEnded = false;
  let prev: number | null = null;

  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    if (line.blank) continue;
    const text = line.text;
    const dateLabel = DATE_LABEL.exec(text);
    if (dateLabel && !current && (!date || !time)) {
      const { value, index } = valueAfterLabel(lines, k, dateLabel[1]!);
      date ??= findDates(value)[0]?.date ?? null;
      time ??= findTimes(value)[0]?.time ?? null;
      k = index;
      continue;
    }
    const placeLabel = PLACE_LABEL.exec(text);
    if (placeLabel && !place && !current) {
      const { value, index } = valueAfterLabel(lines, k, placeLabel[1]!);
      place = value || null;
      k = index;
      continue;
    }
    const member = /^membership\s*:?\s*(.*)$/i.exec(text);
    if (member) {
      let { value, index } = valueAfterLabel(lines, k, member[1]!);
      // The list runs on over wrapped lines until a blank line.
      while (index + 1 < lines.length && !lines[index + 1]!.blank) {
        index++;
        value = `${value} ${lines[index]!.text}`;
      }
      membership = readMembership(value);
      k = index;
      // Printed after the items it ends them; printed in the heading (other councils) it does not.
      if (items.length > 0) itemsEnded = true;
      continue;
    }
    const contactLine = /\bperson\s+to\s+contact\b.*?\bis\s+([^,]+(?:,\s*[^,]+)?)/i.exec(text) ?? /^contact(?:\s+officer)?\s*:\s*(.+)$/i.exec(text);
    if (contactLine && !contact) contact = contactLine[1]!.trim();
    if (itemsEnded) continue;
    if (END_OF_ITEMS.test(text) && items.length > 0) {
      itemsEnded = true;
      continue;
    }
    // "Public Business1. Apologies": a section heading run into the first item.
    const run = /^(public|private)\s+business\s*(\d{1,3}\..*)$/i.exec(text);
    const itemText = run ? run[2]! : text;
    if (run || isPublicHeading(text) || isPrivateHeading(text)) {
      privateSection = run ? /^private/i.test(run[1]!) : isPrivateHeading(text);
      current = null;
      if (!run) continue;
    }
    const item = line.bullet || line.text.includes('\t') || !isItemLine(itemText) ? null : ITEM.exec(itemText);
    if (item && (prev === null || Number(item[1]) === prev + 1 || Number(item[1]) === prev) && /^[A-Z"']/.test(item[3]!)) {
      prev = Number(item[1]);
      current = {
        number: `${item[1]}${item[2] ?? ''}`,
        title: item[3]!.replace(/\s*:$/, '').trim(),
        body: '',
        reportAuthor: null,
        pages: item[4] ? `Pages ${item[4].replace(/\s*[-–]\s*|\s+to\s+/, ' - ').trim()}` : null,
        subItems: [],
        papers: [],
        private: privateSection,
        resolutions: [],
        requests: [],
        workProgrammeAdditions: [],
      };
      items.push(current);
      continue;
    }
    if (!current) continue;
    const sub = SUB_ITEM.exec(text);
    if (sub) {
      current.subItems.push(`${sub[1]}) ${sub[2]}`);
      continue;
    }
    if (!current.reportAuthor && AUTHOR.test(text)) {
      current.reportAuthor = text.replace(/^(?:report\s+)?author\s*:\s*/i, '');
      continue;
    }
    if (/^(?:nil|none)\.?$/i.test(text)) continue;
    current.body = current.body ? `${current.body}\n${text}` : text;
  }
  if (!date) warnings.push('agenda: no meeting date found');
  if (items.length === 0) warnings.push('agenda: no numbered items found');
  const chair = membership.find((m) => m.chair)?.name ?? null;
  return parsedMeeting({ committee, council, date, time, place, kind: 'agenda', chair, items, membership, contact });
}
