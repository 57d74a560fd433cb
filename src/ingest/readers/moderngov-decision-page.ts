// ModernGov decision records saved as text: "Decision details" (one
// decision, mgIssueHistoryHome / ieDecisionDetails), "Decisions published"
// (a list of them) and "Issue - decisions" (one issue's decisions, each
// under "11/06/2025 - <title>"). A record is a title, labelled fields and
// the decision's words; the meeting and its date are given by the fields
//   Made at meeting: 10/06/2025 - Cabinet     (or "Decided at meeting:")
//   Decision Maker: Cabinet                   Date of decision: 11/09/2025
// or, on an issue's decisions page, by the date before the title. Records
// of one meeting become one meeting with an item each.
import type { ParsedItem, ParsedMeeting } from '../../model.ts';
import { type ClassifiedLine, classifyLine } from '../line-kinds.ts';
import { EXEMPT_GROUNDS, RECORD_DECISION_RUN_IN, RECORD_REF, RECORD_TRAILER_HEADING, RECORD_TRAILER_LINE, RECORD_TRAILER_RUN_IN, TAKEN_IN_PRIVATE } from '../rules.ts';
import { parsedMeeting } from '../parsed-meeting.ts';
import { buildItem, nextNonBlank } from './items.ts';

const HEAD_REACH = 40;
/** "Purpose:": the record's account of what the decision is for, printed above its "Decision:". */
const PURPOSE_FIELD = /^purpose ?:/i;
/** "Decision", "Decision taken" alone on a line: the heading a record prints over the decision's words, not one of them. */
const DECISION_HEADING = /^decisions?(?: (?:taken|made|of the [a-z ]{3,30}))?$/i;
/** "Content: That ...": the label a republished record prints before the decision's words, in place of "Decision:". */
const CONTENT_LABEL = /^content ?: ?/i;

interface DecisionRecord {
  title: string | null;
  date: string | null;
  committee: string | null;
  body: ClassifiedLine[];
  lines: number;
}

/** Record heads: a dated title, or the title under "Decision details". */
function recordHeads(lines: readonly ClassifiedLine[]): { at: number; title: string; date: string | null }[] {
  const heads: { at: number; title: string; date: string | null }[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.kinds.has('dated-title')) heads.push({ at: i, title: line.datedTitle!, date: line.date!.date });
    else if (line.kinds.has('decision-details-head')) {
      let t = nextNonBlank(lines, i + 1, lines.length);
      // The head printed twice (the page's title and the record's): the title is under the last of them.
      while (lines[t]?.kinds.has('decision-details-head')) t = nextNonBlank(lines, t + 1, lines.length);
      const title = lines[t];
      if (title && !title.kinds.has('decision-field')) {
        heads.push({ at: t, title: title.text, date: null });
        i = t;
      }
    }
  }
  return heads;
}

/**
 * A decision record saved from its decision on, its head, title and fields cut away: no date anywhere, a decision, and
 * below it the part a record prints after one ("Reason for Decision", "REASONS FOR DECISION - ..."). Minutes whose
 * heading was lost still number their items: those are no one record.
 */
function isRecordFragment(lines: readonly ClassifiedLine[]): boolean {
  let decided = false;
  let trailed = false;
  for (const line of lines) {
    if (line.blank) continue;
    // An agenda-item page ("Agenda item" over the item's title) prints the same parts under "Minutes:": it is that item's page.
    if (line.date || line.heading || line.itemNumber || line.kinds.has('item-page-start')) return false;
    if (line.kinds.has('decision-label') || line.kinds.has('decision-part')) decided = true;
    else if (decided && (RECORD_TRAILER_HEADING.test(line.text) || RECORD_TRAILER_LINE.test(line.text))) trailed = true;
  }
  return trailed;
}

/**
 * Is this a page of decision records? Fields that place a decision in a meeting, an issue's dated decisions, or the
 * records of a "Decisions published" list: each a dated title with its reference ("10/01/2020 - Ringwood Town Centre
 * ref: 1391  Recommendations Approved") and then who made it ("Decision Maker: ..."), as an officer's decisions are
 * listed with no meeting to place them in.
 */
export function isDecisionPage(lines: readonly ClassifiedLine[]): boolean {
  if (isRecordFragment(lines)) return true;
  let placed = false;
  let fields = 0;
  let issueHead = false;
  let seen = 0;
  let dated = 0;
  let referenced = false;
  let made = false;
  for (const line of lines) {
    if (line.blank) continue;
    if (seen++ < HEAD_REACH && line.kinds.has('issue-page-head')) issueHead = true;
    if (line.kinds.has('issue-meeting')) return false;
    if (line.kinds.has('dated-title')) {
      dated++;
      if (RECORD_REF.test(line.text)) referenced = true;
    }
    const group = line.recordField?.group;
    if (!group) continue;
    fields++;
    if (group === 'meeting' || group === 'date') placed = true;
    if (group === 'maker' && referenced) made = true;
  }
  return (placed && fields >= 2) || (issueHead && dated > 0) || (made && fields >= 2);
}

/** "10/06/2025 - Cabinet": the meeting's date and committee. */
function meetingOf(field: ClassifiedLine, value: string): { date: string | null; committee: string | null } {
  const line = classifyLine({ ...field, text: value }, field.index);
  if (!line.date) return { date: null, committee: value || null };
  const after = value.slice(line.date.index + line.date.text.length).replace(/^ ?[-–] ?/, '').trim();
  return { date: line.date.date, committee: after || null };
}

