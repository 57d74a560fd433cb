// Cases the bundled corpus lacks, on a small hand-made record.
import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import { createEngine } from '../../src/answers/engine.ts';
import { buildMeetingAnswer } from '../../src/answers/meetings/build-meeting.ts';
import { nextMeeting } from '../../src/answers/meetings/meeting-queries.ts';
import { openRequests } from '../../src/answers/requests/request-catalogue.ts';
import { contextOf } from './context.ts';
import { renderText } from '../../src/answers/render-text.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';
import { smallRecord } from './small-record.ts';

async function setUp() {
  const store = openMemoryStore({ record: smallRecord() });
  const engine = await createEngine({ store, clock: new ManualClock('2024-04-01T09:00:00Z'), snapshotPath: null });
  // The index is built in slices; on a busy machine even this record's takes more than the first.
  await engine.loaded();
  return { store, engine };
}

describe('on a small hand-made record', () => {
  it('never offers a cancelled meeting as the next one', async () => {
    const { store, engine } = await setUp();
    expect(nextMeeting(contextOf(store, new Date('2024-04-01T09:00:00Z')))?.id).toBe('m3');
    const answer = engine.ask('next meeting', { now: new Date('2024-04-01T09:00:00Z') });
    expect(answer.title).toBe('Next meeting: Thursday 13 June 2024, 10.00 am');
  });

  it('labels a meeting known only from the work programme as planned', async () => {
    const { engine } = await setUp();
    const answer = engine.ask('next meeting', { now: new Date('2024-06-14T09:00:00Z') });
    expect(answer.title).toBe('Next meeting (planned): Thursday 11 July 2024');
    expect(renderText(answer)).toContain('Libraries Review');
  });

  it('shows an exempt item by title only, and never its body or resolutions', async () => {
    const { engine } = await setUp();
    const meeting = engine.ask('meeting on 7 March 2024');
    const text = JSON.stringify(meeting);
    expect(text).toContain('Transport Contract Award');
    expect(text).not.toContain('Acme');
    expect(renderText(meeting)).toContain('Transport Contract Award (exempt)');
    for (const q of ['Acme Coaches', 'what was resolved on transport contract', 'secret figures']) {
      // The question is echoed back; nothing the record holds may mention the exempt body.
      expect(JSON.stringify(engine.ask(q).sections)).not.toContain('Acme');
    }
  });

  it('lists the private items of a period by title only, and says "none" for a period without any', async () => {
    const { engine } = await setUp();
    const year = engine.ask('any private items last year', { now: new Date('2025-02-01T09:00:00Z') });
    expect(year.title).toBe('1 private item on the agendas of the 2 meetings in 2024.');
    expect(renderText(year)).toContain('Transport Contract Award');
    expect(JSON.stringify(year)).not.toContain('Acme');
    const june = engine.ask('were any items taken in private in June 2024', { now: new Date('2025-02-01T09:00:00Z') });
    expect(june.title).toBe('None: every item on the agenda of Thursday 13 June 2024, 10.00 am is public.');
  });

  it('dates a next-meeting request by the next meeting held, and marks overdue', async () => {
    const { store } = await setUp();
    const open = openRequests(contextOf(store, new Date('2024-07-01T09:00:00Z')));
    const update = open.find((s) => s.request.id === 'q1')!;
    // The cancelled 9 May meeting does not count; 13 June does.
    expect(update.dueDate).toBe('2024-06-13');
    expect(update.overdue).toBe(true);
    expect(open.find((s) => s.request.id === 'q2')!.overdue).toBe(true);
    expect(openRequests(contextOf(store, new Date('2024-04-01T09:00:00Z'))).map((s) => s.overdue)).toEqual([false, false]);
  });

  it('drops a request once marked done, and says so in all requests', async () => {
    const { store, engine } = await setUp();
    await store.setRequestState('q2', 'done', 'U123', new Date('2024-04-02T10:00:00Z'));
    const now = new Date('2024-04-03T09:00:00Z');
    expect(openRequests(contextOf(store, now)).map((s) => s.request.id)).toEqual(['q1']);
    const all = engine.ask('all requests', { now });
    const entry = all.sections.flatMap((s) => s.entries).find((e) => e.request?.id === 'q2')!;
    expect(entry.request!.state.status).toBe('done');
    expect(all.title).toBe('2 requests in the record, 1 open');
  });
});

