// The look-ups a record version needs before members ask: built in the background
// after start and after each change to the record (RecordViews.prepare), so the
// first question about attendance, requests, an agenda or the work programme finds them ready.
// What every question reads (the names it is read with) comes first, as soon as the record is
// read; the rest once the search index is in, those of the commonest questions first.
import type { SearchIndex } from '../search/search-index.ts';
import type { IntentKind } from './question/question-reading.ts';
import { SlicedJob } from '../search/slices.ts';
import { startAttendanceMentions } from './attendance/attendance-mentions.ts';
import { addCalendarDays, londonDate } from '../london.ts';
import { answerContext, boardCommittee } from './context.ts';
import { openEvidenceBuild } from './evidence/evidence-queries.ts';
import { agendaSubjects } from './meetings/agenda-look-back.ts';
import { agendaTopic, startAgendaTopicIndex } from './meetings/agenda-topics.ts';
import { itemsOf, upcomingMeetings } from './meetings/meeting-queries.ts';
import type { RecordView } from './record-view.ts';
import { openRequestSet, startRequestCatalogue } from './requests/request-catalogue.ts';
import { questionVocabulary } from './question/vocabulary.ts';
import { warmUpQuestionReader } from './question/reader-warm-up.ts';
import { dueIndex } from './requests/requests-due.ts';
import { itemRequests } from './requests/request-topics.ts';
import { startResolutionOrder } from './resolutions/resolution-queries.ts';
import { SLIPPED_SHOWN_DAYS } from './work-programme/build-work-programme.ts';
import { startPlanTrails, startPlanTrailsIn } from './work-programme/drift-queries.ts';

/** Upcoming meetings whose agenda look-back is prepared: the ones members and reminders ask about first. */
const MEETINGS_AHEAD = 3;

export type LookupStep = (view: RecordView) => SlicedJob<unknown> | null | void;

/**
 * What every question reads: the names a question is read with (people, from everyone's mentions in
 * the attendance, which questions about attendance read too). Built beside the index
 * snapshot's slices, so only this delays a search asked at start; the rest waits for the index.
 */
export function firstLookupSteps(): LookupStep[] {
  return [
    // Long look-ups return their work in slices; prepare runs them with the event loop free between.
    (view) => startAttendanceMentions(view),
    (view) => void questionVocabulary(view),
  ];
}

/** Every look-up, the first ones (built already, unless the record changed) included. */
export function lookupSteps(deps: { index: () => SearchIndex; now: () => Date; committee: string | null | undefined }): LookupStep[] {
  return [
    ...firstLookupSteps(),
    // The question reader's patterns, compiled on first use: before the first members ask.
    (view) => warmUpQuestionReader(questionVocabulary(view), deps.now()),
    (view) => startRequestCatalogue(view),
    (view) => void openRequestSet(view),
    (view) => void dueIndex(view),
    // Each item's requests, which topics read: built now, not as the first topics reach each item.
    (view) => void itemRequests(view),
    // The short ones questions of a kind wait for, before the long ones (attendance is read with the
    // names, first): the order of resolutions, and the last year's plan trails (every work-programme
    // answer reads them: a tenth of the trails and the lists they are found in).
    (view) => startResolutionOrder(view),
    (view) => programmeTrails(view, deps.now()),
    // The index's table of what each document number stands for, which every search reads: built
    // here rather than by the first search, so that questions asked meanwhile keep none of it alive;
    // in slices, so that they do not wait for it either.
    () => deps.index().readSlots(),
    // And the record's own copy of each document's id in that table, in place of the one cut from the index's id.
    () => deps.index().shareRecordIds(),
    // What the record holds on each agenda subject, then the subjects of the next meetings: every
    // answer about an upcoming meeting looks back through them, and one asked before they are built
    // builds them in its own turn while the questions behind it wait (seconds at council scale).
    (view) => startAgendaTopicIndex(view),
    (view) => {
      const ctx = answerContext({ view, index: deps.index(), now: deps.now(), ...(deps.committee !== undefined ? { committee: deps.committee } : {}) });
      return new SlicedJob(
        (function* () {
          for (const meeting of upcomingMeetings(ctx, MEETINGS_AHEAD)) {
            for (const subject of agendaSubjects(view, meeting, itemsOf(view, meeting.id))) {
              agendaTopic(view, subject);
              yield;
            }
          }
        })(),
      );
    },
    // Every plan row's trail, newest first; a question works out the rows it reads itself.
    (view) => startPlanTrails(view),
    // Evidence for the board's open requests, which answers, digests and Home list: found per request, so a question never waits for all of it.
    (view) => openEvidenceBuild(view, deps.committee === undefined ? boardCommittee(view) : deps.committee, londonDate(deps.now())),
  ];
}

/**
 * The look-ups a question of each kind reads that take long to build, for `ready` to have built in
 * slices before the question is answered: built in its turn instead, one would hold up every other
 * question in flight. A look-up missing here is still built when the answer reads it.
 */
export function lookupStepsFor(intent: IntentKind, now: Date): LookupStep[] {
  switch (intent) {
    // A meeting's answer: its requests and resolutions, and before it the look-back through each agenda subject.
    case 'next-meeting':
    case 'meeting':
    case 'meetings':
      return [...REQUESTS_DUE, (view) => startResolutionOrder(view), (view) => startAgendaTopicIndex(view)];
    case 'latest-meeting':
      return [...REQUESTS_DUE, (view) => startResolutionOrder(view)];
    case 'resolutions':
    case 'history':
      return [(view) => startResolutionOrder(view)];
    case 'requests':
      return REQUESTS_DUE;
    case 'attendance':
    case 'person':
    case 'attendance-table':
      return [(view) => startAttendanceMentions(view)];
    // The whole programme: what became of every committee's rows planned in the last year (or ever).
    case 'work-programme':
      return [(view) => programmeTrails(view, now)];
    case 'slipped':
      return [(view) => startPlanTrailsIn(view, null, londonDate(now))];
    default:
      return [];
  }
}

/** The trails of the rows planned in the year before `now`, which the work programme's answer shows. */
function programmeTrails(view: RecordView, now: Date): SlicedJob<unknown> | null {
  const today = londonDate(now);
  return startPlanTrailsIn(view, addCalendarDays(today, -SLIPPED_SHOWN_DAYS), today);
}

/** The request catalogue and what is due at each meeting. */
const REQUESTS_DUE: LookupStep[] = [(view) => startRequestCatalogue(view), (view) => void openRequestSet(view), (view) => void dueIndex(view)];
