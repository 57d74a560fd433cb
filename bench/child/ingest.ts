// Child process: ingest a tier's documents into a fresh store and report the
// time and this process's peak RSS (a process of its own, so the figure is
// the ingest's alone). The files go in as one batch, in chunks, with a
// progress line per chunk, so a slow ingest still shows how its rate changes
// as the record grows. The last line on stdout is the result.
import { readdir, stat } from 'node:fs/promises';
import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ingestPaths, type IngestReport } from '../../src/ingest/ingest-paths.ts';
import { openStore } from '../../src/store/lowdb-store.ts';

const CHUNKS = 20;
const [db, ...paths] = process.argv.slice(2);
if (!db || paths.length === 0) {
  process.stderr.write('usage: ingest.ts DB PATH...\n');
  process.exit(2);
}

async function filesOf(p: string): Promise<string[]> {
  if (!(await stat(p)).isDirectory()) return [p];
  const entries = await readdir(p, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !e.name.startsWith('.'))
    .map((e) => path.join(e.parentPath, e.name))
    .sort();
}

const cpuMs = () => {
  const u = process.resourceUsage();
  return (u.userCPUTime + u.systemCPUTime) / 1000;
};

const started = performance.now();
const store = await openStore(db);
const files = (await Promise.all(paths.map(filesOf))).flat();
const size = Math.max(1, Math.ceil(files.length / CHUNKS));
const reports: IngestReport[] = [];
await store.batch(async () => {
  for (let i = 0; i < files.length; i += size) {
    const chunkStart = performance.now();
    const cpuStart = cpuMs();
    reports.push(await ingestPaths(store, files.slice(i, i + size)));
    const done = Math.min(files.length, i + size);
    process.stdout.write(
      `${JSON.stringify({ progress: { files: done, of: files.length, ms: performance.now() - started, chunkMs: performance.now() - chunkStart, chunkCpuMs: cpuMs() - cpuStart, chunkFiles: done - i, items: store.counts().items } })}\n`,
    );
  }
});
const ms = performance.now() - started;
const fileReports = reports.flatMap((r) => r.files);
const failed = fileReports.filter((f) => !f.ok);
const usage = process.resourceUsage();
process.stdout.write(
  `${JSON.stringify({
    ms,
    cpuMs: cpuMs(),
    files: fileReports.length,
    failed: failed.length,
    failures: failed.slice(0, 5).map((f) => `${f.path}: ${f.message}`),
    warnings: fileReports.reduce((n, f) => n + f.warnings.length, 0),
    totals: reports[reports.length - 1]!.totals,
    peakRssBytes: usage.maxRSS * 1024,
    // The catalogue and the parts it names.
    storeBytes: Object.values((JSON.parse(readFileSync(db, 'utf-8')) as { parts: Record<string, { bytes: number }> }).parts).reduce((n, p) => n + p.bytes, statSync(db).size),
  })}\n`,
);
