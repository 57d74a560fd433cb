// The look-ups a record version needs before members ask: built in the background
// after start and after each change to the record (RecordViews.prepare), so the
// first question about attendance, requests or an agenda finds them ready.
import type { SearchIndex } from '../search/search-index.ts';
import { londonDate } from '../london.ts';
import { peopleIndex } from './attendance/attendance-queries.ts';
import { answerContext, boardCommittee } from './context.ts';
import { agendaSubjects, agendaTopic } from './meetings/agenda-look-back.ts';
import { itemsOf, upcomingMeetings } from './meetings/meeting-queries.ts';
import type { LookupStep } from './record-view.ts';
import { requestCatalogue } from './requests/request-catalogue.ts';
import { planTrailsBuild } from './work-programme/drift-queries.ts';
import { openEvidenceBuild } from './evidence/evidence-queries.ts';

/** Upcoming meetings whose agenda look-back is prepared: the ones members and reminders ask about first. */
const MEETINGS_AHEAD = 3;

export function lookupSteps(deps: { index: () => SearchIndex; now: () => Date; committee: string | null | undefined }): LookupStep[] {
  return [
    (view) => void peopleIndex(view),
    (view) => void requestCatalogue(view),
    // What became of the work programme: the next meeting's answer and its reminder list what slipped.
    (view) => planTrailsBuild(view),
    // Evidence for the board's open requests, which answers, digests and Home list.
    (view) => openEvidenceBuild(view, deps.committee === undefined ? boardCommittee(view) : deps.committee, londonDate(deps.now())),
    (view) => {
      const index = deps.index();
      // The look-back needs the index of this very version; a later one is prepared by its own run.
      if (!index.ready || index.storeVersion !== view.version) return;
      const ctx = answerContext({ view, index, now: deps.now(), ...(deps.committee !== undefined ? { committee: deps.committee } : {}) });
      for (const meeting of upcomingMeetings(ctx, MEETINGS_AHEAD)) {
        for (const subject of agendaSubjects(view, meeting, itemsOf(view, meeting.id))) agendaTopic(ctx, subject);
      }
    },
  ];
}
