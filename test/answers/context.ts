// A question's context over a store, for tests that call queries directly.
import { storeContext, type AnswerContext } from '../../src/answers/context.ts';
import { searchIndexFor } from '../../src/search/search-index.ts';
import type { Store } from '../../src/store/store.ts';

export function contextOf(store: Store, now: Date, options: { page?: number } = {}): AnswerContext {
  return storeContext(store, searchIndexFor(store), now, options);
}
