// A dated plan row belongs to its own committee's meeting that day, whatever the
// order the documents arrive in; rows naming no committee keep to the one meeting of the day.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { BUNDLED_CORPUS, ingestPaths } from '../../src/ingest/ingest-paths.ts';
import { mergeAll } from '../../src/store/merge.ts';
import { parseDocument } from '../../src/ingest/parse-document.ts';
import { shortHash } from '../../src/store/merge-keys.ts';
import type { BoardRecord } from '../../src/model.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';

const AT = new Date('2024-01-01T12:00:00Z');
const SCC = 'Scrutiny Co-ordination Committee';
const HEALTH = 'Health and Social Care Scrutiny Board (5)';
const BOARD = "Education and Children's Services Scrutiny Board (2)";

const minutes = (committee: string, time: string, item: string) =>
  [
    'Westbridge Borough Council',
    '',
    `Minutes of the meeting of the ${committee} held at ${time} on Wednesday, 13 September 2023`,
    '',
    'Present:',
    '',
    'Members: Councillor A Shah (Chair), Councillor B Lowe',
    '',
    '1. Apologies',
    '',
    'There were no apologies.',
    '',
    `2. ${item}`,
    '',
    'The meeting considered the report.',
    '',
    'RESOLVED that the report be noted.',
    '',
    '(Meeting closed at 4.00 pm)',
  ].join('\n');

const table = (rows: string[]) => ['Date\tTitle\tDetail\tLead Officer', ...rows].join('\n');

const TEXTS = {
  scc: minutes(SCC, '10.00 am', 'Budget Monitoring'),
  health: minutes(HEALTH, '2.00 pm', 'Hospital Discharge'),
  sccPlan: `Westbridge Borough Council\n\n${SCC} Work Programme 2023/24\n\n${table([
    '13 September 2023\tBudget Monitoring\tQuarter 1 position\tJane Smith',
    '\tLibraries Review\tAnnual review\tTom Jones',
    '11 October 2023\tWaste Strategy\tDraft strategy\tPaul Green',
  ])}`,
  healthPlan: `Work Programme 2023/24 – ${HEALTH}\n\n${table([
    '13 September 2023\tHospital Discharge\tWinter plan\tSam Green',
    '\tAdult Social Care Charging\tConsultation outcome\tLee Bell',
  ])}`,
  unnamedPlan: `Work Programme 2023/24\n\n${table(['13 September 2023\tCommunity Safety\tAnnual report\tKim Hart'])}`,
};
type Name = keyof typeof TEXTS;

function record(...names: Name[]): BoardRecord {
  const docs = names.map((name) => {
    const parsed = parseDocument(TEXTS[name]);
    return { parsed, source: { name: `${name}.txt`, sha256: shortHash(TEXTS[name]).padEnd(64, '0'), bytes: TEXTS[name].length, kind: parsed.kind } };
  });
  return mergeAll(docs, AT).toRecord();
}

/** Each plan row's title -> the committee of the meeting on its date that holds it (by committee). */
function placement(r: BoardRecord) {
  const meetings = r.meetings.map((m) => ({ committee: m.committee, date: m.date, status: m.status }));
  const rows = r.workProgramme.map((w) => ({ title: w.title, committee: w.committee ?? null, date: w.date })).sort((a, b) => a.title.localeCompare(b.title));
  return { meetings: meetings.sort((a, b) => `${a.date}${a.committee}`.localeCompare(`${b.date}${b.committee}`)), rows };
}

const ORDERS: Name[][] = [
  ['scc', 'health', 'sccPlan', 'healthPlan'],
  ['sccPlan', 'healthPlan', 'scc', 'health'],
  ['healthPlan', 'scc', 'sccPlan', 'health'],
  ['health', 'sccPlan', 'healthPlan', 'scc'],
];

