// What one question is answered with: the record view, the search index, the
// moment it is asked for, how much of a long answer to build, and the board's
// committee when known. Builders and queries take this and nothing hidden.
import { londonDate } from '../london.ts';
import type { SearchIndex } from '../search/search-index.ts';
import type { Store } from '../store/store.ts';
import { entryLimit } from './pages.ts';
import { buildView, type RecordView } from './record-view.ts';

export interface AnswerContext {
  readonly view: RecordView;
  readonly index: SearchIndex;
  /**
   * Whether `index` is the full index of the view's record version. While it loads, a
   * meeting answer is built over an empty index: its look-back finds nothing, and
   * nothing found then is remembered with the view.
   */
  readonly indexComplete: boolean;
  /** The instant answered for. */
  readonly now: Date;
  /** `now` in ms. */
  readonly t: number;
  /** `now` as a London date, YYYY-MM-DD. */
  readonly today: string;
  /** How many entries of a long list to build (see `entryLimit`); the rest is counted. */
  readonly limit: number;
  /** The board's committee ("the board", "SB2"), when configured or the record has only one. */
  readonly committee: string | null;
}

export interface ContextParts {
  view: RecordView;
  index: SearchIndex;
  now: Date;
  /** 0-based page the caller will show. */
  page?: number;
  /** The board's committee as configured; default: the record's only (or main) committee. */
  committee?: string | null;
  indexComplete?: boolean;
}

export function answerContext(parts: ContextParts): AnswerContext {
  const { view, index, now } = parts;
  return {
    view,
    index,
    indexComplete: parts.indexComplete ?? ((index.ready || index.onFirstSearch) && index.storeVersion === view.version),
    now,
    t: now.getTime(),
    today: londonDate(now),
    limit: entryLimit(parts.page),
    committee: parts.committee !== undefined ? parts.committee : boardCommittee(view),
  };
}

/** The committee "the board" means when none is configured: the record's only one, else none. */
export function boardCommittee(view: RecordView): string | null {
  return view.committees.length === 1 ? view.committees[0]! : null;
}

/**
 * A context over a store for a caller without an engine (reminder posts, tools):
 * a view built for this call and the given index.
 */
export function storeContext(store: Store, index: SearchIndex, now: Date, options: { page?: number; committee?: string | null } = {}): AnswerContext {
  return answerContext({ view: buildView(store), index, now, ...options });
}
