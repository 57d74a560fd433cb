import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack.ts';
import { startReminders } from '../../src/reminders/scheduler.ts';
import { createLogger } from '../../src/logger.ts';
import { ParsedDocument } from '../../src/model.ts';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { openStore } from '../../src/store/lowdb-store.ts';
import { READ_TOO_SOON, storeReadOnlyOnceReady } from '../support/record-later.ts';
import { addMeetings, COORDINATOR, reminderPosts, startSlackReminders, storeWithMeetings, subscribe, unusedEngine } from './fixtures.ts';

let slack: FakeSlack;
beforeEach(async () => {
  slack = await startFakeSlack();
});
afterEach(async () => {
  await slack.close();
});

const text = (m: { text?: string }) => m.text ?? '';

describe('agenda reminders at London time across the clock changes', () => {
  it('fires once at 09:00 BST (08:00Z) for a meeting after the last Sunday of October', async () => {
    // Clocks go back on Sunday 29 October 2017; the meeting is the Thursday after, the reminder the Thursday before.
    const store = await storeWithMeetings([{ date: '2017-11-02' }]);
    await subscribe(store, { channel: 'C1', kind: 'agenda', createdAt: '2017-10-01T12:00:00Z' });
    const clock = new ManualClock('2017-10-26T07:59:00Z');
    const reminders = startSlackReminders(store, clock, slack);
    await reminders.tick();
    expect(reminderPosts(slack, 'C1')).toHaveLength(0);
    clock.set('2017-10-26T08:00:00Z');
    await reminders.tick();
    clock.set('2017-10-26T09:00:00Z');
    await reminders.tick();
    clock.set('2017-11-02T09:30:00Z');
    await reminders.tick();
    const posts = reminderPosts(slack, 'C1');
    expect(posts).toHaveLength(1);
    expect(text(posts[0]!)).toContain('Reminder: meeting on Thursday 2 November 2017, 10.00 am');
    expect(text(posts[0]!)).not.toContain('Late');
    const delivery = Object.values(store.state().deliveries)[0]!;
    expect(delivery).toMatchObject({ state: 'sent', dueAt: '2017-10-26T08:00:00.000Z', ts: posts[0]!.ts, late: false });
    expect(posts[0]!.metadata?.event_payload.key).toBe(delivery.key);
    reminders.stop();
  });

  it('fires once at 09:00 GMT (09:00Z) for a meeting after the last Sunday of March', async () => {
    // Clocks go forward on Sunday 25 March 2018: 09:00 on Thursday 22 March is still GMT.
    const store = await storeWithMeetings([{ date: '2018-03-29' }]);
    await subscribe(store, { channel: 'C1', kind: 'agenda', createdAt: '2018-03-01T12:00:00Z' });
    const clock = new ManualClock('2018-03-22T08:00:00Z');
    const reminders = startSlackReminders(store, clock, slack);
    await reminders.tick();
    expect(reminderPosts(slack, 'C1')).toHaveLength(0);
    clock.set('2018-03-22T09:00:00Z');
    await reminders.tick();
    await reminders.tick();
    expect(reminderPosts(slack, 'C1')).toHaveLength(1);
    expect(Object.values(store.state().deliveries)[0]!.dueAt).toBe('2018-03-22T09:00:00.000Z');
    reminders.stop();
  });

  it('posts the agenda with its items, report authors, place and committee', async () => {
    const store = await storeWithMeetings([{ date: '2017-11-02', items: ['Apologies and Substitutions', 'Private Fostering', 'School Attainment'] }]);
    await subscribe(store, { channel: 'C1', kind: 'agenda', createdAt: '2017-10-01T12:00:00Z', daysBefore: 3, at: '08:30' });
    const clock = new ManualClock('2017-10-30T08:30:00Z');
    const reminders = startSlackReminders(store, clock, slack);
    await reminders.tick();
    const [post] = reminderPosts(slack, 'C1');
    const body = JSON.stringify(post!.blocks);
    expect(body).toContain('Private Fostering');
    expect(body).toContain('School Attainment');
    expect(body).toContain("Briefing Note of the Director of Children's Services");
    expect(body).toContain('Diamond Room 2, Council House, Coventry');
  });
});

