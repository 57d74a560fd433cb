// The bot serving, measured from outside as Slack meets it, with a probe inside
// (bench/probe/bot-probe.mjs) for the event loop and memory. One `npm start`
// process, then in turn:
//   start-up     the first answer, then the first search (the index in memory), the event loop meanwhile,
//                and when the bot says its look-ups are built (at council scale, minutes after the port opens)
//   load         signed /scrutiny requests, 20 in flight, each a question asked for the first time
//   Mark done    a co-ordinator's clicks on an ephemeral "outstanding requests" answer, each re-rendered
//   new paper    a co-ordinator shares new minutes in a direct message; the event loop meanwhile,
//                and how long until a search finds the paper
//   memory       RSS after a few seconds of quiet (no forced GC), and the peak
// This process is the load client and the fake Slack; the bot is another process.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { startFakeSlack, type FakeSlack } from '../../test/support/fake-slack.ts';
import { ActionIds } from '../../src/slack/ids.ts';
import { ANSWERS_READY } from '../../src/serving/answer-thread.ts';
import { probe, startBotOnFreePort, type ProbeStats } from './bot.ts';
import type { Question } from './questions.ts';
import { buttonsOf, SlackClient } from './slack-client.ts';
import { summarize, type Summary } from './stats.ts';

export interface ServingPlan {
  db: string;
  now: string;
  logDir: string;
  /** Questions for the load, in the order to send them. */
  load: Question[];
  inFlight: number;
  /** A word of the record, to ask for once the bot is up (the first search waits for the index). */
  searchWord: string;
  clicks: number;
  paper: { name: string; text: string; word: string } | null;
  timeoutMs: number;
  /** Quiet before reading the start-up window (3 s) and the steady memory (5 s); shorter in tests. */
  quietMs?: { afterStart: number; beforeMemory: number };
  /**
   * V8 flags the probe sets in the bot before it starts its answer thread ("--trace-gc"): what they
   * print goes to the serving log, where the probe marks each window it closes and each reading of it
   * with every thread's name and CPU time, so the load's share can be told from the rest.
   */
  v8Flags?: string;
}

export interface ServingResult {
  startup: {
    firstAnswerMs: number | null;
    firstSearchMs: number | null;
    /** Until the bot logged that its answers are ready (index in memory, look-ups built): the load waits for it. */
    readyMs: number | null;
    /** Until the HTTP port opened: nothing could be acknowledged yet, so reported apart. */
    stallBeforePort: ProbeStats['eventLoop'] | null;
    /** From the port opening until a few seconds after the first search. */
    stall: ProbeStats['eventLoop'] | null;
    rssBytes: number | null;
  };
  load: { ack: Summary; answer: Summary; failures: number; errors: string[]; stall: ProbeStats['eventLoop'] | null; cpu: LoadCpu | null } | null;
  clicks: { ack: Summary; rerender: Summary; failures: number; errors: string[]; openBefore: number | null } | null;
  paper: {
    ackMs: number;
    /** Until the bot's reply in the direct message (the paper is in the record). */
    replyMs: number | null;
    /** Until a search question's answer finds the new word. */
    searchableMs: number | null;
    reply: string | null;
    /** Acks of the searches asked meanwhile (one every 200 ms). */
    acksMeanwhile: Summary;
    stall: ProbeStats['eventLoop'] | null;
    error: string | null;
  } | null;
  memory: { steadyRss: number; peakRss: number; heapUsed: number } | null;
  error: string | null;
}

/**
 * CPU time spent during the load, in ms, for the answers it got: the bot's main thread, its answer thread
 * (the busiest of its other threads), the rest of its threads (V8's GC helpers, libuv's pool), and this
 * process (the load client and the fake Slack). Independent of the machine's load, unlike the latencies.
 */
export interface LoadCpu {
  answers: number;
  mainMs: number;
  answerThreadMs: number;
  otherThreadsMs: number;
  clientMs: number;
}