describe('work-programme rows and their committees in the record', () => {
  it('puts each plan row on its own committee\'s meeting of the day, in any order', () => {
    for (const order of ORDERS) {
      const r = record(...order);
      const onDay = r.meetings.filter((m) => m.date === '2023-09-13');
      expect(onDay.map((m) => [m.committee, m.status]).sort(), order.join(',')).toEqual([
        [HEALTH, 'minutes'],
        [SCC, 'minutes'],
      ]);
      // The October row makes a planned meeting of its own committee.
      expect(r.meetings.filter((m) => m.date === '2023-10-11').map((m) => [m.committee, m.status])).toEqual([[SCC, 'planned']]);
      const sccMeeting = onDay.find((m) => m.committee === SCC)!;
      const healthMeeting = onDay.find((m) => m.committee === HEALTH)!;
      const sccPlanId = shortHash(TEXTS.sccPlan).padEnd(64, '0');
      const healthPlanId = shortHash(TEXTS.healthPlan).padEnd(64, '0');
      expect(sccMeeting.sources).toContain(sccPlanId);
      expect(sccMeeting.sources).not.toContain(healthPlanId);
      expect(healthMeeting.sources).toContain(healthPlanId);
      expect(healthMeeting.sources).not.toContain(sccPlanId);
      const rows = Object.fromEntries(r.workProgramme.map((w) => [w.title, w.committee]));
      expect(rows).toEqual({
        'Budget Monitoring': SCC,
        'Libraries Review': SCC,
        'Waste Strategy': SCC,
        'Hospital Discharge': HEALTH,
        'Adult Social Care Charging': HEALTH,
      });
    }
    const placements = ORDERS.map((order) => placement(record(...order)));
    for (const p of placements.slice(1)) expect(p).toEqual(placements[0]);
  });

  it('keeps the same row of two committees\' programmes as two rows', () => {
    const other = TEXTS.sccPlan.replace(SCC, 'Audit and Procedures Committee');
    const docs = [TEXTS.sccPlan, other].map((text, n) => {
      const parsed = parseDocument(text);
      return { parsed, source: { name: `${n}.txt`, sha256: shortHash(text).padEnd(64, '0'), bytes: text.length, kind: parsed.kind } };
    });
    const r = mergeAll(docs, AT).toRecord();
    expect(r.workProgramme.filter((w) => w.title === 'Budget Monitoring').map((w) => w.committee).sort()).toEqual(['Audit and Procedures Committee', SCC]);
    expect(r.meetings.filter((m) => m.date === '2023-09-13').map((m) => m.committee).sort()).toEqual(['Audit and Procedures Committee', SCC]);
  });

  it('takes a heading that drops the board\'s number for that board\'s meeting, in either order', () => {
    const shortPlan = TEXTS.healthPlan.replace(HEALTH, 'Health and Social Care Scrutiny Board');
    for (const texts of [[TEXTS.scc, TEXTS.health, shortPlan], [shortPlan, TEXTS.scc, TEXTS.health]]) {
      const docs = texts.map((text, n) => {
        const parsed = parseDocument(text);
        return { parsed, source: { name: `${n}.txt`, sha256: shortHash(text).padEnd(64, '0'), bytes: text.length, kind: parsed.kind } };
      });
      const r = mergeAll(docs, AT).toRecord();
      expect(r.meetings.filter((m) => m.date === '2023-09-13').map((m) => m.committee).sort()).toEqual([HEALTH, SCC]);
    }
  });

  it('keeps one row and the full name when two programmes spell the board with and without its number', () => {
    const shortPlan = TEXTS.healthPlan.replace(HEALTH, 'Health and Social Care Scrutiny Board');
    for (const texts of [[shortPlan, TEXTS.healthPlan], [TEXTS.healthPlan, shortPlan]]) {
      const docs = texts.map((text, n) => {
        const parsed = parseDocument(text);
        return { parsed, source: { name: `${n}.txt`, sha256: shortHash(text).padEnd(64, '0'), bytes: text.length, kind: parsed.kind } };
      });
      const r = mergeAll(docs, AT).toRecord();
      expect(r.workProgramme.map((w) => [w.title, w.committee]).sort()).toEqual([
        ['Adult Social Care Charging', HEALTH],
        ['Hospital Discharge', HEALTH],
      ]);
      expect(r.meetings.map((m) => [m.committee, m.date, m.status])).toEqual([[HEALTH, '2023-09-13', 'planned']]);
    }
  });

  it('attaches a row naming no committee to the one meeting of the day, else to a planned meeting of no committee', () => {
    const alone = record('scc', 'unnamedPlan');
    expect(alone.meetings.filter((m) => m.date === '2023-09-13').map((m) => m.committee)).toEqual([SCC]);
    const crowded = record('scc', 'health', 'unnamedPlan');
    expect(crowded.meetings.filter((m) => m.date === '2023-09-13').map((m) => m.committee ?? null).sort()).toEqual([HEALTH, SCC, null].sort());
    expect(crowded.workProgramme.find((w) => w.title === 'Community Safety')!.committee ?? null).toBeNull();
  });

  it('stores the bundled pack\'s rows under the board, one meeting on 29 June and on 13 July 2017, and changes nothing the second time', async () => {
    const store = openMemoryStore();
    await ingestPaths(store, [BUNDLED_CORPUS]);
    const rows = store.record().workProgramme.filter((w) => w.origin === 'plan');
    expect(rows.length).toBeGreaterThan(20);
    for (const row of rows) expect(row.committee, row.title).toBe(BOARD);
    for (const date of ['2017-06-29', '2017-07-13']) {
      expect(store.record().meetings.filter((m) => m.date === date).map((m) => m.committee)).toEqual([BOARD]);
    }
    const before = JSON.stringify(store.record());
    const again = await ingestPaths(store, [path.join(BUNDLED_CORPUS, '2017-07-13-agenda-pack.txt')]);
    expect(again.allOk).toBe(true);
    expect(JSON.stringify(store.record())).toBe(before);
  });
});
