import { describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';
import type { Store } from '../../src/store/store.ts';
import { describeSubscriptions, remindCommand, type RemindContext } from '../../src/reminders/remind-command.ts';
import { parseClockTime, parseRemindWords, parseWeekday } from '../../src/reminders/remind-words.ts';
import { storeWithMeetings } from './fixtures.ts';

const clock = new ManualClock('2017-10-20T12:00:00Z');

function ctx(store: Store, overrides: Partial<RemindContext> = {}): RemindContext {
  return { store, clock, channel: 'C1', user: 'U0COORD', isAdmin: true, ...overrides };
}

describe('reading the words after "remind"', () => {
  it('reads agenda and requests with their defaults and options', () => {
    expect(parseRemindWords('agenda')).toEqual({ ok: true, value: { action: 'agenda', daysBefore: 7, at: '09:00' } });
    expect(parseRemindWords('agenda 3 days before at 08:30')).toEqual({ ok: true, value: { action: 'agenda', daysBefore: 3, at: '08:30' } });
    expect(parseRemindWords('Agenda 1 day before')).toEqual({ ok: true, value: { action: 'agenda', daysBefore: 1, at: '09:00' } });
    expect(parseRemindWords('agenda at 2.30 pm')).toEqual({ ok: true, value: { action: 'agenda', daysBefore: 7, at: '14:30' } });
    expect(parseRemindWords('requests')).toEqual({ ok: true, value: { action: 'requests', cadence: { every: 'week', day: 1 }, at: '09:00' } });
    expect(parseRemindWords('requests weekly on Fridays at 16:00')).toEqual({ ok: true, value: { action: 'requests', cadence: { every: 'week', day: 5 }, at: '16:00' } });
    expect(parseRemindWords('requests on thurs')).toEqual({ ok: true, value: { action: 'requests', cadence: { every: 'week', day: 4 }, at: '09:00' } });
    expect(parseRemindWords('requests monthly at 10:00')).toEqual({ ok: true, value: { action: 'requests', cadence: { every: 'month' }, at: '10:00' } });
    expect(parseRemindWords('list')).toEqual({ ok: true, value: { action: 'list' } });
    expect(parseRemindWords('off all')).toEqual({ ok: true, value: { action: 'off', what: 'all' } });
  });

  it('refuses what it cannot read, saying why', () => {
    for (const [words, why] of [
      ['agenda at 25:99', /"25:99" is not a time of day/],
      ['requests weekly on Funday', /"funday" is not a day of the week/],
      ['agenda -3 days before', /whole number of days/],
      ['agenda 90 days before', /from 0 to 60/],
      ['agenda at', /time after "at"/],
      ['off', /which reminders to stop/],
      ['off everything', /not a kind of reminder/],
      ['weather', /not a reminder I know/],
      ['agenda soon', /did not understand "soon"/],
    ] as const) {
      const parsed = parseRemindWords(words);
      expect(parsed.ok, words).toBe(false);
      if (!parsed.ok) expect(parsed.problem).toMatch(why);
    }
  });

  it('reads times and days as people write them', () => {
    expect(parseClockTime('9:05')).toBe('09:05');
    expect(parseClockTime('12am')).toBe('00:00');
    expect(parseClockTime('12pm')).toBe('12:00');
    expect(parseClockTime('24:00')).toBeNull();
    expect(parseClockTime('9')).toBe('09:00');
    expect(parseClockTime('13pm')).toBeNull();
    expect(parseClockTime('9:5')).toBeNull();
    expect(parseWeekday('Weds')).toBe(3);
    expect(parseWeekday('sun')).toBe(0);
    expect(parseWeekday('mo')).toBeNull();
  });
});

describe('/scrutiny remind', () => {
  it('a co-ordinator subscribes, lists and turns reminders off, per channel', async () => {
    const store = await storeWithMeetings([{ date: '2017-11-02' }]);
    const set = await remindCommand('agenda 7 days before at 09:00', ctx(store));
    expect(set.kind).toBe('reminders');
    expect(set.title).toBe("This channel will get each meeting's agenda 7 days before, at 09:00 (UK time).");
    // The next post is said in London time: 09:00 BST on 26 October is 08:00Z.
    expect(set.sections[0]!.entries[0]!.detail).toEqual(['Next: Thursday 26 October 2017, 9.00 am (meeting of Thursday 2 November 2017)']);
    await remindCommand('requests monthly at 10:00', ctx(store));
    await remindCommand('agenda 2 days before', ctx(store, { channel: 'C2' }));
    expect(store.state().subscriptions).toHaveLength(3);
    expect(store.state().subscriptions.find((s) => s.id === 'C1:agenda')).toMatchObject({ daysBefore: 7, at: '09:00', createdBy: 'U0COORD', paused: null });

    const list = await remindCommand('list', ctx(store, { isAdmin: false, user: 'U0MEMBER' }));
    expect(list.sections[0]!.entries.map((e) => e.text)).toEqual(['agenda 7 days before at 09:00', 'requests monthly on the 1st at 10:00']);
    expect(describeSubscriptions(store.state().subscriptions)).toEqual([
      '#C1: agenda 7 days before at 09:00',
      '#C1: requests monthly on the 1st at 10:00',
      '#C2: agenda 2 days before at 09:00',
    ]);

    const changed = await remindCommand('agenda 3 days before at 08:30', ctx(store));
    expect(changed.sections[0]!.entries.map((e) => e.text)).toContain('agenda 3 days before at 08:30');
    expect(store.state().subscriptions).toHaveLength(3);

    const off = await remindCommand('off requests', ctx(store));
    expect(off.title).toBe('Requests digests in this channel are off.');
    expect(store.state().subscriptions.map((s) => s.id).sort()).toEqual(['C1:agenda', 'C2:agenda']);
    await remindCommand('off all', ctx(store));
    expect(store.state().subscriptions.map((s) => s.id)).toEqual(['C2:agenda']);
  });

  it('refuses changes from anyone but a co-ordinator, and changes nothing', async () => {
    const store = openMemoryStore();
    await remindCommand('agenda', ctx(store));
    const before = JSON.stringify(store.state());
    for (const words of ['agenda 1 day before', 'requests', 'off all']) {
      const answer = await remindCommand(words, ctx(store, { isAdmin: false, user: 'U0MEMBER' }));
      expect(answer.title).toMatch(/Only the scrutiny co-ordinators can change reminders/);
    }
    expect(JSON.stringify(store.state())).toBe(before);
  });

  it('malformed input gets a clear answer and changes nothing', async () => {
    const store = openMemoryStore();
    await remindCommand('requests weekly on Monday', ctx(store));
    const before = JSON.stringify(store.state());
    for (const words of ['agenda at 25:99', 'requests on Funday', 'agenda -3 days']) {
      const answer = await remindCommand(words, ctx(store));
      expect(answer.title).toMatch(/^Nothing changed: /);
      expect(answer.notes?.join('\n')).toContain('/scrutiny remind agenda');
    }
    expect(JSON.stringify(store.state())).toBe(before);
  });

  it('news posts can be turned off and on again for a channel', async () => {
    const store = openMemoryStore();
    expect((await remindCommand('news off', ctx(store))).title).toMatch(/no reminders yet/);
    await remindCommand('agenda', ctx(store));
    await remindCommand('requests', ctx(store));
    const off = await remindCommand('news off', ctx(store));
    expect(off.title).toBe('This channel will no longer get posts about new minutes or agendas.');
    expect(store.state().subscriptions.map((s) => s.newMinutes)).toEqual([false, false]);
    expect(off.sections[0]!.entries[0]!.text).toBe('agenda 7 days before at 09:00 (no news posts)');
    // A change of time keeps the channel's choice.
    await remindCommand('agenda at 10:00', ctx(store));
    expect(store.state().subscriptions.every((s) => !s.newMinutes)).toBe(true);
    await remindCommand('news on', ctx(store));
    expect(store.state().subscriptions.every((s) => s.newMinutes)).toBe(true);
    expect((await remindCommand('news maybe', ctx(store))).title).toMatch(/^Nothing changed: say `news on` or `news off`/);
  });

  it('shows a paused subscription with its reason', async () => {
    const store = openMemoryStore();
    await remindCommand('agenda', ctx(store));
    await store.updateState((s) => {
      s.subscriptions[0]!.paused = { reason: 'the channel was archived', at: '2017-10-21T10:00:00.000Z' };
    });
    const list = await remindCommand('', ctx(store));
    expect(list.sections[0]!.entries[0]!.detail![0]).toMatch(/^Paused since Saturday 21 October 2017, 11.00 am: the channel was archived/);
    expect(describeSubscriptions(store.state().subscriptions, (c) => `<#${c}>`)).toEqual(['<#C1>: agenda 7 days before at 09:00 (paused: the channel was archived)']);
    // Setting it again resumes it.
    await remindCommand('agenda', ctx(store));
    expect(store.state().subscriptions[0]!.paused).toBeNull();
  });
});
