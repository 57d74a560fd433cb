// `npm run build` (also run by `npm install`, and by `npm start` (start.mjs) before it
// runs dist/main.js, building only when the sources changed): compiles every module
// of src/ to the same place under dist/ with esbuild, so that starting the bot
// never transpiles TypeScript. Each module stays its own file (imports between
// them now end in .js), so what a module finds beside itself (the worker thread
// that reads papers, the bundled corpus) is where it was in src/, and a module
// imported on demand (Bolt's start-up, each command) is loaded only when asked for.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = path.join(ROOT, 'dist');
const STAMP = path.join(DIST, '.sources');

/** Every source file with its size and modification time: the build is stale when this changes. */
function sourcesNow() {
  const files = readdirSync(path.join(ROOT, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
  files.push(path.join(ROOT, 'package.json'), path.join(ROOT, 'package-lock.json'));
  return files
    .sort()
    .map((file) => {
      try {
        const info = statSync(file);
        return `${path.relative(ROOT, file)} ${info.size} ${info.mtimeMs}`;
      } catch {
        return `${path.relative(ROOT, file)} -`;
      }
    })
    .join('\n');
}

function stamped() {
  try {
    return readFileSync(STAMP, 'utf-8');
  } catch {
    return null;
  }
}

/** Build dist/ unless it was built from these very sources; true when it built. */
export async function buildIfStale({ log = () => {} } = {}) {
  const sources = sourcesNow();
  if (stamped() === sources) return false;
  log('Building dist/ from src/ (the sources changed) ...');
  await buildInto(DIST);
  writeFileSync(STAMP, sources);
  return true;
}

/** Each module's own imports stay imports, of the compiled file beside it. */
const keepModules = {
  name: 'keep-modules',
  setup(build) {
    build.onResolve({ filter: /^\.\.?\// }, (args) => (args.kind === 'entry-point' ? undefined : { path: args.path.replace(/\.ts$/, '.js'), external: true }));
  },
};

/** Compile every module of src/ into `outdir`. */
export async function buildInto(outdir) {
  const { build } = await import('esbuild');
  const entryPoints = readdirSync(path.join(ROOT, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => path.relative(ROOT, path.join(entry.parentPath, entry.name)));
  await build({
    absWorkingDir: ROOT,
    entryPoints,
    outdir,
    outbase: 'src',
    plugins: [keepModules],
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
  // The parser's fingerprint, worked out once here from the sources just built, so that the bot started
  // from this build reads a file instead of every parser module (see src/ingest/parser-fingerprint.ts).
  const { parserFingerprint, BUILT_FINGERPRINT } = await import(pathToFileURL(path.join(outdir, 'ingest', 'parser-fingerprint.js')).href);
  writeFileSync(path.join(outdir, BUILT_FINGERPRINT), `${await parserFingerprint(ROOT)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  // `--out DIR`: a build elsewhere, always (for checking what the bundle imports).
  const out = process.argv.indexOf('--out');
  if (out !== -1) {
    await buildInto(path.resolve(process.argv[out + 1] ?? ''));
    process.exit(0);
  }
  await buildIfStale({ log: (line) => process.stderr.write(`${line}\n`) });
}
