// The look-ups of a record opened from disk, built in steps after start by the process that writes
// (prepareSteps): the same look-ups as those built at once on first use, and still right when a
// change arrives between two steps.
import { describe, expect, it } from 'vitest';
import { ParsedDocument } from '../../src/model.ts';
import { committeeKey, titleKey } from '../../src/record-keys.ts';
import { mergeAll, mergeDocument } from '../../src/store/merge.ts';
import { RecordIndex } from '../../src/store/record-index.ts';

const COMMITTEE = 'Health and Social Care Scrutiny Board (5)';
const at = new Date('2024-06-01T09:00:00Z');

function minutesOf(date: string, titles: string[]) {
  return {
    parsed: ParsedDocument.parse({
      kind: 'minutes',
      meetings: [{ committee: COMMITTEE, date, time: '10:00', kind: 'minutes', items: titles.map((title, i) => ({ number: String(i + 1), title, resolutions: [{ text: `Notes the ${title.toLowerCase()} report.` }] })) }],
    }),
    source: { name: `${date}-minutes.txt`, sha256: `sha-${date}`, bytes: 100, kind: 'minutes' as const },
  };
}

/** A record of `meetings` meetings a week apart, each with the same two items, as a store would reopen it. */
function reopened(meetings: number): RecordIndex {
  const documents = Array.from({ length: meetings }, (_, i) => {
    const day = new Date(Date.UTC(2014, 0, 6 + 7 * i)).toISOString().slice(0, 10);
    return minutesOf(day, ['Waiting Times in Minor Injuries Units', 'Care Home Fees']);
  });
  return RecordIndex.fromRecord(structuredClone(mergeAll(documents, at).toRecord()));
}

const key = titleKey('Waiting Times in Minor Injuries Units');

const MEETINGS = 1500;

/** How many steps prepareSteps takes over a fresh copy of the record. */
function stepsOver(index: RecordIndex): number {
  let steps = 0;
  for (const _ of index.prepareSteps()) steps++;
  return steps;
}

describe('RecordIndex.prepareSteps', () => {
  it('builds in many steps the look-ups that first use builds at once', () => {
    const stepped = reopened(MEETINGS);
    expect(stepsOver(stepped)).toBeGreaterThan(8);
    const atOnce = reopened(MEETINGS);
    expect(stepped.itemIdsWithTitle(key)).toEqual(atOnce.itemIdsWithTitle(key));
    expect(stepped.itemIdsWithTitle(key).size).toBe(MEETINGS);
    expect(stepped.itemIdsWithCommitteeTitle(committeeKey(COMMITTEE), key).size).toBe(MEETINGS);
    expect([...stepped.bundles.keys()]).toEqual([...atOnce.bundles.keys()]);
    expect(stepped.resolutionsById.size).toBe(atOnce.resolutionsById.size);
  });

  it.each([
    ['while the meetings are put in their look-ups', () => 2],
    ['while the titles are read', (steps: number) => steps - 1],
  ])('a merge %s sees the look-ups whole, and the titles take it in', (_when, stepsBefore) => {
    const index = reopened(MEETINGS);
    const steps = index.prepareSteps();
    for (let i = stepsBefore(stepsOver(reopened(MEETINGS))); i > 0; i--) steps.next();
    const late = minutesOf('2045-02-07', ['Waiting Times in Minor Injuries Units']);
    const merged = mergeDocument(index, late.parsed, late.source, at)!;
    expect(merged.patch.meetings).toHaveLength(1);
    index.apply(merged.patch);
    while (!steps.next().done);
    const ids = index.itemIdsWithTitle(key);
    expect(ids.size).toBe(MEETINGS + 1);
    expect(ids).toContain(merged.patch.meetings[0]!.items[0]!.id);
    expect(index.itemIdsWithCommitteeTitle(committeeKey(COMMITTEE), key).size).toBe(MEETINGS + 1);
    expect(index.bundles.size).toBe(MEETINGS + 1);
  });
});

