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
    const listener = listenerById<{ id: string }>({ share_answer: handler('share'), show_more: handler('more') }, (args) => args.id);
    await listener({ id: 'show_more' });
    await listener({ id: 'share_answer' });
    await listener({ id: 'unknown' });
    await listener({ id: 'constructor' });
    expect(heard).toEqual(['more:show_more', 'share:share_answer']);
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
