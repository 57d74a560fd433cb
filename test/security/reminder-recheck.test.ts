// A reminder post whose fate is uncertain (the process died, or Slack's answer was lost) is looked
// for in the channel before it is sent again: from the time it was due onward, page after page, so a
// busy channel does not hide it and it is never posted twice.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ManualClock } from '../../src/clock.ts';
import { startFakeSlack, type FakeSlack } from '../support/fake-slack.ts';
import { reminderPosts, startSlackReminders, storeWithMeetings, subscribe } from '../reminders/fixtures.ts';

let slack: FakeSlack;
beforeEach(async () => {
  slack = await startFakeSlack();
});
afterEach(async () => {
  await slack.close();
});

/** An agenda reminder due at 09:00 on 26 October 2017 whose post was attempted with no answer. */
async function pendingReminder() {
  const store = await storeWithMeetings([{ date: '2017-11-02' }]);
  await subscribe(store, { channel: 'C1', kind: 'agenda', createdAt: '2017-10-01T12:00:00Z' });
  const key = `C1|agenda|${store.record().meetings[0]!.id}`;
  await store.updateState((s) => {
    s.deliveries[key] = { key, channel: 'C1', state: 'pending', dueAt: '2017-10-26T08:00:00.000Z', updatedAt: '2017-10-26T08:00:00.000Z', late: false, ts: null, reason: null };
  });
  return { store, key };
}

describe('an uncertain reminder post, checked against the channel', () => {
  it('is found behind 450 later messages and not posted again', async () => {
    const { store, key } = await pendingReminder();
    const posted = slack.seedMessage('C1', { text: 'Reminder: meeting on ...', metadata: { event_type: 'scrutiny_reminder', event_payload: { key } } });
    for (let i = 0; i < 450; i++) slack.seedMessage('C1', { text: `member message ${i}` });

    const reminders = startSlackReminders(store, new ManualClock('2017-10-26T09:00:00Z'), slack);
    await reminders.tick();
    reminders.stop();

    expect(reminderPosts(slack, 'C1').filter((m) => m.metadata?.event_payload.key === key)).toHaveLength(1);
    expect(slack.calls('chat.postMessage')).toEqual([]);
    expect(store.state().deliveries[key]).toMatchObject({ state: 'sent', ts: posted.ts });
    const reads = slack.calls('conversations.history');
    expect(reads.length).toBeGreaterThan(1);
    // From the due time (less a margin for the clocks), not the whole channel.
    for (const read of reads) expect(Number(read.body.oldest)).toBe(Date.parse('2017-10-26T07:50:00Z') / 1000);
    expect(reads.slice(1).every((r) => typeof r.body.cursor === 'string' && r.body.cursor !== '')).toBe(true);
  });

  it('is posted once when the channel, read to its end, does not hold it', async () => {
    const { store, key } = await pendingReminder();
    for (let i = 0; i < 450; i++) slack.seedMessage('C1', { text: `member message ${i}` });
    const reminders = startSlackReminders(store, new ManualClock('2017-10-26T09:00:00Z'), slack);
    await reminders.tick();
    reminders.stop();
    expect(reminderPosts(slack, 'C1').filter((m) => m.metadata?.event_payload.key === key)).toHaveLength(1);
    expect(slack.calls('conversations.history')).toHaveLength(3);
  });
});
