import { createHash } from 'node:crypto';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { generateCorpus, type GeneratedCorpus } from '../../bench/generate/corpus.ts';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-bench-gen-'));
  dirs.push(dir);
  return dir;
}

afterAll(async () => {
  await Promise.all(dirs.map((d) => rm(d, { recursive: true, force: true })));
});

async function fingerprint(corpus: GeneratedCorpus): Promise<string> {
  const hash = createHash('sha256');
  for (const f of [...corpus.files].sort((a, b) => a.path.localeCompare(b.path))) {
    hash.update(path.relative(corpus.dir, f.path));
    hash.update(await readFile(f.path));
  }
  return hash.digest('hex');
}

describe('corpus generator', () => {
  it('writes the same bytes for the same seed and different ones for another seed', async () => {
    const a = await generateCorpus({ tier: 'tiny', seed: 7, outDir: await tempDir() });
    const b = await generateCorpus({ tier: 'tiny', seed: 7, outDir: await tempDir() });
    const c = await generateCorpus({ tier: 'tiny', seed: 8, outDir: await tempDir() });
    expect(a.files.length).toBeGreaterThan(10);
    expect(await fingerprint(a)).toBe(await fingerprint(b));
    expect(await fingerprint(c)).not.toBe(await fingerprint(a));
  });

  it('writes every shape of document the parser reads', async () => {
    const corpus = await generateCorpus({ tier: 'tiny', seed: 3, outDir: await tempDir(), shape: { committees: 6, itemPages: 0.5 } });
    const kinds = new Set(corpus.files.map((f) => f.kind));
    expect([...kinds].sort()).toEqual(['agenda-pack', 'item-page', 'minutes', 'work-programme']);
    const layouts = new Set(corpus.files.filter((f) => f.kind === 'minutes').map((f) => path.extname(f.path)));
    expect(layouts).toEqual(new Set(['.md', '.txt', '.html', '.pdf']));
    expect(new Set(corpus.files.map((f) => f.format))).toEqual(new Set(['text', 'html', 'pdf']));
    const pdf = corpus.files.find((f) => f.format === 'pdf')!;
    expect((await readFile(pdf.path)).subarray(0, 5).toString()).toBe('%PDF-');
    expect(corpus.bytes).toBe(corpus.files.reduce((n, f) => n + f.bytes, 0));
  });

  it('varies the committees, topics and wording, not just the dates', async () => {
    const corpus = await generateCorpus({ tier: 'tiny', seed: 5, outDir: await tempDir(), shape: { committees: 8 } });
    const committees = new Set(corpus.council.meetings.map((m) => m.committee.spec.name));
    expect(committees.size).toBe(8);
    expect(corpus.facts.topicCounts.length).toBeGreaterThan(30);
    const minutes = await Promise.all(corpus.files.filter((f) => f.kind === 'minutes').map((f) => readFile(f.path, 'utf8')));
    const openers = new Set(minutes.flatMap((text) => text.match(/RESOLVED[^\n]*/g) ?? []).map((s) => s.slice(0, 24)));
    expect(openers.size).toBeGreaterThan(3);
  });

  it('titles items and names people as a council does: hardly a title repeats word for word', async () => {
    const corpus = await generateCorpus({ tier: 'tiny', seed: 5, outDir: await tempDir(), shape: { committees: 10 } });
    const items = corpus.council.meetings.filter((m) => !m.future).flatMap((m) => m.items.filter((i) => i.role === 'topic'));
    expect(corpus.facts.distinctTitles / items.length).toBeGreaterThan(0.5);
    expect(corpus.facts.distinctPeople).toBeGreaterThan(60);
  });
});
