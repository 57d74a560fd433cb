// A board record for the Slack and console tests: a real store in a temp dir, the real answer engine,
// and a clock set to a chosen instant.
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEngine, type Engine } from '../../../src/answers/engine.ts';
import { ManualClock } from '../../../src/clock.ts';
import { ParsedDocument } from '../../../src/model.ts';
import { openStore, storeFiles } from '../../../src/store/lowdb-store.ts';
import type { Store } from '../../../src/store/store.ts';

export const BOARD = "Education and Children's Services Scrutiny Board (2)";

/** Minutes of 11 January 2018 (two items with resolutions and requests, one exempt) and the agenda of 8 March 2018. */
export const FIXTURE = ParsedDocument.parse({
  kind: 'minutes',
  meetings: [
    {
      committee: BOARD,
      date: '2018-01-11',
      time: '14:00',
      place: 'Committee Room 3, Council House',
      kind: 'minutes',
      items: [
        {
          number: '34',
          title: 'Private Fostering',
          body: 'The Board considered a briefing note on private fostering.',
          resolutions: [{ text: 'That the briefing note on private fostering be noted.' }],
          requests: [{ text: 'The Board requested figures on private fostering notifications by ward.', kind: 'information' }],
        },
        {
          number: '35',
          title: 'Census returns',
          resolutions: [{ text: 'That an update on census returns be brought in March 2018.' }],
          requests: [
            { text: 'Requests an update on the census returns in March 2018.', kind: 'update', due: { text: 'in March 2018', date: '2018-03-31' } },
          ],
        },
        {
          number: '36',
          title: 'Outcome of a complaint',
          body: 'Confidential discussion of a named child.',
          private: true,
          resolutions: [{ text: 'That the confidential recommendation be approved.' }],
        },
      ],
    },
    {
      committee: BOARD,
      date: '2018-03-08',
      time: '10:00',
      place: 'Diamond Room 2, Council House',
      kind: 'agenda',
      items: [{ number: '1', title: 'Apologies and Substitutions' }, { number: '4', title: 'Children Missing Education', reportAuthor: 'Briefing Note of the Director of Education' }],
    },
  ],
});

export interface Board {
  dir: string;
  store: Store;
  engine: Engine;
  clock: ManualClock;
  /** Request ids by the start of their text. */
  requestId(startsWith: string): string;
  close(): Promise<void>;
}

export async function createBoard(now = '2018-02-01T09:00:00Z'): Promise<Board> {
  const dir = await mkdtemp(join(tmpdir(), 'scrutiny-slack-'));
  const store = await openStore(join(dir, 'scrutiny.json'));
  await store.ingest(FIXTURE, { name: '2018-01-11-minutes.txt', sha256: 'fixture-2018-01-11', bytes: 1000, kind: 'minutes' });
  const clock = new ManualClock(now);
  const engine = await createEngine({ store, clock, snapshotPath: null });
  return boardOf(dir, store, engine, clock);
}

/** A Board over a store in `dir` (removed by close). */
export function boardOf(dir: string, store: Store, engine: Engine, clock: ManualClock): Board {
  return {
    dir,
    store,
    engine,
    clock,
    requestId(startsWith) {
      const found = store.record().requests.find((r) => r.text.startsWith(startsWith));
      if (!found) throw new Error(`no request starting "${startsWith}"`);
      return found.id;
    },
    close: () => rm(dir, { recursive: true, force: true }),
  };
}

/** The replay keys of the Slack requests handled, as the board's journal on disk holds them. */
export async function replayKeysOnDisk(board: Pick<Board, 'dir'>): Promise<string[]> {
  const text = await readFile(storeFiles(join(board.dir, 'scrutiny.json')).replayKeys, 'utf-8').catch(() => '');
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => (JSON.parse(line) as { key: string }).key);
}
