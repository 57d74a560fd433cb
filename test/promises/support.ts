// Shared pieces of the end-to-end tests of the board's promises: a file store filled from the
// bundled corpus, invented later papers or the fake ModernGov, the real engine, and the signed
// Slack harness around it. Each is closed when the test that opened it finishes.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../../src/answers/engine.ts';
import { ManualClock } from '../../src/clock.ts';
import { BUNDLED_CORPUS, ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { openStore } from '../../src/store/lowdb-store.ts';
import type { Store } from '../../src/store/store.ts';
import { createModernGovClient } from '../../src/sync/moderngov-client.ts';
import { syncOnce } from '../../src/sync/sync-once.ts';
import { webApi } from '@slack/bolt';
import { createLogger } from '../../src/logger.ts';
import { startReminders, type RecordNews } from '../../src/reminders/scheduler.ts';
import { boardOf, type Board } from '../slack/support/board.ts';
import { startSignedSlack, type SlackHarness } from '../slack/support/signed-slack.ts';
import { closedAfterTest } from '../support/slack-test-bed.ts';
import { boardRoutes, startFakeModernGov, type FakeModernGov } from '../sync/fake-moderngov.ts';

/** A board over a store in a temporary folder, with the papers given ingested first. */
export async function boardWith(now: string, paths: string[] = []): Promise<Board> {
  const dir = await mkdtemp(join(tmpdir(), 'scrutiny-promises-'));
  const store = await openStore(join(dir, 'scrutiny.json'));
  if (paths.length) {
    const report = await ingestPaths(store, paths);
    if (!report.allOk) throw new Error(report.files.filter((f) => !f.ok).map((f) => `${f.path}: ${f.message}`).join('; '));
  }
  const clock = new ManualClock(now);
  const engine = await createEngine({ store, clock, snapshotPath: null });
  return closedAfterTest(boardOf(dir, store, engine, clock));
}

/** The fake ModernGov serving the board of the hand-written fixtures. */
export async function moderngov(): Promise<FakeModernGov> {
  return closedAfterTest(await startFakeModernGov(boardRoutes()));
}

/** The real app in HTTP mode over the board, its Web API the fake Slack. */
export async function slackFor(board: Board): Promise<SlackHarness> {
  return closedAfterTest(await startSignedSlack(board));
}

export const WITH_CORPUS = [BUNDLED_CORPUS];

/** One sync of committee 569 from the fake ModernGov into the store, as the bot's sync runs it. */
export async function syncFrom(mg: FakeModernGov, store: Store, clock: ManualClock) {
  const client = createModernGovClient({ baseUrl: mg.url, sleep: async () => {} });
  return syncOnce({ moderngov: { url: mg.url, committees: ['569'] }, store, clock, client });
}

/** The reminder scheduler as the bot runs it, posting to the fake Slack at `apiUrl`, with no timer of its own. */
function remindersOf(board: Board, apiUrl: string) {
  return startReminders({
    store: board.store,
    engine: board.engine,
    clock: board.clock,
    logger: createLogger({ capture: true }),
    outlet: { kind: 'slack', client: new webApi.WebClient('xoxb-test-token', { slackApiUrl: apiUrl }) },
    intervalMs: 0,
    sleep: async () => {},
  });
}

/** One tick of the reminder scheduler as the bot runs it. */
export async function remindOnce(board: Board, apiUrl: string): Promise<void> {
  const reminders = remindersOf(board, apiUrl);
  await reminders.tick();
  await reminders.stop();
}

/** What the bot announces after a sync brought new papers: channel news and members' own messages. */
export async function announceOnce(board: Board, apiUrl: string, news: RecordNews): Promise<void> {
  const reminders = remindersOf(board, apiUrl);
  await reminders.announce(news);
  await reminders.stop();
}
