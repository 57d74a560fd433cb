// Every regular expression in src/ must run in time linear in its input: a pattern that backtracks
// polynomially turns one paper or one question into minutes of a blocked process (a "Meeting closed:"
// line followed by tabs once held the bot for longer than Slack waits).
//
// Two kinds of pattern are found, neither by hand, so a new one is checked the day it is written:
// - literals (`/.../`), found with the TypeScript compiler;
// - patterns built with `new RegExp(...)`, often composed from shared constants. Every module under src/
//   is imported with the global RegExp replaced by a recorder, which keeps each pattern built and the
//   line that built it. A call site the imports do not reach (one inside a function, built per call) is
//   evaluated from its text instead: it may hold only literal text, string constants of its own file and
//   words passed through escapeRegExp, which the check fills with representative names. The compiler
//   lists every call site; one that is neither recorded nor evaluable fails the test with its file:line.
//
// Each pattern is analysed by recheck, which proves it linear or finds an attack string. recheck picks
// its fastest backend (a native binary where one is installed, else its pure JavaScript one), so the
// check runs offline. A pattern whose proof runs out of time (a busy machine) is fuzzed for an attack
// string instead, bounded by characters read and with a fixed seed; one found fails the test.
//
// Patterns proved safe are remembered in node_modules/.cache (in a file named by recheck's version and the
// settings below, keyed by the pattern's exact text), so a run checks only what changed; a fresh install
// checks everything.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { check, type Diagnostics } from 'recheck';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeRegExp } from '../../src/escape-regexp.ts';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');
const HERE = fileURLToPath(import.meta.url);

/**
 * Files whose patterns are still being rewritten to be linear, skipped until then. The parser's
 * files all pass now; a file added here must say why and leave the list again.
 */
const PENDING = new Set<string>([]);

/**
 * Modules that run a process when imported (the bot, the command line, the worker threads), so the
 * recorder does not import them; a pattern built in one is accounted for only if its text can be evaluated.
 */
const ENTRY_POINTS = new Set(['src/main.ts', 'src/cli.ts', 'src/worker/worker-main.ts', 'src/serving/answer-worker-thread.ts']);

/** Words a member or a council might supply, put where a pattern built per call takes escaped words. */
const REPRESENTATIVE_WORDS = ['Smith', "O'Brien-Hughes", 'St. Mary (C.A.M.H.S.) + Co'];

interface Pattern {
  where: string;
  source: string;
  flags: string;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return path.endsWith('.ts') ? [path] : [];
  });
}

const parsed = (path: string, text = readFileSync(path, 'utf8')) => ts.createSourceFile(path, text, ts.ScriptTarget.Latest, true);
const lineOf = (file: ts.SourceFile, node: ts.Node) => file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;

