// Resolutions, requests, work programme, history and attendance, on the bundled corpus.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answers/engine.ts';
import { attendanceOf } from '../../src/answers/attendance/attendance-queries.ts';
import { openRequests } from '../../src/answers/requests/request-catalogue.ts';
import { resolutionsAbout } from '../../src/answers/resolutions/resolution-queries.ts';
import { historyOrder, topicHistory } from '../../src/answers/history/topic-history.ts';
import { contextOf } from './context.ts';
import type { Store } from '../../src/store/store.ts';
import { at, corpusEngine, entries, texts } from './corpus.ts';

let store: Store;
let engine: AnswerEngine;
beforeAll(async () => {
  ({ store, engine } = await corpusEngine());
});

const FOSTERING_2018 = [
  'Notes the briefing note.',
  "Requests the Local Safeguarding Children's Board (LSCB) and Cabinet Member for Children and Young People promote the identification of private fostering arrangements within schools in order to offer support.",
  'Requests a report back following implementation of the promotion/ communication plan.',
];
const OFSTED_2022 = [
  'Consider the recommendations highlighted in the Inspection report and requested a further report on progress implementation.',
  'Receives the Development Plan at a future meeting in response to the Inspection report.',
  "It was unanimously agreed to write to the Children's Services team to congratulate them on the recent Ofsted result.",
];

describe('resolutions on a topic', () => {
  it('quotes the private fostering resolutions verbatim, each once, newest first; items that only discussed it are named on one line', () => {
    const answer = engine.ask('what was resolved on private fostering?', at('2026-11-22'));
    expect(answer.kind).toBe('resolutions');
    const found = entries(answer);
    for (const text of FOSTERING_2018) expect(found.filter((e) => e.text === text)).toHaveLength(1);
    const minute34 = found.find((e) => e.text === FOSTERING_2018[0]);
    expect(minute34?.label).toBe('Thursday 11 January 2018 · Minute 34 · Private Fostering');
    expect(minute34?.cite?.documents).toEqual(['2018-01-11-minutes.txt']);
    expect(minute34?.quote).toBe(true);
    expect(found[0]?.text).toBe(FOSTERING_2018[0]);
    // The Ofsted items only discussed it: far below the resolutions that name it, so not listed,
    // but named in one line, with the way to see them.
    for (const text of OFSTED_2022) expect(found.map((e) => e.text)).not.toContain(text);
    expect(found.every((e) => !e.detail?.includes('Does not name "private fostering"'))).toBe(true);
    const note = (answer.notes ?? []).find((n) => n.startsWith('Also discussed under'));
    expect(note).toMatch(/Ofsted/);
    expect(note).toMatch(/history of private fostering/);
    const dates = found.map((e) => e.cite?.date ?? '');
    expect(dates).toEqual([...dates].sort().reverse());
  });

  it('lists what an item that only discussed a topic resolved when asked for its history', () => {
    const found = texts(engine.ask('history of private fostering', at('2026-11-22')));
    expect(found.join(' ')).toMatch(/Ofsted/);
  });

  it('takes from a mixed item only the clauses on the topic', () => {
    // Minute 38 added three items to the work programme in one decision, quoted as printed: it names private fostering.
    const found = texts(engine.ask('what was resolved on private fostering?', at('2026-11-22')));
    expect(found).toContain(
      'the following items be added to the Work Programme: 1) Private Fostering report back 2) Audit report back 3) Education Progress to the February meeting',
    );
    expect(found).not.toContain('Notes progress information.');
  });

  it('finds them through a misspelling and other word forms', () => {
    for (const question of ['what was resolved on private fostring', 'decisions about fostered children', 'resolutions on private fosterng']) {
      expect(texts(engine.ask(question, at('2026-11-22')))).toContain(FOSTERING_2018[1]);
    }
  });

  it('leaves out resolutions made after the moment asked about', () => {
    const naming = resolutionsAbout(contextOf(store, at('2026-11-22').now), 'private fostering', { direct: true }).filter((r) => r.meeting!.date! <= '2018-02-01');
    const answer = engine.ask('what was resolved on private fostering?', at('2018-02-01'));
    expect(texts(answer)).toEqual(naming.map((r) => r.resolution.text));
    expect(texts(answer)).not.toContain(OFSTED_2022[1]);
  });

  it('says so when nothing matches', () => {
    expect(engine.ask('what was resolved on zeppelins').title).toBe('No decision on "zeppelins" is recorded.');
  });
});