describe('exactly once through restarts', () => {
  it('restart before the send: the new process posts it once, on time', async () => {
    const store = await storeWithMeetings([{ date: '2017-11-02' }]);
    await subscribe(store, { channel: 'C1', kind: 'agenda', createdAt: '2017-10-01T12:00:00Z' });
    const clock = new ManualClock('2017-10-26T07:00:00Z');
    const first = startSlackReminders(store, clock, slack);
    await first.tick();
    first.stop();
    clock.set('2017-10-26T08:00:10Z');
    const second = startSlackReminders(store, clock, slack);
    await second.tick();
    await second.tick();
    expect(reminderPosts(slack, 'C1')).toHaveLength(1);
    expect(text(reminderPosts(slack, 'C1')[0]!)).not.toContain('Late');
  });

  it('restart after the send: nothing is posted again', async () => {
    const store = await storeWithMeetings([{ date: '2017-11-02' }]);
    await subscribe(store, { channel: 'C1', kind: 'agenda', createdAt: '2017-10-01T12:00:00Z' });
    const clock = new ManualClock('2017-10-26T08:00:00Z');
    const first = startSlackReminders(store, clock, slack);
    await first.tick();
    first.stop();
    clock.advance(60_000);
    const second = startSlackReminders(store, clock, slack);
    await second.tick();
    expect(slack.calls('chat.postMessage')).toHaveLength(1);
  });

  it('restart during the send, post already in the channel: found by its key, not posted again', async () => {
    const store = await storeWithMeetings([{ date: '2017-11-02' }]);
    await subscribe(store, { channel: 'C1', kind: 'agenda', createdAt: '2017-10-01T12:00:00Z' });
    const meetingId = store.record().meetings[0]!.id;
    const key = `C1|agenda|${meetingId}`;
    await store.updateState((s) => {
      s.deliveries[key] = { key, channel: 'C1', state: 'pending', dueAt: '2017-10-26T08:00:00.000Z', updatedAt: '2017-10-26T08:00:00.000Z', late: false, ts: null, reason: null };
    });
    slack.seedMessage('C1', { text: 'older message' });
    const seeded = slack.seedMessage('C1', { text: 'Reminder: meeting on ...', metadata: { event_type: 'scrutiny_reminder', event_payload: { key } } });
    slack.seedMessage('C1', { text: 'a member replied' });
    const clock = new ManualClock('2017-10-26T08:00:30Z');
    const reminders = startSlackReminders(store, clock, slack);
    await reminders.tick();
    expect(slack.calls('conversations.history')).toHaveLength(1);
    expect(slack.calls('chat.postMessage')).toHaveLength(0);
    expect(store.state().deliveries[key]).toMatchObject({ state: 'sent', ts: seeded.ts });
  });

  it('restart during the send, post not in the channel: posted once', async () => {
    const store = await storeWithMeetings([{ date: '2017-11-02' }]);
    await subscribe(store, { channel: 'C1', kind: 'agenda', createdAt: '2017-10-01T12:00:00Z' });
    const key = `C1|agenda|${store.record().meetings[0]!.id}`;
    await store.updateState((s) => {
      s.deliveries[key] = { key, channel: 'C1', state: 'pending', dueAt: '2017-10-26T08:00:00.000Z', updatedAt: '2017-10-26T08:00:00.000Z', late: false, ts: null, reason: null };
    });
    slack.seedMessage('C1', { text: 'a reminder of another meeting', metadata: { event_type: 'scrutiny_reminder', event_payload: { key: 'C1|agenda|other' } } });
    const clock = new ManualClock('2017-10-26T08:00:30Z');
    const reminders = startSlackReminders(store, clock, slack);
    await reminders.tick();
    await reminders.tick();
    expect(reminderPosts(slack, 'C1').filter((m) => m.metadata?.event_payload.key === key)).toHaveLength(1);
    expect(store.state().deliveries[key]!.state).toBe('sent');
  });

  it('a lost answer (HTTP 500) is checked against the channel, then sent once', async () => {
    const store = await storeWithMeetings([{ date: '2017-11-02' }]);
    await subscribe(store, { channel: 'C1', kind: 'agenda', createdAt: '2017-10-01T12:00:00Z' });
    slack.failNext('chat.postMessage', { status: 500 });
    const clock = new ManualClock('2017-10-26T08:00:00Z');
    const reminders = startSlackReminders(store, clock, slack);
    await reminders.tick();
    // The client must not have retried by itself.
    expect(slack.calls('chat.postMessage')).toHaveLength(1);
    expect(Object.values(store.state().deliveries)[0]!.state).toBe('pending');
    clock.advance(30_000);
    await reminders.tick();
    expect(slack.calls('conversations.history')).toHaveLength(1);
    expect(reminderPosts(slack, 'C1')).toHaveLength(1);
    expect(Object.values(store.state().deliveries)[0]!.state).toBe('sent');
  });

  it('two ticks racing post once', async () => {
    const store = await storeWithMeetings([{ date: '2017-11-02' }]);
    await subscribe(store, { channel: 'C1', kind: 'agenda', createdAt: '2017-10-01T12:00:00Z' });
    slack.failNext('chat.postMessage', { delayMs: 200 });
    const clock = new ManualClock('2017-10-26T08:00:00Z');
    const reminders = startSlackReminders(store, clock, slack);
    await Promise.all([reminders.tick(), reminders.tick(), reminders.tick()]);
    expect(slack.calls('chat.postMessage')).toHaveLength(1);
  });
});

