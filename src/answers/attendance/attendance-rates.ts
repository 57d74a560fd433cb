// Attendance as a rate: of the meetings of the committees a person sat on, how
// many they attended, sent apologies to, or missed without apologies.
//
// Who sits on a committee is settled each municipal year, so a person counts as
// sitting on a committee for each year in which its minutes name them as a
// member, co-opted member or chair, with apologies, or as absent. The meetings
// counted are that committee's meetings of those years whose attendance is
// recorded. Minutes list only who came and who sent apologies; a member they do
// not name at a meeting of a year they sat counts as absent without apologies,
// as does one a ModernGov record marks "Absent". Substitutes, cabinet members,
// officers and guests attend without a seat: they are not rated.
import type { Meeting } from '../../model.ts';
import { municipalYear } from '../work-programme/work-programme-queries.ts';
import type { AnswerContext } from '../context.ts';
import { firstAfter } from '../record-view.ts';
import { attendanceMentions, countsForRates, seatedAs, type AttendanceMention, type Presence } from './attendance-mentions.ts';
import { displayName, personKey, personKeys, type PersonKey } from './people.ts';

export type { Presence } from './attendance-mentions.ts';

export interface SeatMeeting {
  meeting: Meeting;
  presence: Presence;
  /** Absent: the record says so (ModernGov), rather than the minutes not naming them. */
  recordedAbsent?: boolean;
}

export interface AttendanceRate {
  /** The name as most recently printed, without notes. */
  name: string;
  /** Every spelling seen. */
  names: string[];
  committees: string[];
  /** Meetings of the committees sat on, oldest first. */
  meetings: SeatMeeting[];
  attended: number;
  apologies: number;
  absent: number;
  /** attended / meetings, 0..1; null with no meetings. */
  rate: number | null;
}

/** A mention as rates read it; an absent one is recorded absent (ModernGov), not merely left unnamed. */
type Mention = Pick<AttendanceMention, 'meeting' | 'at' | 'name' | 'presence' | 'seat'> & {
  /** The name read once (null: no surname). */
  key: PersonKey | null;
};

/** Meetings held by now with attendance recorded, oldest first; of one committee when given. */
function recordedMeetings(ctx: AnswerContext, committee: string | null): Meeting[] {
  const end = firstAfter(ctx.view, ctx.t);
  const out: Meeting[] = [];
  for (let i = 0; i < end; i++) {
    const m = ctx.view.calendar[i]!;
    if (!countsForRates(m)) continue;
    if (committee && m.committee && m.committee !== committee) continue;
    out.push(m);
  }
  return out;
}

function mentionsIn(meeting: Meeting, at: number, keyOf: (name: string) => PersonKey | null = personKey): Mention[] {
  const out: Mention[] = [];
  for (const p of meeting.present) out.push({ meeting, at, name: p.name, presence: 'attended', seat: seatedAs(p), key: keyOf(p.name) });
  for (const a of meeting.apologies) out.push({ meeting, at, name: a.name, presence: 'apologies', seat: true, key: keyOf(a.name) });
  for (const a of meeting.absent ?? []) out.push({ meeting, at, name: a.name, presence: 'absent', seat: true, key: keyOf(a.name) });
  return out;
}

/** One person's identity across spellings: surname, and first initial when any spelling gives one. */
interface PersonGroup {
  key: PersonKey;
  mentions: Mention[];
}

/**
 * People by surname and first initial. A spelling without initials ("Councillor
 * Miks") joins the one person of that surname who has them, or stands alone.
 */
function groupPeople(mentions: Mention[]): PersonGroup[] {
  const bySurname = new Map<string, PersonGroup[]>();
  const loose: Mention[] = [];
  for (const mention of mentions) {
    const key = mention.key;
    if (!key) continue;
    if (key.initials.length === 0) {
      loose.push(mention);
      continue;
    }
    const groups = bySurname.get(key.surname) ?? [];
    let group = groups.find((g) => g.key.initials[0] === key.initials[0]);
    if (!group) {
      group = { key: { surname: key.surname, initials: [key.initials[0]!] }, mentions: [] };
      groups.push(group);
      bySurname.set(key.surname, groups);
    }
    group.mentions.push(mention);
  }
  for (const mention of loose) {
    const key = mention.key!;
    const groups = bySurname.get(key.surname) ?? [];
    if (groups.length === 1) groups[0]!.mentions.push(mention);
    else {
      let group = groups.find((g) => g.key.initials.length === 0);
      if (!group) {
        group = { key: { surname: key.surname, initials: [] }, mentions: [] };
        groups.push(group);
        bySurname.set(key.surname, groups);
      }
      group.mentions.push(mention);
    }
  }
  return [...bySurname.values()].flat();
}

