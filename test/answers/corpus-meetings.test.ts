// Next meeting and meetings on a date, on the bundled corpus.
import { beforeAll, describe, expect, it } from 'vitest';
import type { AnswerEngine } from '../../src/answers/engine.ts';
import { nearestMeetings, nextMeeting } from '../../src/answers/meetings/meeting-queries.ts';
import type { RecordView } from '../../src/answers/record-view.ts';
import type { Meeting } from '../../src/model.ts';
import { contextOf } from './context.ts';
import { renderText } from '../../src/answers/render-text.ts';
import type { Store } from '../../src/store/store.ts';
import { at, corpusEngine, entries, texts } from './corpus.ts';

let store: Store;
let engine: AnswerEngine;
beforeAll(async () => {
  ({ store, engine } = await corpusEngine());
});

describe('next meeting', () => {
  it('as of 10 July 2017 is the agenda of 13 July 2017 in Committee Room 3', () => {
    const answer = engine.ask('next meeting', at('2017-07-10'));
    expect(answer.kind).toBe('next-meeting');
    expect(answer.title).toBe('Next meeting: Thursday 13 July 2017, 10.00 am');
    expect(answer.summary).toContain('Committee Room 3 - Council House');
    expect(answer.summary).toContain('agenda published');
    expect(renderText(answer)).toContain('Support to Young Carers');
  });

  it('is the 13 July meeting until it starts at 10.00 am, then the next one', () => {
    expect(nextMeeting(contextOf(store, at('2017-07-13', '09:59').now))?.date).toBe('2017-07-13');
    expect(nextMeeting(contextOf(store, at('2017-07-13', '10:01').now))?.date).toBe('2017-09-14');
  });

  it('as of 14 July 2017 is 14 September 2017, known from the work programme and labelled planned', () => {
    const answer = engine.ask('when is the next meeting?', at('2017-07-14'));
    expect(answer.title).toBe('Next meeting (planned): Thursday 14 September 2017');
    expect(answer.summary).toMatch(/planned/);
    expect(texts(answer)).toContain('LSCB Interim Annual Report');
  });

  it('as of 3 January 2018 is 11 January 2018, 2.00 pm, without the minutes of a meeting yet to happen', () => {
    const answer = engine.ask('next mtg', at('2018-01-03'));
    expect(answer.title).toBe('Next meeting: Thursday 11 January 2018, 2.00 pm');
    expect(answer.sections.map((s) => s.heading)).not.toContain('Resolutions');
    expect(texts(answer, 'Agenda')).toContain('Private Fostering');
  });

  it('as of 2 January 2018 has no agenda for 11 January yet: five clear working days of notice start on the 3rd', () => {
    const answer = engine.ask('next mtg', at('2018-01-02', '23:00'));
    expect(answer.title).toBe('Next meeting: Thursday 11 January 2018, 2.00 pm');
    expect(texts(answer, 'Agenda')).not.toContain('Private Fostering');
  });

  it('as of 1 September 2022 is not known: 20 October 2022 is known only from minutes written after it', () => {
    const answer = engine.ask('when is the next meeting', at('2022-09-01'));
    expect(answer.title).toMatch(/^No future meeting is known/);
    expect(answer.title).not.toMatch(/20 October 2022/);
  });

  it('as of 12 January 2018 is the planned meeting of 1 March 2018', () => {
    expect(engine.ask('next meeting', at('2018-01-12')).title).toBe('Next meeting (planned): Thursday 1 March 2018');
  });

  it('as of 2 March 2018 is 29 March 2018, a date the work programme lists with no item yet', () => {
    expect(engine.ask('next meeting', at('2018-03-02')).title).toBe('Next meeting (planned): Thursday 29 March 2018');
  });

  it('as of today, with none known, says so and shows 16 March 2023 as past', () => {
    const answer = engine.ask('next meeting', at('2026-11-22'));
    expect(answer.kind).toBe('next-meeting');
    expect(answer.title).toBe('No future meeting is known. The most recent meeting was Thursday 16 March 2023, 3.00 pm.');
    const text = renderText(answer);
    expect(text).not.toMatch(/next meeting:|upcoming/i);
    expect(text).toContain('has already taken place');
    expect(texts(answer, 'Items')).toContain('Early Years Strategy');
  });
});