describe('meetings only planned in the work programme', () => {
  it('are reminded of as planned, and not again once their agenda arrives', async () => {
    const store = await storeWithMeetings([]);
    await store.ingest(
      ParsedDocument.parse({
        kind: 'work-programme',
        workProgramme: [
          { year: '2017/18', date: '2017-11-09', slot: 'dated', title: 'Children Missing Education', leads: ['Director of Education'] },
          { year: '2017/18', date: null, slot: 'pending', title: 'School Transport' },
        ],
      }),
      { name: 'work-programme.txt', sha256: 'sha-wp', bytes: 100, kind: 'work-programme' },
    );
    await subscribe(store, { channel: 'C1', kind: 'agenda', createdAt: '2017-10-01T12:00:00Z' });
    const clock = new ManualClock('2017-11-02T09:00:00Z');
    const reminders = startSlackReminders(store, clock, slack);
    await reminders.tick();
    const posts = reminderPosts(slack, 'C1');
    expect(posts).toHaveLength(1);
    expect(text(posts[0]!)).toContain('Reminder: planned meeting on Thursday 9 November 2017');
    expect(JSON.stringify(posts[0]!.blocks)).toContain('Children Missing Education');

    // The agenda for that date is published: the same meeting, already reminded of.
    await store.ingest(
      ParsedDocument.parse({
        kind: 'agenda-pack',
        meetings: [{ committee: 'Scrutiny Board (2)', date: '2017-11-09', time: '10:00', kind: 'agenda', items: [{ number: '1', title: 'Children Missing Education' }] }],
      }),
      { name: 'agenda.txt', sha256: 'sha-agenda', bytes: 100, kind: 'agenda-pack' },
    );
    clock.advance(60_000);
    await reminders.tick();
    expect(reminderPosts(slack, 'C1')).toHaveLength(1);
  });

  it('a meeting whose id changed is not reminded of twice', async () => {
    const store = await storeWithMeetings([{ date: '2017-11-09' }]);
    await subscribe(store, { channel: 'C1', kind: 'agenda', createdAt: '2017-10-01T12:00:00Z' });
    // Reminded of while it was known only from the plan, under the plan's id.
    const key = 'C1|agenda|plan:2017-11-09';
    await store.updateState((s) => {
      s.deliveries[key] = { key, channel: 'C1', state: 'sent', dueAt: '2017-11-02T09:00:00.000Z', updatedAt: '2017-11-02T09:00:01.000Z', late: false, ts: '1.000001', reason: null };
    });
    const reminders = startSlackReminders(store, new ManualClock('2017-11-02T09:00:30Z'), slack);
    await reminders.tick();
    expect(slack.calls('chat.postMessage')).toHaveLength(0);
  });
});

