// Who attended, read from the attendance part of minutes, from an apologies
// item, and from an agenda's membership list.
//
// Groups are opened by labels (rules.ts ATTENDANCE_LABELS: "Present:",
// "P R E S E N T", "Committee Members:", "Co-opted Members:", "Also in
// attendance:", "Officers:", "Apologies:", "Absent:" ...); a group runs until
// the next label. Within a group, people are one per line or listed with
// commas and "and"; a plural title ("Councillors F Abbott, B Gittins and A
// Tucker") applies to each name. A bracket after a name is its note; "(Chair)",
// "- Chair" or "in the Chair" marks the chair. Employees come in two layouts:
// "J Gregg, People Directorate" (one per line) and "<Directorate> <names, ...>"
// (a two-column table flattened, whose cells may wrap onto the next line).
// Where a list marks who came ("* denotes attendance"), the unmarked are not present.
import type { Apology, Attendee, AttendeeRole } from '../model.ts';
import { escapeRegExp } from '../escape-regexp.ts';
import { type ClassifiedLine, classifyLine } from './line-kinds.ts';
import * as R from './rules.ts';
import { trimEnd } from './text-edges.ts';

type Group = R.AttendanceGroup;

/** A group label at the start of a line: its group and the rest of the line (kept for callers reading plain text). */
export function groupLabel(line: ClassifiedLine): { group: Group; rest: string } | null {
  if (line.label) return line.label;
  if (line.kinds.has('attendance-label') && R.BARE_LABEL.test(line.text)) {
    const t = line.text.toLowerCase();
    const group: Group = t.startsWith('apolog') || t.startsWith('ymddiheuriadau') ? 'apologies' : t.startsWith('absent') ? 'absent' : t.startsWith('officer') ? 'employee' : /^(?:members|councillors)\b/.test(t) ? 'member' : t.includes('attendance') || t.startsWith('also') ? 'invited' : 'member';
    return { group, rest: '' };
  }
  return null;
}

/**
 * An item headed by an attendance word alone ("2409.01 Present", "1 In Attendance", "Attendance"): its lines are the
 * attendance, opening with the members. An "Apologies" item is read as apologies elsewhere.
 */
export function isAttendanceItemTitle(title: string): boolean {
  // "PRESENT (ANNUAL AND GENERAL MEETINGS)": a note on which meetings the list is of.
  const t = title.trim().toLowerCase().replace(/ \([^()]{1,60}\)$/, '');
  return R.BARE_LABEL.test(t) && !t.startsWith('apolog') && !t.startsWith('ymddiheuriadau') && !t.startsWith('absent') && !t.startsWith('officer');
}

/** A chair's or vice-chair's role printed after a bracket that closes a name: " Chair", " Vice-Chair". */
const ROLE_AFTER_BRACKET = /^ (?:(?:vice|deputy)[- ]?)?chair(?:man|person|woman)?$/i;

/** Split a list of people on commas, semicolons and "and" ("together with", "as well as"), never inside brackets. */
export function splitPeople(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let current = '';
  // A full stop after a word ends one entry: "... and M Quist. Councillor S Oduya attended as a substitute ...".
  // "Parish Clerk and RFO S Pennington": one person's two posts.
  // "Cllr A Hale / Cllr B Ince / Cllr C Jory", "Clerk • Jane Doe, Parish Clerk": slashes between three people at least, or bullets, part entries as commas do.
  const parted = (text.match(/ \/ /g) ?? []).length >= 2 ? text.replace(/ \/ /g, ', ') : text;
  const tokens = parted.replace(/ [•·] /g, ', ').replace(/\b(Clerk) (?:and|&) (RFO)\b/g, '$1/$2').split(/(\(|\)|,|;| and | & | together with | as well as | along with |(?<=[a-z)][a-z)])(?<!\b(?:Mr|Mrs|Ms|Miss|Dr|Cllr|Cllrs|Rev|Revd|St|Prof|Sgt|Insp|Supt))\. (?=[A-Z]))/i);
  let closed = false;
  for (const token of tokens) {
    if (token === undefined) continue;
    // "Councillor Van Oss (Chair) Thirlby (Opposition Spokesperson) and Cadd": a bracket ends one name, a capital starts the next,
    // unless the words are the person's role: "G Pryce (GP) Chair", "H Morgan (HM) Vice-Chair".
    if (closed && depth === 0 && /^ [A-Z]/.test(token) && !ROLE_AFTER_BRACKET.test(token) && current.trim()) {
      parts.push(current);
      current = '';
    }
    closed = token === ')';
    if (token === '(') depth++;
    if (token === ')') depth = Math.max(0, depth - 1);
    const separator = token === ',' || token === ';' || token === '. ' || /^ (?:and|&|together with|as well as|along with) $/i.test(token);
    if (separator && depth === 0) {
      parts.push(current);
      current = '';
    } else current += token;
  }
  parts.push(current);
  return parts.map((p) => p.trim()).filter((p) => p.length > 0);
}

interface Person {
  name: string;
  note: string | null;
  chair: boolean;
  /** "Cllr X (Not Present)", "Cllr Y (Apologies)": a list of the members that marks who did not come. */
  away?: 'absent' | 'apologies';
}

/** A bracket after a name saying whether the person came: "(Present)", "(Not present)", "(Apologies)", "(Absent)". */
const ATTENDANCE_MARK = /^(?:(present|attended|in attendance)|(not present|absent|did not attend|non-attendance)|(apologies(?: received| sent| given)?|sent apologies|apology))$/i;

const ROLE =
  /^(?:the )?(?:acting |locum )?(?:[A-Z][a-z]+['’]s |chair(?:man|person|woman)? of (?!the (?:council|committee|board|panel|meeting)$)|executive|cabinet|deputy|assistant|director|head|chief|leader|lead|portfolio|strategic|interim|senior|principal|democratic|scrutiny|governance|service|policy|programme|projects?|corporate|monitoring|committee|parish|town|clerk|responsible|external|internal|finance|operations|assets?|estates?|facilities|events|communications|neighbourhood|office|admin(?:istration)?)\b/i;
const ROLE_WORD = /\b(?:member|director|officer|manager|leader|holder|head|adviser|advisor|lead|services?|support|clerk|co-?ordinator|executive|solicitor|planner|engineer|accountant|auditor|chair(?:man)?|administrator|secretary|treasurer|representative|analyst|lawyer|translator|interpreter|minute taker|scrutiny|governance|finance|education|learning|chaplain|mayor|provost|lieutenant|sheriff)\b/i;
/** The rest of a role naming a body ("Chairman of Corporate Services and ...") after its "and": a few capitalised words ending on the body ("Resources Select Committee"). */
const ROLE_BODY_END = /^[A-Z][a-z]+(?: (?:[A-Z][a-z]+|of|the|\d{4})){0,4} (?:Committee|Board|Panel|Group|Partnership|Forum|Authority|Commission|Trust)$/;
/** Words that never stand in a person's name (nor in a page's section or tab names: "Standard Items", "Visitors"). */
const NOT_IN_NAME =
  /\b(?:the|was|were|is|are|has|had|have|will|would|attended|arrived|joined|left|welcomed|substitute|substituted|present|meeting|received|members?|apologies|none|nil|from|for|items|business|agenda|minutes|documents|visitors|declarations?|interests|questions|petitions|motions|forum|elections?|appointments?)\b/i;
/**
 * "Cllr Kamal Hussain Cllr Rhona Tillett": two columns of a list read as one line; a title after a name starts the next
 * person, after a surname in capitals too ("Councillor Neil BENNY Councillor Alistair BERRILL").
 */
/**
 * "Mr Dominic Farrant - City Mayor Councillors Ann Bell, ...": a plural title after a name starts the list's next people, even after an office.
 * "The Mayor Councillor A Deputy Mayor Councillor B", "Chair - Councillor A Vice-Chair - Councillor B Mayor - C": an
 * office printed before its holder (by a title or a dash) after a name starts the next person, with its office.
 */
const SECOND_PERSON =
  /(?<=[a-z)]|[A-Z]{2})(?<!\b(?:County|Borough|District|Town|Parish|City|Community|Deputy|Lord|Lady|Mayor|Provost|by|for|from|of|with|to|and|Revd|Rev|Reverend|Canon|Prof|Councillor|Cllr)) (?=(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|Revd|Rev|Reverend|Fr|Prof|Canon|PCSO|Bailie|(?:Depute|Deputy|Vice) Conven[eo]r)\.? [A-Z])|(?<=[a-z)])(?<!\b(?:County|Borough|District|Town|Parish|City|Community|by|for|from|of|with|to|and|the)) (?=(?:Councillors|Cllrs)\.? [A-Z])|(?<=[a-z)]) (?=(?:(?:Deputy|Vice|Lord|Depute)[- ])(?:Mayor|Provost|Chair(?:man|person|woman)?) (?:Councillor|Cllr)\.? [A-Z])|(?<=[a-z)])(?<!\b(?:Deputy|Vice|Lord|Depute|Town|City|Borough)) (?=(?:(?:Deputy|Vice|Lord|Depute)[- ])?(?:Mayor|Provost|Chair(?:man|person|woman)?|Convener|Leader) [-–:] [A-Z])/g;
