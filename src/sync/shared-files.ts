// STUB: replaced by "papers dropped into Slack" (issue 7). Signature is the contract.
import type { Logger } from '@slack/bolt';
import type { Answer } from '../answers/answer.ts';
import type { Engine } from '../answers/engine.ts';
import type { Store } from '../store/store.ts';
import type { Clock } from '../clock.ts';
import type { RunningReminders } from '../reminders/scheduler.ts';

/** The parts of a Slack file object that ingesting needs. */
export interface SharedFile {
  id: string;
  name?: string;
  mimetype?: string;
  filetype?: string;
  size?: number;
  url_private_download?: string;
  url_private?: string;
}

export interface SharedFilesContext {
  files: SharedFile[];
  user: string;
  /** Only scrutiny co-ordinators may add papers. */
  isAdmin: boolean;
  /** Bot token used to download the files (Authorization: Bearer). */
  botToken: string;
  store: Store;
  engine: Engine;
  clock: Clock;
  logger: Logger;
  reminders?: RunningReminders;
  /** Injected for tests; default global fetch. */
  fetch?: typeof fetch;
}

/** Download, ingest exactly as `scrutiny ingest` would, and say what was found (or why not). */
export async function ingestSharedFiles(_ctx: SharedFilesContext): Promise<Answer> {
  throw new Error('not implemented');
}
