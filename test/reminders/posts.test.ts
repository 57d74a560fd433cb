import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import { ParsedDocument } from '../../src/model.ts';
import type { Store } from '../../src/store/store.ts';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack.ts';
import { reminderPosts, startSlackReminders, storeWithMeetings, subscribe } from './fixtures.ts';

let slack: FakeSlack;
beforeEach(async () => {
  slack = await startFakeSlack();
});
afterEach(async () => {
  await slack.close();
});

/** Minutes of 2 November 2017 with one resolution and two requests, one due in December 2017. */
async function addMinutes(store: Store) {
  return store.ingest(
    ParsedDocument.parse({
      kind: 'minutes',
      meetings: [
        {
          committee: "Education and Children's Services Scrutiny Board (2)",
          date: '2017-11-02',
          time: '10:00',
          kind: 'minutes',
          items: [
            {
              number: '25',
              title: 'Private Fostering',
              resolutions: [{ text: 'That the Board notes the annual report on private fostering.' }],
              requests: [
                { text: 'Up to date figures on private fostering arrangements be circulated.', kind: 'circulate' },
                { text: 'An update on the awareness campaign be brought in December 2017.', kind: 'update', due: { text: 'in December 2017', date: '2017-12-31' } },
              ],
            },
          ],
        },
      ],
    }),
    { name: 'minutes-2017-11-02.txt', sha256: 'sha-minutes', bytes: 100, kind: 'minutes' },
  );
}

describe('the requests digest', () => {
  it('lists open requests by raising meeting with age, due date and overdue marked, with no buttons members cannot use', async () => {
    const store = await storeWithMeetings([{ date: '2017-11-02' }]);
    await addMinutes(store);
    await subscribe(store, { channel: 'C2', kind: 'requests', createdAt: '2018-01-01T00:00:00Z' });
    // Monday 8 January 2018, 09:00 GMT.
    const clock = new ManualClock('2018-01-08T09:00:00Z');
    const reminders = startSlackReminders(store, clock, slack);
    await reminders.tick();
    const [post] = reminderPosts(slack, 'C2');
    expect(post!.text).toBe('2 open requests, 1 overdue');
    const blocks = JSON.stringify(post!.blocks);
    expect(blocks).toContain('Raised at the meeting of Thursday 2 November 2017');
    expect(blocks).toContain('Up to date figures on private fostering arrangements be circulated.');
    expect(blocks).toContain('An update on the awareness campaign be brought in December 2017.');
    expect(blocks).toContain('OVERDUE');
    // Everyone in the channel sees the post, so it carries no Mark done; each request keeps its status line.
    expect(blocks).not.toContain('mark_request_done');
    expect(blocks.match(/\\nOpen"|OVERDUE\*"/g)).toHaveLength(2);
  });

  it('says "all clear" rather than nothing when no request is open', async () => {
    const store = await storeWithMeetings([{ date: '2017-11-02' }]);
    await addMinutes(store);
    for (const r of store.record().requests) await store.setRequestState(r.id, 'done', 'U0COORD', new Date('2017-12-01T10:00:00Z'));
    await subscribe(store, { channel: 'C2', kind: 'requests', createdAt: '2018-01-01T00:00:00Z' });
    const clock = new ManualClock('2018-01-08T09:00:00Z');
    const reminders = startSlackReminders(store, clock, slack);
    await reminders.tick();
    expect(reminderPosts(slack, 'C2').map((m) => m.text)).toEqual(['All clear: no requests are open.']);
  });
});

describe('news of new minutes', () => {
  it('one short post per subscribed channel, never twice for the same news, none for paused channels', async () => {
    const store = await storeWithMeetings([{ date: '2017-11-02' }]);
    await subscribe(store, { channel: 'C1', kind: 'agenda', createdAt: '2017-10-01T00:00:00Z' });
    await subscribe(store, { channel: 'C1', kind: 'requests', createdAt: '2017-10-01T00:00:00Z' });
    await subscribe(store, { channel: 'C2', kind: 'requests', createdAt: '2017-10-01T00:00:00Z' });
    await subscribe(store, { channel: 'C3', kind: 'agenda', createdAt: '2017-10-01T00:00:00Z', paused: { reason: 'x', at: '2017-10-02T00:00:00Z' } });
    await subscribe(store, { channel: 'C4', kind: 'agenda', createdAt: '2017-10-01T00:00:00Z', newMinutes: false });
    const outcome = await addMinutes(store);
    const clock = new ManualClock('2017-11-10T12:00:00Z');
    const reminders = startSlackReminders(store, clock, slack);
    await reminders.announce(outcome);
    await reminders.announce(outcome);
    expect(reminderPosts(slack, 'C1')).toHaveLength(1);
    expect(reminderPosts(slack, 'C2')).toHaveLength(1);
    expect(reminderPosts(slack, 'C3')).toHaveLength(0);
    expect(reminderPosts(slack, 'C4')).toHaveLength(0);
    const [post] = reminderPosts(slack, 'C1');
    expect(post!.text).toBe('Minutes of Thursday 2 November 2017, 10.00 am: 1 new resolution, 2 new requests');
    expect(JSON.stringify(post!.blocks)).toContain('Up to date figures on private fostering arrangements be circulated.');
  });

  it('no post when the news adds nothing', async () => {
    const store = await storeWithMeetings([{ date: '2017-11-02' }]);
    await subscribe(store, { channel: 'C1', kind: 'agenda', createdAt: '2017-10-01T00:00:00Z' });
    const reminders = startSlackReminders(store, new ManualClock('2017-11-10T12:00:00Z'), slack);
    await reminders.announce({ newResolutionIds: [], newRequestIds: [], newAgendaMeetingIds: [], newMinutesMeetingIds: [] });
    expect(slack.calls('chat.postMessage')).toHaveLength(0);
  });
});
