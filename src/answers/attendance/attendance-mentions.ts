// Every mention of a person in the record's attendance (present, with apologies, recorded absent),
// read once per record version for both questions about people and attendance rates. Held as
// columns, a few numbers per mention: at council scale there are some 67,000 mentions, and an object
// for each in two look-ups was some 134,000 objects for every full collection of the answer thread to
// mark. A question makes objects only for the mentions of the surname it asks about.
import type { Attendee, Meeting } from '../../model.ts';
import type { SlicedJob, Steps } from '../../search/slices.ts';
import { PackedLists } from '../packed-lists.ts';
import { isPlanOnly, lookupKey, type RecordView } from '../record-view.ts';
import { personKeys, samePersonKey, type PersonKey } from './people.ts';

export type Presence = 'attended' | 'apologies' | 'absent';

const PRESENCES: readonly Presence[] = ['attended', 'apologies', 'absent'];
const ATTENDED = 0;
const APOLOGIES = 1;
const ABSENT = 2;
/** A mention's flags: its presence (a place in PRESENCES) in the two low bits, then the bits below. */
const PRESENCE_BITS = 3;
/** In a seat on the committee: a member, co-opted member or chair, or one with apologies or absent. */
const SEAT = 4;
/** Of a meeting that counts for rates (see countsForRates). */
const RATED = 8;

const SEAT_ROLES = new Set(['member', 'co-opted']);

/** Whether one present sits on the committee: a member, a co-opted member, or its chair (unless a substitute). */
export function seatedAs(p: Attendee): boolean {
  return SEAT_ROLES.has(p.role) || (p.chair && p.role !== 'substitute');
}

/** A meeting's attendance is recorded when its minutes (or ModernGov) name anyone present or absent. */
export function attendanceRecorded(meeting: Meeting): boolean {
  return meeting.present.length > 0 || meeting.apologies.length > 0 || (meeting.absent?.length ?? 0) > 0;
}

/** A meeting counts for attendance rates when it was held (not plan-only, not cancelled) and its attendance recorded. */
export function countsForRates(meeting: Meeting): boolean {
  return !isPlanOnly(meeting) && meeting.status !== 'cancelled' && attendanceRecorded(meeting);
}

/** One mention, as a question reads it. */
export interface AttendanceMention {
  /** Position of the meeting in the view's calendar. */
  at: number;
  meeting: Meeting;
  /** The name as the minutes print it. */
  name: string;
  /** The name read once, when the look-up is built. */
  key: PersonKey;
  presence: Presence;
  /** 'apologies', 'absent', or the role they attended in ('chair' for the chair). */
  as: string;
  /** In a seat on the committee (see SEAT). */
  seat: boolean;
}

/** Which of a surname's mentions to read. */
export interface MentionsWanted {
  /** Those of meetings that count for rates, recorded absences included; else those as present or with apologies, of every meeting. */
  rates: boolean;
  /** Of meetings before this position in the calendar. */
  before: number;
  /** Of the same person (samePersonKey). */
  person: PersonKey;
}

export class AttendanceMentions {
  constructor(
    private readonly calendar: readonly Meeting[],
    /** Surname (lower case) -> the number of its list in `lists`, in the order of each surname's first mention. */
    private readonly bySurname: ReadonlyMap<string, number>,
    /** Each surname's mentions, oldest meeting first, and each meeting's as the minutes list them (present, apologies, absent). */
    private readonly lists: PackedLists,
    /** By mention: its meeting's position in the calendar, its name (a place in `names`), its role (in `roles`: the model's few roles, 'chair', 'apologies' and 'absent'), its flags. */
    private readonly ats: Int32Array,
    private readonly nameOf: Int32Array,
    private readonly roleOf: Uint8Array,
    private readonly flags: Uint8Array,
    private readonly names: readonly string[],
    private readonly keys: readonly PersonKey[],
    private readonly roles: readonly string[],
    /** Each committee's meetings that count for rates, as positions in the calendar, in calendar order. */
    private readonly rated: ReadonlyMap<string, Int32Array>,
  ) {}

  /** Every surname, with the names of its first few mentions as present or with apologies (as the minutes print them). */
  *surnames(firstNames: number): Generator<{ surname: string; names: string[] }> {
    for (const [surname, list] of this.bySurname) {
      const names: string[] = [];
      for (const i of this.lists.list(list)) {
        if (names.length === firstNames) break;
        if ((this.flags[i]! & PRESENCE_BITS) !== ABSENT) names.push(this.names[this.nameOf[i]!]!);
      }
      yield { surname, names };
    }
  }

