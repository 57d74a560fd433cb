// Which resolutions an item brings when it only discussed a topic: all of them when none names the
// topic, only those that do when some do (a work-programme item adding "Kinship Care report back"
// beside "Library Opening Hours report back" brings the first, not the second).
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import { createEngine } from '../../src/answers/engine.ts';
import type { BoardRecord } from '../../src/model.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';
import { testItem, testMeeting, testResolution } from './record-parts.ts';

const meeting = (id: string, date: string) => testMeeting(id, date, { committee: 'Communities Scrutiny Panel', time: '18:30', place: 'Council Chamber' });
const item = (id: string, meetingId: string, number: string, title: string, body: string) => testItem(id, meetingId, number, title, { body });
const resolution = testResolution;

function record(): BoardRecord {
  return {
    schemaVersion: 1,
    documents: [{ id: 'd1', name: '2025-minutes.txt', kind: 'minutes', bytes: 100, ingestedAt: '2025-01-01T00:00:00.000Z' }],
    meetings: [meeting('m1', '2025-02-04'), meeting('m2', '2025-03-11')],
    items: [
      item('i1', 'm1', '31', 'Work Programme 2024/25', 'Members discussed kinship care placements and asked when kinship care would return to the Panel.'),
      item('i2', 'm2', '44', 'Family Support Update', 'The Panel heard that kinship care carers wait too long, and that kinship care assessments are being reviewed.'),
    ],
    resolutions: [
      resolution('r1', 'm1', 'i1', 1, 'That Kinship Care report back be added to the work programme.'),
      resolution('r2', 'm1', 'i1', 2, 'That Library Opening Hours report back be added to the work programme.'),
      resolution('r3', 'm2', 'i2', 1, 'That the update be noted.'),
    ],
    requests: [],
    workProgramme: [],
  };
}

describe('resolutions of an item that only discussed the topic', () => {
  it('are those that name it when some do, and all of them when none does', async () => {
    const store = openMemoryStore({ record: record() });
    const engine = await createEngine({ store, clock: new ManualClock('2025-04-01T09:00:00Z'), snapshotPath: null });
    await engine.loaded();
    const texts = (question: string) => engine.ask(question).sections.flatMap((s) => s.entries.map((e) => e.text));
    const history = texts('history of kinship care');
    expect(history).toContain('That Kinship Care report back be added to the work programme.');
    expect(history).not.toContain('That Library Opening Hours report back be added to the work programme.');
    expect(history).toContain('That the update be noted.');
    const resolved = texts('what was resolved on kinship care');
    expect(resolved).toContain('That Kinship Care report back be added to the work programme.');
    expect(resolved).not.toContain('That Library Opening Hours report back be added to the work programme.');
  });
});