describe('the answer for a meeting still to come', () => {
  it('gathers open requests and earlier resolutions on its agenda topics, with papers', async () => {
    const { store } = await setUp();
    const answer = buildMeetingAnswer(contextOf(store, new Date('2024-04-01T09:00:00Z')), 'm3');
    const item = answer.sections.find((s) => s.heading === 'Agenda')!.entries[0]!;
    expect(item).toMatchObject({ label: 'Item 4', text: 'School Transport Update', links: [{ title: 'Transport report', url: 'https://example.org/transport.pdf' }] });
    expect(item.detail).toEqual(['Report of the Director of Education', 'Pages 5 - 10']);
    // A request due at this very meeting is listed under that heading, and not again among the topics' requests.
    const due = answer.sections.find((s) => s.heading === 'Requests due at this meeting')!.entries;
    expect(due.map((e) => e.request?.id)).toEqual(['q1']);
    const open = answer.sections.find((s) => s.heading === 'Open requests on these topics')!.entries;
    expect(open.map((e) => e.request?.id).sort()).toEqual(['q2']);
    const earlier = answer.sections.find((s) => s.heading === 'Earlier resolutions on these topics')!.entries;
    expect(earlier.map((e) => e.text)).toEqual(['Notes the school transport report.']);
    expect(JSON.stringify(answer)).not.toContain('Acme');
  });

  it('lists the same meeting, once held, with attendance and no look-back sections', async () => {
    const { store } = await setUp();
    const answer = buildMeetingAnswer(contextOf(store, new Date('2024-04-01T09:00:00Z')), 'm1');
    expect(answer.sections.map((s) => s.heading)).toEqual(['Attendance', 'Items', 'Resolutions', 'Requests made']);
    expect(answer.sections[0]!.entries).toEqual([
      { label: 'Chair', text: 'Councillor B Able' },
      { label: 'Members', text: 'Councillor B Able' },
      { label: 'Apologies', text: 'Councillor C Baker' },
    ]);
  });
});

describe('a meeting the record has no papers of', () => {
  it('is known from the later minutes that agreed its minutes, once those minutes are out', async () => {
    const record = smallRecord();
    record.meetings.push({ ...record.meetings[0]!, id: 'm4', date: '2024-07-11', time: '14:00', status: 'minutes', present: [], apologies: [] });
    record.items.push({ id: 'i40', meetingId: 'm4', number: '21', title: 'Minutes', body: 'The minutes of the meeting held on 18 April 2024 were agreed as a correct record, noting that the report due on 25 April 2024 had been deferred.', reportAuthor: null, pages: null, subItems: [], papers: [], private: false, sources: ['d1'] });
    const engine = await createEngine({ store: openMemoryStore({ record }), clock: new ManualClock('2024-08-01T09:00:00Z'), snapshotPath: null });
    await engine.loaded();
    const later = renderText(engine.ask('meetings in april 2024', { now: new Date('2024-08-01T09:00:00Z') }));
    expect(later).toContain('later minutes say one was held on Thursday 18 April 2024');
    expect(later).toContain('Its minutes were agreed at the meeting of Thursday 11 July 2024');
    // Another date later on the line is of something else: quoted with the sentence, never a meeting.
    expect(later.replace(/\s+/g, ' ')).toContain('“The minutes of the meeting held on 18 April 2024 were agreed as a correct record');
    expect(later).not.toContain('Thursday 25 April 2024');
    expect(renderText(engine.ask('meeting on 18 april 2024', { now: new Date('2024-08-01T09:00:00Z') }))).toContain('later minutes say one was held then');
    // Before the later minutes are out, nothing says it was held.
    expect(renderText(engine.ask('meetings in april 2024', { now: new Date('2024-05-01T09:00:00Z') }))).toContain('No meeting is known in April 2024');
  });
});
