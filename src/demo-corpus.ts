// The bundled corpus (five of Coventry's documents) is a demo. It is loaded when
// nothing is configured and the store is new, so that `npm start` on a fresh
// clone has something to answer from; a configured deployment (Slack tokens,
// ModernGov, a configuration file, or SCRUTINY_CORPUS=none) never gets it, and neither does a store
// that already holds other papers. SCRUTINY_CORPUS=bundled asks for it anyway.
import type { Logger } from '@slack/bolt';
import type { Config } from './config.ts';
import { BUNDLED_CORPUS, ingestPaths } from './ingest/ingest-paths.ts';
import type { Store } from './store/store.ts';

export type CorpusChoice = Config['corpus'];

type DemoChoice = Pick<Config, 'corpus' | 'mode'> & { deployment: Pick<Config['deployment'], 'source'> };

export function wantsDemoCorpus(config: DemoChoice, store: Pick<Store, 'record'>): boolean {
  if (config.corpus === 'none') return false;
  if (config.corpus === 'bundled') return true;
  return config.mode === 'console' && config.deployment.source === 'none' && store.record().documents.length === 0;
}

/** Ingest the demo corpus when it is wanted; a store that has it already costs a look at five files. */
export async function loadDemoCorpus(config: DemoChoice, store: Store, logger: Logger): Promise<void> {
  if (!wantsDemoCorpus(config, store)) return;
  const report = await ingestPaths(store, [BUNDLED_CORPUS]);
  for (const file of report.files.filter((f) => !f.ok)) logger.warn(`${file.path}: ${file.message}`);
  const added = report.files.filter((f) => f.ok && !f.message.startsWith('already')).length;
  if (added > 0) logger.info(`Loaded the demo papers from ${BUNDLED_CORPUS} (${added} files); set SCRUTINY_CORPUS=none to start without them.`);
}
