// A meeting that a source identifies itself (ModernGov: "moderngov:569:4967") is
// the same meeting whatever date it carries: when the council moves it, the
// stored meeting moves with it instead of leaving a copy on the old date.
import type { MeetingBundle } from '../store/record-index.ts';

/** The stored (or being-merged) meeting with this external id, if any; `working` wins over `stored`. */
export function findMeetingByExternalId(
  externalId: string | null,
  working: Iterable<MeetingBundle>,
  stored: Iterable<MeetingBundle>,
  isRemoved: (meetingId: string) => boolean,
): string | undefined {
  if (!externalId) return undefined;
  for (const bundles of [working, stored]) {
    for (const bundle of bundles) {
      if (bundle.meeting.externalId === externalId && !isRemoved(bundle.meeting.id)) return bundle.meeting.id;
    }
  }
  return undefined;
}

/** Move a meeting found by its external id to the date its source now gives. */
export function moveMeetingToDate(bundle: MeetingBundle, date: string | null): boolean {
  if (date === null || bundle.meeting.date === date) return false;
  bundle.meeting.date = date;
  return true;
}
