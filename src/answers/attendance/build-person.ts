// "Who is Mr Vohra?", "who's gennie holmes": who the person is first (co-opted member
// representing other faiths, Director of Children's Services, Cabinet Member), then
// their attendance. Roles come from three places, each cited: the resolution that
// co-opted or appointed them, the job title printed beside their name in a paper
// (a briefing note's author, a report's contact block), and the note the minutes
// print beside their name in the attendance. Only the few papers and resolutions the
// index finds for the name are read.
import type { AgendaItem, Meeting } from '../../model.ts';
import { formatDate } from '../../london.ts';
import { escapeRegExp } from '../../escape-regexp.ts';
import type { Answer, AnswerEntry } from '../answer.ts';
import { answerFor, cite, citeLabel, clip, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';
import type { Period } from '../question/question-periods.ts';
import { ofBoard } from '../meetings/meeting-queries.ts';
import { paperKnown } from '../passages/passages.ts';
import { firstAfter } from '../record-view.ts';
import { entryKnown } from '../work-programme/work-programme-queries.ts';
import { mentionsOf } from './attendance-queries.ts';
import { buildAttendance } from './build-attendance.ts';
import { latestContact } from './build-officer.ts';
import { APPOINTED, LEFT } from './appointments.ts';
import { displayName, personKey, samePerson, type PersonKey } from './people.ts';

/** Papers and resolutions read for one name: the index ranks them; a handful answer. */
const HITS_READ = 12;

interface Role {
  /** "co-opted member of the board, representing Other Faiths", "Director of Children's Services". */
  role: string;
  /** The name as the source prints it. */
  name: string;
  entry: AnswerEntry;
  /** When the source dates from (ms), for newest first. */
  at: number;
}

const ATTENDED_AS: Record<string, string> = {
  chair: 'Chair of the board',
  member: 'a member of the board',
  'co-opted': 'a co-opted member of the board',
  cabinet: 'a Cabinet Member',
  'other-member': 'a councillor attending (not a member of the board)',
  invited: 'attending by invitation',
  substitute: 'a substitute member',
  employee: 'an officer',
};

// Words a job title holds: "Director of Children's Services", "Scrutiny Co-ordinator", "Programme Manager".
const TITLE_WORD = /\b(?:Director|Head|Manager|Officer|Co-?ordinator|Adviser|Advisor|Lead|Chief|Executive|Principal|Consultant|Inspector|Commissioner|Governance|Chair|Member|Leader|Clerk|Analyst|Lawyer|Solicitor|Treasurer|Assistant|Deputy|Strategic|Senior|Service|Services|Representative|Observer|Headteacher|Governor)\b/;
// Beside the name in a signature or contact block: "John Gregg, Director of ...", "Gennie Holmes\nScrutiny Co-ordinator", "Report of: John Gregg\n\nJob Title: Director ...".
const TITLE_AFTER = new RegExp(String.raw`^(?:, ?| ?\n+ ?(?:(?:Job )?Title|Role|Position|Designation) ?: ?| ?\n ?| \(| - | – )([A-Z][^\n,;()]{3,80})`, 'u');
// Where the words of an appointment stop saying what the role is: "... co-optee to the Board under Part 2D".
const ROLE_ENDS = / (?:under|with effect|from|for a|for the period|in accordance)\b/i;

/** Who a co-optee represents, as a co-option item's title names it: "Co-option of Other Faiths Representatives" -> "Other Faiths". */
function representsInTitle(title: string): string | null {
  const lower = title.toLowerCase();
  const at = lower.indexOf(' representative');
  if (at < 0 || !/co-?opt|appoint/.test(lower)) return null;
  const before = title.slice(0, at);
  const of = before.toLowerCase().lastIndexOf(' of ');
  const named = (of < 0 ? before : before.slice(of + 4)).replace(/^(?:an?|the) /i, '').trim();
  return named.length >= 3 ? named : null;
}

/** Who an appointee represents, as a resolution says it: "representing the Church of England", "as the representative of ...". */
function representsInText(text: string): string | null {
  const lower = text.toLowerCase();
  for (const cue of ['representing ', 'representative of ', 'representative for ', 'representative from ']) {
    const at = lower.indexOf(cue);
    if (at < 0) continue;
    const rest = text.slice(at + cue.length).replace(/^the /i, '');
    const named = rest.split(/[,.;)]| to | on | under /)[0]!.trim();
    if (named.length >= 3 && named.length <= 60) return named;
  }
  return null;
}