describe('meetings that become known after their reminder time', () => {
  it('are not reminded of late while the bot was running: the reminder is for meetings known when it falls due', async () => {
    const store = await storeWithMeetings([]);
    await subscribe(store, { channel: 'C1', kind: 'agenda', createdAt: '2017-10-01T12:00:00Z' });
    const clock = new ManualClock('2017-10-25T12:00:00Z');
    const reminders = startSlackReminders(store, clock, slack);
    await reminders.tick();
    clock.set('2017-10-30T12:00:00Z');
    await reminders.tick();
    // The agenda of 2 November arrives on 30 October, after its reminder time (26 October).
    await store.ingest(
      ParsedDocument.parse({
        kind: 'agenda-pack',
        meetings: [{ committee: 'Scrutiny Board (2)', date: '2017-11-02', time: '10:00', kind: 'agenda', items: [{ number: '1', title: 'Private Fostering' }] }],
      }),
      { name: 'agenda.txt', sha256: 'sha-late-agenda', bytes: 100, kind: 'agenda-pack' },
    );
    clock.advance(30_000);
    await reminders.tick();
    expect(slack.calls('chat.postMessage')).toHaveLength(0);
    expect(Object.values(store.state().deliveries)).toMatchObject([{ state: 'skipped', reason: 'the meeting was not known when its reminder fell due' }]);
  });
});

describe('missed while the bot was down', () => {
  it('an agenda reminder still useful is posted late, marked as such', async () => {
    const store = await storeWithMeetings([{ date: '2017-11-02' }]);
    await subscribe(store, { channel: 'C1', kind: 'agenda', createdAt: '2017-10-01T12:00:00Z' });
    const clock = new ManualClock('2017-10-31T12:00:00Z');
    const reminders = startSlackReminders(store, clock, slack);
    await reminders.tick();
    const posts = reminderPosts(slack, 'C1');
    expect(posts).toHaveLength(1);
    expect(text(posts[0]!)).toMatch(/^Late reminder: meeting on Thursday 2 November 2017/);
    expect(Object.values(store.state().deliveries)[0]).toMatchObject({ state: 'sent', late: true });
  });

  it('one too late is skipped and logged, never posted; so are digests more than a day old', async () => {
    const store = await storeWithMeetings([{ date: '2017-11-02' }, { date: '2017-11-16' }]);
    await subscribe(store, { channel: 'C1', kind: 'agenda', createdAt: '2017-10-01T12:00:00Z' });
    await subscribe(store, { channel: 'C2', kind: 'requests', createdAt: '2017-10-01T12:00:00Z' });
    // Down from before 26 October until after the first meeting began; the second's reminder (9 November) is not due yet.
    const clock = new ManualClock('2017-11-02T11:00:00Z');
    const reminders = startSlackReminders(store, clock, slack);
    await reminders.tick();
    expect(slack.calls('chat.postMessage')).toHaveLength(0);
    const deliveries = Object.values(store.state().deliveries);
    // The agenda reminder of 26 October and the Monday digests of 2 October to 30 October.
    expect(deliveries.filter((d) => d.state === 'skipped').map((d) => d.key.split('|')[1])).toEqual(
      expect.arrayContaining(['agenda', 'requests']),
    );
    expect(deliveries.every((d) => d.state === 'skipped')).toBe(true);
    expect(reminders.logger.lines.some((l) => /Skipped C1\|agenda\|.*no longer useful/.test(l))).toBe(true);
    // Nothing skipped comes back later.
    clock.advance(60_000);
    await reminders.tick();
    expect(slack.calls('chat.postMessage')).toHaveLength(0);
  });

  it('of several digests missed, only the newest is posted (late), the rest skipped', async () => {
    const store = await storeWithMeetings([]);
    await subscribe(store, { channel: 'C2', kind: 'requests', createdAt: '2017-10-01T12:00:00Z', cadence: { every: 'week', day: 1 } });
    // Monday 30 October 2017 09:00 GMT was 4 hours ago; earlier Mondays were missed too.
    const clock = new ManualClock('2017-10-30T13:00:00Z');
    const reminders = startSlackReminders(store, clock, slack);
    await reminders.tick();
    const posts = reminderPosts(slack, 'C2');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.metadata?.event_payload.key).toBe('C2|requests|2017-10-30');
    expect(text(posts[0]!)).toMatch(/^Late reminder: All clear/);
    // Mondays 2, 9, 16 and 23 October.
    expect(Object.values(store.state().deliveries).filter((d) => d.state === 'skipped')).toHaveLength(4);
  });
});

