// A meeting that a source identifies itself (ModernGov: "moderngov:569:4967") is
// the same meeting whatever date it carries: when the council moves it, the
// stored meeting moves with it instead of leaving a copy on the old date.
import type { MeetingBundle } from './record-index.ts';

/**
 * The meeting with this external id, if any: one being merged (`working`) wins
 * over a stored one (`storedIds`, from the record index's external-id map), so
 * the look-up costs what the document touches, not what the record holds.
 */
export function findMeetingByExternalId(
  externalId: string | null,
  working: Iterable<MeetingBundle>,
  storedIds: ReadonlySet<string> | undefined,
  isRemoved: (meetingId: string) => boolean,
): string | undefined {
  if (!externalId) return undefined;
  for (const bundle of working) {
    if (bundle.meeting.externalId === externalId && !isRemoved(bundle.meeting.id)) return bundle.meeting.id;
  }
  for (const id of storedIds ?? []) if (!isRemoved(id)) return id;
  return undefined;
}

/** Move a meeting found by its external id to the date its source now gives. */
export function moveMeetingToDate(bundle: MeetingBundle, date: string | null): boolean {
  if (date === null || bundle.meeting.date === date) return false;
  bundle.meeting.date = date;
  return true;
}
