// Which hosts are Slack's: the only places the bot sends its token, a member's answer or a file
// request. Slack's own Web API (slack.com, slack-gov.com for GovSlack) is always Slack; a Web API
// configured elsewhere (a local test server, a proxy) is trusted over https, or over plain http only
// on this machine's loopback interface.

/** The hosts of Slack's own Web API. */
export const SLACK_API_HOSTS: ReadonlySet<string> = new Set(['slack.com', 'slack-gov.com']);
const LOOPBACK = new Set(['127.0.0.1', '[::1]', 'localhost']);

/** The Web API the bot is configured with (Slack's own when none is). */
export function slackApi(apiUrl: string | undefined): URL | null {
  try {
    return new URL(apiUrl ?? 'https://slack.com/api/');
  } catch {
    return null;
  }
}

/** A configured Web API that is not Slack's own: its origin when it may be trusted, otherwise null. */
export function trustedApiOrigin(api: URL): string | null {
  if (api.protocol === 'https:' || (api.protocol === 'http:' && LOOPBACK.has(api.hostname))) return api.origin;
  return null;
}
