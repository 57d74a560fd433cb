// The merge rules on hand-built parsed documents; the same rules on the bundled
// corpus are in pipeline.test.ts.
import { describe, expect, it } from 'vitest';
import { ParsedDocument, type BoardRecord } from '../../src/model.ts';
import { mergeAll, mergeDocument } from '../../src/store/merge.ts';
import { municipalYearOfDate } from '../../src/store/merge-keys.ts';
import { committeeKey, titleKey } from '../../src/record-keys.ts';
import { RecordIndex } from '../../src/store/record-index.ts';
import type { SourceInfo } from '../../src/store/store.ts';

const AT = new Date('2024-01-01T12:00:00Z');
const BOARD = "Education and Children's Services Scrutiny Board (2)";

function doc(id: string, input: unknown): { parsed: ParsedDocument; source: SourceInfo } {
  const parsed = ParsedDocument.parse(input);
  return { parsed, source: { name: `${id}.txt`, sha256: id.padEnd(64, '0'), bytes: 100, kind: parsed.kind } };
}

function merged(...docs: Array<{ parsed: ParsedDocument; source: SourceInfo }>): BoardRecord {
  return mergeAll(docs, AT).toRecord();
}

const plan = doc('plan', {
  kind: 'work-programme',
  meetings: [],
  workProgramme: [
    { year: '2017/18', date: '2017-07-13', slot: 'dated', title: 'Private Fostering', meetingNote: '10am', leads: ['Head of Service'] },
    { year: '2017/18', date: '2017-07-13', slot: 'dated', title: 'Private Fostering', detail: 'Annual report on private fostering arrangements', leads: ['Head of Service'] },
    { year: '2017/18', date: null, slot: 'pending', title: 'Census figures' },
  ],
});

const agenda = doc('agenda', {
  kind: 'agenda-pack',
  meetings: [
    {
      committee: 'Education & Children’s Services Scrutiny Board (2)',
      date: '2017-07-13',
      time: '10:00',
      place: 'Committee Room 3, Council House',
      kind: 'agenda',
      items: [
        { number: '1', title: 'Apologies and Substitutions' },
        { number: '3', title: 'Declarations of Interest' },
        { number: '5', title: 'Private Fostering', reportAuthor: 'Briefing Note of the Director of Children’s Services', pages: 'Pages 7 - 12' },
      ],
    },
  ],
});

const minutes = doc('minutes', {
  kind: 'minutes',
  meetings: [
    {
      committee: BOARD,
      date: '2017-07-13',
      time: '10:00',
      place: 'Diamond Room 2, Council House',
      kind: 'minutes',
      chair: 'Councillor M Mutton',
      items: [
        { number: '8', title: 'Declarations of Interests', body: 'There were no declarations.' },
        {
          number: '10',
          title: 'Private Fostering',
          body: 'The Board considered a briefing note on private fostering.',
          resolutions: [{ text: 'Notes the report.' }, { text: 'Requests an update in March 2018.' }],
          requests: [
            { text: 'Requests an update in March 2018.', kind: 'update' },
            { text: 'Information on the number of notifications.', kind: 'information' },
          ],
          workProgrammeAdditions: ['Census figures', 'School Place Planning'],
        },
      ],
    },
  ],
});

describe('merge keys', () => {
  it('normalise committees and titles the way documents vary them', () => {
    expect(committeeKey('Education & Children’s Services Scrutiny Board (2)')).toBe(committeeKey("EDUCATION AND CHILDREN'S SERVICES SCRUTINY BOARD 2"));
    expect(committeeKey('Scrutiny Co-ordination Committee')).toBe(committeeKey('Scrutiny Coordination Committee'));
    expect(titleKey('4. Children’s Services Ofsted Outcome')).toBe(titleKey("Children's Services Ofsted Outcome"));
    expect(municipalYearOfDate('2018-01-11')).toBe('2017/18');
    expect(municipalYearOfDate('2017-06-29')).toBe('2017/18');
    expect(municipalYearOfDate('2023-03-16')).toBe('2022/23');
  });
});

