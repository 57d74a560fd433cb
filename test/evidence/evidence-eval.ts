// Scores the evidence proposals against test/fixtures/promises/evidence-gold.json: each scenario's
// papers go into a memory store through the real ingest, every visible request gets its proposals,
// and each proposal is right when the gold names that item as the request's answer.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { proposalsFor } from '../../src/answers/evidence/evidence-queries.ts';
import { buildView } from '../../src/answers/record-view.ts';
import { requestCatalogue } from '../../src/answers/requests/request-catalogue.ts';
import { BUNDLED_CORPUS, ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';
import { meetingToDocument } from '../../src/sync/moderngov-meeting.ts';
import { readMeeting } from '../../src/sync/moderngov-xml.ts';

const FIXTURES = new URL('../fixtures/promises/', import.meta.url);

interface GoldAnswer {
  date: string;
  title: string;
}

interface GoldScenario {
  name: string;
  about: string;
  heldOut?: boolean;
  paths: string[];
  /** For ModernGov answers (.xml): the committee they are of. */
  committee?: { id: string; title: string };
  answers: { request: string; answeredBy: GoldAnswer[] }[];
}

export interface ScenarioScore {
  name: string;
  heldOut: boolean;
  requests: number;
  proposals: number;
  correct: number;
  gold: number;
  found: number;
  /** "request -> item": proposals the gold does not have. */
  wrong: string[];
  /** "request -> item": gold answers not proposed. */
  missed: string[];
  /** Gold requests the parser did not read into the record. */
  absent: string[];
  /** How many gold answers those requests have. */
  absentAnswers: number;
}

export interface EvidenceScore {
  scenarios: ScenarioScore[];
  proposals: number;
  correct: number;
  gold: number;
  found: number;
  precision: number;
  recall: number;
  /** Recall over the gold answers whose request the parser read: the matching alone. */
  recallInRecord: number;
}

function goldScenarios(): GoldScenario[] {
  return (JSON.parse(readFileSync(new URL('evidence-gold.json', FIXTURES), 'utf8')) as { scenarios: GoldScenario[] }).scenarios;
}

const norm = (text: string) => text.toLowerCase().replace(/\s+/g, ' ').trim();

async function scoreScenario(scenario: GoldScenario): Promise<ScenarioScore> {
  const store = openMemoryStore();
  const paths = scenario.paths.map((p) => (p === '<bundled>' ? BUNDLED_CORPUS : fileURLToPath(new URL(p, FIXTURES))));
  // ModernGov answers go in as a sync brings them; files and folders as `scrutiny ingest` reads them.
  for (const xml of paths.filter((p) => p.endsWith('.xml'))) {
    const doc = meetingToDocument(readMeeting(readFileSync(xml, 'utf8')), scenario.committee ?? { id: '0', title: 'Committee' });
    await store.ingest(doc, { name: xml, sha256: createHash('sha256').update(xml).digest('hex'), bytes: 0, kind: 'moderngov' });
  }
  const report = await ingestPaths(store, paths.filter((p) => !p.endsWith('.xml')));
  if (!report.allOk) throw new Error(`${scenario.name}: ${report.files.filter((f) => !f.ok).map((f) => `${f.path}: ${f.message}`).join('; ')}`);
  const view = buildView(store);
  const entries = requestCatalogue(view).entries;
  const score: ScenarioScore = { name: scenario.name, heldOut: scenario.heldOut === true, requests: entries.length, proposals: 0, correct: 0, gold: 0, found: 0, wrong: [], missed: [], absent: [], absentAnswers: 0 };
  const goldFor = (text: string) => scenario.answers.find((a) => norm(text).startsWith(norm(a.request)));
  const label = (itemId: string, meetingId: string) => `${view.meetings.get(meetingId)?.date} ${view.store.item(itemId)?.title}`;
  const hit = (answer: GoldAnswer, itemId: string, meetingId: string) =>
    view.meetings.get(meetingId)?.date === answer.date && norm(view.store.item(itemId)?.title ?? '').startsWith(norm(answer.title));
  const proposed = new Map(entries.map((e) => [e, proposalsFor(view, e)]));
  for (const [entry, proposals] of proposed) {
    const gold = goldFor(entry.request.text);
    for (const p of proposals) {
      score.proposals++;
      if (gold?.answeredBy.some((a) => hit(a, p.itemId, p.meetingId))) score.correct++;
      else score.wrong.push(`${entry.request.text.slice(0, 70)} -> ${label(p.itemId, p.meetingId)} (${p.reasons.join('; ')})`);
    }
  }
  // Each gold answer once, found when any request it names (the parser may read one twice) has it proposed.
  for (const gold of scenario.answers) {
    const matching = entries.filter((e) => norm(e.request.text).startsWith(norm(gold.request)));
    if (matching.length === 0) {
      score.absent.push(gold.request);
      score.absentAnswers += gold.answeredBy.length;
    }
    for (const answer of gold.answeredBy) {
      score.gold++;
      if (matching.some((e) => proposed.get(e)!.some((p) => hit(answer, p.itemId, p.meetingId)))) score.found++;
      else if (matching.length > 0) score.missed.push(`${gold.request.slice(0, 70)} -> ${answer.date} ${answer.title}`);
    }
  }
  return score;
}

export async function scoreEvidence(): Promise<EvidenceScore> {
  const scenarios: ScenarioScore[] = [];
  for (const scenario of goldScenarios()) scenarios.push(await scoreScenario(scenario));
  const sum = (key: 'proposals' | 'correct' | 'gold' | 'found') => scenarios.reduce((n, s) => n + s[key], 0);
  const proposals = sum('proposals');
  const correct = sum('correct');
  const gold = sum('gold');
  const found = sum('found');
  const absent = scenarios.reduce((n, s) => n + s.absentAnswers, 0);
  return {
    scenarios,
    proposals,
    correct,
    gold,
    found,
    precision: proposals ? correct / proposals : 1,
    recall: gold ? found / gold : 1,
    recallInRecord: gold - absent ? found / (gold - absent) : 1,
  };
}

const pct = (n: number) => `${(n * 100).toFixed(1)}%`;

export function formatEvidenceScore(score: EvidenceScore): string {
  const lines = ['Evidence proposals for requests, scored against test/fixtures/promises/evidence-gold.json', ''];
  lines.push('scenario        requests  proposals  correct  gold  found  precision  recall');
  for (const s of score.scenarios) {
    const p = s.proposals ? s.correct / s.proposals : 1;
    const r = s.gold ? s.found / s.gold : 1;
    lines.push(
      `${`${s.name}${s.heldOut ? ' (held out)' : ''}`.padEnd(16)}${String(s.requests).padStart(8)}${String(s.proposals).padStart(11)}${String(s.correct).padStart(9)}${String(s.gold).padStart(6)}${String(s.found).padStart(7)}${pct(p).padStart(11)}${pct(r).padStart(8)}`,
    );
  }
  lines.push('', `all: precision ${pct(score.precision)} (${score.correct}/${score.proposals}), recall ${pct(score.recall)} (${score.found}/${score.gold})`);
  lines.push(`     recall over the requests the parser read: ${pct(score.recallInRecord)}`);
  for (const s of score.scenarios) {
    for (const w of s.wrong) lines.push(`  wrong   [${s.name}] ${w}`);
    for (const m of s.missed) lines.push(`  missed  [${s.name}] ${m}`);
    for (const a of s.absent) lines.push(`  not in the record [${s.name}] ${a}`);
  }
  return lines.join('\n');
}
