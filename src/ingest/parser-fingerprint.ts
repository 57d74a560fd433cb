// Which parser read a document: one value that changes whenever the code that turns a paper's bytes
// into a ParsedDocument changes. The store keeps it with each document, so that after an upgrade the
// documents the older parser read are read again (see ingest/reread-documents.ts and reread-at-start.ts).
//
// It is a hash of that code itself, not a version number someone has to remember to bump: the source
// text of every module the parser's entry points import (followed through relative imports, type-only
// imports left out) and the installed version of every package they import. The build works it out
// from src/ and leaves it beside its modules (BUILT_FINGERPRINT), which `npm start` reads; run from src/
// (the commands, the tests) it is worked out from src/ on first use, so both carry the same value
// (a build shipped without src/ hashes its own compiled modules instead).
// A change to a parser module that leaves every parse as it was (a comment, a rename) costs one re-read
// that changes nothing; a change that is missed would leave records stale, which is what this is for.
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** The modules that read papers: bytes to text (decoding, PDF, HTML), text to a document, and ModernGov's meeting XML to one. */
export const PARSER_ENTRY_POINTS = ['ingest/read-document', 'ingest/parse-document', 'sync/moderngov-meeting'] as const;

/**
 * Where the parser's code is read from: src/ when it is there (beside dist/ too, in the container
 * image), else the tree this module runs from (a build shipped without its sources).
 */
function codeTree(root: string): { dir: string; ext: string } {
  if (existsSync(path.join(root, 'src', `${PARSER_ENTRY_POINTS[0]}.ts`))) return { dir: path.join(root, 'src'), ext: '.ts' };
  const here = fileURLToPath(import.meta.url);
  return { dir: path.dirname(path.dirname(here)), ext: path.extname(here) };
}

/** The project's folder: the nearest above this module with a package.json (the same from src/ and from dist/). */
export function projectRoot(from: string = path.dirname(fileURLToPath(import.meta.url))): string {
  let dir = from;
  while (!existsSync(path.join(dir, 'package.json'))) {
    const up = path.dirname(dir);
    if (up === dir) throw new Error(`No package.json above ${from}`);
    dir = up;
  }
  return dir;
}

// Import statements begin a line (the sources are formatted so); a statement's braces may run over
// several lines. The module it names follows `from` (`import x from`, `export { y } from`) or a bare
// `import` (`import './c.ts'`); a dynamic `import('./d.ts')` may stand anywhere.
const STATEMENT = /^(?:import|export)\b/;
const OPENS_BRACES = /^(?:import|export)(?:\s+type)?\s*\{/;
const TYPE_ONLY = /^(?:import|export)\s+type\s/;
const FROM = /\bfrom\s*['"]([^'"\n]+)['"]/;
const SIDE_EFFECT = /^import\s*['"]([^'"\n]+)['"]/;
const DYNAMIC = /\bimport\s*\(\s*['"]([^'"\n]+)['"]/g;

/** What a module imports: relative modules (to follow) and packages (whose versions count); type-only imports are erased, so left out. */
export function importsOf(source: string): { modules: string[]; packages: string[] } {
  const specifiers: string[] = [];
  const lines = source.split('\n');
  for (let i = 0; i < lines.length; i++) {
    let statement = lines[i]!;
    for (const match of statement.matchAll(DYNAMIC)) specifiers.push(match[1]!);
    if (!STATEMENT.test(statement)) continue;
    if (OPENS_BRACES.test(statement)) while (!statement.includes('}') && i + 1 < lines.length) statement += ` ${lines[++i]!}`;
    if (TYPE_ONLY.test(statement)) continue;
    const named = FROM.exec(statement) ?? SIDE_EFFECT.exec(statement);
    if (named) specifiers.push(named[1]!);
  }
  const modules: string[] = [];
  const packages: string[] = [];
  for (const specifier of specifiers) {
    if (specifier.startsWith('.')) modules.push(specifier);
    else if (!specifier.startsWith('node:')) packages.push(packageName(specifier));
  }
  return { modules, packages };
}

function packageName(specifier: string): string {
  const parts = specifier.split('/');
  return specifier.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0]!;
}

async function packageVersion(root: string, name: string): Promise<string> {
  try {
    const json = JSON.parse(await readFile(path.join(root, 'node_modules', name, 'package.json'), 'utf-8')) as { version?: unknown };
    return typeof json.version === 'string' ? json.version : 'unknown';
  } catch {
    return 'not installed';
  }
}

/** The parser's modules (absolute paths, each with its text: '' when it cannot be read) and the packages they import. */
export async function parserSources(root: string = projectRoot()): Promise<{ modules: Map<string, string>; packages: string[] }> {
  const modules = new Map<string, string>();
  const packages = new Set<string>();
  const tree = codeTree(root);
  const pending: string[] = PARSER_ENTRY_POINTS.map((entry) => path.join(tree.dir, `${entry}${tree.ext}`));
  while (pending.length > 0) {
    const file = pending.pop()!;
    if (modules.has(file)) continue;
    let text: string;
    try {
      text = await readFile(file, 'utf-8');
    } catch {
      modules.set(file, '');
      continue;
    }
    modules.set(file, text);
    const found = importsOf(text);
    for (const specifier of found.modules) pending.push(path.resolve(path.dirname(file), specifier));
    for (const name of found.packages) packages.add(name);
  }
  return { modules, packages: [...packages].sort() };
}

/**
 * The parser's fingerprint (16 hex digits) as the code under `root` stands. A module that cannot be
 * read counts as its path alone, so the value is still made (and differs from the full one).
 */
export async function parserFingerprint(root: string = projectRoot()): Promise<string> {
  const { modules, packages } = await parserSources(root);
  const hash = createHash('sha256');
  for (const file of [...modules.keys()].sort()) hash.update(`${path.relative(root, file)}\n${modules.get(file)}\n`);
  for (const name of packages) hash.update(`${name}@${await packageVersion(root, name)}\n`);
  return hash.digest('hex').slice(0, 16);
}

/** Where a build (scripts/build.mjs) leaves the fingerprint of the sources it was built from, beside its modules. */
export const BUILT_FINGERPRINT = 'parser-fingerprint.txt';

/** The fingerprint the build this module belongs to wrote; null when it runs from src/ or the file is not there. */
async function builtFingerprint(): Promise<string | null> {
  if (!import.meta.url.endsWith('.js')) return null;
  try {
    const text = (await readFile(new URL(`../${BUILT_FINGERPRINT}`, import.meta.url), 'utf-8')).trim();
    return /^[0-9a-f]{16}$/.test(text) ? text : null;
  } catch {
    return null;
  }
}

/**
 * The fingerprint of the parser this process loaded: worked out on first use and kept for the life of
 * the process, since the code it describes is the code loaded then (an edit to src/ while the process
 * runs does not change what it parses with). A build's own is read from the file the build wrote (the
 * same value, from the sources it was built from, at the cost of one small read at start); from src/ it
 * is worked out. Each paper ingested is stamped with it.
 */
let loaded: Promise<string> | null = null;
export function loadedParserFingerprint(): Promise<string> {
  loaded ??= builtFingerprint().then((built) => built ?? parserFingerprint(projectRoot()));
  return loaded;
}