describe('meetings', () => {
  it('one meeting from a plan, an agenda and minutes, in any order; minutes win per field', () => {
    const orders = [
      [plan, agenda, minutes],
      [minutes, agenda, plan],
      [agenda, plan, minutes],
    ];
    const records = orders.map((o) => merged(...o));
    for (const record of records) {
      expect(record.meetings).toHaveLength(1);
      const meeting = record.meetings[0]!;
      expect(meeting).toMatchObject({ date: '2017-07-13', time: '10:00', status: 'minutes', place: 'Diamond Room 2, Council House', chair: 'Councillor M Mutton' });
      expect(meeting.sources).toHaveLength(3);
    }
  });

  it('a planned meeting takes its time from the plan note and becomes the agenda meeting', () => {
    const planOnly = merged(plan).meetings;
    expect(planOnly).toHaveLength(1);
    expect(planOnly[0]).toMatchObject({ date: '2017-07-13', time: '10:00', status: 'planned', committee: null });
    const both = merged(plan, agenda).meetings;
    expect(both).toHaveLength(1);
    expect(both[0]).toMatchObject({ status: 'agenda', committee: 'Education & Children’s Services Scrutiny Board (2)', place: 'Committee Room 3, Council House' });
  });

  it('cancelled from a source that knows it wins over an agenda, never over minutes', () => {
    const cancelled = doc('cancel', { kind: 'moderngov', meetings: [{ committee: BOARD, date: '2017-07-13', kind: 'agenda', status: 'cancelled' }] });
    expect(merged(agenda, cancelled).meetings[0]!.status).toBe('cancelled');
    expect(merged(cancelled, agenda).meetings[0]!.status).toBe('cancelled');
    expect(merged(minutes, cancelled).meetings[0]!.status).toBe('minutes');
  });

  it('different committees on one date are different meetings', () => {
    const other = doc('other', { kind: 'minutes', meetings: [{ committee: 'Scrutiny Co-ordination Committee', date: '2017-07-13', kind: 'minutes' }] });
    expect(merged(minutes, other).meetings).toHaveLength(2);
  });
});

describe('items', () => {
  it('agenda and minutes items are one item each; the minutes win, the agenda fills in author and pages', () => {
    const record = merged(agenda, minutes);
    const titles = record.items.map((i) => `${i.number} ${i.title}`);
    expect(titles).toEqual(['8 Declarations of Interests', '10 Private Fostering', '1 Apologies and Substitutions']);
    const fostering = record.items.find((i) => i.title === 'Private Fostering')!;
    expect(fostering).toMatchObject({
      number: '10',
      body: 'The Board considered a briefing note on private fostering.',
      reportAuthor: 'Briefing Note of the Director of Children’s Services',
      pages: 'Pages 7 - 12',
    });
    expect(fostering.sources).toHaveLength(2);
    expect(merged(minutes, agenda).items.find((i) => i.title === 'Private Fostering')).toMatchObject({ number: '10', reportAuthor: fostering.reportAuthor });
  });

  it('resolutions and requests are numbered per item and linked to it', () => {
    const record = merged(minutes);
    const item = record.items.find((i) => i.number === '10')!;
    expect(record.resolutions.map((r) => [r.itemId, r.clause, r.text])).toEqual([
      [item.id, 1, 'Notes the report.'],
      [item.id, 2, 'Requests an update in March 2018.'],
    ]);
    expect(record.requests.map((r) => r.kind)).toEqual(['update', 'information']);
  });
});