function rateOf(group: PersonGroup, meetingsOf: (committee: string) => readonly Meeting[]): AttendanceRate | null {
  // The years each committee's minutes name them in a seat.
  const seatYears = new Map<string, Set<string>>();
  for (const m of group.mentions) {
    if (!m.seat || !m.meeting.date) continue;
    const committee = m.meeting.committee ?? '';
    const years = seatYears.get(committee) ?? new Set<string>();
    years.add(municipalYear(m.meeting.date));
    seatYears.set(committee, years);
  }
  if (seatYears.size === 0) return null;
  const byMeeting = new Map<string, Mention>();
  for (const m of group.mentions) {
    const known = byMeeting.get(m.meeting.id);
    // Named present and with apologies at one meeting: present wins.
    if (!known || (known.presence !== 'attended' && m.presence === 'attended')) byMeeting.set(m.meeting.id, m);
  }
  const meetings: SeatMeeting[] = [];
  for (const [committee, years] of seatYears) {
    for (const meeting of meetingsOf(committee)) {
      if (!years.has(municipalYear(meeting.date!))) continue;
      const mention = byMeeting.get(meeting.id);
      if (!mention) meetings.push({ meeting, presence: 'absent' });
      else meetings.push({ meeting, presence: mention.presence, ...(mention.presence === 'absent' ? { recordedAbsent: true } : {}) });
    }
  }
  meetings.sort((a, b) => (a.meeting.date! < b.meeting.date! ? -1 : a.meeting.date! > b.meeting.date! ? 1 : 0));
  const attended = meetings.filter((m) => m.presence === 'attended').length;
  const apologies = meetings.filter((m) => m.presence === 'apologies').length;
  const latest = [...group.mentions].sort((a, b) => (a.meeting.date! < b.meeting.date! ? 1 : -1))[0]!;
  return {
    name: displayName(latest.name),
    names: [...new Set(group.mentions.map((m) => displayName(m.name)))],
    committees: [...seatYears.keys()].filter(Boolean),
    meetings,
    attended,
    apologies,
    absent: meetings.length - attended - apologies,
    rate: meetings.length > 0 ? attended / meetings.length : null,
  };
}

function byCommittee(meetings: Meeting[]): Map<string, Meeting[]> {
  const map = new Map<string, Meeting[]>();
  for (const m of meetings) {
    const key = m.committee ?? '';
    const list = map.get(key);
    if (list) list.push(m);
    else map.set(key, [m]);
  }
  return map;
}

/** Everyone who sat on the board's committee (all committees when none is known), by name. */
export function attendanceTable(ctx: AnswerContext): AttendanceRate[] {
  const meetings = recordedMeetings(ctx, ctx.committee);
  const at = new Map(ctx.view.calendar.map((m, i) => [m.id, i]));
  const keyOf = personKeys();
  const groups = groupPeople(meetings.flatMap((m) => mentionsIn(m, at.get(m.id)!, keyOf)));
  const meetingsByCommittee = byCommittee(meetings);
  return groups
    .map((g) => rateOf(g, (c) => meetingsByCommittee.get(c) ?? []))
    .filter((r): r is AttendanceRate => r !== null)
    .sort((a, b) => (personKey(a.name)?.surname ?? a.name).localeCompare(personKey(b.name)?.surname ?? b.name) || a.name.localeCompare(b.name));
}

/** One person's rate over every committee they sat on, by name as a member types it; null when never in a seat. */
export function attendanceRateOf(ctx: AnswerContext, name: string): AttendanceRate | null {
  const key = personKey(name);
  if (!key) return null;
  const before = firstAfter(ctx.view, ctx.t);
  const lookups = attendanceMentions(ctx.view);
  const mentions = lookups.of({ rates: true, before, person: key });
  if (mentions.length === 0) return null;
  // The asked-for person, should two people of that surname both match a surname alone.
  const groups = groupPeople(mentions);
  const group = groups.sort((a, b) => b.mentions.length - a.mentions.length)[0]!;
  return rateOf(group, (c) => lookups.ratedMeetings(c, before));
}

/** "67%" */
export function percent(rate: number | null): string {
  return rate === null ? 'no meetings' : `${Math.round(rate * 100)}%`;
}
