// `npm run build` (also run by `npm install`, and by `npm start` (start.mjs) before it
// runs dist/main.js, building only when the sources changed), with esbuild, in two forms:
//
// - every module of src/ compiled to the same place under dist/ (imports between them now end in
//   .js), so that what a module finds beside itself (the worker thread that reads papers and the
//   modules it runs, the parser's fingerprint, the bundled corpus) is where it was in src/;
// - what starting the bot loads, bundled with its packages into dist/start/: the main thread's entry
//   and the answer thread's, sharing chunks, each module imported on demand (Bolt's start-up, each
//   command) in a chunk loaded only when asked for. Loading a few large files costs a fraction of
//   loading the hundreds they replace. dist/main.js and dist/serving/answer-worker-thread.js only
//   import their bundle, so that the paths the bot and its threads are started by stay as they were.
import { readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = path.join(ROOT, 'dist');
const STAMP = path.join(DIST, '.sources');

/** Every source file (and the build script) with its size and modification time: the build is stale when this changes. */
function sourcesNow() {
  const files = readdirSync(path.join(ROOT, 'src'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => path.join(entry.parentPath, entry.name));
  // This script too: a build made by an older one is made again.
  files.push(path.join(ROOT, 'package.json'), path.join(ROOT, 'package-lock.json'), fileURLToPath(import.meta.url));
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
  await bundleStartInto(outdir, build);
  // The parser's fingerprint, worked out once here from the sources just built, so that the bot started
  // from this build reads a file instead of every parser module (see src/ingest/parser-fingerprint.ts).
  const { parserFingerprint, BUILT_FINGERPRINT } = await import(pathToFileURL(path.join(outdir, 'ingest', 'parser-fingerprint.js')).href);
  writeFileSync(path.join(outdir, BUILT_FINGERPRINT), `${await parserFingerprint(ROOT)}\n`);
}

/** The entries of the bundle in dist/start/: the bot's main thread and each council's answer thread. */
const START_ENTRIES = ['main', 'serving/answer-worker-thread'];
/** Where the bundle goes, under the build's folder. */
const START_DIR = 'start';
/** esbuild's account of the bundle, in its folder. */
export const BUNDLE_CONTENTS = 'bundle-contents.json';

/**
 * In the bundle, a module of src/ still sees the `import.meta.url` of its own compiled file (dist/X.js),
 * so that what it finds by a path relative to itself is found as in the module-per-file build beside it.
 */
const ownModuleUrl = {
  name: 'own-module-url',
  setup(build) {
    const src = path.join(ROOT, 'src');
    build.onLoad({ filter: /\.ts$/ }, (args) => {
      if (!args.path.startsWith(src + path.sep)) return undefined;
      const text = readFileSync(args.path, 'utf-8');
      if (!text.includes('import.meta.url')) return { contents: text, loader: 'ts' };
      const compiled = path.relative(src, args.path).replace(/\.ts$/, '.js').split(path.sep).join('/');
      const own = `new URL(${JSON.stringify(`../${compiled}`)}, import.meta.url).href`;
      return { contents: text.replaceAll('import.meta.url', own), loader: 'ts' };
    });
  },
};

/**
 * Socket Mode's client requires undici (for its WebSocket) when Bolt loads, and undici brings Node's web
 * streams with it: about three quarters of loading Bolt, though over HTTP no socket is ever opened. In the
 * bundle it is required when first used (every use is inside a function). A version of the client that
 * requires it otherwise is bundled as it is.
 */
const UNDICI = 'require("undici")';
const undiciWhenUsed = {
  name: 'undici-when-used',
  setup(build) {
    build.onLoad({ filter: /[\\/]@slack[\\/]socket-mode[\\/]dist[\\/]src[\\/][^\\/]+\.js$/ }, (args) => {
      const text = readFileSync(args.path, 'utf-8');
      const required = `const undici_1 = ${UNDICI};`;
      if (!text.includes(required)) return undefined;
      return { contents: text.replace(required, `const undici_1 = new Proxy({}, { get: (_, name) => ${UNDICI}[name] });`), loader: 'js' };
    });
  },
};

/** Bundle the start path into `outdir`/start/, and point the entries' usual files at it. */
async function bundleStartInto(outdir, build) {
  const dir = path.join(outdir, START_DIR);
  rmSync(dir, { recursive: true, force: true });
  const { metafile } = await build({
    absWorkingDir: ROOT,
    entryPoints: Object.fromEntries(START_ENTRIES.map((entry) => [path.basename(entry), `src/${entry}.ts`])),
    outdir: dir,
    chunkNames: '[name]-[hash]',
    plugins: [ownModuleUrl, undiciWhenUsed],
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    // The packages written as CommonJS require Node's own modules: in an ES module only through this.
    banner: { js: "import { createRequire as __createRequire } from 'node:module'; const require = __createRequire(import.meta.url);" },
    sourcemap: 'linked',
    metafile: true,
    logLevel: 'warning',
  });
  // Which modules and packages each file of the bundle holds, and what it imports (for checking what loads when).
  writeFileSync(path.join(dir, BUNDLE_CONTENTS), JSON.stringify(metafile));
  for (const entry of START_ENTRIES) {
    const file = path.join(outdir, `${entry}.js`);
    const bundled = path.relative(path.dirname(file), path.join(dir, `${path.basename(entry)}.js`)).split(path.sep).join('/');
    writeFileSync(file, `// The bundle of this entry (see scripts/build.mjs).\nimport ${JSON.stringify(bundled.startsWith('.') ? bundled : `./${bundled}`)};\n`);
    rmSync(`${file}.map`, { force: true });
  }
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