describe('newer minutes of the same meeting', () => {
  const corrected = doc('corrected', {
    ...minutes.parsed,
    meetings: [
      {
        ...minutes.parsed.meetings[0]!,
        items: [
          minutes.parsed.meetings[0]!.items[0]!,
          {
            ...minutes.parsed.meetings[0]!.items[1]!,
            resolutions: [{ text: 'Notes the report.' }, { text: 'Requests an update in April 2018.' }],
            requests: [
              { text: 'Requests an update in April 2018.', kind: 'update' },
              { text: 'Information on the number of notifications.', kind: 'information' },
            ],
          },
        ],
      },
    ],
  });

  it('replace the older minutes instead of adding to them, keeping request ids', () => {
    const first = merged(minutes);
    const second = merged(minutes, corrected);
    expect(second.items).toHaveLength(first.items.length);
    expect(second.resolutions.map((r) => r.text)).toEqual(['Notes the report.', 'Requests an update in April 2018.']);
    // The changed request keeps its id by position, the unchanged one by its text.
    expect(second.requests.map((r) => r.id)).toEqual(first.requests.map((r) => r.id));
    expect(second.requests[0]!.text).toBe('Requests an update in April 2018.');
    expect(second.meetings[0]!.sources).toEqual(['corrected'.padEnd(64, '0')]);
  });

  it('the same content again is no change at all', () => {
    const index = mergeAll([minutes], AT);
    expect(mergeDocument(index, minutes.parsed, minutes.source, new Date())).toBeNull();
  });

  it('a minute dropped from the corrected version goes, with its resolutions and requests', () => {
    const shorter = doc('shorter', { ...minutes.parsed, meetings: [{ ...minutes.parsed.meetings[0]!, items: [minutes.parsed.meetings[0]!.items[0]!] }] });
    const record = merged(minutes, shorter);
    expect(record.items.map((i) => i.number)).toEqual(['8']);
    expect(record.resolutions).toHaveLength(0);
    expect(record.requests).toHaveLength(0);
  });
});

describe('agenda-item pages', () => {
  const page = doc('page', {
    kind: 'item-page',
    meetings: [
      {
        committee: null,
        date: null,
        kind: 'item-page',
        items: [
          {
            number: null,
            title: 'Private Fostering',
            body: 'The Board considered a briefing note on private fostering, with the figures for the year.',
            reportAuthor: 'Briefing Note of the Director of Children’s Services',
            resolutions: [{ text: 'Notes the report.' }, { text: 'Requests an update in March 2018.' }],
            requests: [{ text: 'Requests an update in March 2018.', kind: 'update' }],
          },
        ],
      },
    ],
  });

  it('enrich the minutes item and never copy it, in either order', () => {
    const minutesFirst = merged(minutes, page);
    const pageFirst = merged(page, minutes);
    for (const record of [minutesFirst, pageFirst]) {
      expect(record.meetings.map((m) => m.date)).toEqual(['2017-07-13']);
      expect(record.items.filter((i) => i.title === 'Private Fostering')).toHaveLength(1);
      expect(record.resolutions).toHaveLength(2);
      expect(record.requests).toHaveLength(2);
      const item = record.items.find((i) => i.title === 'Private Fostering')!;
      expect(item.reportAuthor).toBe('Briefing Note of the Director of Children’s Services');
      expect(item.body).toContain('figures for the year');
    }
    const { documents: _a, ...restA } = minutesFirst;
    const { documents: _b, ...restB } = pageFirst;
    expect(restB).toEqual(restA);
  });

  it('a waiting page moves when its meeting arrives, whatever came between, and only to its own committee', () => {
    const boardPage = doc('board-page', {
      kind: 'item-page',
      meetings: [{ ...page.parsed.meetings[0], committee: BOARD }],
    });
    const otherCommittee = doc('other-committee', {
      kind: 'minutes',
      meetings: [
        {
          committee: 'Corporate Parenting Board',
          date: '2017-07-20',
          kind: 'minutes',
          items: [{ number: '4', title: 'Private Fostering', body: 'The Board considered a briefing note on private fostering, with the figures for the year.' }],
        },
      ],
    });
    const unrelated = doc('unrelated', {
      kind: 'minutes',
      meetings: [{ committee: BOARD, date: '2017-06-29', kind: 'minutes', items: [{ number: '1', title: 'Youth Justice', body: 'Youth justice plan.' }] }],
    });
    const waiting = merged(boardPage, otherCommittee, unrelated);
    expect(waiting.meetings.filter((m) => m.date === null)).toHaveLength(1);
    expect(waiting.items.filter((i) => i.title === 'Private Fostering').map((i) => i.meetingId)).toContain(waiting.meetings.find((m) => m.date === null)!.id);
    const record = merged(boardPage, otherCommittee, unrelated, minutes);
    expect(record.meetings.map((m) => m.date)).toEqual(['2017-06-29', '2017-07-13', '2017-07-20']);
    const fostering = record.items.filter((i) => i.title === 'Private Fostering');
    expect(fostering).toHaveLength(2);
    const boardItem = fostering.find((i) => i.meetingId === record.meetings[1]!.id)!;
    expect(boardItem.reportAuthor).toBe('Briefing Note of the Director of Children’s Services');
    expect(boardItem.sources).toContain(boardPage.source.sha256);
  });

  it('a page that two meetings match equally waits, and goes to the one left when corrected minutes drop the other', () => {
    const body = 'The Board considered a briefing note on private fostering, with the figures for the year.';
    const meetingOn = (id: string, date: string, items: unknown[]) =>
      doc(id, { kind: 'minutes', meetings: [{ committee: BOARD, date, kind: 'minutes', items }] });
    const july = meetingOn('july', '2017-07-13', [{ number: '10', title: 'Private Fostering', body }]);
    const march = meetingOn('march', '2018-03-15', [{ number: '50', title: 'Private Fostering', body }]);
    const marchCorrected = meetingOn('march-corrected', '2018-03-15', [{ number: '50', title: 'School Place Planning', body: 'School places.' }]);
    const ambiguous = merged(july, march, page);
    expect(ambiguous.meetings.some((m) => m.date === null)).toBe(true);
    const record = merged(july, march, page, marchCorrected);
    expect(record.meetings.map((m) => m.date)).toEqual(['2017-07-13', '2018-03-15']);
    const fostering = record.items.filter((i) => i.title === 'Private Fostering');
    expect(fostering).toHaveLength(1);
    expect(fostering[0]!.meetingId).toBe(record.meetings[0]!.id);
    expect(fostering[0]!.reportAuthor).toBe('Briefing Note of the Director of Children’s Services');
  });

  it('wait under an undated placeholder until their meeting is known', () => {
    const record = merged(page);
    expect(record.meetings).toHaveLength(1);
    expect(record.meetings[0]!.date).toBeNull();
    expect(record.items).toHaveLength(1);
    expect(record.resolutions).toHaveLength(2);
  });
});

