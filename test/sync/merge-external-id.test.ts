import { describe, expect, it } from 'vitest';
import { mergeAll } from '../../src/store/merge.ts';
import { ParsedDocument } from '../../src/model.ts';
import type { SourceInfo } from '../../src/store/store.ts';

const BOARD = "Education and Children's Services Scrutiny Board (2)";

function moderngov(date: string, externalId: string | null, title = 'SEND Update'): ParsedDocument {
  return ParsedDocument.parse({
    kind: 'moderngov',
    meetings: [{ committee: BOARD, date, time: '10:00', kind: 'agenda', status: 'agenda', externalId, items: [{ number: '4', title }] }],
  });
}

const source = (sha256: string): SourceInfo => ({ name: sha256, sha256, bytes: 1, kind: 'moderngov' });

describe('meetings with an external id', () => {
  it('a moved meeting moves, keeping its id, items and identity', () => {
    const index = mergeAll(
      [
        { parsed: moderngov('2026-01-29', 'moderngov:569:9103'), source: source('a') },
        { parsed: moderngov('2026-02-05', 'moderngov:569:9103'), source: source('b') },
      ],
      new Date('2026-01-20T09:00:00Z'),
    );
    const record = index.toRecord();
    expect(record.meetings.map((m) => [m.date, m.externalId])).toEqual([['2026-02-05', 'moderngov:569:9103']]);
    expect(record.items.map((i) => i.title)).toEqual(['SEND Update']);
    expect(index.meetingIdsByDate.has('2026-01-29')).toBe(false);
  });

  it('two different external ids on different dates stay two meetings', () => {
    const record = mergeAll(
      [
        { parsed: moderngov('2026-01-29', 'moderngov:569:9103'), source: source('a') },
        { parsed: moderngov('2026-02-05', 'moderngov:569:9110'), source: source('b') },
      ],
      new Date('2026-01-20T09:00:00Z'),
    ).toRecord();
    expect(record.meetings.map((m) => m.date)).toEqual(['2026-01-29', '2026-02-05']);
  });

  it('a document without an external id still meets by committee and date', () => {
    const record = mergeAll(
      [
        { parsed: moderngov('2026-01-29', null), source: source('a') },
        { parsed: moderngov('2026-01-29', 'moderngov:569:9103'), source: source('b') },
      ],
      new Date('2026-01-20T09:00:00Z'),
    ).toRecord();
    expect(record.meetings.map((m) => [m.date, m.externalId])).toEqual([['2026-01-29', 'moderngov:569:9103']]);
  });
});
