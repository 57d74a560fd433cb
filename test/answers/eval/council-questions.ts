// Questions on the benchmark's generated council (tier "tiny": two committees
// sharing one record), written from the generator's own truth.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { generateCorpus } from '../../../bench/generate/corpus.ts';
import { personName, type Council, type GenMeeting } from '../../../bench/generate/council.ts';
import { formatDate } from '../../../src/london.ts';
import { ManualClock } from '../../../src/clock.ts';
import { createEngine, type AnswerEngine } from '../../../src/answers/engine.ts';
import { ingestPaths } from '../../../src/ingest/ingest-paths.ts';
import { openMemoryStore } from '../../../src/store/lowdb-store.ts';
import type { AskCase } from './ask-eval.ts';

export async function councilEngine(): Promise<{ engine: AnswerEngine; council: Council; agendas: Set<string> }> {
  const dir = mkdtempSync(path.join(tmpdir(), 'council-'));
  try {
    const corpus = await generateCorpus({ tier: 'tiny', seed: 7, outDir: dir });
    const store = openMemoryStore();
    await ingestPaths(store, [corpus.dir]);
    const engine = await createEngine({ store, clock: new ManualClock(`${corpus.facts.now}T12:00:00Z`), snapshotPath: null });
    // Meetings whose agenda pack was published: only those agendas are in the record before the meeting.
    const agendas = new Set(corpus.files.filter((f) => f.kind === 'agenda-pack' && f.meetingId).map((f) => f.meetingId!));
    return { engine, council: corpus.council, agendas };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The start of a resolution, as the minutes print it: enough to find it, not the generator's spacing. */
function opening(text: string): string {
  return text.replace(/\s+/g, ' ').trim().replace(/^(?:resolved\s+)?that\s+/i, '').slice(0, 40);
}

/** Cases written from the generator's truth: the same questions on any seed. */
export function councilCases(council: Council, agendas: Set<string>): AskCase[] {
  const now = council.now;
  const cases: AskCase[] = [];
  const past = (m: GenMeeting) => !m.future;
  const byCommittee = (name: string) => council.meetings.filter((m) => m.committee.spec.name === name).sort((a, b) => (a.date < b.date ? -1 : 1));
  const upcoming = council.meetings.filter((m) => m.future).sort((a, b) => (a.date < b.date ? -1 : 1));
  const [first, second] = council.committees.map((c) => c.spec.name);
  if (!first || !second) return cases;

  // Several committees share the record: "next meeting" is the first of any, a named committee its own.
  cases.push({ q: 'next meeting', now, must: [formatDate(upcoming[0]!.date)] });
  for (const name of [first, second]) {
    const meetings = byCommittee(name);
    const next = meetings.find((m) => m.future)!;
    const last = [...meetings].reverse().find(past)!;
    const short = name.replace(/\s*\(\d+\)\s*$/, '').toLowerCase();
    cases.push({ q: `when is the next ${short} meeting`, now, must: [formatDate(next.date)], mustNot: [] });
    cases.push({ q: `who chairs the ${short}`, now, must: [personName(last.chair)] });
    const topic = last.items.find((i) => i.role === 'topic' && i.resolutions.length > 0);
    if (topic) cases.push({ q: `what did the ${short} decide on ${topic.title.replace(/\s+-\s+Briefing$/, '').toLowerCase()}`, now, must: [opening(topic.resolutions[0]!.text)] });
    const withApologies = [...meetings].reverse().find((m) => past(m) && m.apologies.length > 0);
    if (withApologies) {
      const month = formatDate(withApologies.date).replace(/^\S+ \d+ /, '');
      cases.push({ q: `who sent apologies to the ${short} in ${month.toLowerCase()}`, now, must: withApologies.apologies.map((p) => p.surname) });
    }
  }
  // A topic on a future agenda of either committee: the soonest.
  const soon = upcoming.filter((m) => agendas.has(m.id)).flatMap((m) => m.items.filter((i) => i.role === 'topic').map((i) => ({ m, i })));
  const onAgenda = soon[0];
  if (onAgenda) cases.push({ q: `is ${onAgenda.i.title.toLowerCase()} on the agenda`, now, must: [onAgenda.i.title, formatDate(soon.filter((x) => x.i.title === onAgenda.i.title)[0]!.m.date)] });
  const chair = byCommittee(second).reverse().find(past)!.chair;
  cases.push({ q: `how often has ${chair.initials} ${chair.surname} attended`, now, must: [personName(chair), 'attended'] });
  cases.push({ q: 'can you email me the minutes', now, must: ['I can’t do that'], mustNot: ['Minute 1', 'Councillor', formatDate(upcoming[0]!.date)] });
  return cases;
}
