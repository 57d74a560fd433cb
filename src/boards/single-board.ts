// One store and its engine as a deployment of one board: what the Slack app, reminders and the
// console are given by callers that serve a single record (tools, tests, the local console).
import type { Engine } from '../answers/engine.ts';
import { environmentDeployment } from '../config-file.ts';
import type { Store } from '../store/store.ts';
import { BoardDirectory } from './board-directory.ts';

export function singleBoardDirectory(store: Store, engine: Engine, coordinators: readonly string[] = []): BoardDirectory {
  const deployment = environmentDeployment({ dbPath: store.path, moderngov: null, coordinators: [...coordinators] });
  const council = deployment.councils[0]!;
  return new BoardDirectory({ deployment, councils: new Map([[council.id, { settings: council, store, engine }]]), workspace: store });
}

/** What a caller gives: the boards served, or one store and its engine. */
export type BoardsInput = { boards: BoardDirectory } | { store: Store; engine: Engine };

export function boardsOf(input: BoardsInput, coordinators: readonly string[] = []): BoardDirectory {
  return 'boards' in input && input.boards ? input.boards : singleBoardDirectory((input as { store: Store }).store, (input as { engine: Engine }).engine, coordinators);
}
