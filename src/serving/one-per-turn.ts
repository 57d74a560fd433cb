// What arrives together is taken one item per turn of the event loop, in the order it came.
//
// Node hands a thread the messages posted to it in one run, a thousand or more, with no turn of the
// event loop between them: work that waits for a turn (a look-up built a slice per turn, a timer, a
// file read) waits until no message is left. With twenty questions in flight there always is one, so
// a question that needed one slice of a look-up waited for every question that came after it. Taken
// one per turn, each waits for those before it only.

/** A queue that runs each item's work on a turn of its own (setImmediate), first come first served. */
export function onePerTurn(): (work: () => void) => void {
  const queue: Array<() => void> = [];
  const next = () => {
    const work = queue.shift();
    // Scheduled before the work runs: a failure in one item never stops the ones behind it.
    if (queue.length > 0) setImmediate(next);
    work?.();
  };
  return (work) => {
    queue.push(work);
    if (queue.length === 1) setImmediate(next);
  };
}
