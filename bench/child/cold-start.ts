// Child process: what `npm start` does before its first answer, and no more:
// open the store, load the index snapshot, answer one question. The parent
// times it from spawn to the JSON line this prints.
import { ManualClock } from '../../src/clock.ts';
import { createEngine } from '../../src/answers/engine.ts';
import { openStore } from '../../src/store/lowdb-store.ts';

const [db, snapshot, question, nowArg] = process.argv.slice(2);
if (!db || !snapshot) {
  process.stderr.write('usage: cold-start.ts DB SNAPSHOT [QUESTION] [NOW]\n');
  process.exit(2);
}
// performance.now() counts from the start of the process: up to here, Node, tsx and the modules.
const loadedMs = performance.now();
const now = new Date(nowArg ?? Date.now());
const store = await openStore(db);
const openedMs = performance.now();
const engine = await createEngine({ store, clock: new ManualClock(now), snapshotPath: snapshot });
const readyMs = performance.now();
const answer = engine.ask(question ?? 'next meeting', { now });
const answeredMs = performance.now();
const cpu = process.cpuUsage();
process.stdout.write(
  `${JSON.stringify({
    sinceProcessStartMs: answeredMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    steps: { modules: loadedMs, openStore: openedMs - loadedMs, loadIndex: readyMs - openedMs, firstAnswer: answeredMs - readyMs },
    kind: answer.kind,
    title: answer.title,
    origin: engine.index().origin,
  })}\n`,
);
