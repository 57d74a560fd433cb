// The local console: lines in, answers out as text, reminder posts with their channel, clean end on EOF.
import { PassThrough } from 'node:stream';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { channelPost, consoleQuestion, startConsole } from '../../src/console/console.ts';
import { createLogger } from '../../src/logger.ts';
import { createBoard, type Board } from '../slack/support/board.ts';

let board: Board;

beforeEach(async () => {
  board = await createBoard('2018-02-01T09:00:00Z');
});
afterEach(async () => {
  await board.close();
});

function run(lines: string[]) {
  const input = new PassThrough();
  const output = new PassThrough();
  let text = '';
  output.on('data', (chunk: Buffer) => {
    text += chunk.toString('utf8');
  });
  const logger = createLogger({ capture: true });
  const terminal = startConsole({ store: board.store, engine: board.engine, clock: board.clock, logger, input, output });
  for (const line of lines) input.write(`${line}\n`);
  input.end();
  return { terminal, output: () => text, logger };
}

describe('local console', () => {
  it('says it is the local console and how to connect to Slack', async () => {
    const { terminal, output } = run([]);
    await terminal.closed;
    expect(output()).toMatch(/local console/);
    expect(output()).toMatch(/SLACK_BOT_TOKEN/);
    expect(output()).toMatch(/Running it in Slack/);
    expect(output()).toMatch(/\/scrutiny next meeting/);
  });

  it('answers /scrutiny, @scrutiny and bare questions in order, then ends on end of input', async () => {
    const { terminal, output } = run([
      '/scrutiny next meeting',
      '@scrutiny what was resolved on private fostering?',
      '',
      'outstanding requests',
    ]);
    await terminal.closed;
    const text = output();
    const next = text.indexOf('Thursday 8 March 2018');
    const resolved = text.indexOf('That the briefing note on private fostering be noted.');
    const requests = text.indexOf('The Board requested figures on private fostering notifications by ward.');
    expect(next).toBeGreaterThan(0);
    expect(resolved).toBeGreaterThan(next);
    expect(requests).toBeGreaterThan(resolved);
  });

  it("shows each request's id, and marks one done or reopens it by that id", async () => {
    const request = board.store.record().requests.find((r) => r.text.includes('notifications by ward'))!;
    const { terminal, output } = run(['outstanding requests', `request done ${request.id}`, 'all requests', `/scrutiny request reopen ${request.id}`, 'request done q-unknown']);
    await terminal.closed;
    const text = output();
    expect(text).toMatch(new RegExp(`notifications by ward\\.”\\n.* · open\\n\\s+id ${request.id}\\n`));
    expect(text).toContain(`Marked done: ${request.id} “The Board requested figures on private fostering notifications by ward.”`);
    expect(text).toMatch(new RegExp(`· done\\n\\s+marked done 1 Feb 2018 by console\\n\\s+id ${request.id}\\n`));
    expect(text).toContain(`Reopened: ${request.id}`);
    expect(text).toContain('No request has the id q-unknown; "requests" lists them with their ids.');
    expect(board.store.requestState(request.id)).toMatchObject({ status: 'open', changedBy: 'console' });
  });

  it('changes reminders from the console (the person at the terminal runs the bot)', async () => {
    const { terminal, output } = run(['/scrutiny remind requests weekly on Friday at 10:00', '/scrutiny remind list']);
    await terminal.closed;
    expect(board.store.state().subscriptions).toMatchObject([{ channel: 'console', kind: 'requests', at: '10:00' }]);
    expect(output()).toMatch(/Friday/);
  });

  it('prints posts with their channel', async () => {
    const { terminal, output } = run([]);
    terminal.print('C0BOARD', 'Agenda for Thursday 8 March 2018\nItem 4: Children Missing Education');
    await terminal.closed;
    expect(output()).toContain('[#C0BOARD] Agenda for Thursday 8 March 2018\n[#C0BOARD] Item 4: Children Missing Education');
  });

  it('ends, as at the end of its input, when its output fails (the reader went away), and writes nothing more', async () => {
    const input = new PassThrough();
    let writes = 0;
    const output = new PassThrough();
    const write = output.write.bind(output);
    output.write = ((...args: Parameters<typeof write>) => {
      writes++;
      return write(...args);
    }) as typeof output.write;
    const logger = createLogger({ capture: true });
    const terminal = startConsole({ store: board.store, engine: board.engine, clock: board.clock, logger, input, output });
    const before = writes;
    output.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
    input.write('/scrutiny next meeting\n');
    await terminal.closed;
    expect(writes).toBe(before);
    expect(logger.lines.join('\n')).toMatch(/console's output failed \(write EPIPE\)/);
  });

  it('keeps going after a question that fails', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let text = '';
    output.on('data', (chunk: Buffer) => (text += chunk.toString('utf8')));
    const engine = {
      ask: (q: string, o?: { now?: Date }) => {
        if (q === 'boom') throw new Error('broken index');
        return board.engine.ask(q, o);
      },
      refresh: () => {},
    };
    const logger = createLogger({ capture: true });
    const terminal = startConsole({ store: board.store, engine, clock: board.clock, logger, input, output });
    input.end('boom\nnext meeting\n');
    await terminal.closed;
    expect(text).toMatch(/Sorry, something went wrong/);
    expect(text).not.toContain('broken index');
    expect(text).toContain('Thursday 8 March 2018');
    expect(logger.lines.some((l) => l.includes('broken index'))).toBe(true);
  });
});

describe('console words', () => {
  it('reads lines as Slack would pass them on', () => {
    expect(consoleQuestion('/scrutiny next meeting')).toBe('next meeting');
    expect(consoleQuestion('@scrutiny, what was resolved on X?')).toBe('what was resolved on X?');
    expect(consoleQuestion('  work programme ')).toBe('work programme');
    expect(channelPost('#general', 'a\nb')).toBe('[#general] a\n[#general] b');
  });
});
