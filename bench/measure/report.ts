// Turns tier results into the tables printed by `npm run bench` and kept in BENCHMARKS.md.
import type { Machine } from './machine.ts';
import { KINDS } from './questions.ts';
import { mb, ms, ratio } from './stats.ts';
import type { TierResult } from './tier.ts';

/** Targets at tier L on the 2-core machine (issue 6). */
export const TARGETS = {
  coldStartMs: 2000,
  steadyRssBytes: 768 * 1024 * 1024,
  markDoneP99Ms: 50,
  ackP99Ms: 100,
  answerP99Ms: 300,
  ingestMs: 120_000,
} as const;

type Row = [string, string, string, string];

function status(value: number | null | undefined, target: number): string {
  if (value === null || value === undefined || Number.isNaN(value)) return 'not measured';
  return value <= target ? 'met' : '**MISSED**';
}

function table(header: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}

export function tierMarkdown(r: TierResult): string {
  const out: string[] = [`### Tier ${r.tier}: ${r.description}`];
  const c = r.corpus;
  out.push(
    `Corpus: ${c.files} files, ${mb(c.bytes)}` +
      (c.meetings !== null ? `, ${c.meetings} meetings, ${c.items} agenda items (generated in ${ms(c.generateMs)})` : '') +
      '.',
  );
  const rows: Row[] = [];
  const i = r.ingest;
  if (i) {
    const seconds = i.ms / 1000;
    rows.push(['ingest: total time (CPU time)', `${ms(i.ms)} (${ms(i.cpuMs)})`, '≤ 120 s', status(i.ms, TARGETS.ingestMs)]);
    rows.push(['ingest: documents/s, MB/s', `${(i.files / seconds).toFixed(1)} docs/s, ${(c.bytes / 1024 / 1024 / seconds).toFixed(2)} MB/s`, '', '']);
    rows.push([
      'ingest: what went in',
      `${i.totals.documents} documents, ${i.totals.meetings} meetings, ${i.totals.items} items, ${i.totals.resolutions} resolutions, ${i.totals.requests} requests, ${i.totals.workProgramme} work-programme items; ${i.failed} files refused`,
      '',
      '',
    ]);
    rows.push(['store file size', mb(i.storeBytes), '', '']);
    rows.push(['memory: peak RSS during ingest', mb(i.peakRssBytes), '', '']);
  } else {
    rows.push(['ingest', `failed: ${r.ingestError ?? 'unknown'}`, '≤ 120 s', '**MISSED**']);
  }
  const progress = r.ingestProgress;
  if (progress.length >= 2 && (progress[progress.length - 1]!.of >= 100)) {
    const first = progress[0]!;
    const last = progress[progress.length - 1]!;
    const rate = (p: (typeof progress)[number]) => (p.chunkFiles / Math.max(1, p.chunkCpuMs)) * 1000;
    let line = `first ${first.chunkFiles} files: ${rate(first).toFixed(1)} docs per CPU-second; last ${last.chunkFiles} (up to ${last.files}, ${last.items} items in the record): ${rate(last).toFixed(1)}`;
    if (!i && last.files < last.of) {
      const rest = ((last.of - last.files) / Math.max(0.001, last.chunkFiles / Math.max(1, last.chunkMs))) / 1000;
      line += `; stopped at ${last.files} of ${last.of} files after ${ms(last.ms)}, the rest would take at least another ${ms(rest * 1000)} at the last rate`;
    }
    rows.push(['ingest: rate as the record grows', line, '', '']);
  }
  const again = r.pagesLastIngest;
  if (again) {
    rows.push([
      'ingest again, agenda-item pages after the minutes they repeat (the store used below)',
      `${ms(again.ms)} (CPU ${ms(again.cpuMs)}), ${(again.files / (again.ms / 1000)).toFixed(1)} docs/s; ${again.totals.meetings} meetings, ${again.totals.items} items, ${again.totals.resolutions} resolutions, ${again.totals.requests} requests; ${again.failed} files refused`,
      '≤ 120 s',
      status(again.ms, TARGETS.ingestMs),
    ]);
    rows.push(['store file size', mb(again.storeBytes), '', '']);
    rows.push(['memory: peak RSS during ingest', mb(again.peakRssBytes), '', '']);
  }
  if (r.index) {
    rows.push(['index: build time', `${ms(r.index.buildMs)} (${r.index.documents} documents)`, '', '']);
    rows.push(['index: snapshot size', mb(r.index.snapshotBytes), '', '']);
    rows.push(['index: snapshot load time', ms(r.index.loadMs), '', '']);
  } else if (r.indexError) rows.push(['index', `failed: ${r.indexError}`, '', '']);
  if (r.coldStart) {
    rows.push([
      `cold start (new process → first answer, median of ${r.coldStart.n})`,
      `${ms(r.coldStart.p50)} (max ${ms(r.coldStart.max)}; CPU ${ms(r.coldStartCpuMs)})${r.coldStartError ? `; ${r.coldStartError}` : ''}`,
      '≤ 2 s',
      status(r.coldStart.p50, TARGETS.coldStartMs),
    ]);
  } else if (r.coldStartError) rows.push(['cold start', `failed: ${r.coldStartError}`, '≤ 2 s', '**MISSED**']);
  if (r.coldStartSteps) {
    const st = r.coldStartSteps;
    rows.push([
      'cold start: where the time goes (last run)',
      `Node + tsx + modules ${ms(st.modules)}, open store ${ms(st.openStore)}, open the engine (the snapshot then loads in the background) ${ms(st.loadIndex)}, first answer ${ms(st.firstAnswer)}`,
      '',
      '',
    ]);
  }
  const s = r.serve;
  if (s) {
    rows.push(['memory: steady RSS when serving', mb(s.steadyRssBytes), '≤ 768 MB', status(s.steadyRssBytes, TARGETS.steadyRssBytes)]);
    if (s.clicks) rows.push([`"Mark done" (store write included), p50 / p99 of ${s.clicks.n}`, `${ms(s.clicks.p50)} / ${ms(s.clicks.p99)}`, 'p99 ≤ 50 ms', status(s.clicks.p99, TARGETS.markDoneP99Ms)]);
    if (s.acks) {
      const a = s.acks;
      rows.push([`/scrutiny until ack, p50 / p99 (${a.ack.n} requests after a warm-up wave, 20 in flight)`, `${ms(a.ack.p50)} / ${ms(a.ack.p99)}`, 'p99 ≤ 100 ms', status(a.ack.p99, TARGETS.ackP99Ms)]);
      rows.push([
        '/scrutiny until the answer reaches response_url, p50 / p99',
        `${ms(a.answer.p50)} / ${ms(a.answer.p99)}${a.failures ? `; ${a.failures} failed (${a.errors.join('; ')})` : ''}`,
        'p99 ≤ 300 ms',
        a.failures ? '**MISSED**' : status(a.answer.p99, TARGETS.answerP99Ms),
      ]);
    }
  } else if (r.serveError) rows.push(['serving', `failed: ${r.serveError}`, '', '**MISSED**']);
  out.push(table(['Measure', 'Figure', 'Target (tier L)', ''], rows));

  if (s) {
    const answerRows = KINDS.filter((k) => s.kinds[k.kind]).map((k) => {
      const kr = s.kinds[k.kind]!;
      const routed = Object.entries(kr.answeredAs)
        .sort((a, b) => b[1] - a[1])
        .map(([kind, n]) => (n === kr.index.n ? kind : `${kind} ${n}`))
        .join(', ');
      return [
        k.label,
        `${ms(kr.index.p50)} / ${ms(kr.index.p95)} / ${ms(kr.index.p99)} (${kr.index.n})`,
        ms(kr.cpuMeanMs),
        `${ms(kr.scan.p50)} / ${ms(kr.scan.p99)} (${kr.scan.n})`,
        ratio(kr.scan.p50, kr.index.p50),
        `${routed}${routed.split(', ')[0]?.startsWith(k.expect) ? '' : ` (expected ${k.expect})`}`,
        kr.entries.toFixed(1),
        `p99 ≤ ${k.targetP99Ms} ms`,
        status(kr.index.p99, k.targetP99Ms),
      ];
    });
    out.push(
      'Answers in process, after a warm-up, up to a time budget per kind (n: questions asked; with n < 100, p99 is the slowest answer). The scan baseline answers the same questions by a linear pass over the record with the search module\'s tokeniser, stemmer and prefix/fuzzy rules; for next meeting, outstanding requests and work programme it only finds the facts, while the engine also builds the whole answer, so there the ratio is below 1. "entries": lines in the answer model before paging.',
    );
    out.push(
      table(['Question kind', 'engine p50 / p95 / p99 (n)', 'CPU mean', 'scan p50 / p99 (n)', 'scan / index (p50)', 'answered as', 'entries', 'target (tier L)', ''], answerRows),
    );
  }
  return out.join('\n\n');
}

export function machineMarkdown(m: Machine): string {
  return `Machine: ${m.cpu}, ${m.cores} cores, ${m.memory} memory, Node ${m.node}, ${m.platform}; run ${m.date}, load average ${m.load.toFixed(1)} at the start${m.load > m.cores ? ' (the machine was busy with other work: figures are pessimistic)' : ''}.`;
}

const BEGIN = (tier: string) => `<!-- tier ${tier} -->`;
const END = (tier: string) => `<!-- /tier ${tier} -->`;

/**
 * BENCHMARKS.md with the given tiers' sections replaced (or added) and
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
