// link_shared: a member pasted a link to the council's ModernGov site (one of the manifest's
// unfurl_domains). Bolt has acked the event; the previews come from the record (linkPreview) and
// are rendered like any answer, then attached with chat.unfurl. Links the record does not know
// get nothing, so Slack's own preview (if any) stands.
import type { AllMiddlewareArgs, SlackEventMiddlewareArgs } from '@slack/bolt';
import { servedLinks } from '../../links/served-links.ts';
import { answerBlocks } from '../blocks/answer-blocks.ts';
import type { SlackAppDeps } from '../deps.ts';
import { logFailure } from '../failures.ts';

/** Slack sends at most a handful of links per message; more would only be noise under it. */
const MAX_PREVIEWS = 5;

export function linkShared(deps: SlackAppDeps) {
  return async ({ event, client }: SlackEventMiddlewareArgs<'link_shared'> & AllMiddlewareArgs): Promise<void> => {
    try {
      // What previews a link (and reads an issue page's HTML) loads with the first link shared, not at start.
      const [{ previewLink }, { readIssueTitle }] = await Promise.all([import('../../links/link-preview.ts'), import('../../links/issue-page.ts')]);
      await deps.boards.recordsRead();
      const sources = servedLinks(deps);
      const now = deps.clock.now();
      const unfurls: Record<string, { blocks: unknown[] }> = {};
      for (const link of event.links.slice(0, MAX_PREVIEWS)) {
        const preview = await previewLink(sources, link.url, now, readIssueTitle);
        if (preview) unfurls[link.url] = { blocks: answerBlocks(preview).blocks };
      }
      if (Object.keys(unfurls).length === 0) return;
      // A link still in the message composer has no message yet: Slack names it by unfurl_id.
      const target =
        event.unfurl_id && event.source ? { unfurl_id: event.unfurl_id, source: event.source } : { channel: event.channel, ts: event.message_ts };
      await client.chat.unfurl({ ...target, unfurls } as Parameters<typeof client.chat.unfurl>[0]);
    } catch (error) {
      logFailure(deps.logger, 'Previewing a ModernGov link', { channel: event.channel, links: event.links.length }, error);
    }
  };
}
