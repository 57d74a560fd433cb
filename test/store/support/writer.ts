// A second process that writes to a store again and again: `node --import tsx writer.ts DB COUNT TAG`.
// Each write is one invented meeting of minutes; a line on stdout follows each one the disk took.
import { createHash } from 'node:crypto';
import { ParsedDocument } from '../../../src/model.ts';
import { openStore } from '../../../src/store/lowdb-store.ts';

const [db, countText, tag] = process.argv.slice(2);
const store = await openStore(db!);
for (let i = 0; i < Number(countText); i++) {
  const month = String((i % 12) + 1).padStart(2, '0');
  const day = String((i % 27) + 1).padStart(2, '0');
  const parsed = ParsedDocument.parse({
    kind: 'minutes',
    meetings: [
      {
        committee: `${tag} Scrutiny Panel`,
        date: `${2019 + Math.floor(i / 12)}-${month}-${day}`,
        kind: 'minutes',
        items: Array.from({ length: 40 }, (_, n) => ({ number: String(n + 1), title: `Item ${n + 1} of meeting ${i}`, body: `The panel considered item ${n + 1} at length. `.repeat(20) })),
      },
    ],
  });
  const sha256 = createHash('sha256').update(`${tag}-${i}`).digest('hex');
  await store.ingest(parsed, { name: `${tag}-${i}.txt`, sha256, bytes: 1000, kind: 'minutes' });
  process.stdout.write(`committed ${i} ${sha256}\n`);
}
