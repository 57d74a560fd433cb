// `npm run scrutiny -- ingest [--db PATH] [PATH ...]`: add files and folders to the store
// (default: the bundled corpus). Exit code 0 only when every file went in.
import { configuredClock } from '../clock.ts';
import { BUNDLED_CORPUS, ingestPaths, type IngestPipeline } from '../ingest/ingest-paths.ts';
import type { Store } from '../store/store.ts';
import { localConfig, openCommandStore, readArgs, type CliIo, type CommandSpec } from './io.ts';

export const SPEC: CommandSpec = {
  name: 'ingest',
  usage: `Usage: npm run scrutiny -- ingest [--db PATH] [PATH ...]

Read council documents (minutes, agenda packs, work programmes, ModernGov pages; text, HTML or PDF)
into the store. Folders are read whole. With no PATH, the bundled corpus is read.

Options:
  --db PATH    the store (default: SCRUTINY_DB, else data/scrutiny.json)
  -h, --help   show this help

Exit code 0 when every file went in, 1 when any could not be read or the store could not be written.`,
  values: ['--db'],
};

type Counts = Record<'documents' | 'meetings' | 'items' | 'resolutions' | 'requests' | 'workProgramme', number>;

const ROWS: Array<[keyof Counts, string]> = [
  ['documents', 'documents'],
  ['meetings', 'meetings'],
  ['items', 'agenda items'],
  ['resolutions', 'resolutions'],
  ['requests', 'requests'],
  ['workProgramme', 'work-programme items'],
];

function counts(store: Store): Counts {
  const r = store.record();
  return {
    documents: r.documents.length,
    meetings: r.meetings.length,
    items: r.items.length,
    resolutions: r.resolutions.length,
    requests: r.requests.length,
    workProgramme: r.workProgramme.length,
  };
}

export async function run(args: string[], io: CliIo, pipeline?: IngestPipeline): Promise<number> {
  const parsed = readArgs(args, SPEC, io);
  if (typeof parsed === 'number') return parsed;
  const { values, positional } = parsed;
  const config = localConfig(io);
  if (typeof config === 'number') return config;

  const store = await openCommandStore(io, SPEC, values.get('--db') ?? config.dbPath, configuredClock(config.now));
  if (typeof store === 'number') return store;

  const paths = positional.length > 0 ? positional : [BUNDLED_CORPUS];
  const before = counts(store);
  let report;
  try {
    report = await ingestPaths(store, paths, pipeline);
  } catch (error) {
    io.err(`ingest: the store could not be written (${error instanceof Error ? error.message : String(error)}); ${store.path} keeps its previous content`);
    return 1;
  }
  const after = counts(store);

  const wentIn = report.files.filter((f) => f.ok).length;
  const problems = report.files.length - wentIn;
  io.out(`Store: ${store.path}`);
  io.out(`Files: ${report.files.length} read, ${wentIn} went in, ${problems} with problems`);
  io.out(`${'In the store'.padEnd(24)}${'total'.padStart(8)}${'this run'.padStart(10)}`);
  for (const [key, label] of ROWS) {
    const change = after[key] - before[key];
    io.out(`${label.padEnd(24)}${String(after[key]).padStart(8)}${(change >= 0 ? `+${change}` : String(change)).padStart(10)}`);
  }
  for (const file of report.files) {
    if (!file.ok) io.err(`${file.path}: ${file.message}`);
    else if (file.warnings.length > 0) {
      const more = file.warnings.length > 1 ? ` (and ${file.warnings.length - 1} more)` : '';
      io.err(`${file.path}: went in with a warning: ${file.warnings[0]}${more}`);
    }
  }
  if (report.files.length === 0) io.err('ingest: no files found in the paths given');
  return report.allOk && report.files.length > 0 ? 0 : 1;
}
