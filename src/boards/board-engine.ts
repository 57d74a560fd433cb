// The answer engine as a channel sees it: questions are answered about the channel's board (its
// council's record, its committee), unless the question names another board the workspace serves;
// then that board answers, and the answer says which committee (and council) it is about.
import type { Answer } from '../answers/answer.ts';
import { answerFrom, type AskOptions, type Engine, type ReplyRequest } from '../answers/engine.ts';

type AboutBoard = NonNullable<ReplyRequest['aboutBoard']>;
import type { Store } from '../store/store.ts';
import type { Board, BoardDirectory } from './board-directory.ts';

/** Where one channel's questions go: its board, that board's council store, and the engine scoped to it. */
export interface BoardPlace {
  board: Board;
  store: Store;
  engine: Engine;
}

/** How an answer about a board other than the channel's names that board: its committee, and with its council if another. */
export function otherBoardTitle(board: Board, directory: BoardDirectory, current: Board): AboutBoard {
  const committee = directory.committeeOf(board) ?? directory.title(board);
  const who = board.council === current.council ? committee : `${committee} (${board.council.settings.name})`;
  return { committee, who };
}

/** The answer with its title naming the other board (in whichever thread the answer is built). */
export function retitled(answer: Answer, about: AboutBoard): Answer {
  const { committee, who } = about;
  if (answer.title.includes(who)) return answer;
  const title = answer.title.includes(committee) ? answer.title.replace(committee, who) : `${who}: ${answer.title}`;
  return { ...answer, title };
}

/** An answer about a board other than the channel's names that board (and its council, if another) in its title. */
export function aboutOtherBoard(answer: Answer, board: Board, directory: BoardDirectory, current: Board): Answer {
  return retitled(answer, otherBoardTitle(board, directory, current));
}

export function boardEngine(directory: BoardDirectory, board: Board): Engine {
  /** The board a question is about, and the options its council's engine is asked with. */
  const route = (question: string, options: AskOptions) => {
    const named = typeof question === 'string' ? directory.namedIn(question, board) : null;
    const target = named ?? board;
    // A board with no committee of its own leaves the engine to its default: the record's only committee.
    const committee = directory.committeeOf(target);
    return { named, engine: target.council.engine, options: committee === null ? options : { ...options, committee } };
  };
  return {
    ask(question: string, options: AskOptions = {}): Answer {
      const { named, engine, options: asked } = route(question, options);
      const answer = engine.ask(question, asked);
      return named ? aboutOtherBoard(answer, named, directory, board) : answer;
    },
    async answer(question: string, options: AskOptions = {}): Promise<Answer> {
      // Told by the answer threads as they open their records (at once after that): routing reads no copy here.
      await directory.committeesKnown();
      const { named, engine, options: asked } = route(question, options);
      const answer = await answerFrom(engine, question, asked);
      return named ? aboutOtherBoard(answer, named, directory, board) : answer;
    },
    async answerReply(question: string, options: AskOptions, reply: ReplyRequest, renderHere: (answer: Answer) => string): Promise<string> {
      await directory.committeesKnown();
      const { named, engine, options: asked } = route(question, options);
      const about = named ? { aboutBoard: otherBoardTitle(named, directory, board) } : {};
      if (engine.answerReply) return engine.answerReply(question, asked, { ...reply, ...about }, renderHere);
      const answer = await answerFrom(engine, question, asked);
      return renderHere(about.aboutBoard ? retitled(answer, about.aboutBoard) : answer);
    },
    refresh() {
      board.council.engine.refresh();
    },
  };
}

/** The channel's board, its store and its engine. */
export function placeOf(directory: BoardDirectory, board: Board): BoardPlace {
  return { board, store: board.council.store, engine: boardEngine(directory, board) };
}
