// Every regular expression literal in src/ must run in time linear in its input: a pattern that
// backtracks polynomially turns one paper or one question into minutes of a blocked process (a
// "Meeting closed:" line followed by tabs once held the bot for longer than Slack waits).
//
// The literals are found with the TypeScript compiler (not by hand, so a new one is checked the
// day it is written) and each is analysed by recheck, which proves a pattern linear or finds an
// attack string. recheck picks its fastest backend (a native binary where one is installed, else
// its pure JavaScript one), so the check runs offline. A pattern whose proof runs out of time (a
// busy machine) is fuzzed for an attack string instead; one found fails the test.
//
// Patterns proved safe are remembered in node_modules/.cache (keyed by recheck's version and the
// pattern's exact text), so a run checks only what changed; a fresh install checks everything.
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { check, type Diagnostics } from 'recheck';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const SRC = join(ROOT, 'src');

/**
 * Files whose patterns are still being rewritten to be linear, skipped until then. The parser's
 * files all pass now; a file added here must say why and leave the list again.
 */
const PENDING = new Set<string>([]);

interface Literal {
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

function regexLiterals(path: string): Literal[] {
  const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
  const found: Literal[] = [];
  const visit = (node: ts.Node): void => {
    if (node.kind === ts.SyntaxKind.RegularExpressionLiteral) {
      const text = node.getText(file);
      const end = text.lastIndexOf('/');
      const line = file.getLineAndCharacterOfPosition(node.getStart(file)).line + 1;
      found.push({ where: `${relative(ROOT, path)}:${line}`, source: text.slice(1, end), flags: text.slice(end + 1) });
    }
    ts.forEachChild(node, visit);
  };
  visit(file);
  return found;
}

const RECHECK_VERSION = (JSON.parse(readFileSync(join(ROOT, 'node_modules/recheck/package.json'), 'utf8')) as { version: string }).version;
const CACHE_DIR = join(ROOT, 'node_modules', '.cache');
const CACHE = join(CACHE_DIR, 'scrutiny-regex-safety.json');

function readCache(): Set<string> {
  try {
    const saved = JSON.parse(readFileSync(CACHE, 'utf8')) as { recheck?: string; safe?: string[] };
    return new Set(saved.recheck === RECHECK_VERSION ? (saved.safe ?? []) : []);
  } catch {
    return new Set();
  }
}

/**
 * Written whole under another name, then renamed: checkouts that share node_modules run the suite at the
 * same time, and a run that read the file while another wrote it in place would read half of it, take
 * nothing as proved and check every pattern again (minutes of work, with fuzzing where a proof runs out of time).
 */
function writeCache(known: Set<string>): void {
  mkdirSync(CACHE_DIR, { recursive: true });
  const written = `${CACHE}.${process.pid}`;
  writeFileSync(written, JSON.stringify({ recheck: RECHECK_VERSION, safe: [...new Set(literals.map(keyOf).filter((key) => known.has(key)))].sort() }));
  renameSync(written, CACHE);
}

const keyOf = (l: Literal) => `/${l.source}/${l.flags}`;

/**
 * Fuzzing (which recheck's 'auto' picks for long patterns) bounds its steps by characters read, and by
 * default also by milliseconds: on a busy machine those cut its search elsewhere, so the same pattern was
 * found vulnerable in one run and safe in another. Bounded by characters read only (its seed is fixed at 0),
 * the same pattern gets the same verdict on every run.
 */
const BY_COUNT = { incubationTimeout: null, recallTimeout: null, attackTimeout: null } as const;

/**
 * Proved linear, or (when the proof can't be had) no attack string found by fuzzing. A busy machine
 * can run the proof of a long alternation out of its time, and fuzzing has flagged such a pattern
 * that the proof passes, so a proof that ran out of time is tried once more with longer.
 */
async function diagnose(l: Literal): Promise<Diagnostics> {
  for (const timeout of [30_000, 180_000]) {
    const proved = await check(l.source, l.flags, { timeout, ...BY_COUNT });
    if (proved.status !== 'unknown') return proved;
    if (!('error' in proved) || proved.error.kind !== 'timeout') break;
  }
  return check(l.source, l.flags, { checker: 'fuzz', timeout: 30_000, ...BY_COUNT });
}

const files = sourceFiles(SRC).map((path) => relative(ROOT, path).split('\\').join('/'));
const checked = files.filter((file) => !PENDING.has(file));
const literals = checked.flatMap((file) => regexLiterals(join(ROOT, file)));

describe('regular expressions in src/', () => {
  it('are found by the compiler, pending files named exactly', () => {
    expect(literals.length).toBeGreaterThan(100);
    for (const file of PENDING) expect(files, `${file} is listed as pending but does not exist`).toContain(file);
  });

  it('all run in linear time (recheck)', { timeout: 900_000 }, async () => {
    const known = readCache();
    const unsafe: string[] = [];
    const toCheck = literals.filter((l) => !known.has(keyOf(l)));
    // A few at a time: recheck's backend runs beside the test.
    for (let i = 0; i < toCheck.length; i += 4) {
      const batch = toCheck.slice(i, i + 4);
      const results = await Promise.all(batch.map(diagnose));
      results.forEach((result, k) => {
        const l = batch[k]!;
        if (result.status === 'safe') {
          known.add(keyOf(l));
          return;
        }
        const how =
          result.status === 'vulnerable'
            ? `${result.complexity.type}${'degree' in result.complexity ? ` ${result.complexity.degree}` : ''}, e.g. ${JSON.stringify(result.attack.string).slice(0, 80)}`
            : `${result.status}${'error' in result ? ` (${String(result.error.kind)})` : ''}`;
        unsafe.push(`${l.where} /${l.source}/${l.flags}: ${how}`);
      });
    }
    writeCache(known);
    expect(unsafe).toEqual([]);
  });
});
