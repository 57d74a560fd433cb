// Whose links the bot previews: each council of the workspace's boards that syncs from a ModernGov
// site, over that council's record. Links to other hosts are never read.
import type { BoardDirectory } from '../boards/board-directory.ts';
import type { Config } from '../config.ts';
import type { LinkSource } from './link-preview.ts';

export function servedLinks(deps: { boards: Pick<BoardDirectory, 'councils'>; config: Pick<Config, 'moderngov'> }): LinkSource[] {
  // A council set up from the environment (MODERNGOV_URL) rather than a configuration file has its site there.
  const fallback = deps.config.moderngov?.url ?? null;
  return deps.boards.councils().flatMap((council) => {
    const url = council.settings.moderngov?.url ?? fallback;
    return url ? [{ moderngovUrl: url, record: () => council.store.record() }] : [];
  });
}