  /** A person's mentions (see MentionsWanted), oldest meeting first. */
  of(wanted: MentionsWanted): AttendanceMention[] {
    const list = this.bySurname.get(wanted.person.surname);
    if (list === undefined) return [];
    const out: AttendanceMention[] = [];
    for (const i of this.lists.list(list)) {
      const flags = this.flags[i]!;
      const presence = PRESENCES[flags & PRESENCE_BITS]!;
      if (wanted.rates ? (flags & RATED) === 0 : presence === 'absent') continue;
      const at = this.ats[i]!;
      const key = this.keys[this.nameOf[i]!]!;
      if (at >= wanted.before || !samePersonKey(wanted.person, key)) continue;
      out.push({ at, meeting: this.calendar[at]!, name: this.names[this.nameOf[i]!]!, key, presence, as: this.roles[this.roleOf[i]!]!, seat: (flags & SEAT) !== 0 });
    }
    return out;
  }

  /** A committee's meetings that count for rates, before a position in the calendar, oldest first. */
  ratedMeetings(committee: string, before: number): Meeting[] {
    const out: Meeting[] = [];
    for (const at of this.rated.get(committee) ?? []) if (at < before) out.push(this.calendar[at]!);
    return out;
  }
}

export const ATTENDANCE_MENTIONS = lookupKey<AttendanceMentions>('attendance mentions');

/** Built once per record version. */
export function attendanceMentions(view: RecordView): AttendanceMentions {
  return view.derived.getBySteps(ATTENDANCE_MENTIONS, () => mentionSteps(view));
}

/** attendanceMentions in slices, for the background after start or a change. */
export function startAttendanceMentions(view: RecordView): SlicedJob<AttendanceMentions> | null {
  return view.derived.start(ATTENDANCE_MENTIONS, () => mentionSteps(view));
}

const MEETINGS_PER_STEP = 50;

function* mentionSteps(view: RecordView): Steps<AttendanceMentions> {
  const bySurname = new Map<string, number>();
  const surnameLists: number[][] = [];
  const ats: number[] = [];
  const nameOf: number[] = [];
  const roleOf: number[] = [];
  const flags: number[] = [];
  const names: string[] = [];
  const keys: PersonKey[] = [];
  const nameNumbers = new Map<string, number>();
  const roles: string[] = [];
  const roleNumbers = new Map<string, number>();
  const rated = new Map<string, number[]>();
  const keyOf = personKeys();
  const add = (at: number, name: string, as: string, flag: number) => {
    const key = keyOf(name);
    if (!key) return;
    let nameNumber = nameNumbers.get(name);
    if (nameNumber === undefined) {
      nameNumbers.set(name, (nameNumber = names.length));
      names.push(name);
      keys.push(key);
    }
    let role = roleNumbers.get(as);
    if (role === undefined) {
      roleNumbers.set(as, (role = roles.length));
      roles.push(as);
    }
    let list = bySurname.get(key.surname);
    if (list === undefined) {
      bySurname.set(key.surname, (list = surnameLists.length));
      surnameLists.push([]);
    }
    surnameLists[list]!.push(ats.length);
    ats.push(at);
    nameOf.push(nameNumber);
    roleOf.push(role);
    flags.push(flag);
  };
  const calendar = view.calendar;
  for (let at = 0; at < calendar.length; at++) {
    if (at % MEETINGS_PER_STEP === MEETINGS_PER_STEP - 1) yield;
    const meeting = calendar[at]!;
    const counted = countsForRates(meeting) ? RATED : 0;
    if (counted) {
      const committee = meeting.committee ?? '';
      const meetings = rated.get(committee);
      if (meetings) meetings.push(at);
      else rated.set(committee, [at]);
    }
    for (const p of meeting.present) add(at, p.name, p.chair ? 'chair' : p.role, ATTENDED | counted | (seatedAs(p) ? SEAT : 0));
    for (const a of meeting.apologies) add(at, a.name, 'apologies', APOLOGIES | counted | SEAT);
    for (const a of meeting.absent ?? []) add(at, a.name, 'absent', ABSENT | counted | SEAT);
  }
  return new AttendanceMentions(
    calendar,
    bySurname,
    PackedLists.from(surnameLists),
    Int32Array.from(ats),
    Int32Array.from(nameOf),
    Uint8Array.from(roleOf),
    Uint8Array.from(flags),
    names,
    keys,
    roles,
    new Map([...rated].map(([committee, meetings]) => [committee, Int32Array.from(meetings)])),
  );
}
