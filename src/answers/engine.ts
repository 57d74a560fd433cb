// The answer engine: one entry point for `/scrutiny`, mentions, the console and
// `scrutiny ask`. It reads a question into an intent, gives the builders one
// context for it (record view, index, clock, page, the board's committee) and
// returns one Answer; it never throws, whatever the text.
import type { Logger } from '@slack/bolt';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import { defaultSnapshotPath, emptySearchIndex, SearchIndexKeeper, type SearchIndex } from '../search/search-index.ts';
import type { Answer } from './answer.ts';
import { answer } from './answer-parts.ts';
import { buildAttendance } from './attendance/build-attendance.ts';
import { buildAttendanceTable } from './attendance/build-attendance-table.ts';
import { answerContext, type AnswerContext } from './context.ts';
import { buildHelp } from './help/build-help.ts';
import { buildHistory } from './history/build-history.ts';
import { lookupSteps } from './lookups.ts';
import { buildMeetingOnAnswer } from './meetings/build-meeting.ts';
import { buildLatestMeetingAnswer, buildNextMeetingAnswer } from './meetings/build-next-meeting.ts';
import { plainQuestion, routeQuestion, type Intent } from './question/intent.ts';
import { RecordViews } from './record-view.ts';
import { buildAllRequests, buildOutstandingRequests, buildRequestsAbout } from './requests/build-requests.ts';
import { buildResolutionsAnswer } from './resolutions/build-resolutions.ts';
import { buildSearch } from './search/build-search.ts';
import { buildSlipped } from './work-programme/build-slipped.ts';
import { buildWorkProgramme } from './work-programme/build-work-programme.ts';

export interface AskOptions {
  /** The instant to answer for (default: the clock). */
  now?: Date;
  /**
   * The page (0-based, as Slack's "Show more" counts) the caller will show. A long
   * answer builds its entries up to this page and a few more, and counts the rest.
   */
  page?: number;
}

export interface Engine {
  /** Answer a member's question as of `now` (default: the clock). Never throws for any input text. */
  ask(question: string, options?: AskOptions): Answer;
  /** Bring the search index and the record's look-ups in step with the store after an ingest. */
  refresh(): void;
  /**
   * Resolves when `question` can be answered without waiting: at once, or, while the
   * search index loads after a start or takes in a change, once a question that needs it can have it.
   */
  ready?(question: string): Promise<void>;
}

export interface EngineDeps {
  store: Store;
  clock: Clock;
  /** Where the search index snapshot is saved; null: never saved. Default: beside the store. */
  snapshotPath?: string | null;
  logger?: Logger;
  /** The board's committee ("the board", "SB2"); default: the record's only committee, if it has one. */
  committee?: string | null;
}

/** The engine plus what tests, tools and the benchmark look at. */
export interface AnswerEngine extends Engine {
  /** The index in use: `origin` says whether it came from the snapshot or was built. */
  index(): SearchIndex;
  /** Resolves when the last snapshot write has finished. */
  saved(): Promise<void>;
  /** Resolves when the index is in memory (a snapshot is read in the background after start). */
  loaded(): Promise<void>;
  /** Resolves when the record's look-ups asked for last (after start, after a change) are built. */
  prepared(): Promise<void>;
  /** The context a question asked now would be answered with. */
  context(options?: AskOptions): AnswerContext;
}

/** Meeting answers: built from the record while the index loads, without their look-back. */
const MEETING_KINDS = new Set<Intent['kind']>(['next-meeting', 'latest-meeting', 'meeting-on']);

const STILL_LOADING_NOTE = 'Open requests and earlier resolutions on these topics are still loading: ask again in a moment to see them.';

/** Longest question text routed; the rest of a pasted essay adds nothing to the routing. */
const MAX_QUESTION = 1000;

