// The answer engine as a channel sees it: questions are answered about the channel's board (its
// council's record, its committee), unless the question names another board the workspace serves;
// then that board answers, and the answer says which committee (and council) it is about.
import type { Answer } from '../answers/answer.ts';
import { answerFrom, type AskOptions, type Engine } from '../answers/engine.ts';
import type { Store } from '../store/store.ts';
import type { Board, BoardDirectory } from './board-directory.ts';

/** Where one channel's questions go: its board, that board's council store, and the engine scoped to it. */
export interface BoardPlace {
  board: Board;
  store: Store;
  engine: Engine;
}

/** An answer about a board other than the channel's names that board (and its council, if another) in its title. */
export function aboutOtherBoard(answer: Answer, board: Board, directory: BoardDirectory, current: Board): Answer {
  const committee = directory.committeeOf(board) ?? directory.title(board);
  const who = board.council === current.council ? committee : `${committee} (${board.council.settings.name})`;
  if (answer.title.includes(who)) return answer;
  const title = answer.title.includes(committee) ? answer.title.replace(committee, who) : `${who}: ${answer.title}`;
  return { ...answer, title };
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
    refresh() {
      board.council.engine.refresh();
    },
  };
}

/** The channel's board, its store and its engine. */
export function placeOf(directory: BoardDirectory, board: Board): BoardPlace {
  return { board, store: board.council.store, engine: boardEngine(directory, board) };
}