describe('a meeting on a date', () => {
  it.each(['meeting on 11 January 2018', 'minutes 11/01/2018', 'what happened on 11th Jan?', '11th Jan'])(
    '%s -> 11 January 2018 with chair, attendance, items and resolutions',
    (question) => {
      const answer = engine.ask(question, at('2026-11-22'));
      expect(answer.kind).toBe('meeting');
      expect(answer.summary).toMatch(/^Thursday 11 January 2018, 2\.00 pm/);
      const attendance = entries(answer, 'Attendance');
      expect(attendance.find((e) => e.label === 'Chair')?.text).toBe('Councillor M Mutton');
      expect(attendance.find((e) => e.label === 'Apologies')?.text).toContain('Councillor Miks');
      const resolutions = entries(answer, 'Resolutions');
      expect(resolutions.find((e) => e.text === 'Notes the briefing note.')?.label).toBe('Minute 34 · Private Fostering');
      expect(resolutions.find((e) => e.text === 'Requests a report back following implementation of the promotion/ communication plan.')?.cite?.minute).toBe('34');
    },
  );

  it('reads "agenda 13/07/2017" as the agenda of 13 July 2017 with report authors and pages', () => {
    const answer = engine.ask('agenda 13/07/2017', at('2026-11-22'));
    const item = entries(answer, 'Agenda').find((e) => e.text === 'Support to Young Carers');
    expect(item?.label).toBe('Item 4');
    expect(item?.detail).toEqual(expect.arrayContaining(['Briefing Note of the Deputy Chief Executive (People)', 'Pages 7 - 12']));
  });

  it('says plainly when a date has no meeting, and when a date cannot exist', () => {
    expect(engine.ask('meeting on 12 January 2018').title).toBe('No meeting is known on Friday 12 January 2018.');
    const bad = engine.ask('agenda 31/02/2018');
    expect(bad.kind).toBe('notice');
    expect(bad.title).toBe('"31/02/2018" is not a real date.');
  });

  it('lists the nearest meetings known, as a sort of the whole calendar by distance would', () => {
    const nearest = engine.ask('meeting on 12 January 2018');
    expect(nearest.sections[0]?.heading).toBe('Nearest meetings known');
    expect(nearest.sections[0]?.entries.map((e) => e.text)[0]).toContain('11 January 2018');
    // Several meetings a day, and days equally far on either side: nearest first, equals in calendar order.
    const dates = ['2020-01-06', '2020-01-06', '2020-01-08', '2020-01-10', '2020-01-10', '2020-01-10', '2020-01-12', '2020-01-20', '2020-01-20'];
    const calendar = dates.map((date, i) => ({ id: `m${i}`, date }) as Meeting);
    const view = { calendar } as unknown as RecordView;
    const whole = (date: string) => [...calendar].sort((a, b) => Math.abs(Date.parse(a.date!) - Date.parse(date)) - Math.abs(Date.parse(b.date!) - Date.parse(date)));
    for (const date of ['2019-12-01', '2020-01-06', '2020-01-07', '2020-01-09', '2020-01-10', '2020-01-11', '2020-01-16', '2020-02-01']) {
      for (const count of [1, 3, 5]) expect(nearestMeetings(view, date, count).map((m) => m.id), `${date} ${count}`).toEqual(whole(date).slice(0, count).map((m) => m.id));
    }
  });

  it('names each source document', () => {
    const answer = engine.ask('meeting on 20 October 2022');
    expect(answer.notes?.join(' ')).toContain('2022-10-20-minutes.md');
  });
});

describe('one municipal year of the work programme', () => {
  it('asked years later, is that year as planned, not the programme from today', () => {
    const answer = engine.ask('work programme 2017/18', at('2023-04-01'));
    expect(answer.title).toMatch(/^Work programme 2017\/18: \d+ items$/);
    const text = renderText(answer);
    expect(text).toContain('Ofsted Inspection Report');
    expect(text).not.toContain('Family Values');
  });

  it('"23/24" is the items the minutes add to that year', () => {
    const text = renderText(engine.ask('whats on the work programme for 23/24', at('2023-04-01')));
    expect(text).toContain('Family Values');
    expect(text).not.toContain('Ofsted Inspection Report');
  });
});

describe('when a topic is due', () => {
  it('names the open request of officers and its due date when no agenda or dated plan does', () => {
    const answer = engine.ask('when is the audit update due', at('2018-02-01'));
    expect(answer.title).toContain('Officers were asked on Thursday 11 January 2018 (minute 35), due in March 2018; still open.');
    expect(answer.sections.map((s) => s.heading)).toContain('Asked of officers, still open');
  });

  it('knows nothing of a request raised after the day asked', () => {
    const answer = engine.ask('when is the audit update due', at('2018-01-05'));
    expect(answer.title).not.toContain('Officers were asked');
    expect(answer.sections.map((s) => s.heading)).not.toContain('Asked of officers, still open');
  });
});

describe('"did we send / did we get" with no request on it', () => {
  it('gives the decision that named it', () => {
    const answer = engine.ask('did we send a congrats letter about youth justice', at('2023-04-01'));
    expect(answer.title).toContain('the board decided on it on Thursday 16 March 2023 (minute 30)');
    expect(renderText(answer)).toContain('Youth Justice System Ofsted result of Outstanding');
  });

  it('gives what the papers said', () => {
    const answer = engine.ask('did we get the return home interview numbers we asked for', at('2017-07-20'));
    expect(answer.sections.map((s) => s.heading)).toContain('From the papers');
    expect(renderText(answer)).toContain('Five young people declined a return home interview');
  });
});

describe('members asking in their own words', () => {
  it('"any mention of EHCPs" finds the minute that writes the plan out', () => {
    const text = renderText(engine.ask('any mention of EHCPs', at('2023-04-01')));
    expect(text).toContain('Minute 27');
  });

  it('"were the feb minutes signed off" quotes the later minutes that agreed them', () => {
    const text = renderText(engine.ask('were the feb minutes signed off', at('2023-04-01'))).replace(/\s+/g, ' ');
    expect(text).toContain('agreed and signed as a true record');
  });
});

describe('how long a meeting lasted', () => {
  it('is read as that meeting, whose answer gives when it opened and closed', () => {
    const answer = engine.ask('how long did the march meeting last', at('2023-04-01'));
    expect(answer.kind).toBe('meeting');
    expect(answer.summary).toContain('Thursday 16 March 2023, 3.00 pm to 5.00 pm (2 hours)');
  });
});
