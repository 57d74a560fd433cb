// STUB: replaced by the answer engine (issue 3). Signature is the contract.
import type { Logger } from '@slack/bolt';
import type { Clock } from '../clock.ts';
import type { Store } from '../store/store.ts';
import type { Answer } from './answer.ts';

export interface Engine {
  /** Answer a member's question as of `now` (default: the clock). Never throws for any input text. */
  ask(question: string, options?: { now?: Date }): Answer;
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

export async function createEngine(_deps: EngineDeps): Promise<Engine> {
  throw new Error('not implemented');
}
