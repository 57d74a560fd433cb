// Publish a member's Home tab; if building it fails, publish a short apology instead of leaving it blank.
import type { webApi } from '@slack/bolt';
import { homeView } from './blocks/home-view.ts';
import type { SlackAppDeps } from './deps.ts';
import { APOLOGY, logFailure } from './failures.ts';
import { homeContent } from './home-content.ts';
import { HOME_CALLBACK_ID } from './ids.ts';

export async function publishHome(deps: SlackAppDeps, client: webApi.WebClient, user: string, notice?: string): Promise<void> {
  let view;
  try {
    // What the Home reads of the records it asks where they are held; the committees it names, as told.
    await deps.boards.committeesKnown();
    view = homeView(await homeContent(deps, user, deps.clock.now()), { notice });
  } catch (error) {
    logFailure(deps.logger, 'Building the Home tab', { user }, error);
    view = { type: 'home' as const, callback_id: HOME_CALLBACK_ID, blocks: [{ type: 'section' as const, text: { type: 'mrkdwn' as const, text: APOLOGY } }] };
  }
  await client.views.publish({ user_id: user, view });
}
