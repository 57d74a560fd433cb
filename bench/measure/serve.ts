// What a serving process does, measured: answers per kind (and the same
// questions by a plain scan), "Mark done" clicks, and signed `/scrutiny`
// requests to the Slack app's HTTP receiver on 127.0.0.1 with the fake Slack
// Web API standing in for Slack.
import { createHmac } from 'node:crypto';
import { createServer } from 'node:net';
import { ManualClock } from '../../src/clock.ts';
import { loadConfig } from '../../src/config.ts';
import { createEngine, type Engine } from '../../src/answers/engine.ts';
import { createLogger } from '../../src/logger.ts';
import { startSlack } from '../../src/slack/start.ts';
import { openStore } from '../../src/store/lowdb-store.ts';
import type { Store } from '../../src/store/store.ts';
import { startFakeSlack } from '../../test/support/fake-slack.ts';
import type { Question, QuestionKind } from './questions.ts';
import { scanAnswer } from './scan.ts';
import { summarize, type Summary } from './stats.ts';

export interface ServePlan {
  /** The tier's now (ISO): the clock of the Slack app and of clicks. */
  now: string;
  questions: Partial<Record<QuestionKind, Question[]>>;
  warmup: number;
  /** Each kind stops after this much time even if questions remain (slow answers at tier L). */
  answerBudgetMs: number;
  /** The scan baseline stops a kind after this many questions or this much time. */
  scanMaxPerKind: number;
  scanBudgetMs: number;
  clicks: number;
  acks: { requests: number; inFlight: number; budgetMs: number } | null;
}

export interface KindResult {
  index: Summary;
  /** Mean CPU time per answer: less sensitive than wall time to other work on the machine. */
  cpuMeanMs: number;
  scan: Summary;
  /** Answer kinds the engine gave, with counts: shows the routing. */
  answeredAs: Record<string, number>;
  /** Mean number of entries listed per answer. */
  entries: number;
  sample: string;
}

export interface ServeResult {
  kinds: Partial<Record<QuestionKind, KindResult>>;
  clicks: Summary | null;
  acks: { ack: Summary; answer: Summary; failures: number; errors: string[] } | null;
  steadyRssBytes: number;
  heapUsedBytes: number;
}

function time<T>(f: () => T): [number, T] {
  const t0 = performance.now();
  const value = f();
  return [performance.now() - t0, value];
}

function measureKind(engine: Engine, kind: QuestionKind, questions: Question[], plan: ServePlan): Omit<KindResult, 'scan'> {
  for (const q of questions.slice(0, plan.warmup)) engine.ask(q.text, { now: new Date(q.now) });
  const samples: number[] = [];
  const answeredAs: Record<string, number> = {};
  let entries = 0;
  let sample = '';
  const cpu0 = process.cpuUsage();
  const started = performance.now();
  for (const q of questions) {
    if (performance.now() - started > plan.answerBudgetMs) break;
    const [elapsed, answer] = time(() => engine.ask(q.text, { now: new Date(q.now) }));
    samples.push(elapsed);
    answeredAs[answer.kind] = (answeredAs[answer.kind] ?? 0) + 1;
    entries += answer.sections.reduce((n, s) => n + s.entries.length, 0);
    if (!sample) sample = `${q.text} → ${answer.title}`;
  }
  const cpu = process.cpuUsage(cpu0);
  const asked = Math.max(1, samples.length);
  return { index: summarize(samples), cpuMeanMs: (cpu.user + cpu.system) / 1000 / asked, answeredAs, entries: entries / asked, sample };
}

function measureScan(store: Store, kind: QuestionKind, questions: Question[], plan: ServePlan): Summary {
  const samples: number[] = [];
  const started = performance.now();
  for (const q of questions) {
    if (samples.length >= plan.scanMaxPerKind || performance.now() - started > plan.scanBudgetMs) break;
    samples.push(time(() => scanAnswer(store, kind, q))[0]);
  }
  return summarize(samples);
}

/** RSS once garbage is collected (the child runs with --expose-gc): what the process holds to serve. */
function steadyMemory(): { rss: number; heapUsed: number } {
  (globalThis as { gc?: () => void }).gc?.();
  const { rss, heapUsed } = process.memoryUsage();
  return { rss, heapUsed };
}

async function measureClicks(store: Store, count: number, now: Date): Promise<Summary | null> {
  const ids = store
    .record()
    .requests.filter((r) => store.requestState(r.id).status === 'open')
    .slice(0, count)
    .map((r) => r.id);
  if (ids.length === 0) return null;
  const samples: number[] = [];
  for (const id of ids) {
    const t0 = performance.now();
    await store.setRequestState(id, 'done', 'UBENCH', now);
    samples.push(performance.now() - t0);
  }
  // Leave the record as it was for the next run.
  for (const id of ids) await store.setRequestState(id, 'open', 'UBENCH', now);
  return summarize(samples);
}

