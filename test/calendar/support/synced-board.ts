// A board whose record came from a sync with the fake ModernGov service (committee 569, as seen on
// 20 January 2026), served by the real app over HTTP against the fake Slack.
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine } from '../../../src/answers/engine.ts';
import { ManualClock } from '../../../src/clock.ts';
import { loadConfig } from '../../../src/config.ts';
import { openStore } from '../../../src/store/lowdb-store.ts';
import { createModernGovClient } from '../../../src/sync/moderngov-client.ts';
import { syncOnce } from '../../../src/sync/sync-once.ts';
import { startFakeSlack } from '../../support/fake-slack.ts';
import { boardRoutes, startFakeModernGov, type FakeModernGov } from '../../sync/fake-moderngov.ts';
import { boardOf, type Board } from '../../slack/support/board.ts';
import { ADMIN, SIGNING_SECRET, startSignedSlack, type SlackHarness } from '../../slack/support/signed-slack.ts';

export const COMMITTEE = "Education and Children's Services Scrutiny Board (2)";
export const SLUG = 'education-and-childrens-services-scrutiny-board-2';
export const NOW = '2026-01-20T09:00:00Z';
export const TOKEN = 'k3Y-for-the-board_calendar';
export const PUBLIC_URL = 'https://scrutiny.example.gov.uk/';

export interface SyncedBoard {
  board: Board;
  mg: FakeModernGov;
  h: SlackHarness;
  stop(): Promise<void>;
}

export async function startSyncedBoard(env: Record<string, string> = {}): Promise<SyncedBoard> {
  const mg = await startFakeModernGov(boardRoutes());
  const dir = await mkdtemp(join(tmpdir(), 'scrutiny-calendar-'));
  const clock = new ManualClock(NOW);
  const store = await openStore(join(dir, 'scrutiny.json'), { clock });
  const client = createModernGovClient({ baseUrl: mg.url, sleep: async () => {} });
  await syncOnce({ moderngov: { url: mg.url, committees: ['569'] }, store, clock, client });
  const engine = await createEngine({ store, clock, snapshotPath: null });
  const board = boardOf(dir, store, engine, clock);
  const slack = await startFakeSlack();
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-test-token',
    SLACK_SIGNING_SECRET: SIGNING_SECRET,
    SLACK_API_URL: slack.apiUrl,
    SCRUTINY_ADMINS: ADMIN,
    MODERNGOV_URL: mg.url,
    MODERNGOV_COMMITTEES: '569',
    ...env,
  });
  const h = await startSignedSlack(board, { slack, deps: { config } });
  return {
    board,
    mg,
    h,
    async stop() {
      await h.stop();
      await slack.close();
      await mg.close();
      await board.close();
    },
  };
}