describe('RecordIndex title look-ups and what a document holds', () => {
  const OTHER = 'Children and Young People Scrutiny Panel';
  function minutesFor(committee: string, date: string, titles: string[], sha = `sha-${committee}-${date}`) {
    return {
      parsed: ParsedDocument.parse({
        kind: 'minutes',
        meetings: [{ committee, date, time: '10:00', kind: 'minutes', items: titles.map((title, i) => ({ number: String(i + 1), title, resolutions: [{ text: `Notes the ${title.toLowerCase()} report.` }] })) }],
      }),
      source: { name: `${date}-minutes.txt`, sha256: sha, bytes: 100, kind: 'minutes' as const },
    };
  }

  it('keeps one title across committees apart by committee, and forgets a replaced meeting\'s items', () => {
    const index = RecordIndex.fromRecord(
      structuredClone(
        mergeAll(
          [
            minutesFor(COMMITTEE, '2024-01-10', ['Apologies for Absence', 'Care Home Fees']),
            minutesFor(OTHER, '2024-01-11', ['Apologies for Absence', 'School Transport']),
            minutesFor(OTHER, '2024-02-08', ['Apologies for Absence']),
          ],
          at,
        ).toRecord(),
      ),
    );
    const apologies = titleKey('Apologies for Absence');
    expect(index.itemIdsWithTitle(apologies).size).toBe(3);
    expect(index.itemIdsWithCommitteeTitle(committeeKey(COMMITTEE), apologies).size).toBe(1);
    expect(index.itemIdsWithCommitteeTitle(committeeKey(OTHER), apologies).size).toBe(2);
    expect(index.itemIdsWithCommitteeTitle(committeeKey(OTHER), titleKey('Care Home Fees')).size).toBe(0);

    const february = [...index.bundles.values()].find((b) => b.meeting.date === '2024-02-08')!;
    index.applyChange({ documents: [], meetings: [], removedMeetingIds: [february.meeting.id], workProgramme: [], removedWorkProgrammeIds: [] });
    expect(index.itemIdsWithTitle(apologies).size).toBe(2);
    expect(index.itemIdsWithCommitteeTitle(committeeKey(OTHER), apologies).size).toBe(1);
    expect(index.itemIdsWithTitle(titleKey('School Transport')).size).toBe(1);
  });

  it('keeps a title most meetings repeat right through removals and re-additions, as a fresh build has it', () => {
    const days = Array.from({ length: 60 }, (_, i) => new Date(Date.UTC(2020, 0, 6 + 7 * i)).toISOString().slice(0, 10));
    const documents = days.flatMap((day, i) => [
      minutesFor(COMMITTEE, day, ['Apologies for Absence', `Care Home Fees ${i % 3}`]),
      minutesFor(OTHER, day, ['Apologies for Absence']),
    ]);
    const index = RecordIndex.fromRecord(structuredClone(mergeAll(documents, at).toRecord()));
    const apologies = titleKey('Apologies for Absence');
    expect(index.itemIdsWithTitle(apologies).size).toBe(120);
    // Every other meeting of the board goes, then a third of those comes back.
    const board = [...index.bundles.values()].filter((b) => b.meeting.committee === COMMITTEE);
    const gone = board.filter((_, i) => i % 2 === 0);
    index.applyChange({ documents: [], meetings: [], removedMeetingIds: gone.map((b) => b.meeting.id), workProgramme: [], removedWorkProgrammeIds: [] });
    index.applyChange({ documents: [], meetings: gone.filter((_, i) => i % 3 === 0), removedMeetingIds: [], workProgramme: [], removedWorkProgrammeIds: [] });
    const fresh = RecordIndex.fromRecord(structuredClone(index.toRecord()));
    const keys = [apologies, ...[0, 1, 2].map((n) => titleKey(`Care Home Fees ${n}`))];
    for (const k of keys) {
      expect([...index.itemIdsWithTitle(k)].sort()).toEqual([...fresh.itemIdsWithTitle(k)].sort());
      for (const committee of [COMMITTEE, OTHER].map(committeeKey)) {
        expect([...index.itemIdsWithCommitteeTitle(committee, k)].sort()).toEqual([...fresh.itemIdsWithCommitteeTitle(committee, k)].sort());
      }
    }
    expect(index.itemIdsWithCommitteeTitle(committeeKey(COMMITTEE), apologies).size).toBe(40);
    expect(index.itemIdsWithCommitteeTitle(committeeKey(OTHER), apologies).size).toBe(60);
  });

  it('reads an item\'s resolutions from its meeting, and what one document holds in the record\'s order', () => {
    const later = minutesFor(OTHER, '2024-03-14', ['Apologies for Absence', 'School Transport']);
    const earlier = minutesFor(COMMITTEE, '2024-01-10', ['Care Home Fees']);
    const index = mergeAll([later, earlier], at);
    const reopened = RecordIndex.fromRecord(structuredClone(index.toRecord()));
    const record = reopened.toRecord();
    for (const item of record.items) {
      expect(reopened.resolutionsOfItem(item.id)).toEqual(record.resolutions.filter((r) => r.itemId === item.id));
    }
    const found = reopened.fromDocument(later.source.sha256);
    expect(found.meetings.map((b) => b.meeting.date)).toEqual(['2024-03-14']);
    expect(found.meetings[0]!.items.map((i) => i.title)).toEqual(['Apologies for Absence', 'School Transport']);
    expect(reopened.fromDocument('no-such-document')).toEqual({ meetings: [], workProgramme: [] });
  });
});
