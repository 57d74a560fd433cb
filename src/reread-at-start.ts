// After an upgrade, at start-up: the documents of each council's record that an older parser read
// are read again by this one where their papers can be found (see ingest/reread-documents.ts), once
// the answers are ready, and the operator is told in one line what was read again, kept and failed.
import type { Logger } from '@slack/bolt';
import { BUNDLED_CORPUS } from './ingest/ingest-paths.ts';
import { loadedParserFingerprint } from './ingest/parser-fingerprint.ts';
import { planRereads, type RereadPlan } from './ingest/reread-documents.ts';
import type { RecordQueries } from './serving/record-queries.ts';
import type { Store } from './store/store.ts';

export interface RereadAtStartDeps {
  /** The council's record, asked where it is held (in Slack, the answer thread). */
  records: RecordQueries;
  /** This thread's store of it: read again after the write when the record is held elsewhere. */
  store: Store;
  heldElsewhere: boolean;
  engine: { refresh(): void };
  logger: Logger;
  /** Named in the line when the workspace serves several councils. */
  council?: string;
  /** Where papers are looked for by their sha256; default the bundled corpus. */
  folders?: readonly string[];
  parse?: Parameters<typeof planRereads>[3];
}

export interface RereadSummary {
  reread: number;
  kept: number;
  failed: number;
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

/** The operator's one line about a re-read. */
export function describeRereads(plan: RereadPlan, reread: number, council?: string): string {
  const kept = plan.bySync.length + plan.kept.length;
  const whose = council ? ` of ${council}` : '';
  let line = `Documents${whose} an older parser read: ${reread} read again with this version's, ${kept} kept as they were, ${plan.failed.length} failed`;
  const why: string[] = [];
  if (plan.bySync.length > 0) why.push(`${plural(plan.bySync.length, 'ModernGov meeting')} the sync fetches again`);
  if (plan.kept.length > 0) why.push(`${plural(plan.kept.length, 'paper')} the store keeps no copy of (ingested from files or shared in Slack: ingest or share them again to read them anew)`);
  if (why.length > 0) line += ` (kept: ${why.join('; ')})`;
  if (plan.failed.length > 0) line += `; failed: ${plan.failed.slice(0, 3).map((f) => `${f.name}: ${f.reason}`).join('; ')}${plan.failed.length > 3 ? ` and ${plan.failed.length - 3} more` : ''}`;
  return `${line}.`;
}

/** Read again what an older parser read; null (and nothing logged) when every document is this parser's. */
export async function rereadAtStart(deps: RereadAtStartDeps): Promise<RereadSummary | null> {
  const parser = await loadedParserFingerprint();
  // The bot's own work: where the record is held by the answer thread, members' questions go first.
  const outdated = await deps.records.later('outdatedDocuments', parser);
  if (outdated.length === 0) return null;
  const plan = await planRereads(outdated, parser, deps.folders ?? [BUNDLED_CORPUS], deps.parse);
  let reread = 0;
  if (plan.papers.length > 0) {
    try {
      reread = (await deps.records.later('rereadPapers', plan.papers)).reread;
    } catch (error) {
      // The store kept what it had (a write the disk refused changes nothing): every one of them failed.
      const reason = error instanceof Error ? error.message : String(error);
      plan.failed.push(...plan.papers.map((p) => ({ name: p.source.name, reason })));
      plan.papers = [];
    }
    if (reread > 0) {
      deps.engine.refresh();
      if (deps.heldElsewhere) await deps.store.refresh().catch(() => false);
    }
  }
  deps.logger.info(describeRereads(plan, reread, deps.council));
  return { reread, kept: plan.bySync.length + plan.kept.length, failed: plan.failed.length };
}
