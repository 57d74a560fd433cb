// A ModernGov agenda-item page saved as text (mgAi.aspx): "Agenda item", the
// title (possibly lost with its link), the meeting it belongs to ("Meeting of
// The Council, Thursday, 7th March, 2024 1.30 pm (Item 10.)"), the report
// author and agenda's words, "Decision:" and "Minutes:" with the minute text,
// "Supporting documents:" and the papers. It becomes a meeting of kind
// 'item-page' with one item, in the same normalised form as the minutes' copy
// of that item so the store can match the two; the date is the meeting's when
// the page names it.
// Some renderings drop the "Minutes:" label: the agenda's words come first and
// the minute follows after a wider gap (two blank lines or more); without such
// a gap the text is the minute only when it records something.
import type { ParsedMeeting, Paper } from '../../model.ts';
import { attendanceInMinute } from '../attendance.ts';
import { type ClassifiedLine, classifyLine, readsAsTitle, withoutAttachment } from '../line-kinds.ts';
import { parsedMeeting } from '../parsed-meeting.ts';
import { confirmsRecord } from '../resolutions.ts';
import { gapBefore } from './items.ts';
import { type Draft, draftToItem, hasText, markedExempt, newDraft, takePartLabel } from './moderngov-parts.ts';

const HEAD_REACH = 40;
const SUPPORTING = /^(?:supporting|background) documents? ?:?$/i;
const ITEM_PAGE_HEADING = /^agenda item(?: ?[-:]? ?(\d{1,3}[a-z]?)\.?)?(?: ?[-:] ?(\S.{0,200}))?$/i;
const MINUTE_LABEL_ALONE = /^(?:minutes|decision) ?:$/i;
const RECORDS = /\b(?:was|were|noted|agreed|considered|received|resolved)\b/i;
const RESTRICTED = /\b(?:restricted|exempt|confidential)\b/i;
const PAPER_SIZE = /,? (?:item|\d{1,4}) ?\d{0,4} ?KB\b/i;

/** Where an agenda-item page starts, or -1. Above it only site navigation may stand. */
export function findItemPage(lines: readonly ClassifiedLine[]): number {
  const head: number[] = [];
  for (let i = 0; i < lines.length && head.length < HEAD_REACH; i++) if (!lines[i]!.blank) head.push(i);
  const start = head.find((i) => lines[i]!.kinds.has('item-page-start') && ITEM_PAGE_HEADING.test(lines[i]!.text)) ?? -1;
  // A page saved without its head and title: it opens on the "Minutes:" or "Decision:" label, or on the agenda's words
  // with the label after them.
  if (start < 0) return head.length > 0 && (MINUTE_LABEL_ALONE.test(lines[head[0]!]!.text) || headlessPage(lines, head)) ? head[0]! : -1;
  const above = head.filter((i) => i < start).map((i) => lines[i]!);
  // An agenda pack's front sheet (dates, labels, numbered items) above an "Agenda Item 3" stamp makes no item page.
  if (above.some((l) => l.date || l.heading || l.kinds.has('date-label') || l.kinds.has('place-label') || l.kinds.has('membership-label'))) return -1;
  const labelled = lines.some((l, i) => i > start && l.kinds.has('minutes-part'));
  return start === head[0] || labelled || above.length <= 40 ? start : -1;
}

/** Lines of the agenda's words an item page may print above its "Minutes:" label. */
const AGENDA_WORDS_REACH = 12;

/**
 * An item page saved without "Agenda item" and its title: a few lines of the agenda's words, then "Minutes:" (or
 * "Decision:") alone on its line, and nothing a meeting's page or minutes print above it (a date, a venue, a title, the
 * attendance, item headings). A meeting's page prints one such label per item; an item page one in all.
 */
function headlessPage(lines: readonly ClassifiedLine[], head: readonly number[]): boolean {
  const labels = lines.filter((l) => MINUTE_LABEL_ALONE.test(l.text) || l.kinds.has('minutes-part')).length;
  const label = head.findIndex((i) => MINUTE_LABEL_ALONE.test(lines[i]!.text));
  // The page may open on the item's own numbered title ("12. Urgent Decisions PDF 222 KB", an issue's page saved
  // without its head): with one label in all, that heading is this item's, not a meeting page's first of many.
  const ownTitle = lines[head[0]!]!.heading ? 1 : 0;
  if (label >= 1 && label <= AGENDA_WORDS_REACH) return labels === 1 && !head.slice(ownTitle, label).some((i) => printsMeeting(lines[i]!));
  // No label at all, but the page's footer "Supporting documents:" closes a short text of one item.
  const text = lines.filter((l) => !l.blank);
  const footer = text.findIndex((l) => SUPPORTING.test(l.text));
  if (labels === 0 && footer > 0 && footer <= HEAD_REACH && text.length - footer - 1 <= FOOTER_PAPERS && !text.slice(0, footer).some(printsMeeting)) return true;
  return labels === 0 && footer < 0 && agendaWordsThenMinute(text);
}

