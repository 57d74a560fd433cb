// Bolt runs the middleware of every registered listener for every request it gets, and keeps each
// chain until the slowest listener has ended: with a listener per button, form and event type (22),
// each /scrutiny built 22 chains of promises, copies of their middleware lists and argument objects,
// held until its answer was posted (about a third of what the main thread allocated serving, and
// work in front of every ack). Each surface registers one listener instead, which hands a request to
// the handler of its id; a request whose id has no handler is left alone, as Bolt leaves one that no
// listener matches.

/** A handler of one id; the listener gives it the arguments Bolt gave, whose shape the id decides. */
export type HandlerOf = (args: never) => Promise<void>;

/** One listener for `handlers`, each called for the requests whose id (`idOf`) is its key. */
export function listenerById<A>(handlers: Record<string, HandlerOf>, idOf: (args: A) => string | undefined): (args: A) => Promise<void> {
  const table = new Map(Object.entries(handlers));
  return async (args) => {
    const handler = table.get(idOf(args) ?? '');
    if (handler) await handler(args as never);
  };
}
