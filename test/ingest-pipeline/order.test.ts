// The record must not depend on the order documents arrive in: the council
// publishes agenda-item pages, agendas and minutes whenever it does.
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS } from '../../src/ingest/ingest-paths.ts';
import { mergeAll } from '../../src/ingest/merge.ts';
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
});