/** The name's own words for the index: "Mr G Vohra" -> "vohra", "john gregg" -> "john gregg". */
function searchWords(name: string): string {
  return displayName(name)
    .split(/\s+/)
    .filter((w) => w.length > 1 && !/^(?:councillors?|cllrs?|mr|mrs|ms|miss|dr)\.?$/i.test(w))
    .join(' ');
}

/** Co-option and appointment resolutions that name the person. */
function appointments(ctx: AnswerContext, key: PersonKey, words: string): Role[] {
  const roles: Role[] = [];
  for (const hit of ctx.index.search(words, { kinds: ['resolution'], combineWith: 'AND', limit: HITS_READ })) {
    const resolution = ctx.view.store.resolution(hit.refId);
    const meeting = resolution ? ctx.view.meetings.get(resolution.meetingId) : undefined;
    const item = resolution ? ctx.view.store.item(resolution.itemId) ?? null : null;
    if (!resolution || !meeting || !paperKnown(ctx, meeting) || item?.private) continue;
    const text = resolution.text.replace(/\s+/g, ' ');
    const appointed = APPOINTED.exec(text);
    const left = appointed ? null : LEFT.exec(text);
    const name = appointed?.[1] ?? left?.[1] ?? left?.[2];
    if (!name || !samePerson(key, name)) continue;
    let role: string;
    if (appointed) {
      const as = appointed[2]?.split(ROLE_ENDS)[0]!.replace(/^(?:an?|the) /i, '').trim();
      const coopted = /co-?opt/i.test(appointed[0]) || /co-?opt/i.test(as ?? '');
      const represents = representsInText(text) ?? (item ? representsInTitle(item.title) : null);
      role = [
        coopted ? `co-opted member of the board${as && !/^co-?opted member/i.test(as) ? ` (${as})` : ''}` : `appointed ${as ?? ''}`.trim(),
        represents ? `representing ${represents.trim()}` : null,
        meeting.date ? `from ${formatDate(meeting.date)}` : null,
      ]
        .filter(Boolean)
        .join(', ');
    } else {
      role = `left${meeting.date ? ` (recorded ${formatDate(meeting.date)})` : ''}`;
    }
    roles.push({
      role,
      name,
      at: ctx.view.starts.get(meeting.id) ?? 0,
      entry: { text: clip(resolution.text, 300), quote: true, label: `Resolution · ${citeLabel(meeting, item)}`, cite: cite(ctx.view, meeting, item) },
    });
  }
  return roles;
}

/** Job titles printed beside the name in the papers known by now. */
function jobTitles(ctx: AnswerContext, key: PersonKey, words: string): Role[] {
  const roles: Role[] = [];
  const surname = new RegExp(String.raw`\b${escapeRegExp(key.surname)}\b`, 'gi');
  for (const hit of ctx.index.search(words, { kinds: ['item'], combineWith: 'AND', limit: HITS_READ })) {
    const item = ctx.view.store.item(hit.refId);
    const meeting = item ? ctx.view.meetings.get(item.meetingId) : undefined;
    if (!item || !meeting || item.private || !item.body || !paperKnown(ctx, meeting)) continue;
    const found = titleBeside(item, surname, key);
    if (found) {
      roles.push({
        role: found.title,
        name: found.name,
        at: ctx.view.starts.get(meeting.id) ?? 0,
        entry: { text: `${found.name}, ${found.title}`, label: citeLabel(meeting, item), cite: cite(ctx.view, meeting, item) },
      });
    }
  }
  return roles;
}

