// Before each answer the answer thread reads what the bot's own thread wrote (the state, request
// statuses, a new catalogue). At start that thread is also busy with work in slices (the index
// snapshot, the look-ups), one slice per turn of the event loop: a read that waited a turn for each
// file it looked at waited behind a slice of every job each time. The files are looked at at once.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS, ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { openStore } from '../../src/store/lowdb-store.ts';

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** Counts the turns of the event loop (as work in slices takes them) until stopped. */
function turnCounter(): { stop(): number } {
  let turns = 0;
  let running = true;
  const turn = () => {
    if (!running) return;
    turns++;
    setImmediate(turn);
  };
  setImmediate(turn);
  return {
    stop() {
      running = false;
      return turns;
    },
  };
}

describe('a reader beside the store', () => {
  it('reads what the owner wrote (state, a request status, a new record) without waiting on turns of the event loop', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-refresh-'));
    made.push(dir);
    const db = path.join(dir, 'scrutiny.json');
    const owner = await openStore(db);
    await ingestPaths(owner, [path.join(BUNDLED_CORPUS, '2018-01-11-minutes.txt')]);
    const reader = await openStore(db, { asReader: true });

    const request = owner.record().requests[0]!;
    await owner.setRequestState(request.id, 'done', 'A Name', new Date('2026-11-22T12:00:00Z'));
    await owner.updateState((state) => {
      state.seenEvents['command:trigger.1'] = '2026-11-22T12:00:00.000Z';
    });
    let turns = turnCounter();
    expect(await reader.refresh()).toBe(true);
    expect(turns.stop()).toBe(0);
    expect(reader.requestState(request.id)).toMatchObject({ status: 'done', changedBy: 'A Name' });
    expect(reader.state().seenEvents['command:trigger.1']).toBe('2026-11-22T12:00:00.000Z');

    // Nothing new: nothing read, and no turn waited either.
    turns = turnCounter();
    expect(await reader.refresh()).toBe(false);
    expect(turns.stop()).toBe(0);
  });
});
