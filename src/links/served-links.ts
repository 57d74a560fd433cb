// Whose links the bot previews: each council it serves that syncs from a ModernGov site, over
// that council's record. Links to other hosts are never read.
import type { Config } from '../config.ts';
import type { Store } from '../store/store.ts';
import type { LinkSource } from './link-preview.ts';

/** A council as the workspace's boards hold it: its ModernGov site (if any) and its store. */
interface ServedCouncil {
  settings: { moderngov: { url: string } | null };
  store: Pick<Store, 'record'>;
}

export function servedLinks(deps: {
  config: Pick<Config, 'moderngov'>;
  /** One council's record (a single board)... */
  store?: Pick<Store, 'record'>;
  /** ...or every council of the workspace's boards. */
  boards?: { councils(): ServedCouncil[] };
}): LinkSource[] {
  if (deps.boards) {
    // A council set up from the environment (MODERNGOV_URL) rather than a configuration file has its site there.
    const fallback = deps.config.moderngov?.url ?? null;
    return deps.boards.councils().flatMap((c) => {
      const url = c.settings.moderngov?.url ?? fallback;
      return url ? [{ moderngovUrl: url, record: () => c.store.record() }] : [];
    });
  }
  const { store, config } = deps;
  return store && config.moderngov ? [{ moderngovUrl: config.moderngov.url, record: () => store.record() }] : [];
}
