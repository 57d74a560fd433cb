// What start-up says about the boards served, and the health of several councils' syncs as one.
import type { Config } from '../config.ts';
import type { SyncStatus } from '../health.ts';
import type { BoardDirectory } from './board-directory.ts';

/** Warnings for the log at start: a workspace nobody can manage, boards that name no known committee. */
export function startupWarnings(boards: BoardDirectory, config: Pick<Config, 'mode' | 'deployment'>): string[] {
  const warnings: string[] = [];
  if (config.mode !== 'console' && boards.coordinators().length === 0) {
    warnings.push(
      'No scrutiny co-ordinator is set, so nobody can mark requests done, add papers, set reminders or choose channels\u2019 boards. ' +
        'Set SCRUTINY_ADMINS to the Slack user id of the first co-ordinator (or list them under "coordinators" in the configuration file); more can then be added from the App Home.',
    );
  }
  return warnings;
}

/** Several councils' sync statuses as one, for /healthz: healthy only while every council's sync is. */
export function combinedSyncStatus(statuses: SyncStatus[]): SyncStatus {
  const earliest = (dates: (Date | null)[]) => (dates.some((d) => d === null) ? null : new Date(Math.min(...dates.map((d) => d!.getTime()))));
  const failing = statuses.filter((s) => s.lastErrorAt && (!s.lastSuccessAt || s.lastErrorAt > s.lastSuccessAt));
  const latestError = [...statuses].filter((s) => s.lastErrorAt).sort((a, b) => b.lastErrorAt!.getTime() - a.lastErrorAt!.getTime())[0];
  return {
    startedAt: new Date(Math.min(...statuses.map((s) => s.startedAt.getTime()))),
    running: statuses.some((s) => s.running),
    lastSuccessAt: earliest(statuses.map((s) => s.lastSuccessAt)),
    lastErrorAt: latestError?.lastErrorAt ?? null,
    lastError: failing.length > 0 ? failing.map((s) => s.lastError).join('; ') : (latestError?.lastError ?? null),
  };
}
