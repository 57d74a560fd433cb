import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import type { BoardRecord } from '../../src/model.ts';
import { openStore } from '../../src/store/lowdb-store.ts';
import { StringPool } from '../../src/store/shared-strings.ts';

const made: string[] = [];
afterAll(() => Promise.all(made.map((dir) => rm(dir, { recursive: true, force: true }))));

/** The same formulaic decision in every meeting, as councils write it (long enough to be worth sharing). */
const NOTED = `That the report be noted, and that the Board's comments on the proposals be passed to the Cabinet Member ${'for consideration at the next meeting of the Cabinet, '.repeat(6)}.`;
const MEETINGS = 48;
const RESOLUTIONS_EACH = 500;

/** A record of MEETINGS monthly meetings (so in as many parts), each with one item and RESOLUTIONS_EACH copies of NOTED. */
function repetitiveRecord(): BoardRecord {
  const record: BoardRecord = { schemaVersion: 1, documents: [], meetings: [], items: [], resolutions: [], requests: [], workProgramme: [] };
  for (let m = 0; m < MEETINGS; m++) {
    const documentId = `${String(m).padStart(2, '0')}${'d'.repeat(62)}`;
    const meetingId = `m-${m}`;
    const itemId = `i-${m}`;
    const date = `${2014 + Math.floor(m / 12)}-${String((m % 12) + 1).padStart(2, '0')}-10`;
    record.documents.push({ id: documentId, name: `${date}-minutes.txt`, kind: 'minutes', bytes: 1000, ingestedAt: '2024-01-01T00:00:00.000Z' });
    record.meetings.push({ id: meetingId, committee: 'Scrutiny Board', date, time: '10:00', place: null, status: 'minutes', chair: null, present: [], apologies: [], closingTime: null, sources: [documentId], externalId: null });
    record.items.push({ id: itemId, meetingId, number: '1', title: 'Budget Monitoring', body: '', reportAuthor: null, pages: null, subItems: [], papers: [], private: false, sources: [documentId] });
    for (let r = 1; r <= RESOLUTIONS_EACH; r++) record.resolutions.push({ id: `r-${m}-${r}`, meetingId, itemId, clause: r, text: NOTED, unanimous: false });
  }
  return record;
}

function collector(): () => void {
  setFlagsFromString('--expose-gc');
  return runInNewContext('gc') as () => void;
}

describe('StringPool', () => {
  it('gives back the same text, leaves other values as they are and reaches strings at any depth', () => {
    const pool = new StringPool();
    const value = { a: 'one', list: ['two', { deeper: ['three', 4, null, true] }], n: 5, none: null };
    pool.shareWithin(value);
    expect(value).toEqual({ a: 'one', list: ['two', { deeper: ['three', 4, null, true] }], n: 5, none: null });
    expect(pool.shared('x'.repeat(600))).toBe('x'.repeat(600));
  });
});

describe('what the pool looks up', () => {
  it('leaves out strings of up to 10 characters, which JSON.parse already holds once', () => {
    const pool = new StringPool();
    const parsed = JSON.parse('[{"kind":"minutes","date":"2024-05-14","title":"Budget Monitoring Report"},{"kind":"minutes","date":"2024-05-14","title":"Budget Monitoring Report"}]') as unknown;
    pool.shareWithin(parsed);
    expect(pool.size).toBe(1);
  });

  it('leaves out the ids of resolutions, requests and work-programme rows, and shares what names a meeting, an item or a paper', () => {
    const [meetingId, itemId, documentId] = ['m-2024-05-14-finance', 'i-2024-05-14-finance-07', '9f'.repeat(32)];
    const decision = (clause: number) => ({ id: `r-2024-05-14-finance-07-${clause}`, meetingId, itemId, clause, text: 'That the quarterly budget position be noted.', unanimous: false });
    const part: BoardRecord = {
      schemaVersion: 1,
      documents: [{ id: documentId, name: '2024-05-14-minutes.pdf', kind: 'minutes', bytes: 1000, ingestedAt: '2024-05-20T09:00:00.000Z' }],
      meetings: [],
      items: [],
      resolutions: [decision(1), decision(2)],
      requests: [],
      workProgramme: [],
    };
    const pool = new StringPool();
    // As a part is read: parsed from its file.
    pool.sharePart(JSON.parse(JSON.stringify(part)) as BoardRecord);
    // The meeting's and the item's ids, the decision, the paper's id, name and time; not the resolutions' own ids.
    expect(pool.size).toBe(6);
  });
});

