// Fallbacks for who sent apologies and who chaired, read over a whole document's public lines when the specific readers
// (the attendance block, the apologies item of each reader) found none. Apologies are minuted in nearly every set of minutes, so a
// document with none read is more likely a layout the readers missed (an apologies heading whose item was not split
// off, a sentence worded in a way no rule knows) than a meeting without any. The fallback reads the most generic
// shapes only, and never runs where a specific reader found something, so it cannot make a right reading worse.
// Nothing is read from an exempt item's text: reading stops where the private part of the meeting begins.
import type { Apology, ParsedMeeting } from '../model.ts';
import { type AttendanceResult, apologiesFromItemText, apologiesFromSentence, chairNamedIn, groupLabel, readAttendance, readPeople, untilSentenceEnd } from './attendance.ts';
import type { ClassifiedLine } from './line-kinds.ts';
import * as R from './rules.ts';

/** Words that say the rest of the document is the meeting's private part: no name is read from there on. */
const PRIVATE_FROM = /\bexempt\b|\bschedule 12a\b|\bpart (?:ii|2|two)\b|\bconfidential\b|\bexclu\w{0,5} (?:of )?(?:the )?(?:press|public)\b|\bin private\b/i;

/** Lines from the top of a document read for who chaired, at most: the attendance and the first items. */
const CHAIR_REACH = 80;

/** Lines under an apologies heading read as its list, at most. */
const HEADING_REACH = 12;

/** The words of a page's part labels between a heading and its minute ("Minutes:", "Additional documents:"). */
const PART_LABEL = /^(?:minutes|decision|additional documents|supporting documents|documents)\s*:?$/i;

/** The last word of a body's name, which no person's name ends on: "Southwark Council", "Health Scrutiny Panel". */
const BODY_WORD = /^(?:council|committee|sub-committee|board|panel|group|forum|authority|trust|partnership|commission|service|services|team|association|society|club|police|agency|department|office|school|college|university|church|network|limited|ltd|plc)$/i;

/** A person's name as a list prints it: a title, or two to five capitalised words or initials and no other words, not a body's name. */
function personShaped(name: string): boolean {
  const words = name.split(' ');
  if (BODY_WORD.test(words[words.length - 1]!)) return false;
  if (R.PERSON_TITLE.test(name)) return true;
  return words.length >= 2 && words.length <= 5 && words.every((w) => /^(?:[A-Z][A-Za-z'’-]*\.?|de|van|von|der|le|la|ap)$/.test(w));
}

/**
 * The lines before the meeting's private part: an exempt item's heading, its section line, an exempt or restricted mark
 * ("View the reasons why item 5 is restricted"), or exclusion wording. A page of exempt items only (an issue page, an
 * agenda item page) has no public lines: its title may stand above the mark.
 */
export function publicLines(meeting: ParsedMeeting, lines: readonly ClassifiedLine[]): readonly ClassifiedLine[] {
  if (meeting.items.length > 0 && meeting.items.every((i) => i.private)) return [];
  const privateTitles = new Set(meeting.items.filter((i) => i.private).map((i) => i.title.toLowerCase()));
  const end = lines.findIndex(
    (l) => l.section === 'private' || (l.heading !== null && privateTitles.has(l.heading.title.toLowerCase())) || (!l.blank && (PRIVATE_FROM.test(l.text) || R.EXEMPT_ITEM_MARK.test(l.text))),
  );
  return end < 0 ? lines : lines.slice(0, end);
}

/** "Apologies for Absence" / "Minutes:" / "Councillors A, B and C.": the list under an apologies heading, wherever it stands. */
function apologiesUnderHeading(lines: readonly ClassifiedLine[]): Apology[] {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank || !R.APOLOGIES_HEADING.test(line.text.trim())) continue;
    const body: ClassifiedLine[] = [];
    for (let k = i + 1; k < lines.length && k <= i + HEADING_REACH; k++) {
      const next = lines[k]!;
      // The next item's heading ends the list.
      if (!next.blank && body.some((b) => !b.blank) && (next.kinds.has('item-heading') || next.heading !== null)) break;
      if (!next.blank && PART_LABEL.test(next.text.trim())) continue;
      body.push(next);
    }
    const said = apologiesFromItemText(body).filter((a) => personShaped(a.name));
    if (said.length > 0) return said;
  }
  return [];
}

/** "Apologises were received from Dr Imogen Hart": a sentence that opens by giving apologies from people, anywhere. */
function apologiesInAnySentence(lines: readonly ClassifiedLine[]): Apology[] {
  const out: Apology[] = [];
  for (const line of lines) {
    if (line.blank || R.LATENESS.test(line.text)) continue;
    // ("To receive apologies for absence Apologies were received from ...": the sentence may open the minute run on after its heading.)
    const text = R.APOLOGIES_FROM_LOOSE.test(line.text) ? line.text : (line.heading?.rest ?? '');
    const from = R.APOLOGIES_FROM_LOOSE.exec(text);
    if (!from) continue;
    for (const p of readPeople(untilSentenceEnd(text.slice(from.index + from[0].length)))) if (personShaped(p.name)) out.push({ name: p.name, note: p.note });
  }
  return out;
}

/**
 * The apologies a document gives where the specific readers found none: the list under an apologies heading first
 * (the item the readers did not split off), then any sentence that gives apologies from people.
 */
export function apologiesFallback(meeting: ParsedMeeting, lines: readonly ClassifiedLine[]): Apology[] {
  const open = publicLines(meeting, lines);
  const listed = apologiesUnderHeading(open);
  return listed.length > 0 ? listed : [...apologiesInAnySentence(open), ...apologiesGivenBySubject(open)];
}

/** "Mrs X gave her apologies", "Councillor Y had tendered his apologies": a sentence whose people give them, anywhere. */
function apologiesGivenBySubject(lines: readonly ClassifiedLine[]): Apology[] {
  const out: Apology[] = [];
  for (const line of lines) {
    if (line.blank || R.LATENESS.test(line.text) || R.APOLOGIES_FROM_LOOSE.test(line.text)) continue;
    const given = R.APOLOGIES_SENTENCE.exec(line.text);
    if (given && R.SUBJECT_GIVES_APOLOGIES.test(given[0])) out.push(...apologiesFromSentence(line.text).filter((a) => personShaped(a.name)));
  }
  return out;
}

/** A members' label that says they came ("Present:", "Councillors present", "PRESENT", "Those attending"), not a membership's. */
const CAME_LABEL = /\b(?:present|p r e s e n t|sederunt|attend\w*)\b/i;

/** Lines after a present label read as its block, at most: a long council's list, wrapped, with its other groups. */
const BLOCK_REACH = 60;

/**
 * The block of those present under the first label that says they came, when it stands above the first item: what a
 * reader missed where it took the document for another layout (an agenda, a page whose header it did not find). Above
 * the first item only, so the minutes of an earlier meeting bound into an agenda pack are never read as this one's.
 */
function presentBlock(lines: readonly ClassifiedLine[]): AttendanceResult | null {
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    if (line.kinds.has('item-heading') || line.kinds.has('decision-label')) return null;
    if (groupLabel(line)?.group !== 'member' || !CAME_LABEL.test(line.text)) continue;
    let end = i + 1;
    while (end < lines.length && end <= i + BLOCK_REACH && !lines[end]!.kinds.has('item-heading') && !lines[end]!.kinds.has('decision-label')) end++;
    const read = readAttendance(lines.slice(i, end));
    return read.present.length > 0 ? read : null;
  }
  return null;
}

