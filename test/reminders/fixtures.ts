// Shared pieces of the reminder tests: a store holding a few meetings, a real WebClient on the fake Slack.
import { webApi } from '@slack/bolt';
import { ManualClock } from '../../src/clock.ts';
import { createLogger } from '../../src/logger.ts';
import { ParsedDocument, type Subscription } from '../../src/model.ts';
import { openMemoryStore } from '../../src/store/lowdb-store.ts';
import type { Store } from '../../src/store/store.ts';
import type { Engine } from '../../src/answers/engine.ts';
import { startReminders, type ReminderDeps, type RunningReminders } from '../../src/reminders/scheduler.ts';
import type { FakeSlack } from '../support/fake-slack.ts';

export const COORDINATOR = 'U0COORD';

/** The scheduler never asks the engine anything; the Engine type is still part of its deps. */
export const unusedEngine: Engine = {
  ask: () => {
    throw new Error('reminders do not ask the engine');
  },
  refresh: () => undefined,
};

/** A store with one agenda (dated meeting, two items) per date given, ingested through the real store. */
export async function storeWithMeetings(meetings: { date: string; time?: string; place?: string; items?: string[] }[]): Promise<Store> {
  return addMeetings(openMemoryStore(), meetings);
}

/** The same agendas, ingested into `store`. */
export async function addMeetings(store: Store, meetings: { date: string; time?: string; place?: string; items?: string[] }[]): Promise<Store> {
  for (const [i, m] of meetings.entries()) {
    const parsed = ParsedDocument.parse({
      kind: 'agenda-pack',
      meetings: [
        {
          committee: "Education and Children's Services Scrutiny Board (2)",
          date: m.date,
          time: m.time ?? '10:00',
          place: m.place ?? 'Diamond Room 2, Council House, Coventry',
          kind: 'agenda',
          items: (m.items ?? ['Apologies and Substitutions', 'Private Fostering']).map((title, n) => ({
            number: String(n + 1),
            title,
            reportAuthor: n === 1 ? "Briefing Note of the Director of Children's Services" : null,
          })),
        },
      ],
    });
    await store.ingest(parsed, { name: `agenda-${m.date}.txt`, sha256: `sha-${i}-${m.date}`, bytes: 100, kind: 'agenda-pack' });
  }
  return store;
}

export async function subscribe(store: Store, sub: Partial<Subscription> & Pick<Subscription, 'channel' | 'kind' | 'createdAt'>): Promise<void> {
  await store.updateState((state) => {
    state.subscriptions.push({
      id: `${sub.channel}:${sub.kind}`,
      daysBefore: sub.kind === 'agenda' ? 7 : null,
      at: '09:00',
      cadence: sub.kind === 'requests' ? { every: 'week', day: 1 } : null,
      newMinutes: true,
      paused: null,
      createdBy: COORDINATOR,
      ...sub,
    });
  });
}

export function slackClient(slack: FakeSlack): webApi.WebClient {
  // As the app's own client would be: default retries on, so the scheduler must not rely on them.
  return new webApi.WebClient('xoxb-test-token', { slackApiUrl: slack.apiUrl });
}

export function startSlackReminders(
  store: Store,
  clock: ManualClock,
  slack: FakeSlack,
  extra: Partial<ReminderDeps> = {},
): RunningReminders & { logger: ReturnType<typeof createLogger> } {
  const logger = createLogger({ capture: true, level: 'debug' });
  const running = startReminders({
    store,
    engine: unusedEngine,
    clock,
    logger,
    outlet: { kind: 'slack', client: slackClient(slack) },
    intervalMs: 0,
    sleep: async () => undefined,
    ...extra,
  });
  return Object.assign(running, { logger });
}

/** Reminder posts in a channel (messages carrying our metadata), oldest first. */
export function reminderPosts(slack: FakeSlack, channel: string) {
  return slack.messages(channel).filter((m) => m.metadata?.event_type === 'scrutiny_reminder');
}
