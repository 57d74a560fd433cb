// Turns tier results into the tables `npm run bench` writes (to its report
// file, or with --update into BENCHMARKS.md): each figure beside its target
// (issue 13, tier L on the 2-core machine) and "met" or "MISSED".
import type { Machine } from './machine.ts';
import { ANSWER_TARGETS, KINDS, type QuestionGroup } from './questions.ts';
import { mb, ms, ratio, summarize } from './stats.ts';
import type { TierResult } from './tier.ts';
import type { ColdStartRun } from './cold-start.ts';

export const TARGETS = {
  coldStartStructuredMs: 2000,
  coldStartSearchMs: 3000,
  steadyRssBytes: 512 * 1024 * 1024,
  markDoneP99Ms: 50,
  ackP99Ms: 100,
  answerP99Ms: 300,
  paperStallMs: 100,
  paperSearchableMs: 5000,
  searchOverScan: 10,
} as const;

type Row = [string, string, string, string];

function status(value: number | null | undefined, target: number, atLeast = false): string {
  if (value === null || value === undefined || Number.isNaN(value)) return '**not measured**';
  return (atLeast ? value >= target : value <= target) ? 'met' : '**MISSED**';
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function coldStartRow(label: string, runs: ColdStartRun[], target: number, targetText: string): Row {
  const ok = runs.filter((r) => r.answerMs !== null);
  const failed = runs.filter((r) => r.answerMs === null);
  if (ok.length === 0) return [label, failed[0]?.error ? `failed: ${failed[0].error}` : 'not measured', targetText, '**not measured**'];
  const s = summarize(ok.map((r) => r.answerMs!));
  const port = summarize(ok.map((r) => r.portMs!));
  // An answer that says part of it is still loading is what the member saw, but not yet the whole of it.
  const partial = ok.filter((r) => r.lookBackLoading).length;
  return [
    `${label} (median of ${ok.length}; spawn of npm → answer at response_url)`,
    `${ms(s.p50)} (range ${ms(Math.min(...ok.map((r) => r.answerMs!)))}–${ms(s.max)}); HTTP port open at ${ms(port.p50)}${partial ? `; ${partial} of ${ok.length} without the agenda's look-back, still loading` : ''}${failed.length ? `; ${failed.length} failed: ${failed[0]!.error}` : ''}`,
    targetText,
    failed.length ? '**MISSED**' : status(s.p50, target),
  ];
}

function stallText(stall: { maxMs: number; longestGapMs: number } | null | undefined): string {
  if (!stall) return '–';
  return `${ms(Math.max(stall.maxMs, stall.longestGapMs))}`;
}

function formatsText(formats: TierResult['corpus']['formats']): string {
  const parts = [
    formats.text ? `${formats.text} text` : '',
    formats.html ? `${formats.html} web pages` : '',
    formats.pdf ? `${formats.pdf} PDF` : '',
  ].filter(Boolean);
  return parts.join(', ');
}

export function tierMarkdown(r: TierResult): string {
  const out: string[] = [`### Tier ${r.tier}: ${r.description}`];
  const c = r.corpus;
  out.push(
    `Corpus: ${c.files} files (${formatsText(c.formats)}), ${mb(c.bytes)}` +
      (c.meetings !== null ? `, ${c.meetings} meetings, ${c.items} agenda items with ${c.distinctTitles} distinct titles, ${c.distinctPeople} people named (generated in ${ms(c.generateMs)})` : '') +
      '.',
  );
  if (r.stopped) out.push(`**The run stopped at ${r.stopped.step}:** ${r.stopped.reason}. Figures after that step were not measured.`);

  const rows: Row[] = [];
  const i = r.ingest;
  if (i) {
    rows.push(['ingest: total time (CPU time)', `${ms(i.ms)} (${ms(i.cpuMs)}); ${(i.files / (i.ms / 1000)).toFixed(1)} documents/s`, '', '']);
    rows.push([
      'ingest: what went in',
      `${i.totals.documents} documents, ${i.totals.meetings} meetings, ${i.totals.items} items, ${i.totals.resolutions} resolutions, ${i.totals.requests} requests, ${i.totals.workProgramme} work-programme rows; ${i.failed} files refused${i.failures.length ? ` (${i.failures[0]})` : ''}`,
      '',
      '',
    ]);
    rows.push(['store on disk; peak RSS of the ingest', `${mb(i.storeBytes)}; ${mb(i.peakRssBytes)}`, '', '']);
  }
  const progress = r.ingestProgress;
  if (progress.length >= 2) {
    const first = progress[0]!;
    const last = progress[progress.length - 1]!;
    const rate = (p: (typeof progress)[number]) => (p.chunkFiles / Math.max(1, p.chunkCpuMs)) * 1000;
    let line = `first ${first.chunkFiles} files: ${rate(first).toFixed(0)} documents per CPU-second; last ${last.chunkFiles} (up to ${last.files}, ${last.items} items in the record): ${rate(last).toFixed(0)}`;
    if (!i && last.files < last.of) line += `; stopped after ${last.files} of ${last.of} files (${ms(last.ms)})`;
    rows.push(['ingest: rate as the record grows', line, '', '']);
  }
  if (r.index) rows.push(['index: build; snapshot size; snapshot load', `${ms(r.index.buildMs)} (${r.index.documents} documents); ${mb(r.index.snapshotBytes)}; ${ms(r.index.loadMs)}`, '', '']);
  if (r.largeMinutes) {
    const l = r.largeMinutes;
    rows.push([
      `a ${mb(l.bytes)} minutes text (${l.items} items): read in this thread (CPU); in the paper worker, as the bot reads it`,
      `${ms(l.inThreadMs)} (${ms(l.inThreadCpuMs)}); ${ms(l.isolatedMs)}: ${l.isolatedOutcome}`,
      '',
      '',
    ]);
  } else if (r.largeMinutesError) rows.push(['a 5 MB minutes text', `not measured: ${r.largeMinutesError}`, '', '']);
  if (r.states) rows.push(['request statuses in the store', `${r.states.done} done, ${r.states.open} open (set in ${ms(r.states.ms)})`, '30,000 done', r.states.done >= 30_000 ? 'met' : 'fewer requests in this tier']);
  if (r.coldStarts.structured.length) rows.push(coldStartRow('cold start of `npm start` → first structured answer', r.coldStarts.structured, TARGETS.coldStartStructuredMs, '≤ 2 s'));
  if (r.coldStarts.search.length) rows.push(coldStartRow('cold start of `npm start` → first search answer', r.coldStarts.search, TARGETS.coldStartSearchMs, '≤ 3 s'));

  const s = r.serving;
  if (s) {
    if (s.startup.firstAnswerMs !== null) {
      rows.push([
        'serving process: start-up (with the probe): first answer; first search; longest event-loop stall from the HTTP port opening until 3 s after the first search (before the port opened, when nothing can wait for an ack)',
        `${ms(s.startup.firstAnswerMs)}; ${ms(s.startup.firstSearchMs)}; ${stallText(s.startup.stall)} (${stallText(s.startup.stallBeforePort)})`,
        '≤ 50 ms stall (item 1)',
        status(s.startup.stall ? Math.max(s.startup.stall.maxMs, s.startup.stall.longestGapMs) : null, 50),
      ]);
    }
    if (s.memory) {
      rows.push(['memory: RSS of the bot serving, after 5 s quiet (no forced GC)', `${mb(s.memory.steadyRss)} (peak ${mb(s.memory.peakRss)}; heap used ${mb(s.memory.heapUsed)})`, '≤ 512 MB', status(s.memory.steadyRss, TARGETS.steadyRssBytes)]);
    }
    if (s.load) {
      const a = s.load;
      const failed = a.failures ? `; ${a.failures} failed (${a.errors.join('; ')})` : '';
      rows.push([`/scrutiny until ack, p50 / p99 (${a.ack.n} first-asked questions, ${20} in flight, client in another process)`, `${ms(a.ack.p50)} / ${ms(a.ack.p99)}${failed}`, 'p99 ≤ 100 ms', a.failures ? '**MISSED**' : status(a.ack.p99, TARGETS.ackP99Ms)]);
      rows.push(['/scrutiny until the answer reaches response_url, p50 / p99', `${ms(a.answer.p50)} / ${ms(a.answer.p99)}`, 'p99 ≤ 300 ms', a.failures ? '**MISSED**' : status(a.answer.p99, TARGETS.answerP99Ms)]);
      rows.push(['event loop during that load: longest stall', stallText(a.stall), '', '']);
    }
    if (s.clicks) {
      const k = s.clicks;
      const failed = k.failures || k.errors.length ? `; ${k.failures} failed (${k.errors.join('; ')})` : '';
      rows.push([
        `"Mark done" through Bolt, ${k.rerender.n} clicks with ${r.states?.done ?? '?'} closed requests: ack p50 / p99; re-rendered answer p50 / p99`,
        `${ms(k.ack.p50)} / ${ms(k.ack.p99)}; ${ms(k.rerender.p50)} / ${ms(k.rerender.p99)}${failed}`,
        'p99 ≤ 50 ms',
        k.failures || k.rerender.n === 0 ? '**MISSED**' : status(k.rerender.p99, TARGETS.markDoneP99Ms),
      ]);
    }
    if (s.paper) {
      const p = s.paper;
      rows.push([
        'a new paper shared in Slack: ack; the bot\'s reply; searchable (a search finds it)',
        `${ms(p.ackMs)}; ${ms(p.replyMs)}; ${ms(p.searchableMs)}${p.error ? ` (${p.error})` : ''}`,
        'searchable ≤ 5 s',
        status(p.searchableMs, TARGETS.paperSearchableMs),
      ]);
      rows.push([
        'a new paper: longest event-loop stall meanwhile; acks of searches asked meanwhile, p50 / max',
        `${stallText(p.stall)}; ${ms(p.acksMeanwhile.p50)} / ${ms(p.acksMeanwhile.max)} (${p.acksMeanwhile.n})`,
        'stall ≤ 100 ms',
        status(p.stall ? Math.max(p.stall.maxMs, p.stall.longestGapMs) : null, TARGETS.paperStallMs),
      ]);
    }
  }
  out.push(table(['Measure', 'Figure', 'Target', ''], rows));

  if (r.answersError) out.push(`**Answers in process were not measured:** ${r.answersError}.`);
  const a = r.answers;
  if (a) {
    const group = (g: QuestionGroup) => KINDS.filter((k) => k.group === g);
    const pooled = (g: QuestionGroup, which: 'first' | 'repeated') => summarize(group(g).flatMap((k) => a[which][k.kind] ?? []));
    const answerRows = KINDS.filter((k) => a.first[k.kind]?.length).map((k) => {
      const first = summarize(a.first[k.kind]!);
      const again = summarize(a.repeated[k.kind] ?? []);
      const scan = a.scan[k.kind]?.length ? summarize(a.scan[k.kind]!) : null;
      const routed = Object.entries(a.routed[k.kind] ?? {})
        .sort((x, y) => y[1] - x[1])
        .map(([kind, n]) => (n === first.n ? kind : `${kind} ${n}`))
        .join(', ');
      const t = ANSWER_TARGETS[k.group];
      return [
        k.label,
        String(first.n),
        `${ms(first.p50)} / ${ms(first.p95)} / ${ms(first.p99)}`,
        `${ms(again.p50)} / ${ms(again.p99)}`,
        `${routed}${routed.startsWith(k.expect) ? '' : ` (expected ${k.expect})`}`,
        ((a.entries[k.kind] ?? 0) / first.n).toFixed(1),
        scan ? `${ms(scan.p50)} (${scan.n}); ${ratio(scan.p50, first.p50)}` : '',
        `≤ ${t.firstP99Ms} / ${t.repeatP99Ms} ms`,
        `${status(first.p99, t.firstP99Ms)} / ${status(again.p99, t.repeatP99Ms)}`,
      ];
    });
    for (const g of ['structured', 'search'] as const) {
      const first = pooled(g, 'first');
      const again = pooled(g, 'repeated');
      const t = ANSWER_TARGETS[g];
      answerRows.push([
        `**all ${g === 'structured' ? 'structured' : 'index-backed'} questions**`,
        String(first.n),
        `${ms(first.p50)} / ${ms(first.p95)} / ${ms(first.p99)}`,
        `${ms(again.p50)} / ${ms(again.p99)}`,
        '',
        '',
        '',
        `≤ ${t.firstP99Ms} / ${t.repeatP99Ms} ms`,
        `${status(first.p99, t.firstP99Ms)} / ${status(again.p99, t.repeatP99Ms)}`,
      ]);
    }
    out.push(
      `Answers in a process that opens the store and the engine as \`npm start\` does (snapshot loaded, look-ups built), no forced GC. Each question is asked once in a random order with every kind mixed (**first ask**: nothing of it remembered yet), then all again in another order (**repeated ask**). n: distinct questions. The **fair scan** answers the same index-backed questions by a linear pass over text tokenised and stemmed once in advance (${a.scanBuild.entries} entries, ${a.scanBuild.vocabulary} distinct terms, prepared in ${ms(a.scanBuild.ms)}): one pass over the vocabulary for each word's stems, prefixes and typos, one over the entries; its ratio is scan p50 over first-ask p50. "entries": lines in the answer before paging.`,
    );
    out.push(table(['Question kind', 'n', 'first ask p50 / p95 / p99', 'repeated p50 / p99', 'answered as', 'entries', 'fair scan p50 (n); scan / index', 'target p99 first / repeated', ''], answerRows));
    const searchKinds = KINDS.filter((k) => k.kind.startsWith('search-') && a.scan[k.kind]?.length);
    if (searchKinds.length) {
      const worst = Math.min(...searchKinds.map((k) => summarize(a.scan[k.kind]!).p50 / summarize(a.first[k.kind]!).p50));
      out.push(`Search against the fair scan: the smallest ratio of the three search kinds is ${ratio(worst, 1)} (target ≥ 10×: ${status(worst, TARGETS.searchOverScan, true)}).`);
    }
    const misrouted = Object.entries(r.questions?.misrouted ?? {}).filter(([, n]) => n);
    if (misrouted.length) out.push(`Candidate questions the router sent to another kind, left out: ${misrouted.map(([k, n]) => `${k} ${n}`).join(', ')}.`);
  }
  return out.join('\n\n');
}

export function machineMarkdown(m: Machine, end?: Machine): string {
  const load = (x: Machine) => x.load.map((v) => v.toFixed(1)).join(' / ');
  const busy = m.load[0] > m.cores;
  return [
    `Machine: ${m.cpu}, ${m.cores} cores, ${m.memory} memory, Node ${m.node}, ${m.platform}; run ${m.date}.`,
    `Load average (1 / 5 / 15 min) at the start ${load(m)}${end ? `, at the end ${load(end)}` : ''}${busy ? ' — the machine was busy with other work, so the figures are pessimistic' : ''}.`,
    m.busiest.length ? `Busiest processes at the start: ${m.busiest.join('; ')}.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

const BEGIN = (tier: string) => `<!-- tier ${tier} -->`;
const END = (tier: string) => `<!-- /tier ${tier} -->`;

/**
 * The report with the given tiers' sections replaced (or added) and
 * everything else, including earlier runs of other tiers and the notes, kept.
 */
export function updateBenchmarksFile(previous: string | null, intro: string, sections: { tier: string; text: string }[]): string {
  let text = previous ?? `${intro}\n`;
  for (const { tier, text: section } of sections) {
    const block = `${BEGIN(tier)}\n${section}\n${END(tier)}`;
    const start = text.indexOf(BEGIN(tier));
    const end = text.indexOf(END(tier));
    if (start >= 0 && end > start) text = text.slice(0, start) + block + text.slice(end + END(tier).length);
    else {
      const notes = text.indexOf('<!-- notes -->');
      text = notes >= 0 ? `${text.slice(0, notes)}${block}\n\n${text.slice(notes)}` : `${text.trimEnd()}\n\n${block}\n`;
    }
  }
  return text;
}