export function answerIntent(ctx: AnswerContext, intent: Intent, question: string): Answer {
  switch (intent.kind) {
    case 'help':
      return buildHelp(question, ctx.now);
    case 'next-meeting':
      return buildNextMeetingAnswer(ctx, question);
    case 'latest-meeting':
      return buildLatestMeetingAnswer(ctx, question);
    case 'meeting-on':
      return buildMeetingOnAnswer(ctx, intent.date, question);
    case 'resolutions':
      return buildResolutionsAnswer(ctx, intent.topic, question);
    case 'requests':
      if (intent.topic) return buildRequestsAbout(ctx, intent.topic, question);
      return intent.scope === 'all' ? buildAllRequests(ctx, question) : buildOutstandingRequests(ctx, question);
    case 'work-programme':
      return buildWorkProgramme(ctx, question);
    case 'history':
      return buildHistory(ctx, intent.topic, question);
    case 'attendance':
      return buildAttendance(ctx, intent.name, question);
    case 'attendance-table':
      return buildAttendanceTable(ctx, question);
    case 'slipped':
      return buildSlipped(ctx, question);
    case 'search':
      return (
        buildSearch(ctx, intent.query, question) ??
        buildHelp(question, ctx.now, `Nothing in the record matches "${intent.query.length > 60 ? `${intent.query.slice(0, 60)}…` : intent.query}". Here is what you can ask.`)
      );
  }
}

export async function createEngine(deps: EngineDeps): Promise<AnswerEngine> {
  const { store, clock, logger } = deps;
  const snapshotPath = deps.snapshotPath === undefined ? defaultSnapshotPath(store.path) : deps.snapshotPath;
  const keeper = new SearchIndexKeeper({ store, snapshotPath, ...(logger ? { logger } : {}) });
  await keeper.open();
  const views = new RecordViews(store);
  // An index of nothing, for meeting answers while the real one loads; one per record version.
  let standIn: SearchIndex | null = null;
  const standInIndex = (): SearchIndex => {
    if (!standIn || standIn.storeVersion !== store.version()) standIn = emptySearchIndex(store.version());
    return standIn;
  };
  const steps = lookupSteps({ index: () => keeper.current(), now: () => clock.now(), committee: deps.committee });
  const prepare = () => void views.prepare(steps, (error) => logger?.warn('Preparing the record look-ups failed.', error));
  // The look-ups are built now, off the answer path, and again once the index is in memory (for the agenda look-back).
  prepare();
  void keeper.loaded().then(() => {
    standIn = null;
    prepare();
  });

  const contextFor = (options: AskOptions, index: SearchIndex, indexComplete?: boolean): AnswerContext =>
    answerContext({
      view: views.current(),
      index,
      ...(indexComplete !== undefined ? { indexComplete } : {}),
      now: options.now ?? clock.now(),
      ...(options.page !== undefined ? { page: options.page } : {}),
      ...(deps.committee !== undefined ? { committee: deps.committee } : {}),
    });

  return {
    ask(question, options = {}) {
      const text = typeof question === 'string' ? question : '';
      const now = options.now ?? clock.now();
      try {
        const plain = plainQuestion(text.slice(0, MAX_QUESTION));
        const intent = routeQuestion(plain);
        const index = keeper.current();
        // Other questions that need the index wait for it (it loads there and then): never a wrong "nothing found".
        if (!index.ready && MEETING_KINDS.has(intent.kind)) {
          const empty = standInIndex();
          const consulted = empty.consulted;
          const built = answerIntent(contextFor({ ...options, now }, empty, false), intent, text);
          if (empty.consulted === consulted) return built;
          return { ...built, notes: [STILL_LOADING_NOTE, ...(built.notes ?? [])] };
        }
        return answerIntent(contextFor({ ...options, now }, index), intent, text);
      } catch (error) {
        logger?.error('Answering a question failed', { question: text.slice(0, 200) }, error);
        return answer('notice', text, now, {
          title: 'Sorry, something went wrong answering that.',
          summary: 'The problem has been logged. Try asking in other words, or ask "help".',
          sections: [],
        });
      }
    },
    refresh() {
      keeper.current();
      if (!views.ready) prepare();
    },
    async ready(question) {
      const index = keeper.current();
      if (index.ready && index.storeVersion === store.version()) return;
      const intent = routeQuestion(plainQuestion((typeof question === 'string' ? question : '').slice(0, MAX_QUESTION)));
      if (!MEETING_KINDS.has(intent.kind)) await keeper.loaded();
    },
    index: () => keeper.current(),
    saved: () => keeper.saved(),
    loaded: () => keeper.loaded(),
    prepared: () => views.prepared(),
    context: (options = {}) => contextFor(options, keeper.current()),
  };
}