describe("Slack's pace and refusals", () => {
  it('waits out a 429 for its Retry-After, then posts once', async () => {
    const store = await storeWithMeetings([{ date: '2017-11-02' }]);
    await subscribe(store, { channel: 'C1', kind: 'agenda', createdAt: '2017-10-01T12:00:00Z' });
    slack.failNext('chat.postMessage', { status: 429, retryAfter: 1 });
    const waits: number[] = [];
    const clock = new ManualClock('2017-10-26T08:00:00Z');
    const reminders = startSlackReminders(store, clock, slack, {
      sleep: (ms) => {
        waits.push(ms);
        return new Promise((r) => setTimeout(r, ms));
      },
    });
    await reminders.tick();
    expect(waits).toContain(1000);
    expect(slack.calls('chat.postMessage')).toHaveLength(2);
    expect(reminderPosts(slack, 'C1')).toHaveLength(1);
    expect(Object.values(store.state().deliveries)[0]!.state).toBe('sent');
  });

  it('blocks Slack refuses: the fallback text is posted instead, once', async () => {
    const store = await storeWithMeetings([{ date: '2017-11-02' }]);
    await subscribe(store, { channel: 'C1', kind: 'agenda', createdAt: '2017-10-01T12:00:00Z' });
    slack.failNext('chat.postMessage', { error: 'invalid_blocks' });
    const reminders = startSlackReminders(store, new ManualClock('2017-10-26T08:00:00Z'), slack);
    await reminders.tick();
    const posts = reminderPosts(slack, 'C1');
    expect(posts).toHaveLength(1);
    expect(posts[0]!.blocks).toBeUndefined();
    expect(text(posts[0]!)).toContain('Reminder: meeting on Thursday 2 November 2017');
  });

  it('keeps about a second between posts to one channel', async () => {
    const store = await storeWithMeetings([{ date: '2017-11-02' }, { date: '2017-11-03' }]);
    await subscribe(store, { channel: 'C1', kind: 'agenda', createdAt: '2017-10-01T12:00:00Z' });
    const waits: number[] = [];
    const clock = new ManualClock('2017-10-27T08:00:00Z');
    const reminders = startSlackReminders(store, clock, slack, {
      sleep: async (ms) => {
        waits.push(ms);
      },
    });
    await reminders.tick();
    expect(reminderPosts(slack, 'C1')).toHaveLength(2);
    expect(waits.length).toBeGreaterThanOrEqual(1);
    expect(waits[0]).toBeGreaterThan(500);
  });

  it('not_in_channel: the subscription is paused, the co-ordinator told, nothing crashes', async () => {
    const store = await storeWithMeetings([{ date: '2017-11-02' }]);
    await subscribe(store, { channel: 'C1', kind: 'agenda', createdAt: '2017-10-01T12:00:00Z' });
    await subscribe(store, { channel: 'C1', kind: 'requests', createdAt: '2017-10-01T12:00:00Z' });
    slack.setChannel('C1', { is_member: false });
    const clock = new ManualClock('2017-10-26T08:00:00Z');
    const reminders = startSlackReminders(store, clock, slack);
    await reminders.tick();
    const dm = await slack.waitFor('chat.postMessage', { where: (c) => c.body.channel === COORDINATOR });
    expect(dm.body.text).toContain('not_in_channel');
    expect(dm.body.text).toContain('paused');
    expect(store.state().subscriptions.every((s) => s.paused?.reason.includes('not_in_channel'))).toBe(true);
    expect(Object.values(store.state().deliveries).find((d) => d.key.startsWith('C1|agenda|'))).toMatchObject({ state: 'failed', reason: 'not_in_channel' });
    // Paused: later ticks do not try the channel again.
    slack.clearCalls();
    clock.set('2017-10-30T09:00:00Z');
    await reminders.tick();
    expect(slack.calls('chat.postMessage')).toHaveLength(0);
  });

  it('an archived channel pauses too', async () => {
    const store = await storeWithMeetings([{ date: '2017-11-02' }]);
    await subscribe(store, { channel: 'C9', kind: 'agenda', createdAt: '2017-10-01T12:00:00Z' });
    slack.setChannel('C9', { is_archived: true });
    const clock = new ManualClock('2017-10-26T08:00:00Z');
    const reminders = startSlackReminders(store, clock, slack);
    await reminders.tick();
    expect(store.state().subscriptions[0]!.paused?.reason).toBe('the channel was archived');
  });
});

