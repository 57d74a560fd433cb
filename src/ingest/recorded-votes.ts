// Members named in a recorded vote were at the meeting: a tally lists who voted for, against or abstained, and only
// those there can vote. Councils print a tally in many words ("For Councillor X (24 votes)" over a line of names,
// "13 for (A, B and C). 7 against (D and E).", "Voted for Cllr X (27) – Cllrs A, B", "Abstained (5) – Cllrs C, D",
// a recorded-votes table's "For | A, B | 19" row); what they share is a vote word with a count beside it and a list
// of names, and that is what is read here, whatever the motion or candidate between them.
import type { ParsedMeeting } from '../model.ts';
import type { Attendee } from '../model.ts';
import { readPeople } from './attendance.ts';
import { publicLines } from './attendance-fallbacks.ts';
import type { ClassifiedLine } from './line-kinds.ts';
import * as R from './rules.ts';

/**
 * A count, then a vote word, then the names in brackets: "13 for (A, B and C)", "7 against (D and E)". The vote word
 * after the count is what marks the tally; the bracket holds the voters.
 */
const COUNT_THEN_VOTERS = /\b\d{1,3} (?:for|against|in favour|abstentions?|abstained|abstaining) ?\(([^()]{1,2000})\)/gi;

/**
 * A tally's head at a line's start: a vote word ("For", "Against", "Voted for", "Abstained", "In favour", "Abstentions"),
 * up to a few words naming the motion or candidate, a count in brackets ("(24 votes)", "(27)") or a colon or dash, and
 * the voters after it on the line (or on the next line where the head ends there).
 */
const VOTE_HEAD =
  /^(?:voted |votes )?(?:for|against|in favour(?: of)?|abstentions?|abstain|abstained|abstaining)\b(?: [^\s()|:–-]+){0,8}? ?(?:\((\d{1,3})(?: votes?)?\) ?)?(?:[-–:|]|$)/i;

/** A list of voters opens on a title ("Councillors", "Cllrs", "Mr") or a capitalised name, never a sentence. */
const VOTERS_OPEN = /^(?:(?:County )?Councill?ors?|Cllrs?\.?|Mr|Mrs|Ms|Miss|Dr|[A-Z][A-Za-z.'’-]*)(?: |,|$)/;

/** `text` without the bars and spaces that close a table row. */
function withoutRowEnd(text: string): string {
  let end = text.length;
  while (end > 0 && (text[end - 1] === ' ' || text[end - 1] === '|' || text[end - 1] === '\t')) end--;
  return text.slice(0, end);
}

/** The count closing a table row or a line ("A, B | 19 |", "... and P Whittaker 18"), or null. */
function trailingCount(text: string): { before: string } | null {
  const row = withoutRowEnd(text);
  const cut = Math.max(row.lastIndexOf(' '), row.lastIndexOf('|'));
  const last = row.slice(cut + 1);
  return /^\d{1,3}$/.test(last) ? { before: withoutRowEnd(row.slice(0, cut + 1)) } : null;
}

/** The names a list gives, when every entry reads as one person's name (a title, or one to five capitalised words). */
function votersIn(list: string): string[] {
  const text = (trailingCount(list)?.before ?? list).trim().replace(/[.;]$/, '');
  if (!VOTERS_OPEN.test(text) || /^none\b/i.test(text)) return [];
  // Only members vote: an untitled list ("Anderson, Barrett and Chapman") is a list of councillors by surname.
  const people = readPeople(R.PERSON_TITLE.test(text) ? text : `Councillors ${text}`);
  const named = people.filter((p) => R.PERSON_TITLE.test(p.name) || /^(?:[A-Z][A-Za-z'’.-]*|de|van|von|der|le|la|ap)(?: (?:[A-Z][A-Za-z'’.-]*|de|van|von|der|le|la|ap)){0,4}$/.test(p.name));
  // A sentence that happens to follow a vote word reads as a few long "names", not as a list: all or nothing.
  return people.length > 0 && named.length === people.length ? named.map((p) => p.name) : [];
}

/** Everyone a document's tallies name, in the order printed (repeats kept; the caller merges them). */
export function votersOfTallies(lines: readonly ClassifiedLine[]): string[] {
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.blank) continue;
    // A table row's cells come tab-separated ("For<tab>A, B<tab>19"); read them as the row's bars.
    const text = line.text.trim().replace(/^\|\s*/, '').replace(/\t+/g, ' | ');
    for (const m of text.matchAll(COUNT_THEN_VOTERS)) out.push(...votersIn(m[1]!));
    const head = VOTE_HEAD.exec(text);
    if (!head) continue;
    const rest = text.slice(head[0].length).trim();
    // The head must carry a count ("(24 votes)") or the row its total ("For | A, B | 19"): a line that only opens on
    // "For" ("For the Committee to consider ...") is no tally.
    const counted = head[1] !== undefined || trailingCount(rest) !== null;
    if (!counted) continue;
    if (rest) {
      out.push(...votersIn(rest));
      continue;
    }
    // "For Councillor Speca (24 votes)" over "Councillors A, B and C.": the next line with words holds the voters.
    let k = i + 1;
    while (k < lines.length && k <= i + 3 && lines[k]!.blank) k++;
    if (k < lines.length && !lines[k]!.blank && !VOTE_HEAD.test(lines[k]!.text.trim())) out.push(...votersIn(lines[k]!.text.trim()));
  }
  return out;
}

/** A name without its title, in lower case: "Councillor Kathy Williams" -> "kathy williams". */
function bare(name: string): string {
  return name.replace(R.PERSON_TITLE, '').trim().toLowerCase();
}

/**
 * Add to a document's one meeting everyone its recorded votes name, unless the list has them already: by the whole name,
 * or by surname where either gives only a surname ("Williams" is the listed Kathy Williams; "Susan Williams" is not).
 * Read before the meeting's private part only, like every reading of people.
 */
export function withRecordedVoters(meetings: ParsedMeeting[], lines: readonly ClassifiedLine[]): void {
  const meeting = meetings.length === 1 ? meetings[0]! : null;
  if (!meeting || meeting.kind === 'agenda') return;
  const names = new Set<string>();
  const surnames = new Set<string>();
  /** Surnames of people listed by surname alone: "Dilys Harwood" in a later tally is the "Harwood" of an earlier one. */
  const bySurnameOnly = new Set<string>();
  const note = (key: string): void => {
    names.add(key);
    surnames.add(key.split(' ').pop()!);
    if (!key.includes(' ')) bySurnameOnly.add(key);
  };
  for (const p of meeting.present) note(bare(p.name));
  for (const name of votersOfTallies(publicLines(meeting, lines))) {
    const key = bare(name);
    const surname = key.split(' ').pop()!;
    if (names.has(key) || (!key.includes(' ') && surnames.has(surname)) || bySurnameOnly.has(surname)) continue;
    note(key);
    const voter: Attendee = { name, role: 'member', chair: false, note: null };
    meeting.present.push(voter);
  }
}
