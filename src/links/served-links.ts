// Whose links the bot previews: the configured council's ModernGov site, over its record.
import type { Config } from '../config.ts';
import type { Store } from '../store/store.ts';
import type { LinkSource } from './link-preview.ts';

export function servedLinks(deps: { store: Pick<Store, 'record'>; config: Pick<Config, 'moderngov'> }): LinkSource[] {
  const { store, config } = deps;
  return config.moderngov ? [{ moderngovUrl: config.moderngov.url, record: () => store.record() }] : [];
}