function regexLiterals(file: ts.SourceFile, name: string): Pattern[] {
  const found: Pattern[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(file);
      const end = text.lastIndexOf('/');
      found.push({ where: `${name}:${lineOf(file, node)}`, source: text.slice(1, end), flags: text.slice(end + 1) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/** A place in src/ that builds a pattern at run time, or hands the RegExp constructor on (which hides what it builds). */
interface CallSite {
  where: string;
  /** The patterns it builds, when its text holds only literal text, its file's string constants and escaped words. */
  evaluated: Pattern[] | null;
}

/** String constants declared at the top of a file: `const NAME = '...'` (or a template of such). */
function fileConstants(file: ts.SourceFile): Map<string, ts.Expression> {
  const constants = new Map<string, ts.Expression>();
  for (const statement of file.statements) {
    if (!ts.isVariableStatement(statement) || !(statement.declarationList.flags & ts.NodeFlags.Const)) continue;
    for (const d of statement.declarationList.declarations) if (ts.isIdentifier(d.name) && d.initializer) constants.set(d.name.text, d.initializer);
  }
  return constants;
}

/**
 * The text an expression gives, with `word` for every escapeRegExp(...) in it; null when it holds
 * anything else (a parameter, a call, a constant of another module).
 */
function textOf(node: ts.Expression, constants: Map<string, ts.Expression>, word: string, seen = new Set<string>()): string | null {
  const raw = (part: ts.TemplateLiteralLikeNode) => part.rawText ?? part.text;
  if (ts.isStringLiteral(node)) return node.text;
  if (ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isParenthesizedExpression(node)) return textOf(node.expression, constants, word, seen);
  if (ts.isTemplateExpression(node)) return template(node, (part) => part.text, constants, word, seen);
  if (ts.isTaggedTemplateExpression(node) && node.tag.getText() === 'String.raw') {
    const t = node.template;
    return ts.isNoSubstitutionTemplateLiteral(t) ? raw(t) : template(t, raw, constants, word, seen);
  }
  if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
    const left = textOf(node.left, constants, word, seen);
    const right = textOf(node.right, constants, word, seen);
    return left === null || right === null ? null : left + right;
  }
  if (ts.isCallExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'escapeRegExp') return escapeRegExp(word);
  if (ts.isIdentifier(node) && constants.has(node.text) && !seen.has(node.text)) {
    return textOf(constants.get(node.text)!, constants, word, new Set([...seen, node.text]));
  }
  return null;
}

function template(
  node: ts.TemplateExpression,
  text: (part: ts.TemplateLiteralLikeNode) => string,
  constants: Map<string, ts.Expression>,
  word: string,
  seen: Set<string>,
): string | null {
  let out = text(node.head);
  for (const span of node.templateSpans) {
    const value = textOf(span.expression, constants, word, seen);
    if (value === null) return null;
    out += value + text(span.literal);
  }
  return out;
}

function callSites(file: ts.SourceFile, name: string): CallSite[] {
  const constants = fileConstants(file);
  const found: CallSite[] = [];
  const visit = (node: ts.Node): void => {
    if (ts.isIdentifier(node) && node.text === 'RegExp' && !ts.isTypeReferenceNode(node.parent) && !ts.isExpressionWithTypeArguments(node.parent)) {
      const parent = node.parent;
      const where = `${name}:${lineOf(file, node)}`;
      const instanceOf = ts.isBinaryExpression(parent) && parent.operatorToken.kind === ts.SyntaxKind.InstanceOfKeyword && parent.right === node;
      const typeOnly = ts.isTypeQueryNode(parent) || ts.isQualifiedName(parent) || ts.isPropertyAccessExpression(parent) && parent.name === node;
      if (instanceOf || typeOnly) return;
      if ((ts.isNewExpression(parent) || ts.isCallExpression(parent)) && parent.expression === node) {
        const [pattern, flags] = parent.arguments ?? [];
        const evaluated = !pattern
          ? null
          : REPRESENTATIVE_WORDS.map((word) => ({ where, source: textOf(pattern, constants, word), flags: flags ? textOf(flags, constants, word) : '' }));
        found.push({ where, evaluated: evaluated?.every((p) => p.source !== null && p.flags !== null) ? (evaluated as Pattern[]) : null });
      } else {
        found.push({ where, evaluated: null });
      }
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

/**
 * Imports every module under src/ (but the entry points) with the global RegExp replaced by a recorder,
 * keeping each pattern built and the src/ line that built it. Patterns the libraries build are not ours to fix.
 */
async function builtWhileImporting(modules: readonly string[]): Promise<Pattern[]> {
  const built: Pattern[] = [];
  const Original = globalThis.RegExp;
  const record = (made: RegExp): RegExp => {
    // The frame that called the constructor: in src/, or in a library (whose import line in src/ stands lower down).
    const frame = (new Error().stack ?? '').split('\n').find((l) => l.startsWith('    at ') && !l.includes(HERE)) ?? '';
    const at = frame.includes(`${SRC}/`) ? /^(.+?\.ts):(\d+):\d+/.exec(frame.slice(frame.indexOf(`${SRC}/`) + SRC.length + 1)) : null;
    if (at) built.push({ where: `src/${at[1]}:${at[2]}`, source: made.source, flags: made.flags });
    return made;
  };
  const recorder = new Proxy(Original, {
    construct: (target, args) => record(Reflect.construct(target, args) as RegExp),
    apply: (target, self, args) => record(Reflect.apply(target, self, args) as RegExp),
  });
  const stackLimit = Error.stackTraceLimit;
  Error.stackTraceLimit = 100;
  globalThis.RegExp = recorder;
  try {
    for (const module of modules) await import(pathToFileURL(join(ROOT, module)).href);
  } finally {
    globalThis.RegExp = Original;
    Error.stackTraceLimit = stackLimit;
  }
  return built;
}

const RECHECK_VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules/recheck/package.json'), 'utf8')) as { version: string }).version;

/**
 * Fuzzing (which recheck's 'auto' picks for long patterns, and which stands in for a proof that ran out
 * of time) bounds its steps by characters read, and by default also by milliseconds: on a busy machine
 * those cut its search elsewhere, so the same pattern was found vulnerable in one run and safe in another.
 * Bounded by characters read only, with no time limit of its own and its seed fixed, the same pattern
 * gets the same verdict on every run.
 */
const BY_COUNT = { incubationTimeout: null, recallTimeout: null, attackTimeout: null, randomSeed: 0 } as const;
/** A busy machine can run the proof of a long alternation out of its time: it is tried once more with longer. */
const PROOF_TIMEOUTS = [30_000, 180_000] as const;
/**
 * Fuzzing a safe pattern ends by its counts within seconds (the glossary's 10,000-character alternation, the
 * longest, in about 4 s); the cap only stops one that keeps confirming attack strings, which fails either way.
 */
const FUZZ = { checker: 'fuzz', timeout: 600_000, ...BY_COUNT } as const;
/**
 * What a verdict depends on besides the pattern: a cache written by another recheck or under other settings
 * proves nothing, and checkouts that share node_modules but differ in settings keep a file each, not one
 * file each of them empties in turn.
 */
const SETTINGS_KEY = createHash('sha256').update(JSON.stringify({ recheck: RECHECK_VERSION, BY_COUNT, PROOF_TIMEOUTS, FUZZ })).digest('hex').slice(0, 12);
/** Another place for the cache (an empty directory shows what a fresh install's run decides). */
const CACHE_DIR = process.env.SCRUTINY_REGEX_CACHE_DIR ?? join(ROOT, 'node_modules', '.cache');
const CACHE = join(CACHE_DIR, `scrutiny-regex-safety-${SETTINGS_KEY}.json`);

function readCache(): Set<string> {
  try {
    const saved = JSON.parse(readFileSync(CACHE, 'utf8')) as { settings?: string; safe?: string[] };
    return new Set(saved.settings === SETTINGS_KEY ? (saved.safe ?? []) : []);
  } catch {
    return new Set();
  }
}

/**
 * Written whole under another name, then renamed: checkouts that share node_modules run the suite at the
 * same time, and a run that read the file while another wrote it in place would read half of it, take
 * nothing as proved and check every pattern again (minutes of work, with fuzzing where a proof runs out of time).
 */
function writeCache(known: Set<string>, patterns: readonly Pattern[]): void {
  mkdirSync(CACHE_DIR, { recursive: true });
  const written = `${CACHE}.${process.pid}`;
  const safe = [...new Set(patterns.map(keyOf).filter((key) => known.has(key)))].sort();
  writeFileSync(written, JSON.stringify({ settings: SETTINGS_KEY, safe }));
  renameSync(written, CACHE);
}

const keyOf = (p: Pattern) => `/${p.source}/${p.flags}`;

/**
 * Proved linear, or (when the proof can't be had) no attack string found by fuzzing. Fuzzing has flagged
 * a long alternation that the proof passes, so a proof that ran out of time is tried once more with longer.
 */
async function diagnose(p: Pattern): Promise<Diagnostics> {
  for (const timeout of PROOF_TIMEOUTS) {
    const proved = await check(p.source, p.flags, { timeout, ...BY_COUNT });
    if (proved.status !== 'unknown') return proved;
    if (!('error' in proved) || proved.error.kind !== 'timeout') break;
  }
  return check(p.source, p.flags, FUZZ);
}

const files = sourceFiles(SRC).map((path) => relative(ROOT, path).split('\\').join('/'));
const checked = files.filter((file) => !PENDING.has(file));
const sources = new Map(checked.map((name) => [name, parsed(join(ROOT, name))]));
const literals = [...sources].flatMap(([name, file]) => regexLiterals(file, name));
const sites = [...sources].flatMap(([name, file]) => callSites(file, name));

let built: Pattern[] = [];
beforeAll(async () => {
  built = await builtWhileImporting(checked.filter((file) => !ENTRY_POINTS.has(file)));
}, 300_000);

/** Every pattern built at run time: recorded while importing, or evaluated from its call site's text. */
function builtPatterns(): { patterns: Pattern[]; unaccounted: string[] } {
  const recorded = new Set(built.map((p) => p.where));
  const unaccounted = sites
    .filter((s) => !recorded.has(s.where) && !s.evaluated)
    .map((s) => `${s.where}: builds a pattern that is neither built on import nor made of literal text, string constants of its file and words passed through escapeRegExp`);
  const evaluated = sites.flatMap((s) => (recorded.has(s.where) ? [] : (s.evaluated ?? [])));
  return { patterns: [...built, ...evaluated], unaccounted };
}

describe('regular expressions in src/', () => {
  it('are found by the compiler, pending files and entry points named exactly', () => {
    expect(literals.length).toBeGreaterThan(100);
    for (const file of PENDING) expect(files, `${file} is listed as pending but does not exist`).toContain(file);
    for (const file of ENTRY_POINTS) expect(files, `${file} is listed as an entry point but does not exist`).toContain(file);
  });

  it('built with RegExp are each recorded on import or evaluated from their text', () => {
    const { patterns, unaccounted } = builtPatterns();
    expect(unaccounted).toEqual([]);
    expect(sites.length).toBeGreaterThan(30);
    expect(patterns.length).toBeGreaterThanOrEqual(sites.length);
  });

  it('all run in linear time (recheck)', { timeout: 1_800_000 }, async () => {
    const patterns = [...literals, ...builtPatterns().patterns];
    const known = readCache();
    const unsafe: string[] = [];
    const toCheck = [...new Map(patterns.filter((p) => !known.has(keyOf(p))).map((p) => [keyOf(p), p])).values()];
    // A few at a time: recheck's backend runs beside the test.
    for (let i = 0; i < toCheck.length; i += 4) {
      const batch = toCheck.slice(i, i + 4);
      const results = await Promise.all(batch.map(diagnose));
      results.forEach((result, k) => {
        const p = batch[k]!;
        if (result.status === 'safe') {
          known.add(keyOf(p));
          return;
        }
        const how =
          result.status === 'vulnerable'
            ? `${result.complexity.type}${'degree' in result.complexity ? ` ${result.complexity.degree}` : ''}, e.g. ${JSON.stringify(result.attack.string).slice(0, 80)}`
            : `${result.status}${'error' in result ? ` (${String(result.error.kind)})` : ''}`;
        unsafe.push(`${p.where} /${p.source}/${p.flags}: ${how}`);
      });
    }
    writeCache(known, patterns);
    expect(unsafe).toEqual([]);
  });
});

describe('the call sites the check accounts for', () => {
  const sitesIn = (text: string) => callSites(parsed('example.ts', text), 'example.ts');

  it('evaluates a pattern built per call from escaped words and its file constants', () => {
    const [site] = sitesIn("const END = String.raw`\\b`;\nexport const named = (surname: string) => new RegExp(`(?:Cllr )?${escapeRegExp(surname)}${END}`, 'g');");
    expect(site?.evaluated?.map((p) => [p.source, p.flags])).toEqual(REPRESENTATIVE_WORDS.map((w) => [`(?:Cllr )?${escapeRegExp(w)}\\b`, 'g']));
  });

  it('cannot evaluate one built from words as given, nor the constructor handed on', () => {
    const sites = sitesIn('export const named = (surname: string) => new RegExp(`\\\\b${surname}\\\\b`);\nexport const make = RegExp;\nexport const other = (s: string) => RegExp(s.trim());');
    expect(sites.map((s) => [s.where, s.evaluated])).toEqual([
      ['example.ts:1', null],
      ['example.ts:2', null],
      ['example.ts:3', null],
    ]);
  });

  it('leaves types and instanceof alone', () => {
    expect(sitesIn('export const isPattern = (x: unknown): x is RegExp => x instanceof RegExp;\nlet r: RegExp | null = null;')).toEqual([]);
  });
});