/** The words of a name before its surname, as printed: up to three capitalised words ("Ruth ", "Mr Ghulam "). */
function namedBefore(text: string): string {
  if (!text.endsWith(' ')) return '';
  const words = text.slice(0, -1).split(' ');
  const kept: string[] = [];
  while (kept.length < 3 && words.length > 1 && /^[A-Z][\p{L}'’.-]*$/u.test(words.at(-1)!)) kept.unshift(words.pop()!);
  // The word before a name at a line's start is the line before: "Authors:\n\nSonia".
  const first = words.at(-1)?.split('\n').at(-1);
  if (kept.length < 3 && first && /^[A-Z][\p{L}'’.-]*$/u.test(first)) kept.unshift(first);
  return kept.length ? `${kept.join(' ')} ` : '';
}

function titleBeside(item: AgendaItem, surname: RegExp, key: PersonKey): { name: string; title: string } | null {
  const body = item.body;
  surname.lastIndex = 0;
  for (let m = surname.exec(body); m; m = surname.exec(body)) {
    const end = m.index + m[0].length;
    const name = `${namedBefore(body.slice(Math.max(0, m.index - 60), m.index))}${body.slice(m.index, end)}`.trim();
    if (!/^[A-Z]/.test(name) || !samePerson(key, name)) continue;
    const after = TITLE_AFTER.exec(body.slice(end, end + 120));
    const title = after?.[1]?.trim().replace(/[.:]$/, '');
    if (title && TITLE_WORD.test(title) && !/@|\d{3}/.test(title)) return { name, title };
  }
  return null;
}

/** A part of a printed contact that is the council's name or address, not the officer's service. */
const ADDRESS_PART = /\d|\bcouncil\b|\b(?:town|county|city|shire|guild) ?hall\b|\bcivic (?:centre|center|offices)\b/i;

/** The contact officer the latest agenda out by now prints, when it is this person ("Michelle Rose, Governance Services"). */
function agendaContact(ctx: AnswerContext, key: PersonKey): Role[] {
  const agenda = latestContact(ctx, ctx.t);
  const printed = agenda?.contact?.split(',').map((part) => part.trim());
  if (!agenda || !printed?.[0] || !samePerson(key, printed[0])) return [];
  const where = printed.slice(1).filter((part) => !ADDRESS_PART.test(part))[0];
  return [
    {
      role: `contact officer for the board's agendas${where ? ` (${where})` : ''}`,
      name: printed[0],
      at: ctx.view.starts.get(agenda.id) ?? 0,
      entry: { text: agenda.contact!, label: `Agenda · ${citeLabel(agenda, null)}`, cite: cite(ctx.view, agenda, null) },
    },
  ];
}

/** Work-programme items that name the person as a lead ("Lead: David Peplow, Cllr Ruane"). */
function programmeLeads(ctx: AnswerContext, key: PersonKey, words: string): Role[] {
  const led: { title: string; year: string | null; name: string }[] = [];
  for (const hit of ctx.index.search(words, { kinds: ['work-programme'], combineWith: 'AND', limit: HITS_READ })) {
    const entry = ctx.view.workProgramme.get(hit.refId);
    if (!entry || !entryKnown(ctx, entry) || (ctx.committee && entry.committee && entry.committee !== ctx.committee)) continue;
    const name = entry.leads.find((lead) => samePerson(key, lead));
    if (name) led.push({ title: entry.title, year: entry.year ?? null, name });
  }
  if (led.length === 0) return [];
  const titles = [...new Set(led.map((l) => l.title))];
  const year = led[0]!.year;
  return [
    {
      role: `lead for ${titles.slice(0, 2).join('; ')}${titles.length > 2 ? ` and ${titles.length - 2} more` : ''} in the work programme${year ? ` ${year}` : ''}`,
      name: led[0]!.name,
      at: 0,
      entry: { text: `Lead for ${titles.join('; ')}`, label: `Work programme${year ? ` ${year}` : ''}` },
    },
  ];
}

/** The roles the minutes print in the attendance, newest first, each once. */
function attendanceRoles(ctx: AnswerContext, key: PersonKey): Role[] {
  const roles: Role[] = [];
  const seen = new Set<string>();
  for (const mention of mentionsOf(ctx, key)) {
    if (mention.as === 'apologies') {
      const note = mention.meeting.apologies.find((a) => a.name === mention.name)?.note;
      if (!note || seen.has(note)) continue;
      seen.add(note);
      roles.push({ role: note, name: mention.name, at: ctx.view.starts.get(mention.meeting.id) ?? 0, entry: attendanceEntry(ctx, mention.meeting, `${mention.name} (${note}), apologies`) });
      continue;
    }
    const note = mention.meeting.present.find((p) => p.name === mention.name)?.note ?? null;
    const as = ATTENDED_AS[mention.as];
    if (!as) continue;
    const role = mention.as === 'employee' ? `an officer${note ? ` (${note})` : ''}` : note ? `${note}; ${as}` : as;
    if (seen.has(role)) continue;
    seen.add(role);
    roles.push({ role, name: mention.name, at: ctx.view.starts.get(mention.meeting.id) ?? 0, entry: attendanceEntry(ctx, mention.meeting, `${mention.name}: ${role}`) });
  }
  return roles;
}

function attendanceEntry(ctx: AnswerContext, meeting: Meeting, text: string): AnswerEntry {
  return { text, label: `Attendance · ${citeLabel(meeting, null)}`, cite: cite(ctx.view, meeting, null) };
}

/** The name printed most fully: "John Gregg" over "J Gregg". */
function fullest(names: string[]): string {
  const firstWord = (name: string) => displayName(name).replace(/^(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\.? /, '').split(' ')[0]!.length;
  return names.reduce((best, name) => (firstWord(name) > firstWord(best) && firstWord(best) <= 2 ? name : best));
}

/** Who a person is, from the record as of now, then their attendance. */
export function buildPerson(ctx: AnswerContext, name: string, question: string, period: Period | null = null): Answer {
  const attendance = buildAttendance(ctx, name, question, period);
  const key = personKey(name);
  const words = searchWords(name);
  if (!key || !words) return attendance;
  const appointed = appointments(ctx, key, words);
  const titled = [...jobTitles(ctx, key, words), ...agendaContact(ctx, key)];
  // A lead named only in the work programme: what they lead says who they are when nothing else does.
  if (titled.length === 0 && appointed.length === 0) titled.push(...programmeLeads(ctx, key, words));
  const attended = attendanceRoles(ctx, key);
  // A resolution says what they were made; a paper's job title says what they do; the minutes' note comes after.
  const newest = (roles: Role[]) => [...roles].sort((a, b) => b.at - a.at);
  const roles = [...newest(appointed), ...newest(titled), ...attended];
  if (roles.length === 0) return attendance;
  const who = displayName(fullest(roles.map((r) => r.name)));
  const headline = [...new Set([...newest(appointed), ...newest(titled)].map((r) => r.role))].slice(0, 2);
  // The latest attendance role says what they are now ("a co-opted member"), unless a paper already said as much.
  const latest = attended[0]?.role;
  if (latest && !headline.some((r) => r.toLowerCase().includes(latest.replace(/^an? /, '').toLowerCase()))) headline.push(`${latest} (as the minutes of ${attended[0]!.entry.cite?.date ? formatDate(attended[0]!.entry.cite.date) : 'the latest meeting'} list them)`);
  const none = attendance.sections.length === 0;
  return {
    ...attendance,
    title: `${who}: ${headline.join('; ')}.`,
    summary: none ? 'The minutes record no attendance for them.' : [attendance.title, attendance.summary].filter(Boolean).join(' '),
    sections: [section('Who they are', roles.slice(0, 6).map((r) => r.entry)), ...attendance.sections],
  };
}

// -- "who is the cabinet member for children": the person who holds a role ---------

/** The words of a role as compared: lower case, apostrophes and "the"/"our" gone ("children's" as "children"). */
function roleWords(text: string): string[] {
  return text
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/['’]/g, '')
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 1 && !['the', 'our', 'of', 'for', 'and', 'a', 'an', 'to', 'at', 'in', 'on', 'is', 'who', 'was'].includes(w))
    .map((w) => (w.length > 4 ? w.replace(/s$/, '') : w));
}

/**
 * Whether a printed title holds the words of the role asked ("director of children's services" in
 * "Director of Children's Services"): every one, or all but `missing` of them.
 */
function holdsRole(title: string, asked: string[], missing = 0): boolean {
  const words = roleWords(title);
  const held = asked.filter((a) => words.some((w) => w === a || (a.length >= 5 && w.startsWith(a)) || (w.length >= 5 && a.startsWith(w)))).length;
  return held >= asked.length - missing;
}

/**
 * A long role asked with a word its holder's title lacks ("the lead cabinet member for children and
 * young people" for "Cabinet Member for Children and Young People") is that title when no title
 * holds every word: one word may be missing from four or more.
 */
const LONG_ROLE = 4;

/** Minuted meetings read back from now for a role printed beside a name. */
const MEETINGS_READ_FOR_ROLE = 12;
const MEETINGS_SCANNED_FOR_ROLE = 600;
// "John Gregg, Director of Children's Services", "Gennie Holmes\nScrutiny Co-ordinator", "Report of: John Gregg\n\nJob Title: Director ...".
const NAME_THEN_TITLE = /(?:^|\n|: ?)((?:Councillor |Cllr |Mr |Mrs |Ms |Dr )?[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+){1,2})(?:, ?|\n+(?:Job Title ?: ?)?)([A-Z][^\n,;()]{3,80})/g;

/** Who holds a role, as the latest minutes' attendance notes and the papers known by now print it; null when none names it. */
export function buildRoleHolder(ctx: AnswerContext, role: string, question: string): Answer | null {
  const asked = roleWords(role);
  let found = rolesNamed(ctx, role, asked, 0);
  if (found.length === 0 && asked.length >= LONG_ROLE) found = rolesNamed(ctx, role, asked, 1);
  if (found.length === 0) return null;
  // The title that says the role as asked, in its words' order ("Director of Children's Services" over "Children's Services; Director"), then the newest.
  const phrase = asked.join(' ');
  const says = (r: Role) => (roleWords(r.role).join(' ').includes(phrase) ? 1 : 0);
  const newest = [...found].sort((a, b) => says(b) - says(a) || b.at - a.at);
  const first = newest[0]!;
  const when = first.entry.cite?.date ? formatDate(first.entry.cite.date) : null;
  return answerFor(ctx, 'attendance', question, {
    title: `${displayName(first.name)} is the ${first.role}${when ? ` (as the record gives it on ${when})` : ''}.`,
    sections: [section('Named as', newest.slice(0, 4).map((r) => r.entry))],
  });
}

/** Who the latest minutes' attendance notes, or failing them the papers, print beside a title holding the role asked (all its words but `missing`). */
function rolesNamed(ctx: AnswerContext, role: string, asked: string[], missing: number): Role[] {
  const found: Role[] = [];
  // The attendance notes of the latest minutes: "Councillor P Seaman (Cabinet Member for Children and Young People)".
  const { calendar } = ctx.view;
  let read = 0;
  // Other committees' meetings are passed over, a bounded number of them: a council's calendar is long.
  const end = firstAfter(ctx.view, ctx.t);
  for (let i = end - 1; i >= Math.max(0, end - MEETINGS_SCANNED_FOR_ROLE) && read < MEETINGS_READ_FOR_ROLE && found.length === 0; i--) {
    const meeting = calendar[i]!;
    if (meeting.status !== 'minutes' || !ofBoard(ctx, meeting)) continue;
    read++;
    const noted = [...meeting.present.map((p) => ({ name: p.name, note: p.note })), ...meeting.apologies.map((a) => ({ name: a.name, note: a.note }))];
    for (const { name, note } of noted) {
      if (!note || !holdsRole(note, asked, missing)) continue;
      found.push({ role: note, name, at: ctx.view.starts.get(meeting.id) ?? 0, entry: attendanceEntry(ctx, meeting, `${name} (${note})`) });
    }
  }
  // The papers that print the role beside a name.
  for (const hit of ctx.index.search(role, { kinds: ['item'], combineWith: missing ? 'OR' : 'AND', limit: HITS_READ })) {
    const item = ctx.view.store.item(hit.refId);
    const meeting = item ? ctx.view.meetings.get(item.meetingId) : undefined;
    if (!item || !meeting || item.private || !item.body || !paperKnown(ctx, meeting)) continue;
    for (const m of item.body.matchAll(NAME_THEN_TITLE)) {
      const title = m[2]!.trim();
      if (!holdsRole(title, asked, missing) || !TITLE_WORD.test(title)) continue;
      found.push({ role: title, name: m[1]!, at: ctx.view.starts.get(meeting.id) ?? 0, entry: { text: `${m[1]}, ${title}`, label: citeLabel(meeting, item), cite: cite(ctx.view, meeting, item) } });
      break;
    }
  }
  return found;
}
