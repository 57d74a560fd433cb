// One run at a time, and the calls that arrive meanwhile share the next run: twenty callers at
// once cost two runs, not twenty in a queue, and each caller still waits for a run that started
// after it called.
export function oneAtATime<T>(run: (items: T[]) => Promise<void>): (item: T) => Promise<void> {
  let gathering: { items: T[]; done: Promise<void> } | null = null;
  let previous: Promise<void> = Promise.resolve();
  return (item) => {
    if (gathering) {
      gathering.items.push(item);
      return gathering.done;
    }
    const batch: { items: T[]; done: Promise<void> } = { items: [item], done: Promise.resolve() };
    batch.done = previous.then(() => {
      // From here on, calls that arrive go in the next run.
      if (gathering === batch) gathering = null;
      return run(batch.items);
    });
    gathering = batch;
    previous = batch.done.catch(() => undefined);
    return batch.done;
  };
}
