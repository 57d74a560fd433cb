// What reaches the answer worker's thread, taken in the order it came, one request per turn of the
// event loop (see ./one-per-turn.ts). A member's question counts as waiting from its arrival until
// it is answered; the bot's own background work (a request marked `background`) runs only at a
// moment when none waits (see ./quiet-moment.ts), so no member waits for it.
import { onePerTurn } from './one-per-turn.ts';
import { quietMoment, type QuietOptions } from './quiet-moment.ts';

export interface IntakeRequest {
  type: string;
  background?: boolean;
}

export interface WorkerIntake<R extends IntakeRequest> {
  /** A request has come: served now if serving has begun, or kept until it does. */
  arrived(request: R): void;
  /** Serving begins: what arrived before is served first, in its order. */
  serveWith(serve: (request: R) => Promise<void>): void;
  /** Resolves at a moment when no member's question waits for its answer. */
  whenNoQuestionWaits(): Promise<void>;
}

/** `isQuestion` tells a member's question from the rest; `quiet` tunes the wait for a quiet moment. */
export function workerIntake<R extends IntakeRequest>(isQuestion: (request: R) => boolean, quiet: QuietOptions = {}): WorkerIntake<R> {
  let questionsWaiting = 0;
  let serve: ((request: R) => Promise<void>) | null = null;
  const pending: R[] = [];
  const takeInTurn = onePerTurn();
  const whenNoQuestionWaits = () => quietMoment(() => questionsWaiting > 0, quiet);

  const serveOne = async (request: R, serving: (request: R) => Promise<void>) => {
    try {
      if (request.background) await whenNoQuestionWaits();
      await serving(request);
    } finally {
      if (isQuestion(request)) questionsWaiting--;
    }
  };
  const take = (request: R, serving: (request: R) => Promise<void>) => takeInTurn(() => void serveOne(request, serving));

  return {
    arrived(request) {
      // Counted at once, not when taken: background work taken before it still waits for it.
      if (isQuestion(request)) questionsWaiting++;
      if (serve) take(request, serve);
      else pending.push(request);
    },
    serveWith(serving) {
      serve = serving;
      for (const request of pending.splice(0)) take(request, serving);
    },
    whenNoQuestionWaits,
  };
}