describe('requests', () => {
  it('lists the open ones oldest first, grouped by raising meeting, with due dates and overdue marked', () => {
    const answer = engine.ask('outstanding requests', at('2018-04-01'));
    expect(answer.kind).toBe('requests');
    const headings = answer.sections.map((s) => s.heading);
    expect(headings[0]).toMatch(/^Raised at the meeting of Thursday 29 June 2017/);
    expect(headings[1]).toMatch(/^Raised at the meeting of Thursday 11 January 2018/);
    expect(headings.join()).not.toMatch(/2022|2023/);
    const march = entries(answer).find((e) => e.text === 'Requests an update on areas requiring improvement to the Board in March 2018.');
    expect(march?.request).toMatchObject({ overdue: true, state: { status: 'open' } });
    expect(march?.detail?.[0]).toContain('due 31 Mar 2018');
    expect(march?.label).toBe('Minute 35 · Quality Assurance Audit Activity');
  });

  it('is not overdue before its due date; a next-meeting request is due at the next meeting held', () => {
    const open = openRequests(contextOf(store, at('2018-02-01').now));
    const march = open.find((s) => s.request.text.startsWith('Requests an update on areas requiring improvement'));
    expect(march?.overdue).toBe(false);
    expect(march?.ageDays).toBe(21);
    const nextAgenda = open.find((s) => s.request.text.includes('Exclusions and Pupil Referral Unit'));
    expect(nextAgenda?.dueDate).toBe('2018-03-01');
  });

  it('answers "did the board ask for census figures?" with the request of minute 4, 20 October 2022, once', () => {
    const answer = engine.ask('did the board ask for census figures?', at('2026-11-22'));
    const found = entries(answer).filter((e) => e.text === 'Up to date Census figures.');
    expect(found).toHaveLength(1);
    expect(found[0]!.cite).toMatchObject({ date: '2022-10-20', minute: '4' });
    expect(answer.title).toMatch(/^Yes: 1 request on "census figures"/);
  });

  it('drops a request marked done from the outstanding list', async () => {
    const { store: own, engine: ownEngine } = await corpusEngine();
    const census = openRequests(contextOf(own, at('2026-11-22').now)).find((s) => s.request.text === 'Up to date Census figures.')!;
    await own.setRequestState(census.request.id, 'done', 'U0COORD', at('2026-11-20').now);
    expect(texts(ownEngine.ask('outstanding requests', at('2026-11-22')))).not.toContain('Up to date Census figures.');
    expect(texts(ownEngine.ask('all requests', at('2026-11-22')))).toContain('Up to date Census figures.');
  });
});

describe('work programme', () => {
  it('as of 10 July 2017: dated meetings in order, then to be determined, then pending', () => {
    const answer = engine.ask('work programme', at('2017-07-10'));
    const headings = answer.sections.map((s) => s.heading);
    expect(headings.slice(0, 2)).toEqual(['Thursday 13 July 2017, 10.00 am', 'Thursday 14 September 2017 (planned)']);
    expect(headings.slice(-2)).toEqual(['Date to be determined', 'Pending items']);
    expect(texts(answer, 'Thursday 13 July 2017, 10.00 am')).toEqual(expect.arrayContaining(['Young Carers', 'Improvement Board Report']));
    expect(texts(answer, 'Date to be determined')).toContain('Private Fostering');
    expect(texts(answer, 'Pending items')).toContain('Voices of Care');
    // Not yet resolved on 10 July 2017.
    expect(texts(answer)).not.toContain('Private Fostering report back');
  });

  it('includes items added by resolution once they were resolved', () => {
    const answer = engine.ask('work programme', at('2018-01-12'));
    const added = entries(answer).find((e) => e.text === 'Private Fostering report back');
    expect(added?.detail?.join(' ')).toContain('Minute 38');
    expect(answer.sections[0]!.heading).toBe('Thursday 1 March 2018 (planned)');
  });
});

