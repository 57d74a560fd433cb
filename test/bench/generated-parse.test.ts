// The generated documents must read back as what the generator put in: a test
// of the generator's realism and of the parser on layouts it has not seen.
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { itemRequests, type GenMeeting } from '../../bench/generate/council.ts';
import { generateCorpus, type GeneratedCorpus } from '../../bench/generate/corpus.ts';
import { parseDocument } from '../../src/ingest/parse-document.ts';
import { readDocument } from '../../src/ingest/read-document.ts';
import type { ParsedDocument } from '../../src/model.ts';

let dir: string;
let corpus: GeneratedCorpus;
const parsed = new Map<GenMeeting, { name: string; doc: ParsedDocument }>();

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-bench-parse-'));
  corpus = await generateCorpus({ tier: 'tiny', seed: 11, outDir: dir, shape: { committees: 8 } });
  for (const meeting of corpus.council.meetings.filter((m) => !m.future)) {
    const file = corpus.files.find((f) => f.kind === 'minutes' && f.meetingId === meeting.id)!;
    parsed.set(meeting, { name: path.relative(dir, file.path), doc: await parseFile(file.path) });
  }
});

/** As ingest reads it: web pages and PDFs through their text. */
async function parseFile(file: string): Promise<ParsedDocument> {
  const read = await readDocument(file);
  if (!read.ok) throw new Error(`${file}: ${read.reason}`);
  return parseDocument(read.text, read.name);
}

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

/** Compare words, not marks: bold, curly quotes, wrapping and spacing differ by layout. */
function words(text: string): string {
  return text
    .replace(/\*\*/g, '')
    .replace(/[’‘]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

function sameWords(a: string, b: string): boolean {
  const x = words(a);
  const y = words(b);
  return x.includes(y) || y.includes(x);
}

describe('generated minutes read back through the parser', () => {
  it('gives each meeting its committee, date, time and items', () => {
    expect(parsed.size).toBeGreaterThan(40);
    for (const [meeting, { name, doc }] of parsed) {
      expect(doc.meetings, name).toHaveLength(1);
      const got = doc.meetings[0]!;
      expect([got.committee, got.date, got.time], name).toEqual([meeting.committee.spec.name, meeting.date, meeting.time]);
      expect(got.chair, name).toContain(meeting.chair.surname);
      expect(
        got.items.map((i) => `${i.number} ${words(i.title)}`),
        name,
      ).toEqual(meeting.items.map((i) => `${i.number} ${words(i.title)}`));
    }
  });

  it('splits the resolutions one per clause, verbatim, in every numbering and layout', () => {
    const wrong: string[] = [];
    for (const [meeting, { name, doc }] of parsed) {
      meeting.items.forEach((item, n) => {
        const got = doc.meetings[0]?.items[n];
        if (!got || item.role === 'private') return;
        // The minutes of the last meeting "agreed" or "approved" are this meeting's decision on its record (the fixtures README's rule).
        const all = got.resolutions.map((r) => r.text);
        if (item.role === 'minutes' && !all.includes(item.paragraphs[0]!)) wrong.push(`${name} minute ${item.number}: the record's approval is not a resolution`);
        const texts = all.filter((t) => !(item.role === 'minutes' && item.paragraphs.includes(t)));
        // "the following items be added to the Work Programme:" and its list are one resolution, quoted with the list.
        const ok =
          item.workProgrammeAdditions.length > 0
            ? texts.length === 1 && item.workProgrammeAdditions.every((a) => words(texts[0]!).includes(words(a)))
            : texts.length === item.resolutions.length && item.resolutions.every((r, k) => sameWords(texts[k]!, r.text));
        if (!ok) wrong.push(`${name} minute ${item.number}: ${JSON.stringify(texts)}`);
        if (got.workProgrammeAdditions.join('|') !== item.workProgrammeAdditions.join('|')) wrong.push(`${name} minute ${item.number}: additions ${JSON.stringify(got.workProgrammeAdditions)}`);
      });
    }
    expect(wrong).toEqual([]);
  });

  it('finds every request the generator wrote, in each of its wordings', () => {
    const missed: string[] = [];
    let total = 0;
    for (const [meeting, { name, doc }] of parsed) {
      meeting.items.forEach((item, n) => {
        const found = doc.meetings[0]?.items[n]?.requests ?? [];
        for (const request of itemRequests(item)) {
          total++;
          if (!found.some((f) => sameWords(f.text, request.text))) missed.push(`${name} ${item.number} [${request.kind}] ${request.text}`);
        }
      });
    }
    expect(total).toBeGreaterThan(50);
    expect(missed).toEqual([]);
  });
});

describe('generated agenda packs, work programmes and agenda-item pages read back through the parser', () => {
  it('reads an agenda front sheet as the coming meeting, with its items in order, and the previous minutes', async () => {
    const packs = corpus.files.filter((f) => f.kind === 'agenda-pack');
    expect(packs.length).toBeGreaterThan(5);
    for (const file of packs) {
      const meeting = corpus.council.meetings.find((m) => m.id === file.meetingId)!;
      const doc = await parseFile(file.path);
      const name = path.relative(dir, file.path);
      const agenda = doc.meetings.find((m) => m.kind === 'agenda');
      expect([agenda?.date, agenda?.time, agenda?.place], name).toEqual([meeting.date, meeting.time, meeting.place]);
      const titles = agenda!.items.map((i) => words(i.title));
      const planned = meeting.items.filter((i) => i.role === 'topic').map((i) => words(i.title));
      expect(titles.filter((t) => planned.includes(t)), name).toEqual(planned);
      const previous = corpus.council.meetings[corpus.council.meetings.indexOf(meeting) - 1];
      if (previous && previous.committee === meeting.committee && !previous.future) {
        expect(doc.meetings.some((m) => m.kind === 'minutes' && m.date === previous.date), name).toBe(true);
      }
    }
  });

  it('reads every row of a work programme once, whichever layouts the file repeats it in', async () => {
    const plans = corpus.files.filter((f) => f.kind === 'work-programme');
    expect(plans.length).toBeGreaterThan(2);
    for (const file of plans) {
      const doc = await parseFile(file.path);
      const got = doc.workProgramme.map((r) => `${r.date ?? r.slot} ${words(r.title)}`).sort();
      const want = file.rows!.map((r) => `${r.date ?? r.slot} ${words(r.title)}`).sort();
      expect(got, path.relative(dir, file.path)).toEqual(want);
    }
  });

  it('reads an agenda-item page as the undated item it repeats, with the same resolutions', async () => {
    const pages = corpus.files.filter((f) => f.kind === 'item-page');
    expect(pages.length).toBeGreaterThan(3);
    for (const file of pages) {
      const meeting = corpus.council.meetings.find((m) => m.id === file.meetingId)!;
      const item = meeting.items.find((i) => i.number === file.itemNumber)!;
      const doc = await parseFile(file.path);
      const name = path.relative(dir, file.path);
      expect(doc.meetings.map((m) => m.date), name).toEqual([null]);
      const got = doc.meetings[0]!.items;
      expect(got.map((i) => words(i.title)), name).toEqual([words(item.title)]);
      expect(got[0]!.resolutions.length, name).toBe(item.resolutions.length);
    }
  });
});