/** What each thread of the bot spent between two probes (threads started meanwhile count from zero). */
export function loadCpu(before: ProbeStats, after: ProbeStats, clientMs: number, answers: number): LoadCpu | null {
  if (after.threads.length === 0) return null;
  const was = new Map(before.threads.map((t) => [t.tid, t.cpuMs]));
  const spent = after.threads.map((t) => ({ tid: t.tid, ms: t.cpuMs - (was.get(t.tid) ?? 0) }));
  const main = spent.find((t) => t.tid === after.pid)?.ms ?? 0;
  const others = spent.filter((t) => t.tid !== after.pid).sort((a, b) => b.ms - a.ms);
  const answerThread = others[0]?.ms ?? 0;
  const rest = others.slice(1).reduce((sum, t) => sum + t.ms, 0);
  return { answers, mainMs: main, answerThreadMs: answerThread, otherThreadsMs: rest, clientMs };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

function message(error: unknown): string {
  const text = error instanceof Error ? `${error.message}${error.cause instanceof Error ? ` (${error.cause.message})` : ''}` : String(error);
  return text.length > 160 ? `${text.slice(0, 160)}…` : text;
}

/**
 * Resolves when the log file has the line ('logged'), when the bot has exited first (`exited` gives its
 * exit code or signal: a dead bot will never log it), or at the deadline ('timeout').
 */
export async function waitForLogLine(file: string, line: string, timeoutMs: number, exited: Promise<string>): Promise<'logged' | 'timeout' | { exited: string }> {
  let code: string | null = null;
  void exited.then((c) => (code = c));
  const deadline = performance.now() + timeoutMs;
  for (;;) {
    if ((await readFile(file, 'utf8').catch(() => '')).includes(line)) return 'logged';
    if (code !== null) return { exited: code };
    if (performance.now() > deadline) return 'timeout';
    await Promise.race([sleep(200), exited]);
  }
}

/** Each request may wait as long as the step (`timeoutMs`): at council scale a queue of 20 answers is long. */
async function runLoad(client: SlackClient, questions: Question[], inFlight: number, timeoutMs: number): Promise<NonNullable<ServingResult['load']>> {
  const acks: number[] = [];
  const answers: number[] = [];
  const errors: string[] = [];
  let failures = 0;
  let next = 0;
  const worker = async () => {
    for (;;) {
      const q = questions[next++];
      if (!q) return;
      try {
        const asked = await client.ask(q.text, { timeoutMs });
        acks.push(asked.ackMs);
        answers.push(asked.answerMs);
      } catch (error) {
        failures++;
        if (errors.length < 3) errors.push(message(error));
      }
    }
  };
  await Promise.all(Array.from({ length: inFlight }, worker));
  return { ack: summarize(acks), answer: summarize(answers), failures, errors, stall: null, cpu: null };
}

function requestOf(value: string): string | null {
  try {
    return (JSON.parse(value) as { r?: string }).r ?? null;
  } catch {
    return null;
  }
}

async function runClicks(client: SlackClient, count: number, timeoutMs: number): Promise<NonNullable<ServingResult['clicks']>> {
  const acks: number[] = [];
  const rerenders: number[] = [];
  const errors: string[] = [];
  let failures = 0;
  const clicked = new Set<string>();
  let blocks: unknown = null;
  let openBefore: number | null = null;
  while (acks.length + failures < count) {
    let button = buttonsOf(blocks).find((b) => b.action_id === ActionIds.markRequestDone && !clicked.has(requestOf(b.value) ?? ''));
    if (!button) {
      // A fresh "outstanding requests" answer: the next open requests, each with its button.
      const asked = await client.ask('outstanding requests', { user: 'U0BENCHCOORD', timeoutMs });
      blocks = asked.call.body.blocks;
      openBefore ??= Number(/(\d[\d,]*)/.exec(String(asked.call.body.text ?? ''))?.[1]?.replace(/,/g, '') ?? NaN);
      button = buttonsOf(blocks).find((b) => b.action_id === ActionIds.markRequestDone && !clicked.has(requestOf(b.value) ?? ''));
      if (!button) {
        errors.push('no "Mark done" button in the outstanding requests answer');
        break;
      }
    }
    clicked.add(requestOf(button.value) ?? button.value);
    try {
      const done = await client.click(button, { timeoutMs });
      acks.push(done.ackMs);
      rerenders.push(done.answerMs);
      blocks = done.call.body.blocks;
    } catch (error) {
      failures++;
      blocks = null;
      if (errors.length < 3) errors.push(message(error));
    }
  }
  return { ack: summarize(acks), rerender: summarize(rerenders), failures, errors, openBefore: Number.isFinite(openBefore) ? openBefore : null };
}

async function addPaper(client: SlackClient, slack: FakeSlack, probePort: number, paper: NonNullable<ServingPlan['paper']>, timeoutMs: number): Promise<NonNullable<ServingResult['paper']>> {
  const file = slack.addFile({ id: 'F0BENCHPAPER', name: paper.name, bytes: Buffer.from(paper.text), mimetype: 'text/plain', filetype: 'text' });
  await probe(probePort, '/reset');
  const t0 = performance.now();
  const replied = slack.waitFor('chat.postMessage', { where: (c) => c.body.channel === 'D0BENCHCOORD', timeoutMs });
  replied.catch(() => {});
  const shared = await client.shareFile(file, 'Ev0BENCHPAPER');
  const result: NonNullable<ServingResult['paper']> = {
    ackMs: shared.ackMs,
    replyMs: null,
    searchableMs: null,
    reply: null,
    acksMeanwhile: summarize([]),
    stall: null,
    error: null,
  };
  void replied.then(
    (call) => {
      result.replyMs = performance.now() - t0;
      result.reply = String(call.body.text ?? '').slice(0, 160);
    },
    () => {},
  );
  const acks: number[] = [];
  const word = paper.word.toLowerCase();
  while (performance.now() - t0 < timeoutMs) {
    const started = performance.now();
    try {
      const asked = await client.ask(paper.word, { timeoutMs });
      acks.push(asked.ackMs);
      if (JSON.stringify(asked.call.body).toLowerCase().includes(word) && !/nothing in the record matches/i.test(String(asked.call.body.text))) {
        result.searchableMs = performance.now() - t0;
        break;
      }
    } catch (error) {
      result.error = message(error);
      break;
    }
    await sleep(Math.max(0, 200 - (performance.now() - started)));
  }
  // Give the reply a moment if the search found the paper first.
  if (result.replyMs === null) await replied.catch(() => null);
  await sleep(300);
  result.stall = (await probe(probePort)).eventLoop;
  result.acksMeanwhile = summarize(acks);
  if (result.searchableMs === null && !result.error) result.error = `not searchable within ${Math.round(timeoutMs / 1000)} s`;
  return result;
}

export async function measureServing(plan: ServingPlan): Promise<ServingResult> {
  const slack = await startFakeSlack();
  const logFile = path.join(plan.logDir, 'serving.log');
  const result: ServingResult = { startup: { firstAnswerMs: null, firstSearchMs: null, readyMs: null, stallBeforePort: null, stall: null, rssBytes: null }, load: null, clicks: null, paper: null, memory: null, error: null };
  let started;
  try {
    started = await startBotOnFreePort({ db: plan.db, slackApiUrl: slack.apiUrl, now: plan.now, logFile, probe: true, ...(plan.v8Flags ? { v8Flags: plan.v8Flags } : {}) }, plan.timeoutMs);
  } catch (error) {
    result.error = message(error);
    await slack.close();
    return result;
  }
  const { bot, port } = started;
  const probePort = started.probePort!;
  const client = new SlackClient(slack, port);
  try {
    result.startup.stallBeforePort = (await probe(probePort)).eventLoop;
    await probe(probePort, '/reset');
    await client.ask('next meeting', { timeoutMs: plan.timeoutMs });
    result.startup.firstAnswerMs = performance.now() - bot.spawnedAt;
    await client.ask(plan.searchWord, { timeoutMs: plan.timeoutMs });
    result.startup.firstSearchMs = performance.now() - bot.spawnedAt;
    // The load measures the bot serving, not starting: it waits until the bot says its look-ups are built.
    const ready = await waitForLogLine(logFile, ANSWERS_READY, plan.timeoutMs, bot.exited);
    if (ready === 'logged') result.startup.readyMs = performance.now() - bot.spawnedAt;
    else if (ready !== 'timeout') throw new Error(`stopped: bot exited (${ready.exited}) before it said its answers were ready`);
    // Background work after start (a snapshot save) gets a few seconds, then the window closes.
    await sleep(plan.quietMs?.afterStart ?? 3000);
    const started = await probe(probePort);
    result.startup.stall = started.eventLoop;
    result.startup.rssBytes = started.memory.rss;

    const before = await probe(probePort, '/reset');
    const clientBefore = process.cpuUsage();
    result.load = await runLoad(client, plan.load, plan.inFlight, plan.timeoutMs);
    const clientCpu = process.cpuUsage(clientBefore);
    const after = await probe(probePort);
    result.load.stall = after.eventLoop;
    result.load.cpu = loadCpu(before, after, (clientCpu.user + clientCpu.system) / 1000, result.load.answer.n);

    if (plan.clicks > 0) result.clicks = await runClicks(client, plan.clicks, plan.timeoutMs);
    if (plan.paper) result.paper = await addPaper(client, slack, probePort, plan.paper, plan.timeoutMs);

    // Quiet for a while: what the process holds when serving, as the OS sees it.
    await sleep(plan.quietMs?.beforeMemory ?? 5000);
    const quiet = await probe(probePort);
    result.memory = { steadyRss: quiet.memory.rss, peakRss: quiet.memory.peakRssEver, heapUsed: quiet.memory.heapUsed };
  } catch (error) {
    result.error = message(error);
  } finally {
    client.close();
    await bot.stop();
    await slack.close();
  }
  return result;
}
