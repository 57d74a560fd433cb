// Child process: how long the bot takes to read a very long minutes text (about
// 5 MB: one meeting whose minutes run to thousands of items, as a pasted or
// concatenated file might). Times the reading in this thread (the work itself,
// with its CPU time) and in the paper worker the bot uses for every paper, whose
// limits may refuse it; either way the bot must answer within that time.
//   parse-large.ts SEED BYTES
import { generateCouncil, type GenItem } from '../generate/council.ts';
import { pickStyle } from '../generate/layout.ts';
import { Random } from '../generate/random.ts';
import { renderMinutes } from '../generate/render-minutes.ts';
import { parsePaper, parsePaperIsolated } from '../../src/ingest/paper-job.ts';
import { printResult } from './print-result.ts';

const seed = Number(process.argv[2] ?? 2017);
const target = Number(process.argv[3] ?? 5 * 1024 * 1024);

const council = generateCouncil({ seed, committees: 1, years: 10, firstYear: 2014 });
const meeting = council.meetings.find((m) => !m.future)!;
const pool = council.meetings.filter((m) => !m.future).flatMap((m) => m.items.filter((i) => i.role === 'topic'));
const style = pickStyle(new Random(seed).fork('long minutes'), 'plain');
const items: GenItem[] = [];
let text = '';
// Add items until the rendered minutes reach the size asked for.
for (let round = 0; Buffer.byteLength(text) < target; round++) {
  for (let k = 0; k < pool.length; k += 1) items.push({ ...pool[k]!, number: String(items.length + 1), title: round ? `${pool[k]!.title} (${round + 1})` : pool[k]!.title });
  text = renderMinutes(council, { ...meeting, items }, style);
}
const bytes = new TextEncoder().encode(text);
const name = `${meeting.date}-minutes.txt`;

const cpu = () => {
  const u = process.resourceUsage();
  return (u.userCPUTime + u.systemCPUTime) / 1000;
};
let t0 = performance.now();
const c0 = cpu();
const inThread = await parsePaper(bytes, name);
const inThreadMs = performance.now() - t0;
const inThreadCpuMs = cpu() - c0;
t0 = performance.now();
const isolated = await parsePaperIsolated(bytes, name);
const isolatedMs = performance.now() - t0;
const outcome = (r: typeof inThread) =>
  r.ok ? `read: ${r.parsed.meetings.reduce((n, m) => n + m.items.length, 0)} items, ${r.parsed.meetings.reduce((n, m) => n + m.items.reduce((k, i) => k + i.resolutions.length, 0), 0)} resolutions` : `refused: ${r.reason}`;
printResult({ bytes: bytes.length, items: items.length, inThreadMs, inThreadCpuMs, inThreadOutcome: outcome(inThread), isolatedMs, isolatedOutcome: outcome(isolated) });
