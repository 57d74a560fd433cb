// Each Slack surface (buttons, forms, events) is one listener that picks the handler by id: Bolt runs
// every registered listener's middleware for every request, so the app's listeners are kept few.
import { describe, expect, it } from 'vitest';
import { listenerById } from '../../src/slack/listener-by-id.ts';
import { createBoard } from './support/board.ts';
import { signedSlackOver } from '../support/slack-test-bed.ts';

describe('listenerById', () => {
  it('hands each request to the handler of its id, and nothing to an id it does not know', async () => {
    const heard: string[] = [];
    const handler = (name: string) => async (args: { id: string }) => void heard.push(`${name}:${args.id}`);
    const { ids, listener } = listenerById<{ id: string }>({ share_answer: handler('share'), 'show.more': handler('more') }, (args) => args.id);
    await listener({ id: 'show.more' });
    await listener({ id: 'share_answer' });
    await listener({ id: 'unknown' });
    expect(heard).toEqual(['more:show.more', 'share:share_answer']);
    // Whole ids, each as written.
    expect(['share_answer', 'show.more'].map((id) => ids.test(id))).toEqual([true, true]);
    expect(['share_answer_2', 'xshare_answer', 'showxmore', 'share_answer|show.more'].some((id) => ids.test(id))).toBe(false);
  });
});

describe('the Slack app', () => {
  it('registers one listener per surface, not one per button, form and event type', async () => {
    const { h } = await signedSlackOver(await createBoard('2018-02-01T09:00:00Z'));
    const listeners = (h.app as unknown as { listeners: unknown[][] }).listeners;
    // The command, the buttons, the forms and the events.
    expect(listeners).toHaveLength(4);
  });
});
