// The parser's fingerprint changes with the code that reads papers, and only with it; every paper
// ingested carries the fingerprint of the parser that read it.
import { appendFile, cp, mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS, ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { importsOf, parserFingerprint, parserSources, projectRoot } from '../../src/ingest/parser-fingerprint.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';

const ROOT = projectRoot();
let copy: string;

/** A copy of the project's sources (and its package.json and packages) to change one file of. */
async function freshCopy(): Promise<string> {
  const dir = await mkdtemp(path.join(copy, 'root-'));
  await cp(path.join(ROOT, 'src'), path.join(dir, 'src'), { recursive: true });
  await cp(path.join(ROOT, 'package.json'), path.join(dir, 'package.json'));
  await symlink(path.join(ROOT, 'node_modules'), path.join(dir, 'node_modules'));
  return dir;
}

beforeAll(async () => {
  copy = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-parser-fingerprint-'));
});
afterAll(() => rm(copy, { recursive: true, force: true }));

describe('importsOf', () => {
  it('follows value imports and re-exports, leaves type-only imports and built-in modules out', () => {
    const source = [
      "import type { ParsedDocument } from '../model.ts';",
      "import { type Rule, classify } from './rules.ts';",
      "export { readMinutes } from './readers/minutes.ts';",
      "export type { Reader } from './readers/registry.ts';",
      "import './side-effect.ts';",
      "const later = await import('./later.ts');",
      "import { createHash } from 'node:crypto';",
      "import { tz } from '@date-fns/tz';",
      "import { parse } from 'htmlparser2/lib/Parser';",
    ].join('\n');
    expect(importsOf(source)).toEqual({
      modules: ['./rules.ts', './readers/minutes.ts', './side-effect.ts', './later.ts'],
      packages: ['@date-fns/tz', 'htmlparser2'],
    });
  });
});

describe('parserFingerprint', () => {
  it('takes in the readers, the line rules and the PDF reading, and nothing that answers or stores', async () => {
    const { modules, packages } = await parserSources(ROOT);
    const files = [...modules.keys()].map((file) => path.relative(ROOT, file));
    expect(files).toEqual(expect.arrayContaining(['src/ingest/rules.ts', 'src/ingest/readers/minutes.ts', 'src/ingest/pdf-page-text.ts', 'src/sync/moderngov-meeting.ts']));
    expect(files.some((file) => file.startsWith('src/answers/') || file.startsWith('src/store/') || file.startsWith('src/slack/'))).toBe(false);
    expect(packages).toContain('unpdf');
  });

  it('is the same for the same code', async () => {
    const first = await parserFingerprint(ROOT);
    expect(first).toMatch(/^[0-9a-f]{16}$/);
    expect(await parserFingerprint(ROOT)).toBe(first);
    expect(await parserFingerprint(await freshCopy())).toBe(first);
  });

  it('changes when a reader the parser imports changes', async () => {
    const dir = await freshCopy();
    const before = await parserFingerprint(dir);
    await appendFile(path.join(dir, 'src/ingest/readers/minutes.ts'), '\nexport const READ_AGAIN = 1;\n');
    expect(await parserFingerprint(dir)).not.toBe(before);
  });

  it('changes when a package the parser imports is another version', async () => {
    const dir = await freshCopy();
    const before = await parserFingerprint(dir);
    await rm(path.join(dir, 'node_modules'));
    await mkdir(path.join(dir, 'node_modules', 'unpdf'), { recursive: true });
    await writeFile(path.join(dir, 'node_modules', 'unpdf', 'package.json'), JSON.stringify({ name: 'unpdf', version: '0.0.1-older' }));
    expect(await parserFingerprint(dir)).not.toBe(before);
  });

  it('stays when code outside the parser changes (answers, the store, the model it imports only as types)', async () => {
    const dir = await freshCopy();
    const before = await parserFingerprint(dir);
    await appendFile(path.join(dir, 'src/answers/engine.ts'), '\nexport const UNRELATED = 1;\n');
    await appendFile(path.join(dir, 'src/store/merge.ts'), '\nexport const UNRELATED = 1;\n');
    await appendFile(path.join(dir, 'src/model.ts'), '\nexport const UNRELATED = 1;\n');
    expect(await parserFingerprint(dir)).toBe(before);
  });
});

describe('ingesting', () => {
  it('keeps with each document the fingerprint of the parser that read it', async () => {
    const store = openMemoryStore();
    await ingestPaths(store, [BUNDLED_CORPUS]);
    const documents = store.record().documents;
    expect(documents).toHaveLength(5);
    const fingerprint = await parserFingerprint(ROOT);
    for (const document of documents) expect(document.parser).toBe(fingerprint);
  });
});