async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

/** A slash command as Slack sends it: form-encoded and signed with the signing secret. */
export function signedSlashCommand(secret: string, fields: Record<string, string>, nowSeconds: number): { body: string; headers: Record<string, string> } {
  const body = new URLSearchParams(fields).toString();
  const timestamp = String(nowSeconds);
  const signature = `v0=${createHmac('sha256', secret).update(`v0:${timestamp}:${body}`).digest('hex')}`;
  return {
    body,
    headers: {
      'content-type': 'application/x-www-form-urlencoded',
      'x-slack-request-timestamp': timestamp,
      'x-slack-signature': signature,
    },
  };
}

async function measureAcks(store: Store, engine: Engine, plan: ServePlan, questions: Question[]): Promise<ServeResult['acks']> {
  if (!plan.acks || questions.length === 0) return null;
  const secret = 'bench-signing-secret';
  const slack = await startFakeSlack();
  const port = await freePort();
  const config = loadConfig({
    SLACK_BOT_TOKEN: 'xoxb-bench',
    SLACK_SIGNING_SECRET: secret,
    SLACK_API_URL: slack.apiUrl,
    PORT: String(port),
  });
  const clock = new ManualClock(plan.now);
  const logger = createLogger({ level: 'error', capture: true, write: () => {} });
  const running = await startSlack({ config, store, engine, clock, logger });
  const ackSamples: number[] = [];
  const answerSamples: number[] = [];
  const errors: string[] = [];
  let failures = 0;
  let next = 0;
  const started = performance.now();
  const worker = async () => {
    for (;;) {
      const n = next++;
      if (n >= plan.acks!.requests || performance.now() - started > plan.acks!.budgetMs) return;
      const q = questions[n % questions.length]!;
      const id = `bench-${n}`;
      const { body, headers } = signedSlashCommand(
        secret,
        {
          token: 'legacy',
          team_id: 'T0FAKE',
          team_domain: 'bench',
          channel_id: 'C0BENCH',
          channel_name: 'scrutiny',
          user_id: `U${n % 7}`,
          user_name: 'member',
          command: '/scrutiny',
          text: q.text,
          api_app_id: 'A0BENCH',
          response_url: slack.responseUrl(id),
          trigger_id: `trigger.${n}`,
        },
        Math.floor(Date.now() / 1000),
      );
      const t0 = performance.now();
      try {
        const response = await fetch(`http://127.0.0.1:${port}/slack/events`, { method: 'POST', body, headers });
        await response.arrayBuffer();
        // The first wave warms the server up (JIT, connections) and is not counted.
        const counted = n >= plan.acks!.inFlight;
        if (counted) ackSamples.push(performance.now() - t0);
        if (response.status !== 200) throw new Error(`ack status ${response.status}`);
        await slack.waitFor('response_url', { where: (c) => c.id === id, timeoutMs: 10_000 });
        if (counted) answerSamples.push(performance.now() - t0);
      } catch (error) {
        failures++;
        const cause = error instanceof Error && error.cause instanceof Error ? ` (${(error.cause as { code?: string }).code ?? error.cause.message})` : '';
        const message = `${error instanceof Error ? error.message : String(error)}${cause}`;
        if (errors.length < 3) errors.push(message.length > 100 ? `${message.slice(0, 100)}…` : message);
      }
    }
  };
  try {
    await Promise.all(Array.from({ length: plan.acks.inFlight }, worker));
  } finally {
    await running.stop();
    await slack.close();
  }
  return { ack: summarize(ackSamples), answer: summarize(answerSamples), failures, errors };
}

export async function runServe(db: string, snapshot: string, plan: ServePlan): Promise<ServeResult> {
  const store = await openStore(db);
  const engine = await createEngine({ store, clock: new ManualClock(plan.now), snapshotPath: snapshot });
  // The snapshot loads in the background; answers are measured with the index in memory, as when serving.
  await engine.loaded();
  const kinds: ServeResult['kinds'] = {};
  const entries = Object.entries(plan.questions) as [QuestionKind, Question[]][];
  const answered = entries.map(([kind, questions]) => [kind, measureKind(engine, kind, questions, plan)] as const);
  // Measured before the scan baseline, which is not part of the bot.
  const memory = steadyMemory();
  const steadyRssBytes = memory.rss;
  const heapUsedBytes = memory.heapUsed;
  for (const [kind, result] of answered) {
    kinds[kind] = { ...result, scan: measureScan(store, kind, plan.questions[kind]!, plan) };
  }
  const clicks = await measureClicks(store, plan.clicks, new Date(plan.now));
  const mixed = entries.flatMap(([, qs]) => qs.slice(0, 5));
  const acks = await measureAcks(store, engine, plan, mixed);
  return { kinds, clicks, acks, steadyRssBytes, heapUsedBytes };
}
