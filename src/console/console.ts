// STUB: replaced by the local console (issue 4). Signature is the contract.
import type { Readable, Writable } from 'node:stream';
import type { Logger } from '@slack/bolt';
import type { Clock } from '../clock.ts';
import type { Engine } from '../answers/engine.ts';
import type { Store } from '../store/store.ts';

export interface ConsoleDeps {
  store: Store;
  engine: Engine;
  clock: Clock;
  logger: Logger;
  input: Readable;
  output: Writable;
}

export interface RunningConsole {
  /** Resolves when the input ends. */
  closed: Promise<void>;
  /** Print a line as a post in a channel (reminders in the console). */
  print(channel: string, text: string): void;
  stop(): Promise<void>;
}

export function startConsole(_deps: ConsoleDeps): RunningConsole {
  throw new Error('not implemented');
}
