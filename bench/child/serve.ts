// Child process: open a tier's store like `npm start` does and measure what a
// member feels. Modes (cold start has its own, smaller script: cold-start.ts):
//   index DB SNAPSHOT                   build the index, save and reload its snapshot
//   serve DB SNAPSHOT PLAN.json         answer latency, scan baseline, button clicks, acks, steady RSS
// Each prints one JSON line on stdout.
import { readFile, stat, writeFile } from 'node:fs/promises';
import { buildSearchIndex, loadSearchSnapshot } from '../../src/search/search-index.ts';
import { openStore } from '../../src/store/lowdb-store.ts';
import { runServe, type ServePlan } from '../measure/serve.ts';

const [mode, db, snapshot, arg] = process.argv.slice(2);
const out = (value: unknown) => process.stdout.write(`${JSON.stringify(value)}\n`);

if (!db || !snapshot) {
  process.stderr.write('usage: serve.ts index|serve DB SNAPSHOT [...]\n');
  process.exit(2);
}

if (mode === 'index') {
  const store = await openStore(db);
  const t0 = performance.now();
  const index = buildSearchIndex(store.record(), store.version());
  const buildMs = performance.now() - t0;
  const text = index.toSnapshot();
  await writeFile(snapshot, text);
  const t1 = performance.now();
  const loaded = loadSearchSnapshot(await readFile(snapshot, 'utf8'), store.version());
  const loadMs = performance.now() - t1;
  out({ buildMs, loadMs, loaded: loaded !== null, documents: index.size, snapshotBytes: (await stat(snapshot)).size });
} else if (mode === 'serve') {
  const plan = JSON.parse(await readFile(arg!, 'utf8')) as ServePlan;
  out(await runServe(db, snapshot, plan));
  process.exit(0);
} else {
  process.stderr.write(`unknown mode ${mode}\n`);
  process.exit(2);
}
