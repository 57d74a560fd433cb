// `npm run scrutiny -- ingest [--db PATH] [PATH ...]`: add files and folders to the store
// (default: the bundled corpus). Exit code 0 only when every file went in.
import { ConfigError, loadConfig } from '../config.ts';
import { BUNDLED_CORPUS, ingestPaths, type IngestPipeline } from '../ingest/ingest-paths.ts';
import { openStore } from '../store/lowdb-store.ts';
import { StoreError, type Store } from '../store/store.ts';
import { parseArgs, type CliIo } from './io.ts';

const USAGE = 'Usage: npm run scrutiny -- ingest [--db PATH] [PATH ...]   (default PATH: the bundled corpus)';

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
  const { values, positional, unknown, flags } = parseArgs(args, { flags: ['--help'], values: ['--db'] });
  if (flags.has('--help')) {
    io.out(USAGE);
    return 0;
  }
  if (unknown.length > 0) {
    io.err(`ingest: ${unknown.join('; ')}\n${USAGE}`);
    return 2;
  }
  let dbPath = values.get('--db');
  if (!dbPath) {
    try {
      dbPath = loadConfig(io.env).dbPath;
    } catch (error) {
      if (error instanceof ConfigError) {
        io.err(error.message);
        return 2;
      }
      throw error;
    }
  }

  let store: Store;
  try {
    store = await openStore(dbPath);
  } catch (error) {
    if (error instanceof StoreError) {
      io.err(`ingest: cannot open the store: ${error.message}`);
      return 1;
    }
    throw error;
  }

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
