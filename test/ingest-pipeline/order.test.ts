// The record must not depend on the order documents arrive in: the council
// publishes agenda-item pages, agendas and minutes whenever it does.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS } from '../../src/ingest/ingest-paths.ts';
import { mergeAll, mergeDocument } from '../../src/store/merge.ts';
import { committeeKey, titleKey } from '../../src/record-keys.ts';
import { RecordIndex } from '../../src/store/record-index.ts';
import { parseDocument } from '../../src/ingest/parse-document.ts';
import { readDocument } from '../../src/ingest/read-document.ts';
import type { BoardRecord } from '../../src/model.ts';

async function corpusDocuments() {
  const names = (await readdir(BUNDLED_CORPUS)).filter((n) => !n.startsWith('.')).sort();
  return Promise.all(
    names.map(async (name) => {
      const read = await readDocument(path.join(BUNDLED_CORPUS, name));
      if (!read.ok) throw new Error(`${name}: ${read.reason}`);
      const parsed = parseDocument(read.text, read.name);
      return { parsed, source: { name, sha256: read.sha256, bytes: read.bytes, kind: parsed.kind } };
    }),
  );
}

/** What the merge looks things up by, as sorted lists: kept in step by each patch, it must equal a fresh build. */
function lookups(index: RecordIndex) {
  const record = index.toRecord();
  const ids = (set: ReadonlySet<string>) => [...set].sort();
  const committeeOf = new Map(record.meetings.map((m) => [m.id, committeeKey(m.committee)]));
  return record.items.map((item) => ({
    item: item.id,
    title: ids(index.itemIdsWithTitle(titleKey(item.title))),
    committeeTitle: ids(index.itemIdsWithCommitteeTitle(committeeOf.get(item.meetingId)!, titleKey(item.title))),
    waiting: ids(index.waitingItemIdsWithTitle(titleKey(item.title))),
    undated: ids(index.undatedMeetingIds),
    external: record.meetings.map((m) => (m.externalId ? ids(index.meetingIdsByExternalId.get(m.externalId) ?? new Set()) : [])),
  }));
}

/** The record's content: without the documents list, and with source lists as sets. */
function content(record: BoardRecord) {
  const sorted = <T extends { sources: string[] }>(list: T[]) => list.map((x) => ({ ...x, sources: [...x.sources].sort() }));
  return {
    meetings: sorted(record.meetings),
    items: sorted(record.items),
    resolutions: record.resolutions,
    requests: record.requests,
    workProgramme: sorted(record.workProgramme),
  };
}

describe('merge order', () => {
  it('any order of the bundled corpus gives the same record', async () => {
    const documents = await corpusDocuments();
    const at = new Date('2024-01-01T00:00:00Z');
    const expected = content(mergeAll(documents, at).toRecord());
    expect(expected.meetings.map((m) => m.date)).not.toContain(null);
    fc.assert(
      fc.property(fc.shuffledSubarray(documents, { minLength: documents.length, maxLength: documents.length }), (order) => {
        expect(content(mergeAll(order, at).toRecord())).toEqual(expected);
      }),
      { numRuns: 40, seed: 20171 },
    );
  });

  it('the look-ups kept in step document by document equal those built from the whole record, in any order', async () => {
    const documents = await corpusDocuments();
    const at = new Date('2024-01-01T00:00:00Z');
    // Item pages first, so that some items wait under a placeholder and then move.
    const pagesFirst = [...documents].sort((a, b) => Number(b.parsed.kind === 'item-page') - Number(a.parsed.kind === 'item-page'));
    expect(pagesFirst[0]!.parsed.kind).toBe('item-page');
    const index = new RecordIndex();
    // Asked before anything arrives, so the maps built on first use are kept in step from the start.
    index.itemIdsWithTitle('');
    index.itemIdsWithCommitteeTitle('', '');
    let waited = false;
    for (const { parsed, source } of pagesFirst) {
      const result = mergeDocument(index, parsed, source, at);
      if (result) index.apply(result.patch);
      waited ||= index.undatedMeetingIds.size > 0;
      expect(lookups(index)).toEqual(lookups(RecordIndex.fromRecord(index.toRecord())));
    }
    expect(waited).toBe(true);
    expect(index.undatedMeetingIds.size).toBe(0);
    fc.assert(
      fc.property(fc.shuffledSubarray(documents, { minLength: documents.length, maxLength: documents.length }), (order) => {
        const index = mergeAll(order, at);
        expect(lookups(index)).toEqual(lookups(RecordIndex.fromRecord(index.toRecord())));
      }),
      { numRuns: 10, seed: 20172 },
    );
  });
});