/** The last word of a group of people, never one person: "Honorary Aldermen", "Co-opted Members". */
const GROUP_WORD = /\b(?:aldermen|councillors|members|officers|representatives|governors)$/i;

/** Words of a post: untitled, an entry holding one names a post that no one is named to ("Interim Corporate Director Education"). */
const POST_WORD = /\b(?:director|officer|manager|head|executive|clerk|solicitor|co-?ordinator|administrator)\b/i;

/**
 * Whether an entry read as an apology can be one person's: not a body ("Environment Scrutiny Committee"), a group
 * ("Honorary Aldermen"), a post with no one named to it, or a table's head ("Item Number Item/Description"), which
 * a reader takes from the words around a list.
 */
function namesOnePerson(name: string): boolean {
  const words = name.split(' ');
  if (BODY_WORD.test(words[words.length - 1]!) || name.includes('/') || GROUP_WORD.test(name)) return false;
  return R.PERSON_TITLE.test(name) || !POST_WORD.test(name);
}

/**
 * Fill what the specific readers left empty in a document's one meeting of minutes; first, in every meeting, drop the
 * apologies no one person gave (a body, a group, an unnamed post, a table's head), whichever reader took them.
 */
export function withAttendanceFallbacks(meetings: ParsedMeeting[], lines: readonly ClassifiedLine[]): void {
  for (const m of meetings) m.apologies = m.apologies.filter((a) => namesOnePerson(a.name));
  const meeting = meetings.length === 1 ? meetings[0]! : null;
  if (!meeting) return;
  // A list of those present is printed in nearly every set of minutes, and only in minutes: where the readers found
  // none, the labelled block above the first item is the list, and shows the document to be minutes whatever its reading.
  const block = meeting.present.length === 0 ? presentBlock(publicLines(meeting, lines)) : null;
  if (block) {
    if (meeting.kind === 'agenda') meeting.kind = 'minutes';
    meeting.present = block.present;
    meeting.chair ??= block.chair;
    if (meeting.apologies.length === 0) meeting.apologies = block.apologies;
  }
  if (meeting.kind === 'agenda') return;
  // Minutes name who chaired nearly always: where no reader found the chair, a line near the top that says it ("Mrs A
  // Vane in the Chair", "The Chairman, Cllr B", "Chair: C Dunn; Proposed by ..."), read before the private part only.
  if (!meeting.chair) meeting.chair = chairNamedIn(publicLines(meeting, lines).slice(0, CHAIR_REACH));
  if (meeting.apologies.length === 0) {
    const present = new Set(meeting.present.map((p) => p.name.toLowerCase()));
    meeting.apologies = apologiesFallback(meeting, lines).filter((a) => !present.has(a.name.toLowerCase()));
  }
}
