// What the end-to-end Slack tests share around the signed app (test/slack/support/signed-slack.ts):
// whatever a test opens (a board, the app, a fake ModernGov) is closed when the test finishes,
// newest first, whether it passed or not; an answer to /scrutiny read back from the fake Slack;
// the buttons of a message.
import { onTestFinished } from 'vitest';
import type { Board } from '../slack/support/board.ts';
import { MEMBER, startSignedSlack, type SlackHarness } from '../slack/support/signed-slack.ts';

type Closable = { close(): Promise<void> } | { stop(): Promise<void> };

const open: Closable[] = [];

async function closeAll(): Promise<void> {
  const failures: unknown[] = [];
  while (open.length > 0) {
    const thing = open.pop()!;
    try {
      await ('stop' in thing ? thing.stop() : thing.close());
    } catch (error) {
      failures.push(error);
    }
  }
  if (failures.length > 0) throw failures[0];
}

/** Close `thing` when the running test (or the test a `beforeEach` runs for) finishes. */
export function closedAfterTest<T extends Closable>(thing: T): T {
  if (open.length === 0) onTestFinished(closeAll);
  open.push(thing);
  return thing;
}

/** The board and the signed Slack app over it, both closed after the test. */
export async function signedSlackOver(board: Board, options: Parameters<typeof startSignedSlack>[1] = {}): Promise<{ board: Board; h: SlackHarness }> {
  closedAfterTest(board);
  return { board, h: closedAfterTest(await startSignedSlack(board, options)) };
}

let asked = 0;

/** `/scrutiny <text>` from `user` (default a member), and the body of its answer as the fake Slack got it. */
export async function answerTo(h: SlackHarness, text: string, options: { user?: string; responseId?: string } = {}): Promise<Record<string, any>> {
  const responseId = options.responseId ?? `answer-${++asked}`;
  await h.command(text, { user: options.user ?? MEMBER, responseId });
  return (await h.slack.waitFor('response_url', { where: (c) => c.id === responseId })).body;
}

/** The buttons of a message's blocks with this action id, accessories and action rows alike. */
export function buttonsIn(blocks: Array<Record<string, any>> | undefined, actionId: string): Array<Record<string, any>> {
  return (blocks ?? []).flatMap((b) => [b.accessory, ...(b.elements ?? [])]).filter((e) => e?.action_id === actionId);
}