describe('reading the record', () => {
  it('holds text repeated across its parts once', async () => {
    const gc = collector();
    const dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-shared-'));
    made.push(dir);
    const file = path.join(dir, 'scrutiny.json');
    // A record of the single-file kind: opening it splits it into parts, which the next opening reads.
    await writeFile(file, JSON.stringify(repetitiveRecord()));
    await openStore(file);

    const settled = async () => {
      for (let i = 0; i < 3; i++) {
        await new Promise((resolve) => setImmediate(resolve));
        gc();
      }
      return process.memoryUsage().heapUsed;
    };
    const before = await settled();
    const store = await openStore(file);
    const held = (await settled()) - before;

    expect(store.record()).toEqual(repetitiveRecord());
    // Each copy of the decision on its own would take NOTED.length bytes (its characters are one byte each): 11 MB in all.
    const copies = MEETINGS * RESOLUTIONS_EACH * NOTED.length;
    expect(copies).toBeGreaterThan(10_000_000);
    expect(held).toBeLessThan(copies / 2);
  });
});

describe('a reader beside the owner', () => {
  it('holds one frozen empty list for all, and each list of one string once; the owner\'s lists stay its own to change', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-shared-'));
    made.push(dir);
    const file = path.join(dir, 'scrutiny.json');
    const record = repetitiveRecord();
    await writeFile(file, JSON.stringify(record));
    const owner = await openStore(file);
    const reader = await openStore(file, { asReader: true });
    expect(reader.record()).toEqual(record);

    const [first, second] = reader.record().items;
    expect(first!.subItems).toBe(second!.papers);
    expect(Object.isFrozen(first!.subItems)).toBe(true);
    expect(reader.record().meetings[0]!.present).toBe(first!.papers);
    // An item and its meeting, from the one document: one list of its id.
    expect(first!.sources).toBe(reader.record().meetings[0]!.sources);
    expect(first!.sources).toEqual([record.documents[0]!.id]);
    expect(Object.isFrozen(first!.sources)).toBe(true);

    const [own, other] = owner.record().items;
    expect(own!.subItems).not.toBe(other!.subItems);
    expect(Object.isFrozen(own!.sources)).toBe(false);
  });
});

describe("a reader's attendance lists", () => {
  it('hold each attendee once, frozen, where the entries say the same; the owner keeps its own', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-shared-'));
    made.push(dir);
    const file = path.join(dir, 'scrutiny.json');
    const record = repetitiveRecord();
    record.meetings.forEach((meeting, m) => {
      meeting.present = [
        { name: 'Councillor Ada Penhallow', role: 'member', chair: true, note: null },
        { name: 'Councillor Ravi Trelawny', role: 'member', chair: false, note: m === 3 ? 'Substitute for Cllr Quiller' : null },
        { name: 'Councillor Ravi Trelawny', role: 'cabinet', chair: false, note: null },
      ];
      meeting.apologies = [
        { name: 'Councillor Mo Kestle', note: null },
        { name: 'Councillor Jo Pendeen', note: null },
      ];
    });
    await writeFile(file, JSON.stringify(record));
    const owner = await openStore(file);
    const reader = await openStore(file, { asReader: true });
    expect(reader.record()).toEqual(record);

    const [first, second, , fourth] = reader.record().meetings;
    expect(first!.present[0]).toBe(second!.present[0]);
    expect(Object.isFrozen(first!.present[0])).toBe(true);
    expect(first!.apologies[1]).toBe(second!.apologies[1]);
    // Entries that differ in a field, or in role only, stay apart.
    expect(fourth!.present[1]).not.toBe(first!.present[1]);
    expect(fourth!.present[1]!.note).toBe('Substitute for Cllr Quiller');
    expect(first!.present[2]).not.toBe(first!.present[1]);
    expect(first!.present[2]!.role).toBe('cabinet');

    const [own, other] = owner.record().meetings;
    expect(own!.present[0]).not.toBe(other!.present[0]);
    expect(Object.isFrozen(own!.present[0])).toBe(false);
  });
});
