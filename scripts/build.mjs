// `npm run build` (also run by `npm install`, and by `npm start` before it starts
// dist/main.js, building only when the sources changed): bundles src/main.ts and src/cli.ts into dist/ with esbuild, so
// that starting the bot never transpiles TypeScript. Slack's Bolt and every other
// package stay imports (node_modules), and a module imported on demand (Bolt's
// start-up, each command) stays its own chunk, loaded only when asked for.
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const DIST = path.join(ROOT, 'dist');
const STAMP = path.join(DIST, '.sources');
const ENTRIES = ['src/main.ts', 'src/cli.ts'];

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

/** Bundle the entry points into `outdir`. */
export async function buildInto(outdir) {
  const { build } = await import('esbuild');
  await build({
    absWorkingDir: ROOT,
    entryPoints: ENTRIES,
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    packages: 'external',
    sourcemap: 'linked',
    logLevel: 'warning',
  });
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
