// `/scrutiny board [NAME]`: which board this channel is about, and (co-ordinators) tying the
// channel to another. Its answers, reminders and Home links then are about that board.
import type { Answer, AnswerEntry } from '../answers/answer.ts';
import type { Clock } from '../clock.ts';
import type { Board, BoardDirectory } from './board-directory.ts';
import { tieChannel } from './workspace-settings.ts';

export interface BoardCommandContext {
  boards: BoardDirectory;
  clock: Clock;
  channel: string;
  user: string;
  isAdmin: boolean;
}

function boardEntry(boards: BoardDirectory, board: Board, current: Board): AnswerEntry {
  const names = boards.namesOf(board).filter((n) => n !== boards.title(board).toLowerCase());
  const detail = [board.council.settings.name !== 'The council' ? board.council.settings.name : null, `\`/scrutiny board ${board.id}\``, names.length ? `Also: ${names.join(', ')}` : null];
  return { text: `${boards.title(board)}${board === current ? ' (this channel)' : ''}`, detail: detail.filter((d): d is string => d !== null) };
}

function boardAnswer(ctx: BoardCommandContext, question: string, title: string, extra: Partial<Answer> = {}): Answer {
  const current = ctx.boards.forChannel(ctx.channel);
  return {
    kind: 'notice',
    question,
    title,
    sections: [{ heading: 'Boards this workspace serves', entries: ctx.boards.all().map((b) => boardEntry(ctx.boards, b, current)) }],
    asOf: ctx.clock.now().toISOString(),
    ...extra,
  };
}

/** `board ...`: the words after it, or null when the command is something else. */
export function boardCommandWords(words: string): string | null {
  const m = /^board(?:\s+([\s\S]*))?$/i.exec(words.trim());
  return m ? (m[1] ?? '') : null;
}

export async function boardCommand(words: string, ctx: BoardCommandContext): Promise<Answer> {
  const wanted = words.trim();
  const question = `board ${wanted}`.trim();
  const current = ctx.boards.forChannel(ctx.channel);
  if (!wanted) {
    return boardAnswer(ctx, question, `This channel is about ${ctx.boards.fullTitle(current)}.`, {
      notes: ['Questions, reminders and digests here are about this board; a question can still name another ("next meeting of the audit committee").', 'A co-ordinator ties the channel to another board with `/scrutiny board NAME`, or from the App Home.'],
    });
  }
  const board = ctx.boards.find(wanted);
  if (!board) return boardAnswer(ctx, question, `No board here is called "${wanted}": nothing changed.`);
  if (!ctx.isAdmin) return boardAnswer(ctx, question, `Only the scrutiny co-ordinators can change this channel's board; it is about ${ctx.boards.fullTitle(current)}.`);
  await ctx.boards.workspace.updateState((state) => tieChannel(state, ctx.channel, board.id));
  return {
    kind: 'notice',
    question,
    title: `This channel is now about ${ctx.boards.fullTitle(board)}.`,
    summary: 'Its answers, reminders and digests are about this board from now on.',
    sections: [],
    asOf: ctx.clock.now().toISOString(),
  };
}
