// Child process: build a tier's search index from its store, save the snapshot
// where `npm start` looks for it (beside the store), and time loading it back.
//   index.ts DB
import { readFile, stat, writeFile } from 'node:fs/promises';
import { buildSearchIndex, defaultSnapshotPath, loadSearchSnapshot } from '../../src/search/search-index.ts';
import { openStore } from '../../src/store/lowdb-store.ts';
import { printResult } from './print-result.ts';

const [db] = process.argv.slice(2);
const snapshot = db ? defaultSnapshotPath(db) : null;
if (!db || !snapshot) {
  process.stderr.write('usage: index.ts DB\n');
  process.exit(2);
}
const store = await openStore(db);
const t0 = performance.now();
const index = buildSearchIndex(store.record(), store.version());
const buildMs = performance.now() - t0;
await writeFile(snapshot, index.toSnapshot());
const t1 = performance.now();
const loaded = loadSearchSnapshot(await readFile(snapshot, 'utf8'), store.version());
const loadMs = performance.now() - t1;
printResult({ buildMs, loadMs, loaded: loaded !== null, documents: index.size, snapshotBytes: (await stat(snapshot)).size });