describe('agenda-item pages no title places', () => {
  const OTHER = 'Adult Social Care Scrutiny Panel';
  const minutesOf = (id: string, committee: string, date: string, title: string, resolution: string) =>
    doc(id, { kind: 'minutes', meetings: [{ committee, date, kind: 'minutes', items: [{ number: '5', title, resolutions: [{ text: resolution }] }] }] });
  const pageOf = (id: string, committee: string, resolution: string) =>
    doc(id, { kind: 'item-page', meetings: [{ committee, date: null, kind: 'item-page', items: [{ number: null, title: 'Report of the Director', resolutions: [{ text: resolution }] }] }] });
  const wording = 'Asks officers to bring the revised lettings policy back in the spring.';

  it('join the dated item of their committee that records their resolution word for word', () => {
    const record = merged(minutesOf('other', OTHER, '2019-02-11', 'Lettings Policy', 'Notes the report.'), minutesOf('board', BOARD, '2019-03-14', 'Lettings Policy', wording), pageOf('page', BOARD, wording));
    expect(record.meetings.map((m) => m.date)).toEqual(['2019-02-11', '2019-03-14']);
    const board = record.meetings.find((m) => m.committee === BOARD)!;
    expect(board.sources).toContain('page'.padEnd(64, '0'));
  });

  it('never join another committee\'s item with the same words: they wait undated', () => {
    const record = merged(minutesOf('other', OTHER, '2019-02-11', 'Lettings Policy', wording), pageOf('page', BOARD, wording));
    expect(record.meetings.map((m) => m.date)).toEqual(['2019-02-11', null]);
    expect(record.meetings[0]!.sources).not.toContain('page'.padEnd(64, '0'));
  });
});