/** The agenda's words of one item: "To note any changes in membership ...", "(a) To receive and note the minutes". */
const AGENDA_INSTRUCTION = /^(?:\([a-z0-9]{1,3}\) ?)?To [A-Za-z]{3,} /;

/**
 * A page saved with neither its head, its labels nor its footer: the item's title (perhaps numbered, perhaps lost), the
 * agenda's words in one block ("To note ...", "(a) To receive ..."; ModernGov prints them under every title), then the
 * minute, which records something. A meeting's page or minutes print the agenda's words once per item and a date, venue or
 * headings above them; a short text with one block of them and nothing of a meeting is one item's page.
 */
function agendaWordsThenMinute(text: readonly ClassifiedLine[]): boolean {
  if (text.length < 2 || text.length > HEAD_REACH) return false;
  const first = text[0]!;
  const titled = !AGENDA_INSTRUCTION.test(first.text);
  if (titled && (!readsAsTitle(withoutAttachment(first.heading?.title ?? first.text)) || /[.;]$/.test(first.text))) return false;
  let k = titled ? 1 : 0;
  const block = k;
  while (k < text.length && k - block < AGENDA_WORDS_REACH && AGENDA_INSTRUCTION.test(text[k]!.text)) k++;
  if (k === block || k === text.length) return false;
  const minute = text.slice(k);
  if (minute.some((l) => AGENDA_INSTRUCTION.test(l.text) || printsMeeting(l))) return false;
  return minute.some((l) => l.kinds.has('decision-label') || RECORDS.test(l.text));
}

/** A line holding a date that is no longer than this gives a date of its own (a meeting's), not a sentence's. */
const DATE_LINE_LENGTH = 60;
/** Papers an item page may list under its footer "Supporting documents:". */
const FOOTER_PAPERS = 8;

/** What a meeting's page or minutes print and an item page never does above its minute: a date, a venue, a title, the attendance, item headings. */
function printsMeeting(l: ClassifiedLine): boolean {
  // A date in a minute's sentence ("moved to the meeting on 17 March 2026") is no meeting's date line.
  const dateLine = l.date !== null && (l.date.index === 0 || l.text.length <= DATE_LINE_LENGTH);
  return dateLine || Boolean(l.heading || l.itemNumber || l.label || l.meetingHeading) || ['council', 'agenda-word', 'minutes-title', 'met-title', 'date-label', 'place-label', 'table-head', 'page-title'].some((k) => l.kinds.has(k as never));
}

/**
 * "The Engineer presented his report ...", "Members highlighted that ...", "Councillor X thanked ...": a sentence telling
 * what someone did at the meeting, which the agenda's words (written before it) never do. The verb is the sentence's own
 * (not "is asked", "to be presented").
 */
const NARRATES_MEETING =
  /^(?:At the (?:end|start|close) of the (?:discussion|meeting|item), )?(?:The|A|An|Members?|Councillors?|Cllrs?|Officers?|[A-Z][\w'’.-]+)(?: [\w'’(),&-]+){0,8}? (?<!\b(?:is|are|be|been|being|was|were|will|would|to) )(?:presented|introduced|highlighted|explained|outlined|advised|informed|thanked|enquired|queried|welcomed|stated|commented|responded|summarised|reminded)\b/;

/** The lines after the agenda's words, taken as the minute when no label says where it starts. */
function unlabelledMinute(part: ClassifiedLine[]): { description: ClassifiedLine[]; minute: ClassifiedLine[] } {
  for (let i = 0; i < part.length; i++) {
    if (part[i]!.blank) continue;
    const before = part.slice(0, i).filter((l) => !l.blank && !l.kinds.has('item-page-start'));
    // The agenda's words say what is to be done; a paragraph that records the meeting's decision on its minutes, or tells
    // what was said at the meeting, is the minute already (the wider gap is then only between paragraphs of the minute).
    if (before.some((l) => confirmsRecord(l.text) || NARRATES_MEETING.test(l.text))) break;
    if (gapBefore(part, i) >= 2 && before.length > 0) return { description: part.slice(0, i), minute: part.slice(i) };
  }
  // The agenda's words printed first ("To receive the report ...", "To note ..."), the minute straight under them.
  const words = part.findIndex((l) => !l.blank && !l.kinds.has('author') && !AGENDA_INSTRUCTION.test(l.text));
  if (words > 0 && part.slice(0, words).some((l) => AGENDA_INSTRUCTION.test(l.text))) return { description: part.slice(0, words), minute: part.slice(words) };
  const recorded = part.some((l) => !l.blank && (l.kinds.has('decision-label') || RECORDS.test(l.text)));
  return recorded ? { description: part.filter((l) => l.kinds.has('author')), minute: part.filter((l) => !l.kinds.has('author')) } : { description: part, minute: [] };
}

