// A pattern rewritten to run in linear time must match what it matched before: these are the lines it is
// compared on (the bundled documents and every layout fixture), and the matches compared.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

function textFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return textFiles(path);
    return /\.(?:txt|md|html?)$/.test(name) ? [path] : [];
  });
}

/** Every line of the bundled corpus and of the layout fixtures, with runs of spaces made one as readers see them. */
export function documentLines(): string[] {
  return [join(ROOT, 'data/corpus'), join(ROOT, 'test/fixtures/layouts')]
    .flatMap(textFiles)
    .flatMap((path) => readFileSync(path, 'utf8').split('\n'))
    .map((line) => line.replace(/\s+/g, ' ').trim())
    .filter((line) => line.length > 0);
}

/** Each line a pattern matches, with what it matched there and the groups it took: one entry per line. */
export function matchesOn(pattern: RegExp, lines: readonly string[]): Array<[number, string[]]> {
  const global = pattern.global ? pattern : new RegExp(pattern.source, `${pattern.flags}g`);
  return lines.flatMap((line, n) => {
    const found = [...line.matchAll(global)].flatMap((m) => [`@${m.index}`, ...m.map((g) => g ?? '')]);
    return found.length > 0 ? [[n, found] as [number, string[]]] : [];
  });
}
