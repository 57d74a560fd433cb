// STUB: replaced by reminders (issue 5). Signature is the contract.
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import type { Answer } from '../answers/answer.ts';

export interface RemindContext {
  store: Store;
  clock: Clock;
  channel: string;
  user: string;
  /** Scrutiny co-ordinators may change subscriptions; anyone may list them. */
  isAdmin: boolean;
}

/** `/scrutiny remind ...` with the words after "remind". */
export async function remindCommand(_words: string, _ctx: RemindContext): Promise<Answer> {
  throw new Error('not implemented');
}