describe('history of a topic', () => {
  it('puts items, resolutions, requests and plan entries on private fostering in one timeline', () => {
    const answer = engine.ask('history of private fostering', at('2026-11-22'));
    expect(answer.kind).toBe('history');
    const headings = answer.sections.map((s) => s.heading);
    const jan2018 = headings.indexOf('Thursday 11 January 2018, 2.00 pm');
    const oct2022 = headings.indexOf('Thursday 20 October 2022, 2.30 pm');
    expect(jan2018).toBeGreaterThanOrEqual(0);
    expect(oct2022).toBeGreaterThan(jan2018);
    const jan = entries(answer, 'Thursday 11 January 2018, 2.00 pm');
    expect(jan.find((e) => e.text === 'Private Fostering')?.label).toBe('Discussed · Minute 34');
    expect(jan.filter((e) => e.text === FOSTERING_2018[1])).toHaveLength(1);
    expect(entries(answer).some((e) => e.text === 'Private Fostering' && e.label?.startsWith('Work programme'))).toBe(true);
    expect(entries(answer).filter((e) => e.text === 'Communication materials regarding private fostering.')).toHaveLength(1);
  });

  it('builds any number of entries as the first ones of the whole timeline, plan entries after the others of their date', () => {
    const ctx = contextOf(store, at('2026-11-22').now);
    const whole = topicHistory(ctx, 'ofsted', null, 1000);
    expect(new Set(whole.shown.map((e) => e.kind))).toEqual(new Set(['item', 'resolution', 'request', 'work-programme']));
    expect(whole.shown).toHaveLength(whole.count);
    for (let i = 1; i < whole.shown.length; i++) expect(historyOrder(whole.shown[i - 1]!, whole.shown[i]!)).toBeLessThanOrEqual(0);
    // A plan entry dated like a meeting's entries comes after them; undated ones come last.
    const planned = whole.shown.findIndex((e) => e.kind === 'work-programme' && e.date !== null);
    expect(whole.shown[planned - 1]!.date).toBe(whole.shown[planned]!.date);
    expect(whole.shown[planned + 1]!.date! > whole.shown[planned]!.date!).toBe(true);
    expect(whole.shown.at(-1)!.date).toBeNull();
    for (let limit = 0; limit <= whole.count; limit++) {
      const part = topicHistory(ctx, 'ofsted', null, limit);
      expect(part.count).toBe(whole.count);
      expect(part.dates).toBe(whole.dates);
      expect(part.shown).toEqual(whole.shown.slice(0, limit));
    }
  });
});

describe('attendance', () => {
  it('finds Councillor Masih: attended 16 March 2023, apologies 20 October 2022', () => {
    for (const name of ['Councillor Masih', 'Cllr A Masih', 'Masih']) {
      const record = attendanceOf(contextOf(store, at('2026-11-22').now), name);
      expect(record.attended.map((a) => a.meeting.date)).toEqual(['2023-03-16']);
      expect(record.apologies.map((m) => m.date)).toEqual(['2022-10-20']);
    }
    const answer = engine.ask('attendance of Councillor Masih', at('2026-11-22'));
    expect(texts(answer, 'Attended')).toEqual(['Thursday 16 March 2023, 3.00 pm']);
    expect(texts(answer, 'Apologies sent')).toEqual(['Thursday 20 October 2022, 2.30 pm']);
  });

  it('does not mix up people who share a surname but not an initial', () => {
    expect(attendanceOf(contextOf(store, at('2026-11-22').now), 'Cllr B Masih').attended).toEqual([]);
  });
});

describe('topics that only half match', () => {
  it('does not answer yes to a request on something never asked for', () => {
    const answer = engine.ask('did the board ask for zeppelin figures?', at('2026-11-22'));
    expect(answer.title).toBe('No request on "zeppelin figures" is in the record.');
  });
});
