// Who attended and who sent apologies: one look-up from each person's surname to
// the meetings they attended or sent apologies to, built once per record version,
// so a question about a person never re-reads every meeting's attendance.
import type { Meeting } from '../../model.ts';
import type { AnswerContext } from '../context.ts';
import { firstAfter, lookupKey, type RecordView } from '../record-view.ts';
import { personKey, personKeys, samePersonKey, type PersonKey } from './people.ts';
import type { SlicedJob, Steps } from '../../search/slices.ts';

/** One mention of a person in a meeting's attendance. */
export interface PersonMention {
  /** Position of the meeting in the view's calendar. */
  at: number;
  meeting: Meeting;
  /** The name as the minutes print it. */
  name: string;
  /** 'apologies', or the role they attended in ('chair' for the chair). */
  as: string;
  /** The name read once, when the look-up is built. */
  key: PersonKey;
}

export interface PeopleIndex {
  /** Surname (lower case) -> mentions, oldest meeting first. */
  bySurname: Map<string, PersonMention[]>;
}

export const PEOPLE_LOOKUP = lookupKey<PeopleIndex>('people');

export function peopleIndex(view: RecordView): PeopleIndex {
  return view.derived.getBySteps(PEOPLE_LOOKUP, () => peopleSteps(view));
}

/** peopleIndex in slices, for the background after start or a change. */
export function startPeopleIndex(view: RecordView): SlicedJob<PeopleIndex> | null {
  return view.derived.start(PEOPLE_LOOKUP, () => peopleSteps(view));
}

const MEETINGS_PER_STEP = 50;

function* peopleSteps(view: RecordView): Steps<PeopleIndex> {
  const bySurname = new Map<string, PersonMention[]>();
  const keyOf = personKeys();
  const add = (at: number, meeting: Meeting, name: string, as: string) => {
    const key = keyOf(name);
    if (!key) return;
    // One object literal, not a spread with the key added: that gave each mention a hidden class of its own in V8.
    const mention: PersonMention = { at, meeting, name, as, key };
    const list = bySurname.get(key.surname);
    if (list) list.push(mention);
    else bySurname.set(key.surname, [mention]);
  };
  for (let at = 0; at < view.calendar.length; at++) {
    if (at % MEETINGS_PER_STEP === MEETINGS_PER_STEP - 1) yield;
    const meeting = view.calendar[at]!;
    for (const p of meeting.present) add(at, meeting, p.name, p.chair ? 'chair' : p.role);
    for (const a of meeting.apologies) add(at, meeting, a.name, 'apologies');
  }
  return { bySurname };
}

export interface Attendance {
  /** The names as the minutes printed them, for the heading. */
  names: string[];
  attended: { meeting: Meeting; as: string }[];
  apologies: Meeting[];
}

/** Mentions of a person (by name as a member types it) in meetings held by now, newest first. */
export function mentionsOf(ctx: AnswerContext, key: PersonKey): PersonMention[] {
  const before = firstAfter(ctx.view, ctx.t);
  return (peopleIndex(ctx.view).bySurname.get(key.surname) ?? [])
    .filter((m) => m.at < before && samePersonKey(key, m.key))
    .sort((a, b) => b.at - a.at);
}

/** Meetings a person attended and sent apologies to by now, newest first ("Councillor Masih", "Cllr A Masih", "Masih"). */
export function attendanceOf(ctx: AnswerContext, name: string): Attendance {
  const key = personKey(name);
  const result: Attendance = { names: [], attended: [], apologies: [] };
  if (!key) return result;
  const names = new Set<string>();
  const seen = new Set<string>();
  for (const mention of mentionsOf(ctx, key)) {
    // Present and apologies both printed for one meeting: present wins (the first listed role counts).
    if (seen.has(mention.meeting.id)) continue;
    seen.add(mention.meeting.id);
    names.add(mention.name);
    if (mention.as === 'apologies') result.apologies.push(mention.meeting);
    else result.attended.push({ meeting: mention.meeting, as: mention.as });
  }
  result.names = [...names];
  return result;
}
