// Child process: give a tier's store up to COUNT closed requests (status done),
// as a board that has used "Mark done" for years has, leaving the rest open
// for the benchmark's clicks. Prints how many are done and how many open.
//   request-states.ts DB COUNT
import { openStore } from '../../src/store/lowdb-store.ts';
import { printResult } from './print-result.ts';

const [db, countArg] = process.argv.slice(2);
if (!db) {
  process.stderr.write('usage: request-states.ts DB COUNT\n');
  process.exit(2);
}
const store = await openStore(db);
const requests = store.record().requests;
// Keep at least a few hundred open for the clicks.
const count = Math.max(0, Math.min(Number(countArg ?? 30_000), requests.length - 400));
const at = new Date('2024-01-01T12:00:00Z');
const ids = requests.slice(0, count).map((r) => r.id);
const t0 = performance.now();
const state = { status: 'done' as const, changedBy: 'UBENCHSEED', changedAt: at.toISOString() };
// Where the statuses live in the state file, one write for all; otherwise (a journal of changes) one change each.
await store.updateState((draft) => {
  if (draft.requests) for (const id of ids) draft.requests[id] = state;
});
if (ids.length > 0 && store.requestState(ids[0]!).status !== 'done') {
  await store.batch(async () => {
    for (const id of ids) await store.setRequestState(id, 'done', 'UBENCHSEED', at);
  });
}
const done = requests.filter((r) => store.requestState(r.id).status === 'done').length;
printResult({ done, open: requests.length - done, ms: performance.now() - t0 });
