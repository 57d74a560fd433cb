// An engine and reminders that only count what sync asks of them.
import type { Engine } from '../../src/answers/engine.ts';
import type { RecordNews, RunningReminders } from '../../src/reminders/scheduler.ts';

export function spies() {
  let refreshes = 0;
  const engine: Engine = {
    ask: () => {
      throw new Error('not asked here');
    },
    refresh: () => {
      refreshes++;
    },
  };
  const announced: RecordNews[] = [];
  const reminders: RunningReminders = { tick: async () => {}, announce: async (news) => void announced.push(news), stop: async () => {} };
  return { engine, reminders, announced, refreshes: () => refreshes };
}