function readRecord(lines: readonly ClassifiedLine[], from: number, to: number, title: string | null, date: string | null): DecisionRecord {
  const record: DecisionRecord = { title, date, committee: null, body: [], lines: title === null ? 0 : 1 };
  let maker: string | null = null;
  let decided: string | null = null;
  // The fields after the decision's words are the record's trailer: no more words are read from there.
  let trailer = false;
  // Where the words under "Purpose:" begin: they say what the decision was for, and a "Decision:" heading ends them.
  let purposeFrom: number | null = null;
  // Whether a "Decision:" label has headed the words read so far.
  let labelled = false;
  for (let k = from; k < to; k++) {
    const line = lines[k]!;
    if (line.blank) {
      if (!trailer && record.body.length) record.body.push(line);
      continue;
    }
    if (!trailer && !line.recordField && record.body.every((l) => l.blank) && DECISION_HEADING.test(line.text)) {
      record.lines++;
      continue;
    }
    record.lines++;
    const field = line.recordField;
    if (field) {
      if (record.body.some((l) => !l.blank)) trailer = true;
      else if (PURPOSE_FIELD.test(line.text)) purposeFrom = record.body.length;
      if (field.group === 'meeting') {
        const m = meetingOf(line, field.value);
        record.date = m.date ?? record.date;
        record.committee = m.committee ?? record.committee;
      } else if (field.group === 'maker') maker = field.value || null;
      else if (field.group === 'date') decided = classifyLine({ ...line, text: field.value }, line.index).date?.date ?? null;
      continue;
    }
    // "Decision:" below the fields, the words above them being the record's summary of what was sought ("To approve
    // the purchase of ..."): the decision is what the label heads, and the summary is no part of it.
    if (trailer && !labelled && line.kinds.has('decision-part')) {
      record.body.length = 0;
      trailer = false;
      purposeFrom = null;
    }
    if (trailer || line.kinds.has('furniture') || line.kinds.has('decision-details-head')) continue;
    // "Decisions:" labels the words; its value (if any) is the first of them. So does "Content:" before any of them.
    const content = record.body.every((l) => l.blank) ? CONTENT_LABEL.exec(line.text) : null;
    if (content) {
      purposeFrom = null;
      const words = line.text.slice(content[0].length).trim();
      if (words) trailer = pushUntilTrailer(record.body, classifyLine({ ...line, text: words }, line.index));
      continue;
    }
    if (line.kinds.has('decision-part')) {
      labelled = true;
      if (purposeFrom !== null) record.body.length = purposeFrom;
      purposeFrom = null;
      if (line.value) trailer = pushUntilTrailer(record.body, classifyLine({ ...line, text: line.value }, line.index));
      continue;
    }
    trailer = pushUntilTrailer(record.body, line);
  }
  record.committee ??= maker;
  record.date ??= decided;
  return record;
}

/**
 * Add a line of the decision's words, cut where the record's next part ("Reasons for the decision", "b) Alternative
 * options considered") runs into it; says whether that part was met, so that nothing after it is read.
 */
function pushUntilTrailer(body: ClassifiedLine[], line: ClassifiedLine): boolean {
  const runIn = RECORD_TRAILER_RUN_IN.exec(line.text);
  if (!runIn) {
    body.push(line);
    return false;
  }
  const words = line.text.slice(0, runIn.index).replace(RECORD_DECISION_RUN_IN, '').trim();
  if (words) body.push(classifyLine({ ...line, text: words }, line.index));
  return true;
}

/** The title over a record saved without its "Decision details" head: the last line above its first field, if one stands there. */
function untitledHead(lines: readonly ClassifiedLine[]): { at: number; title: string; date: null } | null {
  const first = lines.findIndex((l) => l.recordField !== null);
  if (first <= 0) return null;
  for (let k = first - 1; k >= 0; k--) {
    const line = lines[k]!;
    if (line.blank) continue;
    const titled = line.kinds.has('title') && !line.kinds.has('decision-details-head') && !/[.:;,]$/.test(line.text) && line.text.length <= 200 && !line.date;
    return titled ? { at: k, title: line.text, date: null } : null;
  }
  return null;
}

/** One meeting per date and committee, with an item for each of its decisions. */
export function readDecisionPage(lines: readonly ClassifiedLine[]): { meetings: ParsedMeeting[]; explained: number } {
  const found = recordHeads(lines);
  // A "Decision details" page saved without its head or title: the whole page is the one record, its title lost.
  const heads = found.length > 0 ? found : [untitledHead(lines) ?? { at: -1, title: null, date: null }];
  const byMeeting = new Map<string, ParsedMeeting>();
  // A record saved from its decision on names no meeting: it is that decision alone, like an agenda item's page.
  const fragment = isRecordFragment(lines);
  // The page's head above the first record ("Issue - decisions", the issue's title) is this page's too.
  let explained = lines.slice(0, Math.max(0, heads[0]!.at)).filter((l) => !l.blank).length;
  heads.forEach((head, n) => {
    const record = readRecord(lines, head.at + 1, heads[n + 1]?.at ?? lines.length, head.title, head.date);
    if (!record.date && !fragment) return;
    explained += record.lines;
    // A record taken in private prints only that it was; its title may show, nothing else of it.
    const exempt = record.body.some((l) => !l.blank && TAKEN_IN_PRIVATE.test(l.text) && EXEMPT_GROUNDS.test(l.text));
    const item: ParsedItem = buildItem(
      { number: null, title: record.title ?? '', body: exempt ? [] : record.body, decisionPart: exempt ? [] : record.body, private: exempt, agendaOnly: false },
      record.date,
    ).item;
    const key = `${record.date}|${record.committee ?? ''}`;
    let meeting = byMeeting.get(key);
    if (!meeting) {
      meeting = parsedMeeting({ kind: fragment ? 'item-page' : 'minutes', committee: record.committee, date: record.date, items: [] });
      byMeeting.set(key, meeting);
    }
    meeting.items.push(item);
  });
  return { meetings: [...byMeeting.values()], explained };
}