export function readItemPage(lines: readonly ClassifiedLine[], start: number, committee: string | null = null): { meeting: ParsedMeeting; explained: number } {
  const head = ITEM_PAGE_HEADING.exec(lines[start]!.text);
  let number: string | null = head?.[1] ?? null;
  let title = head?.[2]?.trim() ?? '';
  let k = head ? start + 1 : start;
  const end = lines.findIndex((l, i) => i > start && SUPPORTING.test(l.text));
  const stop = end < 0 ? lines.length : end;
  let date: string | null = null;
  // Lines that repeat "Agenda item" and the meeting the item belongs to.
  const preface: ClassifiedLine[] = [];
  const rest: ClassifiedLine[] = [];
  let labelRead = false;
  for (; k < stop; k++) {
    const line = lines[k]!;
    if (line.kinds.has('item-page-start') && !line.text.slice(11).trim()) continue;
    if (line.kinds.has('item-page-meeting')) {
      date = line.date?.date ?? date;
      const ref = /\(item (\d{1,4}[a-z]?)\.?\)/i.exec(line.text);
      number ??= ref?.[1] ?? null;
      continue;
    }
    if (!title && !number && !labelRead && line.itemNumber && !line.heading && !line.blank) {
      // "33.1" alone above the title: the item's number (a sub-item's, as the minutes number it).
      number = line.itemNumber.number;
      continue;
    }
    if (!title && !line.blank) {
      // "(i) Mayor (or person presiding)": the agenda's list, not a title; and after "Minutes:" the minute, whose first
      // line is no title either.
      labelRead ||= line.kinds.has('minutes-part') || line.kinds.has('decision-part');
      // "12. Urgent Decisions PDF 222 KB" reads as a numbered clause too, but it is a heading: the item's number and title.
      if (labelRead || line.kinds.has('author') || (line.clause && !line.heading) || line.bullet || !readsAsTitle(withoutAttachment(line.heading ? line.heading.title : line.text))) {
        rest.push(line);
        continue;
      }
      if (line.heading && !number) {
        number = line.heading.number;
        title = line.heading.title;
      } else title = line.text;
      continue;
    }
    (title ? rest : preface).push(line);
  }
  const draft: Draft = newDraft(number, title, 'description', false);
  const labelled = rest.some((l) => l.kinds.has('minutes-part') || l.kinds.has('decision-part'));
  if (labelled) {
    for (const line of rest) {
      if (!line.blank && takePartLabel(draft, line, (t) => classifyLine({ ...line, text: t }, line.index))) continue;
      draft[draft.state].push(line);
    }
  } else {
    const { description, minute } = unlabelledMinute(rest);
    draft.description = description;
    draft.minutes = minute;
  }
  const papers: Paper[] = [];
  for (const l of end < 0 ? [] : lines.slice(end + 1)) {
    if (l.blank) continue;
    const size = PAPER_SIZE.exec(l.text);
    papers.push({ title: (size ? l.text.slice(0, size.index) : l.text).trim() || l.text, url: null, restricted: RESTRICTED.test(l.text) });
  }
  const { item } = draftToItem(draft, date, markedExempt(draft));
  item.papers = papers;
  let explained = 0;
  for (let i = start; i < lines.length; i++) if (!lines[i]!.blank) explained++;
  // Where no label parts the agenda's words from the minute, the parting is a guess: the apologies the meeting recorded
  // ("Apologies had been received from ...") may stand in what was taken for the agenda's words, which name no one.
  const recorded = hasText(draft.minutes) ? draft.minutes : draft.decision;
  // Schedule 12A: an exempt item's minute is read for nothing, not even who chaired or sent apologies.
  const attendance = item.private ? null : attendanceInMinute(item.title, labelled ? recorded : [...draft.description, ...recorded]);
  return { meeting: parsedMeeting({ committee, date, kind: 'item-page', items: [item], ...attendance }), explained };
}
