// The answer engine: one entry point for `/scrutiny`, mentions, the console and
// `scrutiny ask`. It routes a question by its words and returns one Answer; it
// never throws, whatever the text.
import type { Logger } from '@slack/bolt';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import { defaultSnapshotPath, emptySearchIndex, SearchIndexKeeper, shareSearchIndex, type SearchIndex } from '../search/search-index.ts';
import type { Answer } from './answer.ts';
import { answer, entryLimit } from './answer-parts.ts';
import { buildAttendance } from './build-attendance.ts';
import { buildHelp } from './build-help.ts';
import { buildHistory } from './build-history.ts';
import { buildMeetingOnAnswer } from './build-meeting.ts';
import { buildLatestMeetingAnswer, buildNextMeetingAnswer } from './build-next-meeting.ts';
import { buildAllRequests, buildOutstandingRequests, buildRequestsAbout } from './build-requests.ts';
import { buildResolutionsAnswer } from './build-resolutions.ts';
import { buildSearch } from './build-search.ts';
import { buildWorkProgramme } from './build-work-programme.ts';
import { plainQuestion, routeQuestion, type Intent } from './intent.ts';
import { viewOf } from './record-view.ts';

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
  /** Bring the search index in step with the store after an ingest. */
  refresh(): void;
}

export interface EngineDeps {
  store: Store;
  clock: Clock;
  /** Where the search index snapshot is saved; null: never saved. Default: beside the store. */
  snapshotPath?: string | null;
  logger?: Logger;
}

/** The engine plus what tests and the benchmark look at. */
export interface AnswerEngine extends Engine {
  /** The index in use: `origin` says whether it came from the snapshot or was built. */
  index(): SearchIndex;
  /** Resolves when the last snapshot write has finished. */
  saved(): Promise<void>;
  /** Resolves when the index is in memory (a snapshot is read in the background after start). */
  loaded(): Promise<void>;
}

/** Meeting answers: built from the record while the index loads, without their look-back. */
const MEETING_KINDS = new Set<Intent['kind']>(['next-meeting', 'latest-meeting', 'meeting-on']);

const STILL_LOADING_NOTE = 'Open requests and earlier resolutions on these topics are still loading: ask again in a moment to see them.';

/** A stand-in for the store and an index of nothing, used while the real index loads. */
interface StandIn {
  store: Store;
  index: SearchIndex;
}

/**
 * While the index loads, a meeting answer is built over a stand-in for the store
 * and an empty index: its look-back finds nothing, and what it remembers per store
 * (the record's look-ups, topics found) stays with the stand-in, never with the store.
 */
function standInFor(store: Store): StandIn {
  const standIn = new Proxy(store, {
    get(target, property) {
      const value: unknown = Reflect.get(target, property, target);
      return typeof value === 'function' ? (value as (...args: unknown[]) => unknown).bind(target) : value;
    },
  });
  const index = emptySearchIndex(store.version());
  shareSearchIndex(standIn, index);
  return { store: standIn, index };
}

function answerWhileLoading(standIn: StandIn, intent: Intent, question: string, now: Date, limit: number): Answer {
  const consulted = standIn.index.consulted;
  const built = answerIntent(standIn.store, standIn.index, intent, question, now, limit);
  if (standIn.index.consulted === consulted) return built;
  return { ...built, notes: [STILL_LOADING_NOTE, ...(built.notes ?? [])] };
}

/** Longest question text routed; the rest of a pasted essay adds nothing to the routing. */
const MAX_QUESTION = 1000;

/** `limit`: how many entries a long list builds (see `entryLimit`); the rest is counted. */
export function answerIntent(store: Store, index: SearchIndex, intent: Intent, question: string, now: Date, limit = entryLimit()): Answer {
  switch (intent.kind) {
    case 'help':
      return buildHelp(question, now);
    case 'next-meeting':
      return buildNextMeetingAnswer(store, question, now, index);
    case 'latest-meeting':
      return buildLatestMeetingAnswer(store, question, now, index);
    case 'meeting-on':
      return buildMeetingOnAnswer(store, intent.date, question, now, index);
    case 'resolutions':
      return buildResolutionsAnswer(store, intent.topic, question, now, index, limit);
    case 'requests':
      if (intent.topic) return buildRequestsAbout(store, intent.topic, question, now, index, limit);
      return intent.scope === 'all' ? buildAllRequests(store, now, question, limit) : buildOutstandingRequests(store, now, question, limit);
    case 'work-programme':
      return buildWorkProgramme(store, now, question, limit);
    case 'history':
      return buildHistory(store, intent.topic, question, now, index, limit);
    case 'attendance':
      return buildAttendance(store, intent.name, question, now);
    case 'search':
      return (
        buildSearch(store, index, intent.query, question, now) ??
        buildHelp(question, now, `Nothing in the record matches "${intent.query.length > 60 ? `${intent.query.slice(0, 60)}…` : intent.query}". Here is what you can ask.`)
      );
  }
}

export async function createEngine(deps: EngineDeps): Promise<AnswerEngine> {
  const { store, clock, logger } = deps;
  const snapshotPath = deps.snapshotPath === undefined ? defaultSnapshotPath(store.path) : deps.snapshotPath;
  const keeper = new SearchIndexKeeper({ store, snapshotPath, ...(logger ? { logger } : {}) });
  await keeper.open();
  // One stand-in while the index loads (its record look-ups are built once), dropped once it has loaded.
  let standIn: StandIn | null = null;
  const whileLoading = (): StandIn => {
    if (!standIn || standIn.index.storeVersion !== store.version()) standIn = standInFor(store);
    return standIn;
  };
  const loadingAtStart = !keeper.current().ready;
  void keeper.loaded().then(() => {
    standIn = null;
    // The record's look-ups, built now rather than in the first answer after the index is in.
    if (!loadingAtStart) return;
    setImmediate(() => {
      try {
        viewOf(store);
      } catch (error) {
        logger?.warn('Preparing the record look-ups failed.', error);
      }
    });
  });

  return {
    ask(question, options = {}) {
      const now = options.now ?? clock.now();
      const text = typeof question === 'string' ? question : '';
      try {
        const plain = plainQuestion(text.slice(0, MAX_QUESTION));
        const intent = routeQuestion(plain);
        const index = keeper.current();
        // Other questions that need the index wait for it (it loads there and then): never a wrong "nothing found".
        if (!index.ready && MEETING_KINDS.has(intent.kind)) return answerWhileLoading(whileLoading(), intent, text, now, entryLimit(options.page));
        return answerIntent(store, index, intent, text, now, entryLimit(options.page));
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
    },
    index: () => keeper.current(),
    saved: () => keeper.saved(),
    loaded: () => keeper.loaded(),
  };
}
