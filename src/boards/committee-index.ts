// The committees a council's record holds, by ModernGov id and by committee key: how a board's
// configured committee is matched to the record's spelling of it. Worked out from the meetings alone,
// so the thread that holds the record can work it out and tell the bot's own thread, which holds none.
import type { Meeting } from '../model.ts';
import { committeeFamilyKey, committeeKey } from '../record-keys.ts';

/** "moderngov:569:4967" -> "569". */
function moderngovCommittee(externalId: string | null): string | null {
  const m = /^moderngov:(\d+):/.exec(externalId ?? '');
  return m ? m[1]! : null;
}

/** Plain data (Maps clone between threads). */
export interface CommitteeIndex {
  /** The committee with most meetings. */
  main: string | null;
  byModernGovId: Map<string, string>;
  byKey: Map<string, string>;
  byFamily: Map<string, string[]>;
}

export function committeeIndexOf(meetings: Iterable<Pick<Meeting, 'committee' | 'externalId'>>): CommitteeIndex {
  const byModernGovId = new Map<string, string>();
  const counts = new Map<string, Map<string, number>>();
  for (const meeting of meetings) {
    if (!meeting.committee) continue;
    const id = moderngovCommittee(meeting.externalId);
    if (id && !byModernGovId.has(id)) byModernGovId.set(id, meeting.committee);
    const key = committeeKey(meeting.committee);
    const spellings = counts.get(key) ?? new Map<string, number>();
    spellings.set(meeting.committee, (spellings.get(meeting.committee) ?? 0) + 1);
    counts.set(key, spellings);
  }
  const byKey = new Map<string, string>();
  const byFamily = new Map<string, string[]>();
  let main: { name: string; meetings: number } | null = null;
  for (const [key, spellings] of counts) {
    const meetings = [...spellings.values()].reduce((a, b) => a + b, 0);
    // The spelling most meetings use is the one answers compare with.
    const name = [...spellings].sort((a, b) => b[1] - a[1])[0]![0];
    byKey.set(key, name);
    const family = committeeFamilyKey(key);
    byFamily.set(family, [...(byFamily.get(family) ?? []), name]);
    if (!main || meetings > main.meetings) main = { name, meetings };
  }
  return { main: main?.name ?? null, byModernGovId, byKey, byFamily };
}

/** A board's meetings of the record's calendar: its committee's, and those that name none (every meeting when it has no committee). */
export function boardMeetings<M extends Pick<Meeting, 'committee'>>(calendar: readonly M[], committee: string | null): M[] {
  return committee === null ? [...calendar] : calendar.filter((m) => m.committee === null || m.committee === committee);
}