/** "Standing Invitee", "Independent Member", "Parent Governor Representative": a role printed before a titled name. */
const ROLE_BEFORE_TITLED = /^(?:[A-Z][a-z'’-]+ ){0,3}(?:Invitee|Member|Representative|Person|Governor|Observer|Adviser|Advisor|Co-optee)$/;

/** A list entry cut where a second titled name starts, never inside a bracket ("(substituting for Councillor X)"). */
/** "Cllrs. G. Hughes R. Lloyd T. Owens", "S. Mumford J. Pughe Roberts": people by initials and surname, no commas between. */
const INITIALLED_NAMES = /^(?:(?:Cllrs?|Councillors?|Cyng)\.? )?(?:(?:[A-Z]\. ?){1,3}[A-Z][a-z'’-]+(?: [A-Z][a-z'’-]+)?(?: |$)){2,}$/;
/**
 * "N E Agar M Downing A Lee S L Rackett", "D A D Brett P A Hacking (Chair) M Lewis": a grid of names in columns read as
 * one run, each person's initials without stops before the surname, a bracketed note after it perhaps; four people at
 * least, so that a surname of two words ("J Pughe Roberts") is never read as two people.
 */
const INITIALS_RUN = /^(?:(?:[A-Z] ){1,3}[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?(?: \([^()]{1,40}\))?(?: |$)){2,}$/;

function splitInitialledNames(piece: string): string[] {
  const trimmed = piece.trim();
  if (INITIALS_RUN.test(trimmed)) return trimmed.split(/(?<=[a-z'’)] )(?=(?:[A-Z] ){1,3}[A-Z][a-z])/).map((p) => p.trim());
  return INITIALLED_NAMES.test(trimmed) ? trimmed.split(/(?<=[a-z'’] )(?=(?:[A-Z]\. ?){1,3}[A-Z][a-z])/).map((p) => p.trim()) : [piece];
}

/** A title word inside a run of names glued together: it belongs to the name after it. */
const GLUED_TITLE = /^(?:County|Town|District|Borough|Community|Cllrs?\.?|Councillors?|Mr|Mrs|Ms|Miss|Dr)$/;
const GLUED_NAME_WORD = /^\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?$/u;
/** A bracketed note closing a word of a glued run: " (Chairman)". */
const GLUED_NOTE = / \([^()]{1,40}\)$/;
const GLUED_HONOUR = /^(?:Sir|Dame|Lord|Lady|Alderman|Alderwoman|Ald|Deputy|Rev|Revd|Reverend|Canon|Prof|Professor|Father|Baroness|Baron|Mx|Bailie|Provost)$/;

/**
 * "Nia Howells Edna Marsh Dylan Price County Cllr Gethin Rowlands": a table's column of full names read as one run with no
 * commas. When every word is a name's or a title's and the names' words pair up (four at least), each pair is a person
 * with the titles before it; an odd count ("Mary Ann Smith Bob Jones") or a post's word ("Ann Jones Town Clerk") is left whole.
 */
function splitGluedFullNames(piece: string): string[] {
  // "Owen Tillett (Chairman) Rufus Adeyemi": a bracketed note stays with the surname before it.
  const words = piece.trim().split(/ (?!\()/);
  const plural = words[0] && R.PLURAL_TITLE.test(words[0]) ? words.shift()! : null;
  const bare = (w: string) => w.replace(GLUED_NOTE, '');
  const names = words.filter((w) => !GLUED_TITLE.test(w));
  // ("Alderman Sir Rupert Vane": honours and ranks make the pairs uncertain.)
  if (names.length < 4 || names.length % 2 !== 0 || ROLE_WORD.test(words.map(bare).join(' ')) || words.some((w) => GLUED_HONOUR.test(w)) || !words.every((w) => GLUED_TITLE.test(w) || GLUED_NAME_WORD.test(bare(w)))) return [piece];
  const out: string[] = [];
  let current: string[] = plural ? [plural] : [];
  let named = 0;
  for (const w of words) {
    current.push(w);
    if (GLUED_TITLE.test(w)) continue;
    // A note after a forename would leave the pairs uncertain.
    if (++named % 2 === 1 && bare(w) !== w) return [piece];
    if (named % 2 === 0) {
      out.push(current.join(' '));
      current = [];
    }
  }
  return out;
}

/**
 * "Mared Lloyd – Town Clerk Tessa Pring – Deputy Town Clerk Amira Hale – Administrative Support Officer": people
 * each with a post after a spaced dash, run together with no commas; between two dashes, the post is followed by the
 * next person's first name and surname.
 */
function splitDashedPosts(piece: string): string[] {
  const segments = piece.trim().split(/ [-–] /);
  if (segments.length < 3) return [piece];
  const out: string[] = [];
  let name = segments[0]!;
  for (const segment of segments.slice(1, -1)) {
    const words = segment.split(' ');
    const post = words.slice(0, -2).join(' ');
    const next = words.slice(-2);
    if (!ROLE_WORD.test(post) || !next.every((w) => GLUED_NAME_WORD.test(w))) return [piece];
    out.push(`${name} - ${post}`);
    name = next.join(' ');
  }
  if (!ROLE_WORD.test(segments[segments.length - 1]!)) return [piece];
  out.push(`${name} - ${segments[segments.length - 1]}`);
  return out;
}

function splitSecondPerson(part: string): string[] {
  const pieces = titledPieces(part).flatMap(splitInitialledNames).flatMap(splitGluedFullNames).flatMap(splitDashedPosts);
  // "Standing Invitee Dr Jo Baines": the words before the name are the person's role, not a person.
  const role = pieces.length >= 2 ? pieces[0]!.trim() : '';
  // "Vice Chair Cllr M Lees": the vice-chair's role, printed before the titled name, is that person's note.
  if (role && ((!R.PERSON_TITLE.test(role) && ROLE_BEFORE_TITLED.test(role)) || R.VICE_CHAIR_NOTE.test(role))) return [`${pieces[1]!.trim()} (${role})`, ...pieces.slice(2)];
  return pieces;
}

function titledPieces(part: string): string[] {
  return partedAt(part, SECOND_PERSON);
}

/** The text parted where a separator matches, never inside a bracket; the separators are dropped. */
function partedAt(text: string, separator: RegExp): string[] {
  const out: string[] = [];
  let from = 0;
  for (const m of text.matchAll(separator)) {
    const before = text.slice(0, m.index);
    if ((before.match(/\(/g) ?? []).length !== (before.match(/\)/g) ?? []).length) continue;
    out.push(text.slice(from, m.index));
    from = m.index + m[0].length;
  }
  out.push(text.slice(from));
  return out;
}

/** "(Forum Chair)", "(Committee Chairman)", "(Chairman for the meeting)": the chair of the meeting, named with its body or its occasion. */
const BODY_CHAIR_NOTE = /^(?:(?:forum|committee|board|panel|group|council|commission|partnership) (?:chair(?:man|person|woman)?|convener|convenor)|chair(?:man|person|woman)? for the meeting)$/i;

/** An office a person holds, printed before the holder's name in brackets: "The Mayor", "The Deputy Lord Mayor", "Her Worship the Mayor". */
const OFFICE_HELD = /^(?:the |(?:her|his) worship the |the (?:right )?worshipful the )?(?:(?:deputy|vice|civic|ceremonial)[- ])?(?:lord )?(?:mayor|provost|chair(?:man|person|woman)?|convener|convenor|leader(?: of the council)?)$/i;

/** A forename and a surname (a middle name or initial perhaps), no title and no post's word: "Olivia Brand", "Ros E Hale". */
const FULL_NAME = /^[A-Z][a-z'’]+(?: [A-Z]\.?| [A-Z][a-z'’]+)? [A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?$/;

/** A person named without a title: a name's shape, and no post's word ("Chief Executive" is no one). */
function untitledName(text: string): boolean {
  return FULL_NAME.test(text) && !ROLE_WORD.test(text) && looksLikeName(text);
}

/** An office, a dash or colon, then its holder: "Deputy Mayor - Councillor X", "Chair: Jane Roe". */
const OFFICE_THEN_HOLDER = /^(?:the )?(?:(?:deputy|vice|lord|depute)[- ])?(?:mayor|provost|chair(?:man|person|woman)?|convener|leader) [-–:] [A-Z]/i;

/**
 * "The Mayor (Councillor Thay Rowe)", "The Deputy Mayor (Olivia Brand)", "THE MAYOR – Councillor R Tolland": a line that
 * opens an attendance list with an office and the person who holds it.
 */
export function namesOfficeHolder(text: string): boolean {
  const m = /^([^()–-]{3,40}?) ?(?:\((.{3,60})\)|[–-] (.{3,60}))$/.exec(text.trim());
  if (!m || !OFFICE_HELD.test(m[1]!.trim())) return false;
  const holder = (m[2] ?? m[3]!).trim();
  return (R.PERSON_TITLE.test(holder) || untitledName(holder)) && looksLikeName(holder);
}

/** "The Chairman" alone in a list: the next name is the chair's. */
/**
 * The chair's role alone as a list entry: after a name it is that person's ("Jo Hale, Chair (JH)": the initials the minutes
 * go on to use; "Councillor Jo Hale, MBE in the Chair": an honour's letters before it).
 */
const BARE_CHAIR = /^(?:(?:MBE|OBE|CBE|BEM|JP|DL)\.? )?(?:(?:the )?(?:chair|chairman|chairperson|chairwoman)(?: of the (?:council|committee|board|panel|meeting))?|in the chair)(?: \([A-Z]{1,4}\))?$/i;
/** "The Provost", "The Lord Mayor" alone in a list: the office of the person named next. */
const BARE_CIVIC_HEAD = /^(?:the )?(?:(?:lord|depute|deputy) )?(?:provost|mayor)$/i;
/** A chair's role printed before the name, then the name in capitals ("Chair Councillor X", "Vice-chair: Jane Lane"); never "Chair of ...". */
const ROLE_BEFORE_NAME = /^(?:[Tt]he )?((?:(?:[Vv]ice|[Dd]eputy|VICE|DEPUTY)[- ]?)?(?:[Cc]hair(?:man|person|woman)?|CHAIR(?:MAN|PERSON)?|[Cc]adeirydd))(?: ?[:\-–] ?| )(?=(?:Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr|County Councillor)\b|[A-Z][a-z'’]*(?: |$))/;
/** An officer's post before the name: "Parish Clerk/RFO S Pennington", "Clerk - Mrs J Hale". */
const POST_BEFORE_NAME = /^((?:the )?(?:(?:Town|Parish|Deputy|Assistant|Locum) )?(?:Clerk|RFO)(?:\/(?:RFO|Responsible Financial Officer))?)(?: ?[:\-–] ?| )(?=(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z]|[A-Z]\.? [A-Z][a-z]|[A-Z][a-z'’-]+ [A-Z][a-z])/;
/**
 * A civic office printed before its holder's name as a title is: "Provost Elspeth Garvie", "Depute Provost Lennie",
 * "Lord Mayor Ann Tullis", "Mayor Sir Peter Hallam", "Town Mayor Cllr Ann Benton", "Bailie Ian Strachan", "Depute
 * Convener Callum Reid". The office is the person's note, not a name.
 */
const OFFICE_BEFORE_NAME =
  /^((?:[Tt]he )?(?:(?:Lord|Depute|Deputy|Vice|LORD|DEPUTE|DEPUTY) )?(?:(?:Town|City|Borough|TOWN|CITY|BOROUGH) )?(?:Provost|Mayor|PROVOST|MAYOR)|(?:Depute|Deputy|Vice|DEPUTE|DEPUTY|VICE) (?:Convener|Convenor|CONVENER|CONVENOR)|Bailie|BAILIE|(?:[Tt]he )?(?:(?:Depute|Deputy) )?Leader of the (?:Council|Opposition|Administration)) (?=[A-Z])/;
/**
 * A police officer's rank printed before the name as a title is: "PCSO", "P.C.S.O.", "PC", "Sergeant", "Sgt", "Inspector",
 * "Chief Inspector". Like "Councillor", the rank is no part of the name; it is kept as the person's note.
 */
const POLICE_RANK =
  /^(P\.C\.S\.O\.|PCSO|PSCO|P\.C\.|PC|W?DC|DS|Sgt\.?|Sergeant|Insp\.|(?:Chief |Detective )?Inspector|(?:Chief |Detective )?Superintendent|(?:Chief )?Constable) (?=[A-Z])/;
/**
 * A rank or standing printed before the name as a title is, and like one no part of the name: a service rank ("Major",
 * "Lt Col", "Wing Commander"), a priest's ("Fr", "Rev Fr", "Father"), a youth office ("Youth MP", "Young Mayor").
 */
const RANK_BEFORE_NAME =
  /^((?:Rev(?:d|erend)?\.? )?(?:Fr|Father)\.?|Pastor|(?:Major|Maj|Captain|Capt|Colonel|Col|Lt\.? Col|Lieutenant Colonel|Lieutenant|Lt|Brigadier|Brig|Commander|Cdr|Wing Commander|Squadron Leader|Flight Lieutenant|Group Captain|Air Commodore|Rear Admiral|Vice Admiral|Admiral)\.?|(?:Youth|Young|Junior|Deputy Youth) (?:MP|Mayor|Councillor))(?= [A-Z])/;
/** A job title after a name: "Town Clerk", "Deputy Clerk / RFO", "Democratic Services Officer". */
const ROLE_AFTER_NAME =
  / (?:(?:Town|Parish|Deputy|Assistant|Locum|Chief|Senior|Principal|Democratic|Committee|Governance|Services|Finance|Operations|Executive|Project|Scrutiny|Interim) ){0,3}(?:Clerk|Officer|Manager|Director|Secretary|Treasurer|RFO|Solicitor|Co-?ordinator|Administrator)(?: ?\/ ?[A-Z][\w]{1,20})?$/;
/** "Also in attendance for part of the meeting was Mrs X": the people after the verb. */
function afterAttendingVerb(part: string): string {
  if (!/^also (?:in attendance|present|attending)\b/i.test(part)) return part;
  const verb = / (?:was|were)(?: |$)/.exec(part.slice(0, 90));
  return verb ? part.slice(verb.index + verb[0].length) : part;
}

/** Honours and offices printed after a name: "MBE", "OBE JP", "DL", a member of a parliament's "MP", "MSP", "MS". */
const HONOURS = new Set(['MBE', 'OBE', 'CBE', 'KBE', 'DBE', 'BEM', 'JP', 'DL', 'QC', 'KC', 'MP', 'MSP', 'MS', 'AM', 'MEP', 'MLA']);
/** Small words a surname may carry: "de Lacey", "van der Berg", "ap Gwyn". */
const NAME_PARTICLE = /^(?:de|da|di|du|del|della|van|von|der|den|le|la|ap|al|bin|ul|el|of)$/;

/** A piece of a list that reads as a person: a few capitalised words, perhaps a title and initials. */
function looksLikeName(text: string): boolean {
  const bare = text.replace(R.PERSON_TITLE, '').trim();
  if (!bare || bare.length > 60) return false;
  const words = bare.split(' ');
  if (words.length > 6) return false;
  if (NOT_IN_NAME.test(bare.replace(/\b(?:de|la|le)\b/gi, ''))) return false;
  return words.every((w) => /^["'(]?[A-Z\u00c0-\u00de]/.test(w) || /^[a-z]{1,2}['’][A-Z]/.test(w) || NAME_PARTICLE.test(w) || /^[–-]$/.test(w) || /^\(?[A-Z]{1,4}\)?$/.test(w));
}

/**
 * "Clackmannanshire Council", "Monitoring Officer", "Head of Finance", "Eastgate Ward": an entry of a list that names a body,
 * a post or a place and no one (after a name it is that person's note).
 */
function namesAPostOnly(part: string): boolean {
  const text = part.trim();
  return !R.PERSON_TITLE.test(text) && !OFFICE_BEFORE_NAME.test(text) && (R.BODY_OR_POST.test(text) || R.POST_OPENING.test(text)) && !/[:(]| [-–] /.test(text);
}

/** Whether the words before `at` are a whole name, its title aside: two words at least, each a name's. */
function wholeNameBefore(text: string, at: number): boolean {
  const name = text.slice(0, at).trim();
  return name.replace(R.PERSON_TITLE, '').trim().split(' ').length >= 2 && looksLikeName(name);
}

/** `text` without its bracketed notes, each handed to `take`; one pass. */
function withoutBrackets(text: string, take: (inner: string) => void): string {
  let out = '';
  let from = 0;
  for (let open = text.indexOf('('); open >= 0; open = text.indexOf('(', from)) {
    const close = text.indexOf(')', open);
    if (close < 0) break;
    take(text.slice(open + 1, close));
    out += text.slice(from, open).trimEnd();
    from = close + 1;
  }
  return out + text.slice(from);
}

/** "Councillor Gittins (Deputy Cabinet Member ...)" -> name, note; "(Chair)" or "- Chair" sets chair. */
function readPerson(raw: string, inheritedTitle: string | null): Person | null {
  // "..., also Mr Jones": a word that joins one more person to a list is no part of the name.
  let text = trimEnd(raw.trim(), '.;:').replace(/^(?:and|from|also|plus) /i, '');
  const notes: string[] = [];
  let chair = false;
  let away: Person['away'];
  const closing = text.lastIndexOf(')');
  const tail = closing >= 0 ? text.slice(closing + 1) : '';
  text = withoutBrackets(text, (inner) => {
    let note = inner.trim().replace(/^the /i, '');
    const mark = ATTENDANCE_MARK.exec(note);
    if (mark) {
      if (mark[2]) away = 'absent';
      else if (mark[3]) away = 'apologies';
      return;
    }
    // "(Mayor, in the Chair)": the chair, with the rest kept as the note.
    const inChair = /,? ?in the chair$/i.exec(note);
    if (inChair && inChair.index > 0) {
      chair = true;
      note = note.slice(0, inChair.index).trim();
    }
    if (R.CHAIR_NOTE.test(note) || BODY_CHAIR_NOTE.test(note)) chair = true;
    else if (R.VICE_CHAIR_NOTE.test(note)) notes.push('Vice-Chair');
    // "(JD)": the initials minutes use for a person afterwards.
    else if (note && !/^[A-Z]{1,4}$/.test(note)) notes.push(note);
  });
  // "G Pryce (GP) Chair": the role after the initials' bracket, which is gone now.
  if (tail && ROLE_AFTER_BRACKET.test(tail) && text.endsWith(tail)) text = `${text.slice(0, -tail.length)} -${tail}`;
  text = text.trim();
  // "Chair Councillor Eleri Prydderch", "Chairman: Cllr Peart", "Vice-chair Barbara Lane": the role printed before the name.
  const before = ROLE_BEFORE_NAME.exec(text);
  if (before) {
    if (/^(?:vice|deputy)/i.test(before[1]!)) notes.push('Vice-Chair');
    else chair = true;
    text = text.slice(before[0].length).trim();
  }
  // "Parish Clerk/RFO S Pennington", "Clerk - Mrs J Hale": an officer's post printed before the name.
  const post = POST_BEFORE_NAME.exec(text);
  if (post) {
    notes.push(post[1]!);
    text = text.slice(post[0].length).trim();
  }
  // "Democratic Services Officer: Mary Jones", "Head of Finance: J Rowe": a post, its colon, then its holder.
  const postColon = /^([^:()]{3,60}): (?=[A-Z])/.exec(text);
  if (postColon && ROLE_WORD.test(postColon[1]!) && !R.PERSON_TITLE.test(postColon[1]!) && postColon[1]!.split(' ').length <= 6 && looksLikeName(text.slice(postColon[0].length))) {
    notes.push(postColon[1]!);
    text = text.slice(postColon[0].length).trim();
  }
  // "PCSO Wendy Lane", "P.C.S.O. Emily Vane", "Inspector G Rowe": a police officer's rank before the name is a note.
  const rank = POLICE_RANK.exec(text);
  if (rank && looksLikeName(text.slice(rank[0].length))) {
    notes.push(rank[1]!.replace(/\.$|(?<=[A-Z])\./g, ''));
    text = text.slice(rank[0].length).trim();
  }
  // "Major A Ross", "Rev Fr N Hale", "Youth MP Ada Vane": a rank or standing before the name is a note.
  const standing = RANK_BEFORE_NAME.exec(text);
  if (standing && looksLikeName(text.slice(standing[0].length).trim()) && /[a-z]/.test(text.slice(standing[0].length))) {
    notes.push(standing[1]!);
    text = text.slice(standing[0].length).trim();
  }
  // "Provost Alasdair Quennell in the Chair": the chair's phrase goes before the office is read, so the office stays a note.
  const chairTrailer = /(?<!\b(?:vice|deputy)) (?:in the chair|presiding)$/i.exec(text);
  if (chairTrailer && OFFICE_BEFORE_NAME.test(text)) {
    chair = true;
    text = text.slice(0, chairTrailer.index).trim();
  }
  // "Provost Elspeth Garvie", "Mayor Sir Peter Hallam": the office is a note; the holder's name follows.
  const office = OFFICE_BEFORE_NAME.exec(text);
  const byOffice = office !== null && looksLikeName(text.slice(office[0].length));
  if (byOffice) {
    notes.push(office[1]!.replace(/^[Tt]he /, ''));
    text = text.slice(office[0].length).trim();
  }
  // "Councillor Patel – in the Chair", "Jane Doe - Chair", "Cllr Venning, Chairman".
  // "Joan Ashby Chairman": a role column's office after a whole name, no mark between them (a name of two words at least,
  // so a title alone before the office, "Councillor Chairman", names no one).
  const trailer = /(?<!\b(?:vice|deputy))(?: ?[-–,] ?| )\(?(?:in the chair|chair(?:man|person|woman)?|presiding)\)?$/i.exec(text);
  if (trailer && (/^ ?[-–,(]/.test(trailer[0]) || /in the chair|presiding/i.test(trailer[0]) || wholeNameBefore(text, trailer.index))) {
    chair = true;
    text = text.slice(0, trailer.index).trim();
  }
  // "The Mayor (Councillor I. Kay)", "Lord Mayor (Cllr Y Moss)": an office, then the person who holds it in brackets.
  // "The Deputy Mayor (Olivia Brand)": the holder named without a title.
  const holder = OFFICE_HELD.test(text) ? notes.findIndex((n) => (R.PERSON_TITLE.test(n) || untitledName(n)) && !OFFICE_HELD.test(n)) : -1;
  if (holder >= 0) {
    const office = text.replace(/^(?:the |(?:her|his) worship the |the (?:right )?worshipful the )/i, '');
    if (R.CHAIR_NOTE.test(office)) chair = true;
    text = notes[holder]!;
    notes.splice(holder, 1, office);
  }
  const vice = /(?: ?[-–,] ?| )(?:vice|deputy)[- ]?chair(?:man|person)?$/i.exec(text);
  if (vice && (/^ ?[-–,]/.test(vice[0]) || wholeNameBefore(text, vice.index))) {
    notes.push('Vice-Chair');
    text = text.slice(0, vice.index).trim();
  }
  // "Mr Dominic Lyle – Applicant", "Gareth Pryce - Senior Licensing Officer": a role after a spaced dash.
  const dash = text.search(/ [-–] (?=[A-Z])/);
  if (dash > 0) {
    const name = text.slice(0, dash);
    const role = text.slice(dash + 3).trim();
    // A name in capitals needs its title: "PART ONE – Items open to the public" names no one.
    // "Public Participation – None": a heading answered, not a person.
    if (/^(?:none|nil|n\/a)\.?$/i.test(role)) return null;
    const office = name.trim().replace(/^(?:the |(?:her|his) worship the )/i, '');
    // "THE MAYOR – Councillor R Tolland", "The Chairman - Cllr Rudd": the office before the dash, its holder after it.
    if (OFFICE_HELD.test(name.trim()) && (R.PERSON_TITLE.test(role) || untitledName(role)) && looksLikeName(role)) {
      if (R.CHAIR_NOTE.test(office)) chair = true;
      else notes.push(office);
      text = role;
    } else if ((R.PERSON_TITLE.test(name) || (name.split(' ').length >= 2 && /[a-z]/.test(name))) && looksLikeName(name) && role.split(' ').length <= 6) {
      notes.push(role);
      text = name;
    }
  }
  // "Kaitlin Sutton Co-opted Member": a role after the name.
  const role = / (?:co-?opted members?|independent (?:co-?optee|member|person)|substitute(?: member)?)$/i.exec(text);
  if (role) {
    notes.push(role[0].trim());
    text = text.slice(0, role.index).trim();
  }
  // "Helen Strickland Town Clerk", "Dean Maddox Deputy Clerk / RFO": a role in the next column, its gap lost.
  const job = ROLE_AFTER_NAME.exec(text);
  if (job && text.slice(0, job.index).replace(R.PERSON_TITLE, '').trim().split(' ').length >= 2) {
    notes.push(job[0].trim());
    text = text.slice(0, job.index).trim();
  }
  // "Cllr R Opie who was on holiday": the name ends where the sentence's own words begin.
  const words = text.split(' ');
  const cut = words.findIndex((w, i) => i > 0 && /^[a-z]/.test(w) && !NAME_PARTICLE.test(w) && !/^[a-z]{1,2}['’][A-Z]/.test(w));
  if (cut > 0 && (R.PERSON_TITLE.test(text) || inheritedTitle)) {
    // "Mr Ivo Penrose of the Allotment Society": a particle before the cut belongs to the words after it.
    let end = cut;
    while (end > 1 && NAME_PARTICLE.test(words[end - 1]!)) end--;
    text = trimEnd(words.slice(0, end).join(' '), ' –-');
  }
  // "Mr Aldo Fenchurch MBE": an honour after the name is a note.
  const nameWords = text.split(' ');
  let kept = nameWords.length;
  while (kept > 1 && HONOURS.has(nameWords[kept - 1]!)) kept--;
  if (kept < nameWords.length) {
    notes.push(nameWords.slice(kept).join(' '));
    text = nameWords.slice(0, kept).join(' ');
  }
  if (!text) return null;
  // "County Borough Councillor H Pryce": the kind of council a Welsh county borough's members name is no part of the title kept.
  text = text.replace(/^County Borough (?=Councill?ors?\b|Cllrs?\b)/i, '').replace(/^(County )?(?:Cllrs?\.? ?|Cll\.? (?=[A-Z]))/i, '$1Councillor ').replace(/^(County )?Councilor\b/, '$1Councillor').replace(/^(County )?Councillors /, '$1Councillor ').replace(/^Councillor(?=[A-Z])/, 'Councillor ');
  const titled = R.PERSON_TITLE.test(text);
  if (!titled && inheritedTitle) text = `${inheritedTitle} ${text}`;
  if (!/[A-Za-z]/.test(text) || !looksLikeName(text)) return null;
  // A single word with no title ("Business", "Resources") is a heading or a role, not a person; initials run into the
  // surname ("S.Dale", "A.M.Cain") are a name.
  if (!titled && !inheritedTitle && !byOffice && !standing && !text.includes(' ') && !/^(?:[A-Z]\.){1,3}[A-Z][A-Za-z'’-]*[a-z]$/.test(text)) return null;
  return { name: text, note: notes.length ? notes.join('; ') : null, chair, ...(away ? { away } : {}) };
}

/**
 * A Welsh council's bilingual list read in English: "Cyng/Cllrs.: G. Pritchard (cadeirydd / chair) ... a/and T. Rees",
 * "Cynghorydd Sir / County Councillor R. Vaughan"; the Welsh word before a slash is dropped, and a Welsh title or
 * note printed alone ("Cyng. Endaf Edwards (Cadeirydd)") is given in English.
 */
export function englishOfBilingual(text: string): string {
  if (!R.WELSH_IN_LIST.test(text)) return text;
  return text
    .replace(R.WELSH_BEFORE_SLASH, '')
    .replace(/\bCyng(?:horydd)?\b\.?(?! ?\/)/g, 'Cllr')
    .replace(/\bCynghorwyr\b/g, 'Cllrs')
    .replace(/\((?:y )?[Cc]adeirydd\)/g, '(Chair)')
    .replace(/\((?:yr )?[Ii]s-[Gg]adeirydd\)/g, '(Vice-Chair)')
    .replace(/\([Cc]lerc\)/g, '(Clerk)');
}

/**
 * "Gordon Lyall, Head of Roads and Transportation; Aileen Paterson, Service Manager, Finance; and ...": people kept
 * apart by semicolons, each with a post after a comma (whose own "and" and commas are the post's). Null when the
 * list is not of that shape.
 */
/**
 * "B Lambert, Category Manager and L McIntyre, Policy Officer (both ...)", "K Graham, Head of Governance, J Lynch, Head of
 * Property": within one semicolon's part, initials and a surname followed by a comma and a capital start the next
 * person with a post.
 */
const NEXT_POSTED_PERSON = /(?:,| and) (?=(?:(?:Mr|Mrs|Ms|Miss|Dr) )?[A-Z]\.? (?:[A-Z]\.? )?(?:Ma?c|O['’])?[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?, [A-Z])/g;

function postedPeopleApart(part: string): string[] {
  return partedAt(part, NEXT_POSTED_PERSON)
    .map((p) => p.trim())
    .filter(Boolean);
}

function peopleWithPosts(text: string): Person[] | null {
  if (!text.includes(';')) return null;
  const parts = text
    .split(';')
    .map((p) => p.trim().replace(/^and /i, ''))
    .filter(Boolean)
    .flatMap(postedPeopleApart);
  // A post is never more people: "Vice-chair Barbara Kell, Cllrs A Moss, B Nunn and C Orme" is a list.
  // "T. Norrell, S. Oyelaran (Resources)": initials and a surname after the comma are the next person, not a post.
  const posted = (p: string) =>
    !R.PLURAL_TITLE.test(p) &&
    /^[^,(]{3,60}, [A-Z]/.test(p) &&
    looksLikeName(p.slice(0, p.indexOf(',')).trim()) &&
    !R.PERSON_TITLE.test(p.slice(p.indexOf(',') + 2)) &&
    !INITIALS_THEN_SURNAME.test(p.slice(p.indexOf(',') + 2));
  if (parts.length < 2 || !parts.some(posted)) return null;
  const out: Person[] = [];
  for (const part of parts) {
    if (!posted(part)) {
      out.push(...readPeople(part));
      continue;
    }
    const comma = part.indexOf(',');
    const person = readPerson(part.slice(0, comma), null);
    if (!person) continue;
    const post = trimEnd(part.slice(comma + 1).trim(), '.;');
    if (R.CHAIR_NOTE.test(post)) person.chair = true;
    else person.note = [person.note, R.VICE_CHAIR_NOTE.test(post) ? 'Vice-Chair' : post].filter(Boolean).join('; ');
    out.push(person);
  }
  return out;
}

/** An office a list prints after its holder's name: "Chair", "Vice Chairman", "Clerk", "Ex Officio Member". */
const OFFICE_AFTER_NAME = "(?:(?:Vice|Deputy)[- ])?Chair(?:man|person|woman)?|(?:Town |Parish |Assistant |Deputy )?Clerk|Secretary|Treasurer|(?:Deputy )?Mayor|Ex[- ]Officio Member";
/** A member's kind after the name ("Councillor", "Borough Councillor"): a role only in a list whose first name has no title. */
const MEMBER_AFTER_NAME = "(?:(?:Borough|County|District|Parish|Town|Community) )?Councillor";
/** One holder and the office after the name, a dash between perhaps: "Owen Prys Chair", "Nia Carrow – Vice Chair". */
const NAME_THEN_ROLE = (roles: string) =>
  new RegExp(`(?:^| )((?:(?:County |Borough )?(?:Councillor|Cllr\\.?) |Mr |Mrs |Ms |Miss |Dr )?[A-Z][A-Za-z'’.-]*(?: [A-Z][A-Za-z'’.-]*){0,3}?) (?:[-–] )?(${roles})(?= |$)`, 'y');
const NAME_THEN_OFFICE = NAME_THEN_ROLE(OFFICE_AFTER_NAME);
/** The first holder of an untitled run: an office, or a councillor of another council ("Rhodri Vale Borough Councillor"). */
const FIRST_UNTITLED_HOLDER = NAME_THEN_ROLE(`${OFFICE_AFTER_NAME}|(?:Borough|County|District) Councillor`);
const NAME_THEN_OFFICE_OR_KIND = NAME_THEN_ROLE(`${OFFICE_AFTER_NAME}|${MEMBER_AFTER_NAME}`);

/**
 * A table of members with a role column, flattened into one run with no commas: "Owen Prys Chair Nia Carrow Vice
 * Chair Tamsin Gale Councillor ...", "Cllr Ivo Brand Chairman Cllr Edna Thorne Vice Chairman Cllr Kit Mayhew".
 * When the run opens on a name and then an office, each office closes its holder's entry (the title before the next
 * name is no office before it); "Councillor" after a name is a role only where the first name has no title of its own.
 * At least two holders with offices, else null; names after the last office are read as any list.
 */
function peopleWithRolesAfter(text: string): Person[] | null {
  if (/[,;(]/.test(text)) return null;
  const body = text.trim();
  FIRST_UNTITLED_HOLDER.lastIndex = 0;
  const first = FIRST_UNTITLED_HOLDER.exec(body);
  if (!first || (R.PERSON_TITLE.test(first[1]!) && !new RegExp(`^(?:${OFFICE_AFTER_NAME})$`).test(first[2]!))) return null;
  const pair = R.PERSON_TITLE.test(first[1]!) ? NAME_THEN_OFFICE : NAME_THEN_OFFICE_OR_KIND;
  const out: Person[] = [];
  let at = 0;
  for (;;) {
    pair.lastIndex = at;
    const m = pair.exec(body);
    if (!m) break;
    at = pair.lastIndex;
    const person = readPerson(m[1]!, null);
    if (!person) return null;
    const role = m[2]!;
    if (R.CHAIR_NOTE.test(role) && !/mayor/i.test(role)) person.chair = true;
    else if (!/councillor$/i.test(role)) person.note = R.VICE_CHAIR_NOTE.test(role) ? 'Vice-Chair' : role;
    out.push(person);
  }
  if (out.length < 2) return null;
  const rest = body.slice(at).trim();
  return rest ? [...out, ...readPeople(rest)] : out;
}

/** A ditto mark opening an entry: '"', '“', "''", "〃". */
const DITTO = /^(?:["“”〃]|'') ?(?=[A-Z])/;

function dittoTitle(last: Person | undefined): string {
  const title = last ? R.PERSON_TITLE.exec(last.name)?.[0] : undefined;
  return title ? `${title} ` : '';
}

/** "S. Oyelaran", "W J Pardoe": initials, then a surname. */
const INITIALS_THEN_SURNAME = /^(?:[A-Z]\.? ?){1,3}[A-Z][a-z'’-]+(?: ?[,;(]|\.?$| and )/;

/**
 * "Mr P Hale, OBE (Chairman) (Wyvern Council), Mr D Ince": honours after a comma, with any notes after them, close the
 * entry before the comma; they are no person of their own.
 */
function withHonoursJoined(parts: string[], part: string): string[] {
  const words = part.replace(/\([^()]*\)/g, ' ').trim().split(/[\s,]+/).filter(Boolean);
  if (parts.length > 0 && words.length > 0 && words.every((w) => HONOURS.has(w.replace(/\.$/, '')))) parts[parts.length - 1] += ` ${part}`;
  else parts.push(part);
  return parts;
}

/** People in a list; a plural "Councillors" before the first name applies to all of them. */
export function readPeople(text: string): Person[] {
  const posted = peopleWithPosts(englishOfBilingual(text)) ?? peopleWithRolesAfter(text);
  if (posted) return posted;
  let inherited: string | null = null;
  const people: Person[] = [];
  let afterRole = false;
  let chairNext = false;
  let officeNext: string | null = null;
  // "Councillors: Aziz, Brennan": a label's colon inside the list.
  // "... and Mrs S. Rowe. Also Mrs N. Pryor, Clerk.": "Also" before a titled name adds a person to the list.
  // "The Mayor (Councillor I. Kay) in the Chair The Deputy Mayor (...)": "in the Chair" ends its person's entry.
  // "... Councillor Mirza COUNCILLORS - Adeyemi, Bhatt": a plural title set as a label in the run, its dash or colon no name's.
  const parts = splitPeople(englishOfBilingual(text).replace(/^((?:councillors?|cllrs?|members?))\.? ?: ?/i, '$1 ').replace(/(?<=^| )(?:COUNCILLORS|Councillors) ?[-–:] (?=[A-Z])/g, 'Councillors ').replace(/\b(in the chair)[.,]? (?=[A-Z])/gi, '$1, '))
    .map((p) => p.replace(/^Also (?=(?:Mr|Mrs|Ms|Miss|Dr)\.? [A-Z])/, ''))
    .flatMap(splitSecondPerson)
    .reduce<string[]>(withHonoursJoined, []);
  for (const [index, raw] of parts.entries()) {
    // "Councillor Fenwick, Executive Member for Skills": a role after a comma describes the person before it.
    const last = people[people.length - 1];
    // "Also: County Councillor X" after a list: more of the same people; "Also in attendance for part of the meeting was X".
    // '"  B Jones' under "Councillor A Smith": a ditto mark repeats the title above it.
    const part = afterAttendingVerb(raw.replace(/^(?:and|from) /i, '').replace(/^Also ?: ?(?=[A-Z])/, '')).replace(DITTO, () => dittoTitle(last));
    // "The Deputy Mayor (Councillor G. Lomax)": an office with its holder in brackets is a person of its own.
    // "Deputy Town Mayor Cllr Bob Cole": an office before a titled name is that person's, not a role of the person before.
    // "Leader of the Council Petra Jolliffe": the office before a name alone is the holder's, as with a titled name.
    const officeFirst = OFFICE_BEFORE_NAME.test(part.trim()) && /\bleader\b/i.test(part) && looksLikeName(part.trim().replace(OFFICE_BEFORE_NAME, ''));
    // "Deputy Mayor - Councillor Glyn Hale": an office, a dash and its holder.
    const heldBy = /\((?:(?:County )?Councillor|Cllr|Mr|Mrs|Ms|Miss|Dr)\b/i.test(part) || OFFICE_THEN_HOLDER.test(part.trim()) || (OFFICE_BEFORE_NAME.test(part.trim()) && R.PERSON_TITLE.test(part.trim().replace(OFFICE_BEFORE_NAME, ''))) || officeFirst;
    if (last && !heldBy && ROLE.test(part) && ROLE_WORD.test(part) && !R.PLURAL_TITLE.test(part) && !/^(?:councillor|cllr)\b/i.test(part) && !POST_BEFORE_NAME.test(part.trim())) {
      last.note = last.note ? `${last.note}; ${part.trim()}` : trimEnd(part.trim(), '.;');
      afterRole = true;
      continue;
    }
    // "..., Executive Member for Finance and Resources", "..., Chairman of Corporate Services and Resources Select
    // Committee": the role's own "and", and the body the role's words go on to name.
    const bodyGoesOn = / (?:of|for) (?:[A-Z][a-z]+ ?)+$/.test(last?.note ?? '') && ROLE_BODY_END.test(part);
    // "Lena Tovey, Head of Customer Services and Colm Eade, Head of Facilities": a name with a post of its own after it
    // is the next person, not the end of the post before.
    const postFollows = (() => {
      const next = parts[index + 1]?.trim() ?? '';
      // ("Executive Member for Adults and Social Care, Portfolio Holder": a portfolio "for" its areas goes on after "and".)
      const portfolio = /\bfor [A-Z][a-z]+(?: [A-Z][a-z]+)*$/.test(people[people.length - 1]?.note ?? '');
      return !portfolio && /^[A-Z][a-z]+ [A-Z][a-z'’-]+$/.test(part.trim()) && ROLE.test(next) && ROLE_WORD.test(next) && !R.PERSON_TITLE.test(next);
    })();
    if (last && afterRole && !postFollows && !R.PERSON_TITLE.test(part) && (/^[A-Z][a-z]+(?: [A-Z][a-z]+)?$/.test(part) || bodyGoesOn) && inherited === null) {
      last.note = `${last.note} and ${part}`;
      // The body's name ends the role: a name after it is the next person's.
      if (bodyGoesOn) afterRole = false;
      continue;
    }
    afterRole = false;
    // "Councillor Les Sharp, Clackmannanshire Council", "Monitoring Officer": a body or a post with no one's title names no
    // one; after a name it is that person's.
    if (namesAPostOnly(part) && !BARE_CHAIR.test(part.trim())) {
      if (last && inherited === null) last.note = last.note ? `${last.note}; ${trimEnd(part.trim(), '.;')}` : trimEnd(part.trim(), '.;');
      continue;
    }
    // "Councillors B Jones, C Brown and D White": the plural title carries on to the names after it.
    // A singular "Councillor X" ends a plural list; "Mrs Cobham" or "Dr Hale" inside it does not.
    // "County Councillors M Dorrance, S C Davies": each takes the title in the singular.
    if (R.PLURAL_TITLE.test(part)) inherited = /^county (?!borough)/i.test(part) ? 'County Councillor' : 'Councillor';
    else if (/^(?:councillor|cllr)\b/i.test(part) && !R.PLURAL_TITLE.test(part)) inherited = null;
    // "The Chairman, Cllr David Peart and Cllrs ...": the role alone, then the person who holds it.
    // "Cllr A Green, Chairman. Cllrs ...": after a name, the role is that person's, as any other role after a comma is.
    if (BARE_CHAIR.test(part.trim())) {
      if (last && !chairNext && !/^the\b/i.test(part.trim())) last.chair = true;
      else chairNext = true;
      continue;
    }
    // "The Provost, Councillor Jean Tolmie; ...": the office, then its holder.
    if (BARE_CIVIC_HEAD.test(part.trim())) {
      officeNext = part.trim().replace(/^the /i, '');
      continue;
    }
    // "Councillor Van Oss (Chair) Thirlby (Spokesperson) and Cadd": the councillors after the first go by surname alone.
    const surnameAlone = inherited === null && people.length > 0 && people.every((p) => p.name.startsWith('Councillor ')) && /^[A-Z][a-z'’-]{2,30}(?: \(.{1,80}\))?[.;]?$/.test(part.trim());
    const person = readPerson(part, surnameAlone ? 'Councillor' : inherited);
    if (person && officeNext && !R.PLURAL_TITLE.test(part.trim())) person.note = [officeNext, person.note].filter(Boolean).join('; ');
    officeNext = null;
    if (person) {
      if (chairNext) person.chair = true;
      chairNext = false;
      people.push(person);
    }
  }
  return people;
}

const INITIALS_NAME = /^(?:(?:Mr|Mrs|Ms|Miss|Dr) )?[A-Z]{1,3} [A-Z][A-Za-z'-]{1,30}/;
const EMPLOYEE_WITH_NOTE = /^((?:(?:Mr|Mrs|Ms|Miss|Dr) )?[A-Z][A-Za-z'.-]{0,30}(?: [A-Z][A-Za-z'.-]{0,30}){0,3}), ?([^,]{1,120})$/;
const FIRST_INITIALS = /(?:^| )((?:(?:Mr|Mrs|Ms|Miss|Dr) )?[A-Z]{1,3} [A-Z][A-Za-z'-]{1,30})/;

/** Employees in either layout; `carry` holds a dangling initial from a wrapped line. */
function readEmployeeLines(lines: string[]): Attendee[] {
  const out: Attendee[] = [];
  let carry: { initials: string; note: string | null } | null = null;
  for (const raw of lines) {
    let line = raw.trim();
    if (!line) continue;
    // "Monitoring Officer" alone on its line: a post, its holder not named.
    if (!carry && !line.includes(',') && namesAPostOnly(line)) continue;
    // "RFO Clive Baker, Clerk Linda Evans": each post before its holder's name.
    if (line.split(/, | and /).every((part) => POST_BEFORE_NAME.test(part))) {
      for (const person of readPeople(line)) out.push({ name: person.name, role: 'employee', chair: false, note: person.note });
      continue;
    }
    // Layout A: "J Gregg, People Directorate" (or "Jane Gregg, Head of Service").
    const a = EMPLOYEE_WITH_NOTE.exec(line);
    if (a && !INITIALS_NAME.test(a[2]!.trim()) && looksLikeName(a[1]!)) {
      out.push({ name: a[1]!.trim(), role: 'employee', chair: false, note: a[2]!.trim() });
      continue;
    }
    // Layout B: "<Directorate> <names>": names start at the first initials + surname.
    let directorate: string | null = null;
    if (carry) {
      // The previous line ended "..., N" and this one holds "<directorate words> Macdonald, ...".
      const comma = line.indexOf(',');
      const head = comma < 0 ? line : line.slice(0, comma);
      const words = head.trim().split(' ');
      const surname = words.pop() ?? '';
      directorate = words.join(' ') || null;
      out.push({ name: `${carry.initials} ${surname}`, role: 'employee', chair: false, note: carry.note });
      carry = null;
      line = comma < 0 ? '' : line.slice(comma + 1).trim();
    }
    const start = FIRST_INITIALS.exec(line);
    if (start && start.index > 0) {
      directorate = line.slice(0, start.index).trim() || directorate;
      line = line.slice(start.index).trim();
    }
    const parts = splitPeople(line);
    const before = out.length;
    const last = parts[parts.length - 1];
    if (last && /^[A-Z]{1,3}$/.test(last.trim())) {
      carry = { initials: last.trim(), note: directorate };
      parts.pop();
    }
    for (const p of parts) {
      // "Officers: Chief Executive, Head of Finance, Democratic Services Officer": posts whose holders are not named;
      // "K Lee, Head of Finance": after a name on the line, its holder's post.
      if (namesAPostOnly(p)) {
        const last = out.length > before ? out[out.length - 1]! : null;
        if (last) last.note = [last.note, p.trim()].filter(Boolean).join('; ');
        continue;
      }
      const person = readPerson(p, null);
      if (!person) continue;
      const note = [directorate, person.note].filter(Boolean).join('; ') || null;
      out.push({ name: person.name, role: 'employee', chair: false, note });
    }
  }
  return out;
}

/** A table of people's cells ("Name | Role" head; "Councillor X<tab>Chair"; "Jo Perrin<tab>Head of Service") as a list entry; null for the head. */
function cellsAsList(text: string): string | null {
  if (!text.includes('\t')) return text;
  const cells = text.split(/\t+/).map((c) => c.trim()).filter(Boolean);
  if (cells.every((c) => R.PEOPLE_TABLE_HEAD.test(c))) return null;
  const [name, ...rest] = cells;
  if (rest.length === 0) return name ?? '';
  // The chair's cell is a note on the name; any other role follows it as "X, Head of Service" does.
  if (rest.length === 1 && (R.CHAIR_NOTE.test(rest[0]!) || R.VICE_CHAIR_NOTE.test(rest[0]!))) return `${name} (${rest[0]})`;
  // "S Wright<tab>Chair / Councillor": the chair's post beside the seat the person holds.
  const posts = rest.length === 1 ? rest[0]!.split(/ ?\/ ?/) : [];
  const chairPost = posts.length > 1 ? posts.find((p) => R.CHAIR_NOTE.test(p) || R.VICE_CHAIR_NOTE.test(p)) : undefined;
  if (chairPost) return `${name} (${chairPost})`;
  return `${name}, ${rest.join(', ')}`;
}

/**
 * A PDF's columns as a table's cells: two columns of names ("A Bell      M Green"), a name and its post ("Mark North
 * Director of Place"), a grid of surnames under "Councillors". A bracketed note or a post after a dash in its own column
 * stays with the name before it, and a plural title in the first column with the name after it. Null when the gaps are
 * not a people table's: a column of a letter or two (a mark such as "P" before a name) or a code in capitals means the
 * line is read as one.
 */
function peopleColumns(columns: readonly string[] | undefined): string[] | null {
  if (!columns) return null;
  const cells: string[] = [];
  for (const column of columns) {
    const last = cells.length - 1;
    if (last >= 0 && (/^[(–-]/.test(column) || (R.PLURAL_TITLE.test(cells[last]!) && !cells[last]!.includes(' ')))) cells[last] = `${cells[last]} ${column}`;
    else cells.push(column);
  }
  // "Hartley, J.": a surname, then its initials after a comma, is one cell's one person.
  for (let k = 0; k < cells.length; k++) cells[k] = cells[k]!.replace(/^([A-Z][a-z'’-]+), ((?:[A-Z]\.?){1,3})$/, '$1 $2');
  // A name or a post has a small letter; a code in capitals ("PAR") or a mark ("P", "A") is no cell of a people table.
  return cells.length >= 2 && cells.every((cell) => cell.length > 2 && /[a-z]/.test(cell)) ? cells : null;
}

function columnCells(columns: readonly string[] | undefined, text: string): string {
  return peopleColumns(columns)?.join('\t') ?? text;
}

/**
 * "Officers:      Nadia Quarmby      Head of Pensions", "Co-opted Members: J Thwaite      P Verity": the people of a
 * label's line in their columns (the label's own gap may be narrower than a column's).
 */
function labelRestInColumns(line: ClassifiedLine, rest: string): string {
  if (!line.columns || !rest) return rest;
  const label = line.text.slice(0, line.text.length - rest.length).trim();
  const [first, ...others] = line.columns;
  if (!first?.startsWith(label)) return rest;
  const cells = [first.slice(label.length).trim(), ...others].filter(Boolean);
  if (cells.join(' ') !== rest) return rest;
  return cellsAsList(columnCells(cells, rest)) ?? rest;
}

/**
 * Lines as written, with a list wrapped onto the next line joined back: an
 * open bracket, a trailing comma or "and", or a following line that starts in
 * lower case, with ")" or with a bracketed note means the entry carries on.
 */
/** A list line that stops after a person's title or initials ("Cllr N", "Mrs J. K.", "Depute Provost"): the name goes on below. */
const TITLE_AND_INITIALS_END = /\b(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr|(?:(?:Lord|Depute|Deputy) )?(?:Provost|Mayor)|Bailie)\.?(?: [A-Z]\.?){0,3}$/;

/** A line that stops after a title and a forename ("Councillor Euan"), where names print the surname in capitals. */
const TITLE_AND_FORENAME_END = /\b(?:Councillor|Cllr|Provost|Bailie|Convener|Convenor|Mr|Mrs|Ms|Miss|Dr)\.? (?:[A-Z][a-z'’-]+ ){0,2}[A-Z][a-z'’-]+$/;
/** A titled name whose surname is in capitals: "Councillor Moira BAIN". */
const SURNAME_IN_CAPITALS = /\b(?:Councillor|Cllr|Provost|Bailie|Convener|Convenor|Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][a-z'’-]+ (?:Ma?c|O['’])?[A-Z]{2,}/;
/** A line opening on one surname in capitals: "CORMACK", "McLAREN", "O'NEILL", not a heading's words. */
const SURNAME_IN_CAPITALS_OPENING = /^(?:Ma?c|O['’])?[A-Z][A-Z'’-]+(?=$|[,.;]| (?![A-Z]{2}))/;

/** A titled name in a sentence: "Cllr Huw Roberts", "Councillor A. Vane". */
const TITLED_NAME = /\b(?:Councill?ors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\.? (?:[A-Z][\w'’.-]* ?){1,3}/g;

/** Words in lower case from which a line is a paragraph of narrative, whatever attendance word it holds. */
const PARAGRAPH_OF_PROSE = 30;

/** Words of a line that say the person was there or not: a line holding one is an attendance sentence, never mere prose. */
const ATTENDANCE_WORD = /\b(?:attend\w*|(?:was|were|is|also|being) present|present (?:as|for|from|until|at)|substitut\w*|apolog\w*|absen\w*|arriv\w*|late|lateness|deputi[sz]\w*|observ\w*)\b/i;

/**
 * A line of prose, not of names: outside brackets and titled names, at least six of its words open in lower case and
 * they are half of them at least, or ten of them at least in a long sentence that names people ("The Minutes of the Meeting held on ... were
 * taken as read, approved and signed by the Chairman ... to include as those present ... Councillors A and B"). A list
 * of names has at most "and" and a surname's particle in lower case.
 */
export function readsAsProse(text: string): boolean {
  // "The Chairman welcomed Cllr Huw Roberts and thanked Cllr Ann Vane for ...": the titled names are the sentence's objects, not its words.
  const outside = withoutBrackets(text.replace(/^[^(]*\)/, ''), () => {}).replace(TITLED_NAME, ' ');
  const words = outside.split(/\s+/).filter((w) => /[A-Za-z]/.test(w));
  const lower = words.filter((w) => /^[a-z]/.test(w) && !NAME_PARTICLE.test(w) && w !== 'and').length;
  // A paragraph of narrative that thanks a speaker "for attending" is still narrative.
  if (ATTENDANCE_WORD.test(text) && lower < PARAGRAPH_OF_PROSE) return false;
  return lower >= 6 && (lower * 2 >= words.length || lower >= 10);
}

/** A page's furniture between two pages of a list: a page number, or the running header or footer (a heading ending in its page number). */
function isPageFurniture(line: ClassifiedLine): boolean {
  return line.kinds.has('furniture') || ((line.kinds.has('meeting-heading') || line.kinds.has('date')) && /\s\d{1,3}$/.test(line.text));
}

/** A bracket opened and not closed: the entry's note goes on below. */
function open(text: string): boolean {
  return (text.match(/\(/g) ?? []).length > (text.match(/\)/g) ?? []).length;
}

function joinWrapped(lines: readonly ClassifiedLine[]): { text: string; line: ClassifiedLine; afterBlank: boolean }[] {
  const out: { text: string; line: ClassifiedLine; afterBlank: boolean }[] = [];
  let carry = false;
  let afterBlank = false;
  // The entry before was a row of a people table in columns: the next row of the table carries the list on.
  let inTable = false;
  for (const line of lines) {
    // "Councillors A, B, Gower," / page footer / "Harcourt and Jessop.": a list left open at a page's end goes on on the next.
    const leftOpen: boolean = carry && /(?:,|\band|&)$/.test(out[out.length - 1]?.text ?? '');
    if (line.blank) {
      carry = leftOpen;
      inTable = false;
      afterBlank = true;
      continue;
    }
    if (leftOpen && isPageFurniture(line)) continue;
    const row = !groupLabel(line) && peopleColumns(line.columns) !== null;
    if (row && inTable && out.length > 0) {
      out[out.length - 1]!.text = `${out[out.length - 1]!.text}, ${cellsAsList(columnCells(line.columns, line.text))}`;
      continue;
    }
    inTable = row;
    const text = groupLabel(line) ? line.text.replace(/\t+/g, ' ') : cellsAsList(columnCells(line.columns, line.text));
    if (text === null) continue;
    // "Councillors: Matthew Okeke (Chair), Ibrahim Demir, Lucy" / "Pargeter and Sean Whitmore": a comma list broken inside a name.
    const previous = afterBlank ? '' : (out[out.length - 1]?.text ?? '');
    const brokenName = (previous.match(/,/g) ?? []).length >= 2 && /[A-Z][a-z'’-]+$/.test(previous) && !ROLE_WORD.test(previous.slice(previous.lastIndexOf(' '))) && /^[A-Z]/.test(text) && !/\b(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\b/.test(text) && !/^(?:Also|Officers?|Absent)\b|\b(?:attendance|attending|present|apolog\w*)\b|:[-–]?$/i.test(text) && !/^[^:]{1,60}: /.test(text);
    // "... Cllr T Pellow, Cllr N" / "Quayle and Cllr R Varney.": a line never ends a name on its title or initials.
    const titleLeftOpen = TITLE_AND_INITIALS_END.test(previous) && /^[A-Z][a-z'’-]/.test(text);
    // "... Councillor Euan" / "CORMACK Councillor ...": a forename at a line's end whose surname, in capitals, opens the next.
    // The list prints its surnames so already ("Councillor Moira BAIN"); a heading in capitals is more than one such word.
    const surnameWrapped = TITLE_AND_FORENAME_END.test(previous) && SURNAME_IN_CAPITALS.test(previous) && SURNAME_IN_CAPITALS_OPENING.test(text);
    // "... Robert Ellery" / "(Chair), Nina Fox": a name's bracketed note wrapped onto the next line stays with the name.
    const noteWrapped = /[A-Za-z'’]$/.test(previous) && R.NOTE_OPENING_LINE.test(text);
    // "Councillors Abbott, Kerr, Lyle and" / "Councillor Penrose declared a prejudicial interest in ...": a list left open
    // never runs on into a paragraph of prose (the name it lacked was lost); a bracket left open may wrap its note.
    const intoProse = !open(previous) && readsAsProse(text);
    const continues = out.length > 0 && (carry || brokenName || titleLeftOpen || surnameWrapped || noteWrapped || /^[a-z)]/.test(text)) && !groupLabel(line) && !intoProse;
    if (continues) out[out.length - 1]!.text = `${out[out.length - 1]!.text} ${text}`;
    else out.push({ text, line, afterBlank });
    afterBlank = false;
    const last = out[out.length - 1]!.text;
    carry = open(last) || /(?:,|\band|&)$/.test(last);
  }
  return out;
}

export interface AttendanceResult {
  present: Attendee[];
  apologies: Apology[];
  chair: string | null;
}

/** "Councillor X in the Chair", "X took the Chair": the chair named in a sentence. */
export function chairFromSentence(text: string): string | null {
  const m = R.IN_THE_CHAIR.exec(text);
  if (!m) return null;
  // "The meeting was chaired by Councillor I Kirk": the name follows.
  if (/chaired by$/i.test(m[0])) {
    const after = text.slice(m.index + m[0].length).trim().split(' ');
    let k = 0;
    while (k < after.length && k < 5 && /^[A-Z][\w'’.-]{0,30}$/.test(after[k]!.replace(/[.,;]$/, ''))) k++;
    return k > 0 ? (readPerson(after.slice(0, k).join(' '), null)?.name ?? null) : null;
  }
  // "The Mayor, having made the declaration ..., assumed the Chair": the words before the comma are no subject.
  // "Councillor Parveen Oyelaran, Sheriff, chaired the meeting", "Councillor Dunmore, Convener, in the Chair": an office
  // set between commas after the name is the name's apposition; the person is named before it.
  const office = /, ([^,]{2,60}), ?$/.exec(text.slice(0, m.index));
  if (office && isOfficeWords(office[1]!)) return personBefore(text, office.index);
  if (/^(?:took|assumed|presided|chaired|was)\b/i.test(m[0]) && /, ?$/.test(text.slice(0, m.index))) return null;
  return personBefore(text, m.index);
}

/** "Sheriff", "Convener", "Chair of Council Business", "Lord Mayor": an office's words, with no person's title in them. */
function isOfficeWords(text: string): boolean {
  return !R.PERSON_TITLE.test(text) && (ROLE_WORD.test(text) || /\bconven[eo]r\b/i.test(text) || OFFICE_HELD.test(text)) && text.split(' ').length <= 8;
}

const ROLE_WORD_BEFORE_NAME = /^(?:The|Vice|Deputy|Chair|Chairman|Chairwoman|Chairperson|Mayor|Leader|Clerk)$/;

/**
 * "Councillor Penhale, Chair of Council Business, in the Chair" / "(The Mayor, Councillor X, in the Chair)": a line of
 * its own that ends on the chair's phrase and names one person beside an office, the two parted by a comma. Its commas
 * are the office's, not a list's; the person is the part that is not the office.
 */
export function chairStatedBy(text: string): string | null {
  // "CHAIR Provost Hall, Convener, presided.": the label of a chair's line, then the sentence.
  const bare = text.replace(/^\((.*)\)\.?$/, '$1').trim().replace(/^(?:CHAIR|Chair) (?=[A-Z])/, '');
  const m = R.IN_THE_CHAIR.exec(bare);
  if (!m || !/^[.)]?$/.test(bare.slice(m.index + m[0].length).trim()) || !/^(?:in the chair|presided)$/i.test(m[0])) return null;
  const before = trimEnd(bare.slice(0, m.index).trim(), ',');
  const comma = before.indexOf(',');
  if (comma < 0) return chairFromSentence(bare);
  let [named, office] = [before.slice(0, comma).trim(), before.slice(comma + 1).trim()];
  // "The Mayor of Sandwell, Councillor Dr Jaron": the office first, its holder after the comma.
  const officeWord = (part: string) => ROLE_WORD.test(part) || /\bconven[eo]r\b/i.test(part);
  const isOffice = (part: string) => OFFICE_HELD.test(part) || (!R.PERSON_TITLE.test(part) && officeWord(part));
  if (isOffice(named) && !isOffice(office)) [named, office] = [office, named];
  if (office.includes(',') || named.includes(',') || !officeWord(office) || office.split(' ').length > 8 || !looksLikeName(named)) return null;
  return readPerson(named, null)?.name ?? null;
}

/** The person named by the capitalised words just before `at` (with a title, perhaps): "Councillor Ann Holt took the Chair". */
function personBefore(text: string, at: number): string | null {
  const before = trimEnd(withoutBrackets(text.slice(0, at), () => {}), '-–,(').split(' ');
  let k = before.length;
  // "Councillor Hana Van der Berg presided": a surname's small words ("der") belong to it. A word that ends a
  // sentence ("... from Councillor Roe. Councillor Holt in the Chair", a table cell's paragraphs run into one line)
  // is the sentence before's, not the name's; an initial ("J.") is the name's.
  while (
    k > 0 &&
    before.length - k < 6 &&
    !(k < before.length && /[a-z]{2}\.$/.test(before[k - 1]!)) &&
    // "The Vice Chairman T. Heaford acted as Chairman": a role's words before the name are no part of it.
    !ROLE_WORD_BEFORE_NAME.test(before[k - 1]!) &&
    (/^[A-Z][\w'.-]{0,30}$/.test(before[k - 1]!) || (NAME_PARTICLE.test(before[k - 1]!) && k > 1 && /^[A-Z]/.test(before[k - 2]!)))
  )
    k--;
  if (k === before.length) return null;
  // "... Chief Inspector D Rennie, Police Scotland Mr B Laird in the Chair": in a list run into one line, the name opens at its title.
  for (let j = before.length - 2; j > k; j--) {
    if (R.PERSON_TITLE.test(before[j]!) && !R.PERSON_TITLE.test(before[j - 1]!)) {
      k = j;
      break;
    }
  }
  const person = readPerson(before.slice(k).join(' '), null);
  return person?.name ?? null;
}

/**
 * People a minute says were there though no list names them: a substitute ("Councillor X attended as a substitute
 * for Councillor Y", "X confirmed he was attending as a substitute", an apology's "(substituted by Cllr X)"), members
 * who came late or once the meeting had begun.
 */
export function presentNamedIn(lines: readonly ClassifiedLine[]): string[] {
  const out = [...lateArrivalsIn(lines), ...arrivalsIn(lines)];
  for (const l of lines) {
    if (l.blank) continue;
    for (const m of l.text.matchAll(R.SUBSTITUTE_SAID)) {
      // "Mr D Blacklock (Ms H Horne attended as substitute)": the substitute is the bracket's, not the sentence's subject.
      const open = l.text.lastIndexOf('(', m.index);
      const inBracket = open >= 0 && !l.text.slice(open, m.index).includes(')');
      if (inBracket) out.push(...readPeople(l.text.slice(open + 1, m.index)).map((p) => p.name));
      else out.push(...(substituteEndingApologies(l.text, m.index) ?? peopleBefore(l.text, m.index)));
    }
    for (const m of l.text.matchAll(R.SUBSTITUTE_IN_BRACKET)) out.push(...readPeople(m[1]!).map((p) => p.name));
  }
  return out;
}

/**
 * Where the clause that names a substitute starts in an apologies sentence's list ("... from Cllr A and Cllr B attended
 * as substitute", "..., and Councillor C was substituting"): at the last "and", comma or semicolon before its verb,
 * outside brackets (a bracket's substitute is the apology's note); -1 for none.
 */
function substituteClauseAt(list: string): number {
  for (const m of list.matchAll(R.SUBSTITUTE_SAID)) {
    const open = list.lastIndexOf('(', m.index);
    if (open >= 0 && !list.slice(open, m.index).includes(')')) continue;
    const before = list.slice(0, m.index);
    // "... and Sandy Vane with Councillor Orr substituting": "with" opens the clause, after the last absent member.
    return Math.max(before.lastIndexOf(' and '), before.lastIndexOf(', '), before.lastIndexOf('; '), before.lastIndexOf(' with '));
  }
  return -1;
}

/** The substitute an apologies sentence names in its last clause, before `at` (the clause's verb); null when the sentence gives no apologies. */
function substituteEndingApologies(text: string, at: number): string[] | null {
  const sentence = text.slice(lastSentenceStart(text.slice(0, at)), at);
  if (!R.APOLOGIES_SENTENCE.test(sentence)) return null;
  const joint = Math.max(sentence.lastIndexOf(' and '), sentence.lastIndexOf(', '), sentence.lastIndexOf('; '));
  if (joint < 0) return null;
  return readPeople(sentence.slice(joint).replace(/^(?: and |, |; )(?:and )?/, '')).map((p) => p.name);
}

/** The people a sentence names before `at`: from its first title ("Councillors A and B would be late"), or the name just before. */
function peopleBefore(text: string, at: number): string[] {
  const start = lastSentenceStart(text.slice(0, at));
  const sentence = text.slice(start, at);
  // "Alderman Sir Hugh Brackley from the City of London Corporation acted as substitute": a sentence opening on a titled
  // name is about that person, not the body named last.
  const titled = R.FIRST_PERSON_TITLE.exec(sentence) ?? (R.PERSON_TITLE.test(sentence) ? { index: 0 } : null);
  if (titled) {
    const people = readPeople(sentence.slice(titled.index)).map((p) => p.name);
    if (people.length > 0 && people.every((name) => name.split(' ').length <= 5)) return people;
  }
  const name = personBefore(sentence, sentence.length);
  return name ? [name] : [];
}

function lastSentenceStart(text: string): number {
  let start = 0;
  for (const m of text.matchAll(/(?:[a-z]{2}|\d)[.!?] (?=[A-Z])/g)) start = m.index + m[0].length;
  return start;
}

/**
 * People a minute says came into the meeting once it had begun ("(At 6.34pm Councillor Marlowe entered the meeting.)",
 * "Cllr H Tolland joined the meeting", "Cllr Ezekwe arrived during the discussion of minute 64"): they were there. Only
 * people named with a title: "The Chair returned to the meeting" names no one. One who "left the meeting" is not read so:
 * that is said of a member leaving for an item, who is listed, or not recorded, as there.
 */
export function arrivalsIn(lines: readonly ClassifiedLine[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    if (l.blank) continue;
    for (const m of l.text.matchAll(R.CAME_IN)) {
      const sentence = l.text.slice(lastSentenceStart(l.text.slice(0, m.index)), m.index);
      if (R.FIRST_PERSON_TITLE.test(sentence) || R.PERSON_TITLE.test(sentence)) out.push(...peopleBefore(l.text, m.index));
    }
    // "The Board welcomed Lena Tovey, Head of Customer Services and Colm Eade, Head of Facilities to the meeting": guests.
    for (const m of l.text.matchAll(R.WELCOMED_TO_MEETING)) {
      for (const p of readPeople(m[1]!)) if (p.name.split(' ').length <= 5 && (R.PERSON_TITLE.test(p.name) || WELCOMED_NAME.test(p.name))) out.push(p.name);
    }
  }
  return out;
}

/** A welcomed guest's full name: a first name (or initial) and a surname. */
const WELCOMED_NAME = /^(?:[A-Z][a-z'’-]+|[A-Z]\.?) (?:[A-Z]\.? )?[A-Z][A-Za-z'’-]+$/;

/**
 * People an apologies minute says came late ("Apologies for lateness were received from X", "X gave apologies
 * for lateness", "X would arrive late"): they were there.
 */
export function lateArrivalsIn(lines: readonly ClassifiedLine[]): string[] {
  const out: string[] = [];
  for (const l of lines) {
    if (l.blank || !R.LATENESS.test(l.text)) continue;
    const from = R.LATENESS_FROM.exec(l.text);
    let rest = l.text;
    if (from) {
      const names = untilSentenceEnd(l.text.slice(from.index + from[0].length));
      for (const p of readPeople(names)) out.push(p.name);
      // "... and for lateness from A and B. Councillor C gave his apologies for having to leave early": the sentences after it.
      rest = l.text.slice(from.index + from[0].length + names.length);
    }
    const said = R.LATE_SAID.exec(rest);
    if (said) out.push(...peopleBefore(rest, said.index));
  }
  return out;
}

/**
 * The chair a minute's text names: "Councillor X in the Chair" first, then a chair elected or appointed at the
 * meeting, then "The Chair, Councillor X, welcomed ...", then "Councillor X (Chair) thanked ..." (a vice-chair is never
 * read as the chair). Without
 * `markers` only the last two are read: "X in the Chair" deep in a minute may be a stand-in for one item.
 */
export function chairNamedIn(lines: readonly ClassifiedLine[], markers = true): string | null {
  for (const l of markers ? lines : []) {
    if (!l.kinds.has('chair-marker')) continue;
    const chair = chairFromSentence(l.text);
    if (chair) return inFull(chair, lines);
  }
  // Under an item that elects the chair ("Election of Chairman"), "Cllr M Cain was elected" needs no role after it.
  const elected = electionOutcome(paragraphsOf(lines).flatMap((p) => chairElectionsIn(p.text, p.electing)));
  if (elected) return elected;
  for (const l of lines) {
    const m = l.blank ? null : R.CHAIR_APPOSITION.exec(l.text);
    if (!m) continue;
    // The name runs to the comma or bracket that closes the apposition, or to the sentence's own words.
    const rest = l.text.slice(m.index + m[0].length);
    const end = rest.search(/[,)]/);
    const named = readPerson(rest.slice(0, end > 0 && end <= 80 ? end : 80), null)?.name;
    if (named && named.split(' ').length <= 5) return named;
  }
  for (const l of lines) {
    const m = l.blank ? null : R.CHAIR_BRACKETED.exec(l.text);
    if (!m) continue;
    const named = peopleBefore(l.text, m.index);
    if (named.length === 1 && R.FIRST_PERSON_TITLE.test(`${named[0]} `)) return named[0]!;
  }
  for (const l of lines) {
    const m = l.blank ? null : R.CHAIR_OF_THE_BODY_AFTER_NAME.exec(l.text);
    if (!m) continue;
    const named = peopleBefore(l.text, m.index);
    if (named.length === 1 && R.FIRST_PERSON_TITLE.test(`${named[0]} `)) return named[0]!;
  }
  // "Chair: Ann Vane; Proposed by B. Cole", "Chair Ann Vane was proposed by ...", "one nomination for Chairman, Ann Vane
  // was proposed": office-bearers elected by label, the office then its one candidate and the motion. Last, as a motion
  // says less than an election's outcome.
  for (const l of lines) {
    const m = l.blank ? null : R.CHAIR_THEN_CANDIDATE.exec(l.text);
    const named = m ? readPerson(m[1]!, null)?.name : null;
    if (named && named.split(' ').length >= 2) return named;
  }
  return null;
}

/**
 * "Councillor Brown took the Chair" after "Councillor Bethia Thomas proposed Councillor Susan Brown as Chair": a chair
 * named by surname alone is the one titled person of that surname named in full in the same lines, when there is one.
 */
function inFull(chair: string, lines: readonly ClassifiedLine[]): string {
  const m = /^(?:(?:County )?Councillor|Cllr\.?|Mr|Mrs|Ms|Miss|Dr) ([A-Z][a-z'’-]{1,30})$/.exec(chair);
  if (!m) return chair;
  const surname = m[1]!;
  const full = new RegExp(`\\b(?:Councillor|Cllr\\.?|Mr|Mrs|Ms|Miss|Dr) ((?:[A-Z][a-z'’-]{1,30}|[A-Z]\\.?) (?:[A-Z][a-z'’-]{1,30} |[A-Z]\\.? )?${escapeRegExp(surname)})\\b`, 'g');
  const found = new Set<string>();
  for (const l of lines) if (!l.blank) for (const f of l.text.matchAll(full)) found.add(f[1]!);
  return found.size === 1 ? [...found][0]! : chair;
}

/** ", being the only Member willing to serve,", ", having been proposed and seconded,": a clause between a name and its election. */
const CLAUSE_BEFORE_ELECTION = /, (?:being|having)\b[^,]{0,160},? ?$/;

/** A chair's election as the minutes tell it: who, and whether the sentence records the outcome or only a motion. */
interface ChairElection {
  name: string;
  outcome: 'resolved' | 'proposed' | 'said';
}

/** "It was RESOLVED that", "Resolved - That", "That Councillor X be elected" (a resolution's clause under its label): the outcome. */
const ELECTION_RESOLVED = /^that\b|\b(?:resolved|agreed)\b/i;
/** "Councillor A proposed that Councillor B be elected Chairman": a motion, which a rival nomination or a vote may defeat. */
const ELECTION_MOVED = /\b(?:proposed|nominated|moved|seconded)\b/i;

/** The sentences of an election item that may name its chair, in their order: at most this many are read. */
const ELECTIONS_READ = 8;

/**
 * The chairs a paragraph elects or appoints: "Alderman Ann Holt, being the only Member willing to serve, was duly elected as
 * Chairman", "RESOLVED: That Councillor Mrs S Lee be re-elected Mayor for the ensuing municipal year"; with `electing`
 * (the paragraph stands under an item that elects the chair) "Cllr M Cain was elected" too, and a chair elected "of the
 * South Eastern Area Planning Committee": an item that elects the chair elects the meeting's own, whatever its body's name.
 */
function chairElectionsIn(text: string, electing: boolean): ChairElection[] {
  const out: ChairElection[] = [];
  let offset = 0;
  for (let n = 0; n < ELECTIONS_READ; n++) {
    const m = R.CHAIR_ELECTED.exec(text.slice(offset));
    if (!m) break;
    const at = offset + m.index;
    offset = at + m[0].length;
    if (!electing && !R.CHAIR_ELECTED_FOR.test(text.slice(offset))) continue;
    const election = electionAt(text, at);
    if (election) out.push(election);
  }
  if (out.length === 0 && electing) {
    const alone = R.ELECTED_ALONE.exec(text);
    const election = alone && electionAt(text, alone.index);
    if (election) out.push(election);
  }
  return out;
}

/** The person a sentence elects at `at` (where its verb stands), and whether the sentence is the outcome or a motion. */
function electionAt(text: string, at: number): ChairElection | null {
  const start = lastSentenceStart(text.slice(0, at));
  const sentence = text.slice(start, at);
  const outcome = ELECTION_RESOLVED.test(sentence.trim()) ? 'resolved' : ELECTION_MOVED.test(sentence) ? 'proposed' : 'said';
  const clause = CLAUSE_BEFORE_ELECTION.exec(text.slice(0, at));
  // "It was proposed by Cllr A and seconded by Cllr B that Cllr C take the chair ...": the one elected is the clause's subject.
  const that = text.lastIndexOf(' that ', at);
  const from = that >= start ? that + 6 : 0;
  const named = peopleBefore(text.slice(from), (clause ? clause.index : at) - from);
  if (named.length === 1 && (R.FIRST_PERSON_TITLE.test(`${named[0]} `) || R.PERSON_TITLE.test(named[0]!))) return { name: named[0]!, outcome };
  // "Henry Pollard, being the only Member willing to serve, was duly elected Chairman": a name with no title opens the sentence.
  const opening = /^([A-Z][a-z'’-]{1,25}(?: [A-Z][a-z'’-]{1,25}){1,3}),/.exec(sentence);
  if (opening && !/^(?:The|It|A|An|This|That|In|On|At|Following|After|As)\b/.test(opening[1]!)) return { name: opening[1]!, outcome };
  return null;
}

/**
 * Who an item's elections made chair: the resolution that records the outcome, where the minutes print one after the
 * motions ("Councillor A proposed that Councillor B be elected ..." then a rival nomination, a vote and "RESOLVED that
 * Councillor C be elected ..."); else the first election said as done; else the first motion.
 */
function electionOutcome(elections: readonly ChairElection[]): string | null {
  const chosen = elections.find((e) => e.outcome === 'resolved') ?? elections.find((e) => e.outcome === 'said') ?? elections[0];
  return chosen?.name ?? null;
}

/** The chair an item that elects one names ("Election of Chairman": "Councillor Ann Holt was elected."); null for any other item. */
export function chairElectedUnder(title: string, lines: readonly ClassifiedLine[]): string | null {
  if (!R.CHAIR_ELECTION_TITLE.test(title)) return null;
  return electionOutcome(paragraphsOf(lines).flatMap((p) => chairElectionsIn(p.text, true)));
}

/**
 * The chair a meeting's minutes name, read item by item where the page names none in its attendance: "Councillor Okafor
 * (Chairman) in the Chair" or "Councillor Okafor took the Chair" in the first items, the chair an election item elects
 * (the first minute of an annual meeting), or a chair named anywhere in them.
 */
export function chairOfMinutes(minutes: readonly { title: string; lines: readonly ClassifiedLine[] }[]): string | null {
  for (const minute of minutes.slice(0, 3)) {
    const chair = chairNamedIn(minute.lines);
    if (chair) return chair;
  }
  for (const minute of minutes) {
    const chair = chairElectedUnder(minute.title, minute.lines);
    if (chair) return chair;
  }
  return chairNamedIn(minutes.flatMap((m) => m.lines), false);
}

/** A paragraph longer than this is read in pieces: a sentence that elects a chair is short. */
const PARAGRAPH_READ = 2000;

/**
 * The paragraphs of `lines` with their wrapped lines joined (a PDF wraps "... Cllr X was" / "elected."), each marked when it
 * stands under an item heading that elects the chair; a heading starts a paragraph.
 */
function paragraphsOf(lines: readonly ClassifiedLine[]): { text: string; electing: boolean }[] {
  const out: { text: string; electing: boolean }[] = [];
  let electing = false;
  let text = '';
  const flush = () => {
    if (text) out.push({ text, electing });
    text = '';
  };
  for (const l of lines) {
    if (l.blank) {
      flush();
      continue;
    }
    if (l.heading) {
      flush();
      electing = R.CHAIR_ELECTION_TITLE.test(l.heading.title);
    }
    if (text.length + l.text.length > PARAGRAPH_READ) flush();
    text = text ? `${text} ${l.text}` : l.text;
  }
  flush();
  return out;
}

type Mark = 'present' | 'apologies' | 'absent';

/** "P: Present", "A = Apologies for absence submitted": the letters a list marks people with. */
function markLegend(lines: readonly ClassifiedLine[]): Map<string, Mark> {
  const marks = new Map<string, Mark>();
  for (const l of lines) {
    const m = R.MARK_LEGEND.exec(l.text);
    if (!m) continue;
    const said = m[2]!.toLowerCase();
    marks.set(m[1]!, said.startsWith('apolog') ? 'apologies' : said.startsWith('absent') || said.startsWith('did not') ? 'absent' : 'present');
  }
  return marks;
}

/** "P Clive Ambler A Rosemary Kenning": the people of a marked line, each with the mark before it. */
function markedEntries(text: string, marks: Map<string, Mark>): { mark: Mark; text: string }[] {
  const words = text.split(' ');
  const out: { mark: Mark; text: string }[] = [];
  for (let i = 0; i < words.length; i++) {
    const mark = marks.get(words[i]!);
    if (mark && /^[A-Z]/.test(words[i + 1] ?? '')) out.push({ mark, text: '' });
    else if (out.length > 0) out[out.length - 1]!.text = `${out[out.length - 1]!.text} ${words[i]}`.trim();
  }
  return out;
}

const ROLE_LABEL_IN_LIST = /(?:^| )((?:vice|deputy)[- ])?chair(?:man|person|woman)?: ?/gi;

/** "CHAIRMAN: COUNCILLOR R. DENT VICE CHAIRMAN: COUNCILLOR R. BIRKIN": the people a list names by their roles' labels. */
function rolesInList(text: string): { chair: boolean; text: string }[] | null {
  const found = [...text.matchAll(ROLE_LABEL_IN_LIST)];
  if (found.length === 0 || found[0]!.index !== 0) return null;
  return found.map((m, n) => ({ chair: !m[1], text: text.slice(m.index + m[0].length, found[n + 1]?.index ?? text.length).trim() }));
}

/**
 * "Councillors Pandor, Smaje and Akhtar Apologies were received from Councillors Light and Mayet Also present ...": a
 * label printed with its capital straight after a name, no stop between (a PDF's paragraph given as one line), opens a
 * group of its own; no name runs on into "Apologies were" or "Also present". After the stop that ends the list, a
 * sentence giving apologies ("... and Colin Royle. Apologies from Cllr Tom Ashby.") is the apologies' own group, and one
 * saying who else was there ("District Councillor X was in attendance with 5 members of the public.") its own line. A
 * label with its colon ("... John Ellis In Attendance: Mrs R Lowe (Clerk) From the Community: Apologies: Cllr Vane")
 * does so after a name or after another label; the members' plural title with its colon ("Chair: Ann Vane Cllrs: ...")
 * after a name only (after a label, "Apologies: Councillors: ...", it is the title of that label's people).
 */
const RUN_ON_LABEL =
  /(?<=[a-z'’)] )(?=(?:Apologies (?:were|had|for|accepted from|noted from)|Also (?:present|in attendance)|In attendance|Officers (?:present|in attendance))\b)|(?<=[a-z'’)]\. {1,2})(?=Apolog(?:y|ies) (?:was|were|had|for|from|received)\b|(?:(?:County|District|Borough|Town|City|Parish) )?(?:Councillors?|Cllrs?|Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3}(?: and [A-Z][\w'’-]*(?: [A-Z][\w'’-]*){0,3})? (?:was|were) (?:also )?(?:in attendance|present)\b)|(?<=[a-z\d'’)][.,;]? |: )(?=(?:In [Aa]ttendance|Also [Pp]resent|Apologies(?: for [Aa]bsence)?|APOLOGIES(?: FOR ABSENCE)?|Absent|Officers|From the [Cc]ommunity|Members of (?:the )?(?:[Pp]ublic|[Cc]ommunity)(?: [Aa]ttending| [Pp]resent)?|Representatives [Aa]ttending|Clerk) ?:)|(?<=[a-z'’)] )(?<!\b(?:County|District|Borough|City|Town|Parish|Community|Other|Ward|Visiting|Co-opted|Cabinet) )(?=(?:Councillors|Cllrs) ?:)/;

/** "Councillors:", "Cllrs:": a label that is the members' plural title. */
const PLURAL_TITLE_LABEL = /^((?:county )?councillors|cllrs)\.? ?:/i;

/** A sentence's verb saying its people were there. */
const SAID_THERE = /^[A-Z][^.]{0,80} (?:was|were) (?:also )?(?:in attendance|present)\b/;

function withRunOnLabels(lines: readonly ClassifiedLine[]): readonly ClassifiedLine[] {
  if (!lines.some((l) => !l.blank && RUN_ON_LABEL.test(l.text))) return lines;
  // "Clerk: Karen Price 2.": the next minute's number, its line broken after it, is no part of the list before it.
  const part = (text: string) => text.trim().replace(/ \d{1,3}\.$/, '');
  return lines.flatMap((line) => (line.blank || !RUN_ON_LABEL.test(line.text) ? [line] : line.text.split(RUN_ON_LABEL).map((text) => classifyLine({ ...line, text: part(text) }, line.index))));
}

/** A sentence that opens by giving apologies: "Apologies for absence were received from ...", "An apology of absence was received from ...". */
export function opensWithApologies(text: string): boolean {
  const m = R.APOLOGIES_SENTENCE.exec(text);
  return m !== null && (m.index === 0 || /^(?:an|the) $/i.test(text.slice(0, m.index)));
}

function sameSurname(a: string, b: string): boolean {
  return a.split(' ').pop()!.toLowerCase() === b.split(' ').pop()!.toLowerCase();
}

/** The head cells of a table of apologies and the members who came instead: "Apology from" | "Temporary Appointments". */
const APOLOGY_COLUMN_HEAD = /^apolog(?:y|ies)(?: (?:received )?from)?$/i;
const SUBSTITUTE_COLUMN_HEAD = /^(?:temporary appointments?|substitutes?(?: members?)?|substituted by|replaced by|deputis(?:ing|ed) (?:member|by))$/i;

/** "The Lord Mayor in the Chair", "(The Provost in the Chair)": the office whose holder chaired. */
const OFFICE_IN_THE_CHAIR = /^\(?(?:the )?((?:lord |town |city |borough )?(?:mayor|provost)) in the chair\b/i;

/** The person's notes name the office ("Lord Mayor" for "the Lord Mayor"). */
function holdsOffice(person: Attendee, office: string): boolean {
  return (person.note ?? '').split('; ').some((n) => n.replace(/^the /i, '').toLowerCase() === office);
}

/**
 * A council's civic head chairs its meetings when no one else holds the chair's role: "Councillors Whitcombe (Lord
 * Mayor), Ellery (Deputy Lord Mayor), ..." with no chair marked names the chair by that office. The one person listed
 * with a civic head's office ("Lord Mayor", "Provost") is marked and returned; null with none, or with two.
 */
export function civicHeadChairing(present: Attendee[]): Attendee | null {
  if (present.some((p) => p.chair)) return null;
  const heads = present.filter((p) => (p.note ?? '').split('; ').some((n) => R.CIVIC_HEAD.test(n)));
  if (heads.length !== 1) return null;
  heads[0]!.chair = true;
  return heads[0]!;
}

/** Read the attendance part of minutes: the lines from the first label (or list) to the first item. */
export function readAttendance(lines: readonly ClassifiedLine[], startGroup: Group | null = null): AttendanceResult {
  const present: Attendee[] = [];
  const apologies: Apology[] = [];
  let group: Group | null = startGroup;
  let employeeLines: string[] = [];
  let chair: string | null = null;
  let chairSaid: string | null = null;
  // "The Lord Mayor in the Chair": the chair named by office, held by the person listed with that office.
  let chairOffice: string | null = null;
  // "* denotes attendance": only the marked people came.
  const marked = lines.some((l) => /\bdenotes? (?:attendance|present|those present)\b/i.test(l.text));
  // "P: Present", "A: Apologies": letters before each name say who came.
  const marks = markLegend(lines);
  // A forum's list, one line per member body ("Kilmaronock: Andrew Sinnott"): two such lines at least.
  const representedLines = lines.filter((l) => !l.blank && !l.label && representatives(l.text) !== null).length;
  const flushEmployees = () => {
    present.push(...readEmployeeLines(employeeLines));
    employeeLines = [];
  };
  // "Apologies. Councillor Pritchard.": a label whose list is one sentence ends at its stop; the paragraphs after it are not the list's.
  let sentenceClosed = false;
  // "Apology from" over "Temporary Appointments": a two-column table flattened, each absent member then the member who came instead.
  let pairs: 'head' | 'apology' | 'substitute' | null = null;
  for (const { text, line, afterBlank } of joinWrapped(withRunOnLabels(lines))) {
    if (sentenceClosed && afterBlank && !groupLabel(line) && !R.PERSON_TITLE.test(text)) group = null;
    sentenceClosed = false;
    // "The council met at the Civic Centre, Ashby Road": where the meeting was held names no one.
    if (/\bdenotes?\b/i.test(text) || R.MARK_LEGEND.test(text) || line.section || line.kinds.has('page-title') || line.kinds.has('furniture') || line.kinds.has('agenda-word') || (line.kinds.has('met-title') && !groupLabel(line))) continue;
    // "CHAIR Councillor Abercrombie, Convener, presided.": the chair's label over the sentence that names the one chair.
    // ("PRESENT: Councillor Mrs Ashdown in the chair." opens the list of those present: its label is read below.)
    const stated = line.kinds.has('chair-marker') && groupLabel(line)?.group === 'chair' ? chairStatedBy(text) : null;
    if (stated) {
      chairSaid ??= stated;
      continue;
    }
    const label = groupLabel(line);
    let rest = text;
    if (label) {
      if (group === 'employee') flushEmployees();
      group = label.group;
      // The label's line may have carried on onto the lines below it.
      rest = `${labelRestInColumns(line, label.rest)}${text.slice(line.text.replace(/\t+/g, ' ').length)}`.trim();
      // "Councillors: Mr Brandt, Quayle": a label that is the members' plural title is the title of each untitled name.
      const plural = PLURAL_TITLE_LABEL.exec(text);
      if (plural && label.group === 'member' && rest && !R.PLURAL_TITLE.test(rest)) rest = `${plural[1]} ${rest}`;
      sentenceClosed = /[a-z)]\.$/.test(rest);
    } else if (line.kinds.has('chair-marker') && !line.bullet && (group === null || !text.includes(',') || chairStatedBy(text) !== null)) {
      // "Councillor Harriet Aziz in the Chair" beside the list: who chaired, perhaps a person listed already.
      const said = readPeople(text);
      chairSaid ??= said.length === 1 && said[0]!.chair ? said[0]!.name : (chairStatedBy(text) ?? chairFromSentence(text));
      chairOffice ??= OFFICE_IN_THE_CHAIR.exec(text)?.[1]?.toLowerCase() ?? null;
      continue;
    }
    // "(Apologies for absence were received from Councillors K Quist and D J Moreland)" under the list of those present, no label
    // before it: the sentence gives the apologies, and ends the list.
    // A line that only goes on to them ("Ardlinn: Apologies from Moira Tennant") is a list's line, not that sentence.
    if (!label && opensWithApologies(text.replace(/^\((.*)\)\.?$/, '$1'))) {
      const said = apologiesFromSentence(text.replace(/^\((.*)\)\.?$/, '$1'));
      if (said.length > 0) {
        apologies.push(...said);
        group = null;
        continue;
      }
    }
    // "District Councillor X was in attendance with ...": a sentence saying who was there names people present, whatever list it follows.
    if (!label && group === 'apologies' && SAID_THERE.test(text)) group = 'member';
    if (label) pairs = label.group === 'apologies' && !rest && APOLOGY_COLUMN_HEAD.test(text) ? 'head' : null;
    else if (pairs === 'head') pairs = SUBSTITUTE_COLUMN_HEAD.test(rest) ? 'apology' : null;
    else if (pairs) {
      const people = readPeople(rest);
      if (people.length === 1) {
        if (pairs === 'apology') apologies.push({ name: people[0]!.name, note: people[0]!.note });
        // The member who came in is listed among those present already, as a rule.
        else if (!present.some((p) => sameSurname(p.name, people[0]!.name))) present.push({ name: people[0]!.name, role: 'substitute', chair: false, note: people[0]!.note });
        pairs = pairs === 'apology' ? 'substitute' : 'apology';
        continue;
      }
      pairs = null;
    }
    if (pairs === 'apology') continue;
    if (!group || !rest) continue;
    // "Apology: An apology for absence was intimated on behalf of Councillor X.": the label's list is a sentence that says it.
    // "Apologies were received from Councillors A and B": the label opens the sentence.
    if (group === 'apologies' && label && R.APOLOGIES_SENTENCE.test(text)) {
      apologies.push(...apologiesFromSentence(text));
      continue;
    }
    // "APOLOGIES: Councillors A and B." / "The Minutes of the Meeting held on ... were taken as read ...": a paragraph of
    // prose after a list is the minutes' own text; the list has ended and no one in that paragraph was listed.
    if (!label && readsAsProse(rest)) {
      group = null;
      continue;
    }
    // "Present CHAIRMAN: COUNCILLOR R. DENT VICE CHAIRMAN: COUNCILLOR R. BIRKIN": each role's label, then its one person.
    const roles = label ? rolesInList(rest) : null;
    if (roles) {
      // The role is the first person's; any named after it ("..., Councillors A and B") are members.
      for (const r of roles) {
        for (const [n, person] of readPeople(r.text).entries()) {
          const own = n === 0;
          present.push({ name: person.name, role: 'member', chair: own && r.chair, note: own && !r.chair ? (person.note ?? 'Vice-Chair') : person.note });
        }
      }
      group = 'member';
      continue;
    }
    // A heading such as "Minutes:" between the attendance and the first item names nobody.
    if (!label && /:$/.test(rest)) continue;
    if (R.NO_APOLOGIES.test(rest)) continue;
    if (group === 'employee') {
      employeeLines.push(rest);
      continue;
    }
    if (marks.size > 0 && group !== 'apologies' && group !== 'absent' && marks.has(rest.split(' ')[0]!)) {
      for (const entry of markedEntries(rest, marks)) {
        for (const person of readPeople(entry.text)) {
          if (entry.mark === 'apologies') apologies.push({ name: person.name, note: person.note });
          else if (entry.mark === 'present') present.push({ name: person.name, role: group === 'chair' || group === 'vice-chair' ? 'member' : group, chair: person.chair || group === 'chair', note: person.note });
        }
      }
      continue;
    }
    // "Chairman Hollins": a parish names its chair by surname alone.
    if ((group === 'chair' || group === 'vice-chair') && /^[A-Z][a-z'’-]{1,25}$/.test(rest)) {
      present.push({ name: rest, role: 'member', chair: group === 'chair', note: group === 'chair' ? null : 'Vice-Chair' });
      group = 'member';
      continue;
    }
    rest = attendingSaid(rest);
    // "Cllr Tom Varley, Cllr Olwen Pryce Appointment of Chairman for this meeting It was proposed ...": the list ran
    // on into the next heading and its minute; the last person is the title and two names, and the list ends there.
    const ranOn = label ? listRunIntoHeading(rest) : null;
    if (ranOn !== null) {
      rest = ranOn;
      sentenceClosed = true;
    }
    // "Kilmaronock: Andrew Sinnott (AS), Apologies from Gavin Lyle": a member body and its representatives, who came and who sent apologies.
    if (group !== 'apologies' && group !== 'absent' && representedLines >= 2) {
      const represented = representatives(rest);
      if (represented) {
        rest = represented.present;
        for (const person of readPeople(represented.apologies)) apologies.push({ name: person.name, note: person.note });
      }
    }
    const cameBy = marked ? line.bullet || /^\*/.test(rest) : true;
    for (const person of readPeople(rest.replace(/^\* ?/, ''))) {
      if (group === 'apologies' || person.away === 'apologies') apologies.push({ name: person.name, note: person.note });
      else if (group === 'absent' || person.away === 'absent') continue;
      else if (!cameBy) continue;
      else if (group === 'chair') present.push({ name: person.name, role: 'member', chair: true, note: person.note });
      else if (group === 'vice-chair') present.push({ name: person.name, role: 'member', chair: false, note: person.note ?? 'Vice-Chair' });
      else present.push({ name: person.name, role: group, chair: person.chair, note: person.note });
    }
    // "Chair:" and "Vice-Chair:" name one person each; the lines after them are members.
    if (group === 'chair' || group === 'vice-chair') group = 'member';
  }
  if (group === 'employee' || employeeLines.length) flushEmployees();
  // A list printed twice (a bilingual council's Welsh list, then the same people in English) names each person once.
  dropRepeats(present);
  dropRepeats(apologies);
  chair = present.find((p) => p.chair)?.name ?? null;
  const officeHolder = !chair && !chairSaid && chairOffice ? present.filter((p) => holdsOffice(p, chairOffice!)) : [];
  if (officeHolder.length === 1) {
    officeHolder[0]!.chair = true;
    chair = officeHolder[0]!.name;
  }
  if (!chair && !chairSaid) chair = civicHeadChairing(present)?.name ?? null;
  if (!chair && chairSaid) {
    chair = withChairPresent(present, chairSaid);
  } else if (chair && chairSaid && chairSaid.length > chair.length && chairSaid.split(' ').pop() === chair.split(' ').pop()) {
    // "Aziz (Chair)" in the list and "Councillor Harriet Aziz in the Chair" below it: the fuller name.
    chair = chairSaid;
  }
  return { present, apologies, chair };
}

/** A label's words, never a place's: "Cllrs", "Members", "Officers". */
const PEOPLE_WORD = /\b(?:councillors?|cllrs?|cyng\w*|members?|officers?|attendees?|guests?|public|present|apolog\w*)\b/i;

/** Words joining a place's or body's name: "Linnvale and Drumry", "Parkhall, North Kilbowie & Central". */
const PLACE_JOINERS = new Set(['and', '&', 'of', 'the', 'on', 'upon', 'under', 'in']);

/**
 * "Bonhill and Dalmonach: Jack Fordy, Apologies from Fiona Jenkins": a line of a forum's or joint body's list, the
 * body or place represented and then its people, those after "Apologies from" absent. Null for any other line.
 */
function representatives(text: string): { present: string; apologies: string } | null {
  const colon = text.indexOf(': ');
  if (colon <= 0 || colon > 60) return null;
  const body = text.slice(0, colon);
  if (R.PERSON_TITLE.test(body) || /[\d./]/.test(body) || PEOPLE_WORD.test(body)) return null;
  const words = body.replace(/,/g, '').split(' ');
  if (!words.every((w) => /^[A-Z]/.test(w) || PLACE_JOINERS.has(w))) return null;
  const rest = text.slice(colon + 2);
  const sent = rest.search(/\bApologies from /i);
  if (sent < 0) return { present: rest, apologies: '' };
  return { present: trimEnd(rest.slice(0, sent).trim(), ','), apologies: rest.slice(sent + 'Apologies from '.length) };
}

/** "Nia Roberts the clerk was in attendance.", "Cllr A and Cllr B were also present": the people, their role as a note. */
/** A titled name whose two words run on into capitalised words and then a sentence ("... of Chairman for this meeting"). */
const TITLED_NAME_INTO_HEADING = /(?:^|, |,? and )((?:(?:County|Town|District|Community) )?(?:Cllrs?|Councillors?|Mr|Mrs|Ms|Miss|Dr)\.? [A-Z][\w'’-]* [A-Z][\w'’-]*) [A-Z][a-z]+(?: of| [A-Z][a-z]+){0,4} (?:[a-z]{2,} ){2}[a-z]/;

/** The list before the heading it ran into, or null when it runs into none. */
function listRunIntoHeading(text: string): string | null {
  const m = TITLED_NAME_INTO_HEADING.exec(text);
  return m ? `${text.slice(0, m.index)}${m[0].startsWith(',') ? ', ' : m[0].startsWith(' and') || m[0].startsWith(', and') ? ' and ' : ''}${m[1]}` : null;
}

function attendingSaid(text: string): string {
  const said = / (?:was|were) (?:also )?(?:in attendance|present)\.?$/i.exec(text);
  if (!said) return text;
  const words = text.slice(0, said.index).split(' ');
  const cut = words.findIndex((w, i) => i > 0 && /^[a-z]/.test(w) && w !== 'and' && !NAME_PARTICLE.test(w));
  return cut < 0 ? words.join(' ') : `${words.slice(0, cut).join(' ')} (${words.slice(cut).join(' ')})`;
}

/** The chair named in a sentence was there: one of the people listed ("Aziz" for "Councillor Harriet Aziz"), or added to them; returns the name to record. */
export function withChairPresent(present: Attendee[], chair: string): string {
  const surname = chair.split(' ').pop()!.toLowerCase();
  const listed = present.filter((p) => p.name.split(' ').pop()!.toLowerCase() === surname);
  if (listed.length === 0) {
    present.unshift({ name: chair, role: 'member', chair: true, note: null });
    return chair;
  }
  listed[0]!.chair = true;
  // "Councillor MAY, Convener, in the Chair" under "Councillors DAVID MAY, ...": the chair by surname is the one listed,
  // named as fully as the list names them; with two of that surname the sentence's words stand.
  const bySurnameOnly = chair.replace(R.PERSON_TITLE, '').trim().split(' ').length === 1;
  return bySurnameOnly && listed.length === 1 && listed[0]!.name.replace(R.PERSON_TITLE, '').trim().includes(' ') ? listed[0]!.name : chair;
}

/** Someone a minute says was there, unless the list has them already (by surname). */
export function withPresent(present: Attendee[], name: string): void {
  const surname = name.split(' ').pop()!.toLowerCase();
  if (!present.some((p) => p.name.split(' ').pop()!.toLowerCase() === surname)) present.push({ name, role: 'member', chair: false, note: null });
}

/** The same person in the same part of the list again; one listed as a member and again as, say, a cabinet member stays in both. */
function dropRepeats(people: { name: string; role?: string }[]): void {
  const seen = new Set<string>();
  let kept = 0;
  for (const person of people) {
    const key = `${person.role ?? ''}:${person.name.toLowerCase()}`;
    if (seen.has(key)) continue;
    seen.add(key);
    people[kept++] = person;
  }
  people.length = kept;
}

/** A sentence's end: a stop after a word, not after an initial or a title ("Cllr K. Ambrose", "Revd. Jones"). */
const SENTENCE_STOP = /(?<!(?:^|[\s.])[A-Z]|\b(?:Cllrs?|Mrs?|Ms|Dr|Revd?|St|Prof))\.(?: |$)/;

/** "Also:" opening the next sentence of a list of people. */
const ALSO_AFTER_STOP = /^\. Also ?: ?(?=[A-Z])/;

/**
 * "... from Cllr Fenner With the absence of the Vice Chairman it was ...": flattened text whose stop was lost; a capitalised
 * word that opens sentences, then a word in lower case, starts the next one (no name reads "With the" or "It was").
 */
const UNSTOPPED_SENTENCE = / (?:With|It|There|This|These|As|Following|However|After|During|Members|All|Nothing|No) (?=[a-z])/;

/** The first colon not inside brackets ("Councillor Dent (substitute: Councillor Line):" has one, at its end); -1 for none. */
function colonOutsideBrackets(text: string): number {
  let depth = 0;
  for (let k = 0; k < text.length; k++) {
    const c = text[k];
    if (c === '(') depth++;
    else if (c === ')') depth = Math.max(0, depth - 1);
    else if (c === ':' && depth === 0) return k;
  }
  return -1;
}

/** `text` up to the end of its first sentence (or a colon, with `colon`). */
export function untilSentenceEnd(text: string, colon = false): string {
  const stopped = text.search(SENTENCE_STOP);
  const unstopped = text.search(UNSTOPPED_SENTENCE);
  const stop = unstopped >= 0 && (stopped < 0 || unstopped < stopped) ? unstopped : stopped;
  const cut = colon ? colonOutsideBrackets(text) : -1;
  const end = stop < 0 ? cut : cut < 0 ? stop : Math.min(stop, cut);
  if (end < 0) return text;
  // "... Mr Aled Morris & Mr Huw Pryce. Also: County Councillor Mr Dai Lewis": the list carries on after "Also:".
  const also = end === stop ? ALSO_AFTER_STOP.exec(text.slice(stop)) : null;
  if (also) return `${text.slice(0, end)}, ${untilSentenceEnd(text.slice(stop + also[0].length))}`;
  // "... from Councillors A, B, Owen Ellison. Ruth Faulkner, Simon Garvey and Helen Ashe": a stop typed inside the list; what
  // follows it is only more names.
  const after = end === stop && end === stopped ? text.slice(stop).replace(/^\.\s*/, '') : '';
  const nextStop = after.search(SENTENCE_STOP);
  const next = nextStop < 0 ? after : after.slice(0, nextStop);
  if (next && next.length <= 400 && namesOnly(next)) return `${text.slice(0, end)}, ${next}`;
  return text.slice(0, end);
}

/** A list that is names and nothing else: two at least, each read as a person. */
function namesOnly(text: string): boolean {
  const parts = splitPeople(text);
  return parts.length >= 2 && readPeople(text).length === parts.length && parts.every((p) => !/\b(?!and\b)[a-z]{3,}\b/.test(p));
}

/** ", and from Added Members:", " and also from Co-opted Members:": a further group of the same apologies. */
const SECOND_GROUP_FROM = /,? and (?:also )?from (?:the )?(?:[A-Z][\w'’-]* ){0,3}[A-Z][\w'’-]*: (?=[A-Z])/;

/**
 * Where a text first gives apologies: in the words the rules know ("Apologies for absence were received from"), or a
 * sentence that opens on "Apologies" and turns to the people within a few words of any wording.
 */
function apologiesSaid(text: string): RegExpExecArray | null {
  const known = R.APOLOGIES_SENTENCE.exec(text);
  const loose = R.APOLOGIES_FROM_LOOSE.exec(text);
  return known && (!loose || known.index <= loose.index + loose[0].search(/apolog/i)) ? known : loose;
}

/**
 * Apologies said in a sentence: "Apologies for absence were received from X and Y",
 * "There were apologies from X". Apologies for lateness name people who came.
 */
export function apologiesFromSentence(text: string): Apology[] {
  const out: Apology[] = [];
  const m = apologiesSaid(text);
  if (!m || R.LATENESS.test(text.slice(Math.max(0, m.index - 10), m.index + m[0].length + 10))) return out;
  // "Cllr X sent apologies, which were accepted", "Mrs Y gave her apologies", "Councillors A and B apologised for their
  // inability to attend": the people are the sentence's subject, before the verb.
  if (R.SUBJECT_GIVES_APOLOGIES.test(m[0])) {
    for (const name of peopleBefore(text, m.index)) out.push({ name, note: null });
    if (out.length) return out;
  }
  // "... from Councillor A and from Added Members: Mr B, Mrs C": a second group's label inside the sentence goes on with the list.
  const rest = text.slice(m.index + m[0].length).replace(SECOND_GROUP_FROM, ', ');
  let said = untilSentenceEnd(englishOfBilingual(rest), true);
  // "... from X and Y; and for lateness from Z": Z came.
  const late = R.LATE_CLAUSE.exec(said);
  if (late) said = said.slice(0, late.index);
  // "... from Cllr A and Cllr B attended as substitute": B came in A's place.
  const substitute = substituteClauseAt(said);
  if (substitute >= 0) said = said.slice(0, substitute);
  for (const p of readPeople(said)) out.push({ name: p.name, note: p.note });
  return out;
}

/** Apologies sentences read in one paragraph, at most: "Apologies were received from X. Apologies were also received from Y." */
const APOLOGY_SENTENCES = 8;

/** The apologies every sentence of a paragraph gives, the first and those after it ("... were also received from ..."). */
function apologiesInSentences(paragraph: string): Apology[] {
  const out: Apology[] = [];
  let rest = paragraph;
  for (let n = 0; n < APOLOGY_SENTENCES && rest; n++) {
    const m = apologiesSaid(rest);
    if (!m) break;
    const after = rest.slice(m.index + m[0].length);
    const stop = after.search(SENTENCE_STOP);
    // "Councillor X had sent apologies for lateness and arrived at 7.10 pm.": X came.
    if (n === 0 || !/^ ?for (?:lateness|late arrival)\b/i.test(after)) out.push(...apologiesFromSentence(rest));
    if (stop < 0) break;
    rest = after.slice(stop + 1).trimStart();
  }
  return out;
}

/** An apologies item's own words: the sentence that gives them, or a list of people standing as its first paragraph. */
export function apologiesFromItemText(lines: readonly ClassifiedLine[]): Apology[] {
  const paragraphs: string[] = [];
  // The lines of each paragraph as printed: a list after "Apologies were received from:" is one person a line.
  const printed: string[][] = [];
  let current = '';
  let own: string[] = [];
  for (const l of lines) {
    if (l.blank) {
      if (current) {
        paragraphs.push(current);
        printed.push(own);
      }
      current = '';
      own = [];
      continue;
    }
    current = current ? `${current} ${l.text}` : l.text;
    own.push(l.text);
  }
  if (current) {
    paragraphs.push(current);
    printed.push(own);
  }
  // Every paragraph's apologies sentences: "Apologies were also received from ..." may stand two paragraphs below the first.
  const gathered: Apology[] = [];
  for (const p of paragraphs) {
    const said = apologiesInSentences(p);
    for (const a of said) if (!gathered.some((g) => g.name === a.name)) gathered.push(a);
    if (said.length || gathered.length) continue;
    // "Apologies: Cllrs Smith (holiday) and Jones (illness)." inside the item.
    const labelled = /^apolog(?:y|ies)(?: for absence)? ?[:–-] ?(?=[A-Z])/i.exec(p);
    if (labelled) {
      const people = readPeople(untilSentenceEnd(p.slice(labelled[0].length)));
      if (people.length) return people.map((person) => ({ name: person.name, note: person.note }));
    }
    // "Received from Councillor Iqbal." under the item's heading.
    const received = R.RECEIVED_FROM.exec(p);
    if (received) {
      const names = untilSentenceEnd(p.slice(received[0].length));
      const people = readPeople(names);
      if (people.length) return people.map((person) => ({ name: person.name, note: person.note }));
    }
  }
  if (gathered.length) return gathered;
  // "The following apologies for absence were received:-" then one per line; or the names alone.
  const listed: Apology[] = [];
  const intro = paragraphs.findIndex((p) => /\bapolog(?:y|ies)\b/i.test(p) && /:[-–]?$/.test(p));
  const oneALine = (p: string[]) => p.length > 1 && p.every((l) => !l.includes(',') && !/^[a-z]/.test(l) && readPeople(l).length === 1);
  // Without an introduction the list is the minute itself: after the agenda's words, which name no one ("Members are requested
  // to advise ... of any apologies"), a paragraph of names, or a paragraph a person ("Councillor X – unwell" on each line).
  let first = 0;
  while (intro < 0 && first < Math.min(2, paragraphs.length - 1) && readPeople(paragraphs[first]!).length === 0) first++;
  const candidates = intro >= 0 ? printed.slice(intro + 1).flatMap((p) => (oneALine(p) ? p : [p.join(' ')])) : paragraphs.slice(first);
  for (const p of candidates) {
    // "A Stacey and C Millington – private commitments.": the reason after a spaced dash is no one's name.
    const firstSentence = untilSentenceEnd(p).replace(/ [–—-] [a-z][^–—]{0,80}$/, '');
    const people = readPeople(firstSentence);
    const parts = splitPeople(firstSentence);
    // "Cllr Robin Fenwold from Marlow Vale Council substituted for ...": a sentence after the list has ended it.
    if (listed.length > 0 && parts.some((part) => /\b(?!and\b)[a-z]{3,}\b/.test(withoutBrackets(part, () => {})))) break;
    if (people.length === 0 || (intro < 0 && people.length < parts.length)) {
      if (intro >= 0) continue;
      break;
    }
    for (const person of people) listed.push({ name: person.name, note: person.note });
  }
  return listed;
}

/**
 * What one minute printed on its own (an issue page's meeting, an agenda-item page) says of attendance: the apologies
 * of an apologies item or sentence, and a chair named in the text ("Councillor X in the Chair"), who was there.
 */
export function attendanceInMinute(title: string, minute: readonly ClassifiedLine[]): Pick<AttendanceResult, 'present' | 'apologies' | 'chair'> {
  const present: Attendee[] = [];
  const said = minute.some((l) => !l.blank && R.APOLOGIES_SENTENCE.test(l.text));
  const apologies = /\bapolog/i.test(title) || said ? apologiesFromItemText(minute) : [];
  for (const name of presentNamedIn(minute)) withPresent(present, name);
  const named = chairNamedIn(minute);
  const chair = named && withChairPresent(present, named);
  return { present, apologies, chair };
}

/** A plural title repeated over the columns of a grid of names: "Councillors Councillors Councillors Councillors". */
const COLUMN_HEADS = /^(?:councillors|cllrs|members)(?: (?:councillors|cllrs|members)){1,5}$/i;

/** Lines of names under a label ("Also in attendance:" / "Ms A Bell (Solicitor), Mr C Dow (...)"): a few, each a list, none a sentence of the minutes. */
const LIST_LINES_AFTER_LABEL = 3;

function isListLine(line: ClassifiedLine): boolean {
  // "Mrs J Tennant (Licensing Officer) and Ms F Corrie (...)": two titled people need no comma.
  // "D A D Brett P A Hacking M Lewis ...": a grid of initialled names run together needs no comma either.
  const listed = line.text.includes(',') || (R.PERSON_TITLE.test(line.text) && / (?:and|&) /.test(line.text)) || INITIALS_RUN.test(line.text);
  return !line.blank && !line.label && listed && !R.RECORDED_BUSINESS.test(line.text) && !R.APOLOGIES_SENTENCE.test(line.text);
}

/**
 * Who the attendance lists among a page's minutes name, wherever they stand (a CMIS page prints them below its items):
 * "Councillor G Hale (in the Chair); Councillors A, B and C." as one line, and a label other than apologies with the
 * list lines under it.
 */
export function attendanceListedIn(lines: readonly ClassifiedLine[]): AttendanceResult {
  const blocks: ClassifiedLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    const group = line.label?.group;
    // ("Councillor Strachan, Convener, presided.": the commas set an office beside the one chair, no list.)
    if (line.kinds.has('chair-marker') && /[;,]/.test(line.text) && chairStatedBy(line.text) === null) blocks.push({ ...line, kinds: new Set(), label: { group: 'member', rest: line.text } });
    else if (line.kinds.has('chair-marker')) blocks.push(line);
    // "Councillors Councillors Councillors": the head of each column of a grid of names, the grid's label.
    const gridHead = !group && COLUMN_HEADS.test(line.text);
    if (gridHead) blocks.push({ ...line, label: { group: 'member', rest: '' } });
    else if (!group || group === 'apologies' || group === 'absent') continue;
    else blocks.push(line);
    // The list lines under the label, a blank line between perhaps.
    for (let k = i + 1, taken = 0; k < lines.length && taken < LIST_LINES_AFTER_LABEL; k++) {
      if (lines[k]!.blank) continue;
      if (!isListLine(lines[k]!)) break;
      blocks.push(lines[k]!);
      taken++;
    }
  }
  return readAttendance(blocks);
}

/** "APOLOGIES Cllr. A, B", "Apologies - PCSO X": an apologies heading with its list run on after it on the title's line. */
const APOLOGIES_TITLE_LIST = /^apolog(?:y|ies)(?: for absence)?\.?(?: ?[:–-] ?| )(?=(?:(?:County|Town|District|Borough) )?(?:Cllrs?|Councill?ors?|Mr|Mrs|Ms|Miss|Dr|PCSO)\b\.? ?[A-Z])/i;

/**
 * The apologies an item's title carries (the heading and its list, or the whole sentence, printed as one line that the
 * reader took for the title), as a line to read before the item's own: "APOLOGIES Cllr. A, B, C.", "Apologies for absence
 * were received from Councillors A and B."; null when the title is the heading alone.
 */
export function apologiesInTitle(title: string): string | null {
  if (opensWithApologies(title)) return title;
  const listed = APOLOGIES_TITLE_LIST.exec(title);
  return listed ? `Apologies: ${title.slice(listed[0].length)}` : null;
}

/** An apologies item's title: "Apologies for Absence", "To receive apologies", "Welcome and apologies". */
export function isApologiesItemTitle(title: string): boolean {
  return /^(?:to receive (?:and accept )?)?apolog/i.test(title) || /\bapologies\b/i.test(title);
}

/** The first items of the minutes, where apologies minuted under another title stand. */
const APOLOGIES_ITEM_REACH = 3;

/**
 * Which item minutes the apologies: the one titled so, or else the first of the first few whose minute gives them in a
 * sentence ("Absence of Members", "Welcome and introductions": "Apologies for absence were received from ..."); -1 for none.
 */
export function apologiesItemIndex(titles: readonly string[], minuteOf: (at: number) => readonly ClassifiedLine[] | null): number {
  const titled = titles.findIndex(isApologiesItemTitle);
  if (titled >= 0) return titled;
  for (let k = 0; k < Math.min(titles.length, APOLOGIES_ITEM_REACH); k++) {
    if (minuteOf(k)?.some((l) => !l.blank && R.APOLOGIES_SENTENCE.test(l.text))) return k;
  }
  return -1;
}

/**
 * An apologies item printed with its minute under the agenda's words (a meeting page that gives each item's minute
 * below it): the apologies the minute reports ("Apologies for absence were received from ...") and the substitutes and
 * late arrivals it names. Nothing when the item holds only the agenda's words ("To receive apologies for absence").
 */
export function attendanceInApologiesItem(lines: readonly ClassifiedLine[]): Pick<AttendanceResult, 'present' | 'apologies'> {
  if (!lines.some((l) => !l.blank && R.APOLOGIES_SENTENCE.test(l.text))) return { present: [], apologies: [] };
  const present: Attendee[] = [];
  for (const name of presentNamedIn(lines)) withPresent(present, name);
  return { present, apologies: apologiesFromItemText(lines) };
}

/** An agenda's "Membership: Councillors S Bains, S Hanson (Co-opted Member), ... M Mutton (Chair)". */
export function readMembership(text: string): Attendee[] {
  return readPeople(text).map((p) => {
    const note = p.note ?? '';
    const role: AttendeeRole = /co-?\s?opted/i.test(note)
      ? 'co-opted'
      : /invitation|invited/i.test(note)
        ? 'invited'
        : /substitute/i.test(note)
          ? 'substitute'
          : 'member';
    // A plural "Councillors" prefix does not make a co-opted member a councillor.
    const name = role === 'co-opted' ? p.name.replace(/^Councillor /, '') : p.name;
    return { name, role, chair: p.chair, note: p.note };
  });
}
