// A probe inside the bot process the benchmark starts with `npm start`: loaded
// through NODE_OPTIONS="--import <this file>", it does nothing in npm's or tsx's
// own processes and nothing in worker threads. In the bot's main thread it
// watches the event loop (perf_hooks.monitorEventLoopDelay, and the longest gap
// between 10 ms ticks) and the process's memory, and answers on 127.0.0.1:
//   GET /stats   what it saw since the last reset, and the memory now (no forced GC)
//   GET /reset   start a new window (answered with the stats of the window it closes)
// With BENCH_V8_FLAGS it sets those V8 flags first (before the bot starts its threads), and writes
// "[probe] window|stats <ms since start> ms <[tid, name, cpu ms] of each thread>" to the bot's output
// at each of them, so what the flags print (--trace-gc) can be placed in the windows.
// and, with the stats, the CPU time of each of the process's threads (Linux /proc; none elsewhere):
// the main thread's id is the process's, and the busiest of the others is the answer thread.
// Plain JavaScript, so it loads whether the bot runs through tsx or as built JS.
import { readdirSync, readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { setFlagsFromString } from 'node:v8';
import { isMainThread } from 'node:worker_threads';
import { BOT_ENTRY } from './bot-entry.mjs';

const port = Number(process.env.BENCH_PROBE_PORT);
const main = process.env.BENCH_PROBE_MAIN ? new RegExp(process.env.BENCH_PROBE_MAIN) : BOT_ENTRY;

if (isMainThread && port > 0 && main.test(process.argv[1] ?? '')) {
  const traced = Boolean(process.env.BENCH_V8_FLAGS);
  if (traced) setFlagsFromString(process.env.BENCH_V8_FLAGS);
  const TICK_MS = 10;
  const histogram = monitorEventLoopDelay({ resolution: TICK_MS });
  histogram.enable();
  let windowStart = performance.now();
  let last = performance.now();
  let longest = { ms: 0, at: 0 };
  let peakRss = process.memoryUsage.rss();
  let peakRssEver = peakRss;
  const tick = setInterval(() => {
    const now = performance.now();
    const gap = now - last - TICK_MS;
    if (gap > longest.ms) longest = { ms: gap, at: now - windowStart };
    last = now;
  }, TICK_MS);
  tick.unref();
  const sampler = setInterval(() => {
    peakRss = Math.max(peakRss, process.memoryUsage.rss());
    peakRssEver = Math.max(peakRssEver, peakRss);
  }, 250);
  sampler.unref();

  // /proc gives each thread's user and system time in ticks of 1/100 s (USER_HZ, fixed on Linux).
  const threadsCpu = () => {
    const out = [];
    let tids = [];
    try {
      tids = readdirSync('/proc/self/task');
    } catch {
      return out;
    }
    for (const tid of tids) {
      try {
        const stat = readFileSync(`/proc/self/task/${tid}/stat`, 'utf8');
        const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        out.push({ tid: Number(tid), cpuMs: (Number(fields[11]) + Number(fields[12])) * 10 });
      } catch {
        // the thread ended meanwhile
      }
    }
    return out;
  };

  const threadName = (tid) => {
    try {
      return readFileSync(`/proc/self/task/${tid}/comm`, 'utf8').trim();
    } catch {
      return '?';
    }
  };
  const mark = (what) => {
    if (traced) console.log(`[probe] ${what} ${performance.now().toFixed(0)} ms ${JSON.stringify(threadsCpu().map((t) => [t.tid, threadName(t.tid), t.cpuMs]))}`);
  };
  const stats = () => {
    const memory = process.memoryUsage();
    const cpu = process.cpuUsage();
    peakRss = Math.max(peakRss, memory.rss);
    peakRssEver = Math.max(peakRssEver, peakRss);
    return {
      pid: process.pid,
      uptimeMs: performance.now(),
      windowMs: performance.now() - windowStart,
      eventLoop: {
        maxMs: histogram.max / 1e6,
        p99Ms: histogram.percentile(99) / 1e6,
        meanMs: histogram.mean / 1e6,
        longestGapMs: Math.max(0, longest.ms),
        longestGapAtMs: longest.at,
      },
      memory: { rss: memory.rss, peakRss, peakRssEver, heapUsed: memory.heapUsed, heapTotal: memory.heapTotal, external: memory.external, arrayBuffers: memory.arrayBuffers },
      cpuMs: (cpu.user + cpu.system) / 1000,
      threads: threadsCpu(),
    };
  };
  const reset = () => {
    histogram.reset();
    windowStart = performance.now();
    last = performance.now();
    longest = { ms: 0, at: 0 };
    peakRss = process.memoryUsage.rss();
  };

  const closeWindow = () => {
    mark('window');
    const closed = stats();
    reset();
    return closed;
  };

  const server = createServer((req, res) => {
    // A reset answers with the window it closes (the threads' CPU times are since the start either way).
    if (req.url === '/stats') mark('stats');
    const body = req.url === '/stats' ? stats() : req.url === '/reset' ? closeWindow() : null;
    res.writeHead(body ? 200 : 404, { 'content-type': 'application/json' });
    res.end(JSON.stringify(body ?? { error: 'not found' }));
  });
  server.listen(port, '127.0.0.1');
  server.unref();
}