describe('work programme', () => {
  it('plan rows dedupe keeping the richest; additions by resolution do not repeat a plan row', () => {
    const record = merged(plan, minutes);
    const rows = record.workProgramme.map((w) => [w.slot, w.title, w.origin]);
    expect(rows).toEqual([
      ['dated', 'Private Fostering', 'plan'],
      ['to-be-determined', 'School Place Planning', 'resolution'],
      ['pending', 'Census figures', 'plan'],
    ]);
    expect(record.workProgramme[0]).toMatchObject({ detail: 'Annual report on private fostering arrangements', meetingNote: '10am' });
    const added = record.workProgramme.find((w) => w.origin === 'resolution')!;
    expect(added.addedByItemId).toBe(record.items.find((i) => i.number === '10')!.id);
    expect(added.year).toBe('2017/18');
    // The other order ends the same: the plan row replaces the addition of the same title.
    expect(merged(minutes, plan).workProgramme.map((w) => [w.slot, w.title, w.origin])).toEqual(rows);
  });

  it('a stored addition goes when a later paper shows the item that made it was private, and only that one', () => {
    const other = doc('other-minutes', {
      kind: 'minutes',
      meetings: [{ committee: BOARD, date: '2017-09-14', kind: 'minutes', items: [{ number: '4', title: 'Youth Offer', workProgrammeAdditions: ['Holiday Clubs Review'] }] }],
    });
    const before = merged(minutes, other).workProgramme.filter((w) => w.origin === 'resolution').map((w) => w.title);
    expect(before.sort()).toEqual(['Census figures', 'Holiday Clubs Review', 'School Place Planning']);
    const exempt = doc('exempt-minutes', {
      kind: 'minutes',
      meetings: [{ committee: BOARD, date: '2017-07-13', kind: 'minutes', items: [{ number: '10', title: 'Private Fostering', private: true }] }],
    });
    const record = merged(minutes, other, exempt);
    expect(record.items.find((i) => i.number === '10')!.private).toBe(true);
    expect(record.workProgramme.filter((w) => w.origin === 'resolution').map((w) => w.title)).toEqual(['Holiday Clubs Review']);
  });

  it('an addition named twice in one meeting, worded or split differently, is one row, in the year the words give', () => {
    const twice = doc('twice', {
      kind: 'minutes',
      meetings: [
        {
          committee: BOARD,
          date: '2023-03-16',
          kind: 'minutes',
          items: [
            {
              number: '28',
              title: 'Development Plan',
              workProgrammeAdditions: ['Fostering and the Family Values Project (including the Reunification Project)'],
              workProgrammeAdditionDetails: [{ title: 'Fostering and the Family Values Project (including the Reunification Project)', year: '2023/24' }],
            },
            {
              number: '29',
              title: 'Work Programme',
              workProgrammeAdditions: ['Fostering', 'Family Values Project (including Reunification Project)', 'Youth Justice'],
              workProgrammeAdditionDetails: [
                { title: 'Fostering', year: '2023/24' },
                { title: 'Family Values Project (including Reunification Project)', year: '2023/24' },
                { title: 'Youth Justice', year: '2023/24' },
              ],
            },
            { number: '30', title: 'Any Other Business', workProgrammeAdditions: ['School Transport'] },
          ],
        },
      ],
    });
    const rows = merged(twice).workProgramme.map((w) => [w.year, w.title]);
    expect(rows).toEqual([
      ['2022/23', 'School Transport'],
      ['2023/24', 'Fostering and the Family Values Project (including the Reunification Project)'],
      ['2023/24', 'Youth Justice'],
    ]);
  });

  it('patches never touch the index until applied', () => {
    const index = new RecordIndex();
    const result = mergeDocument(index, minutes.parsed, minutes.source, AT)!;
    expect(index.toRecord().meetings).toHaveLength(0);
    index.apply(result.patch);
    expect(index.toRecord().meetings).toHaveLength(1);
  });
});