describe('the timer', () => {
  it('ticks by itself once started, and stops', async () => {
    const store = await storeWithMeetings([{ date: '2017-11-02' }]);
    await subscribe(store, { channel: 'C1', kind: 'agenda', createdAt: '2017-10-01T12:00:00Z' });
    const reminders = startSlackReminders(store, new ManualClock('2017-10-26T08:00:00Z'), slack, { intervalMs: 20 });
    await slack.waitFor('chat.postMessage');
    reminders.stop();
    expect(reminderPosts(slack, 'C1')).toHaveLength(1);
  });
});

describe('the local console', () => {
  it('prints the reminder with its channel', async () => {
    const store = await storeWithMeetings([{ date: '2017-11-02' }]);
    await subscribe(store, { channel: 'console', kind: 'agenda', createdAt: '2017-10-01T12:00:00Z' });
    const printed: [string, string][] = [];
    const clock = new ManualClock('2017-10-26T08:00:00Z');
    const reminders = startReminders({
      store,
      engine: unusedEngine,
      clock,
      logger: createLogger({ capture: true }),
      outlet: { kind: 'console', print: (channel, t) => printed.push([channel, t]) },
      intervalMs: 0,
    });
    await reminders.tick();
    await reminders.tick();
    expect(printed).toHaveLength(1);
    expect(printed[0]![0]).toBe('console');
    expect(printed[0]![1]).toContain('Reminder: meeting on Thursday 2 November 2017, 10.00 am');
    expect(printed[0]![1]).toContain('Private Fostering');
  });
});

describe('a bot whose record is read after start', () => {
  it('waits for the record before planning: the reminder is posted once, on time', async () => {
    const dir = await mkdtemp(path.join(os.tmpdir(), 'scrutiny-remind-later-'));
    try {
      const db = path.join(dir, 'scrutiny.json');
      const written = await openStore(db);
      await addMeetings(written, [{ date: '2017-11-02' }]);
      await subscribe(written, { channel: 'C1', kind: 'agenda', createdAt: '2017-10-01T12:00:00Z' });
      const store = await storeReadOnlyOnceReady(db);
      const reminders = startSlackReminders(store, new ManualClock('2017-10-26T08:00:00Z'), slack);
      await reminders.tick();
      expect(reminders.logger.lines.filter((line) => line.includes(READ_TOO_SOON))).toEqual([]);
      const posts = reminderPosts(slack, 'C1');
      expect(posts).toHaveLength(1);
      expect(text(posts[0]!)).toContain('Reminder: meeting on Thursday 2 November 2017, 10.00 am');
      reminders.stop();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
