// Links to the council's ModernGov pages pasted in Slack, previewed through the real app over HTTP:
// a link_shared event in, chat.unfurl out to the fake Slack (which accepts only links the message
// holds), from a record the fake ModernGov sync built.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CHANNEL, MEMBER } from '../slack/support/signed-slack.ts';
import { startSyncedBoard, type SyncedBoard } from '../calendar/support/synced-board.ts';

let s: SyncedBoard;
beforeEach(async () => {
  s = await startSyncedBoard();
});
afterEach(async () => {
  await s.stop();
});

/** A member's message holding the links, then Slack's link_shared event for it; resolves with the chat.unfurl call. */
async function share(links: string[], options: { composer?: boolean } = {}) {
  const message = s.h.slack.seedMessage(CHANNEL, { text: `Papers for Thursday: ${links.map((l) => `<${l}>`).join(' ')}`, user: MEMBER });
  const event = {
    type: 'link_shared',
    channel: options.composer ? 'COMPOSER' : CHANNEL,
    user: MEMBER,
    message_ts: options.composer ? `${MEMBER}-composer-1` : message.ts,
    links: links.map((url) => ({ domain: new URL(url).hostname, url })),
    event_ts: message.ts,
    ...(options.composer ? { unfurl_id: `${MEMBER}-9a1b2c3d`, source: 'composer' } : {}),
  };
  const reply = await s.h.event(event);
  expect(reply.status).toBe(200);
  return { message, call: await s.h.slack.waitFor('chat.unfurl') };
}

const text = (value: unknown) => JSON.stringify(value);

describe('ModernGov link previews', () => {
  it("previews a meeting's page with its date, committee, place and items, the exempt one by title alone", async () => {
    const url = `${s.mg.url}/ieListDocuments.aspx?CId=569&MId=9101&Ver=4`;
    const { message, call } = await share([url]);
    expect(call.body).toMatchObject({ channel: CHANNEL, ts: message.ts });
    const preview = text(call.body.unfurls[url]);
    expect(preview).toContain("Education and Children's Services Scrutiny Board (2): Thursday 18 September 2025, 2.00 pm");
    expect(preview).toContain('Diamond Rooms 1 and 2, Council House');
    expect(preview).toContain('4. Private Fostering Annual Report 2024/25');
    expect(preview).toContain("6. Children's Residential Care Placements Contract (exempt)");
    expect(preview).not.toMatch(/preferred bidder|Evaluation of Bids|s70005/);
    // The fake Slack took it: the preview is on the message.
    expect(s.h.slack.messages(CHANNEL).find((m) => m.ts === message.ts)?.unfurls?.[url]).toBeDefined();
  });

  it("previews an agenda item's page with what was resolved on it", async () => {
    const url = `${s.mg.url}/mgAi.aspx?ID=50004`;
    const { call } = await share([url]);
    const preview = text(call.body.unfurls[url]);
    expect(preview).toContain('Private Fostering Annual Report 2024/25');
    expect(preview).toContain('Notes the annual report.');
    expect(preview).toContain('Requests an update on private fostering awareness raising in schools in March 2026.');
  });

  it("shows an exempt item's page as its title with \"exempt\", and nothing else of it", async () => {
    const url = `${s.mg.url}/mgAi.aspx?ID=50006`;
    const { call } = await share([url]);
    const preview = text(call.body.unfurls[url]);
    expect(preview).toContain("Children's Residential Care Placements Contract (exempt)");
    expect(preview).not.toMatch(/preferred bidder|award|Evaluation|Director/);
  });

  it("previews a committee's meetings page with its next meeting, passing over the cancelled one", async () => {
    const url = `${s.mg.url}/ieListMeetings.aspx?CId=569&Year=0`;
    const { call } = await share([url]);
    const preview = text(call.body.unfurls[url]);
    expect(preview).toContain('Thursday 29 January 2026, 10.00 am');
    expect(preview).toContain('Thursday 18 September 2025, 2.00 pm');
    expect(preview).not.toContain('27 January 2026');
  });

  it('previews only the links the record knows: not an unknown meeting, an issue, nor another site', async () => {
    const known = `${s.mg.url}/ieListDocuments.aspx?CId=569&MId=9103`;
    const unknown = [`${s.mg.url}/ieListDocuments.aspx?CId=569&MId=99999`, `${s.mg.url}/mgIssueHistoryHome.aspx?IId=31337`, 'https://democracy.example-borough.gov.uk/ieListDocuments.aspx?CId=569&MId=9103'];
    const { call } = await share([...unknown, known]);
    expect(Object.keys(call.body.unfurls)).toEqual([known]);
    expect(text(call.body.unfurls[known])).toContain('Disabilities (SEND) Update');
  });

  it("previews an issue's page with the board's items on it, its title read from the council's page", async () => {
    // An issue page as ModernGov lays one out (invented wording): the heading, the title, the meetings.
    s.mg.routes.papers = {
      '/ieIssueDetails.aspx?IId=4411&Opt=3': {
        contentType: 'text/html; charset=utf-8',
        body: `<html><head><title>Issue - meetings</title><script>var t = "Issue - meetings";</script></head><body><div id="modgov">
          <h1 class="mgMainTitleTxt">Issue - meetings</h1><h2 class="mgSubTitleTxt">Private Fostering</h2>
          <p>Meeting: 18/09/2025 - Education and Children&#39;s Services Scrutiny Board (2) (Item 4)</p>
          <p>4 Private Fostering Annual Report 2024/25</p></div></body></html>`,
      },
    };
    const url = `${s.mg.url}/ieIssueDetails.aspx?IId=4411&Opt=3`;
    const other = `${s.mg.url}/mgIssueHistoryHome.aspx?IId=4412`;
    const { call } = await share([url, other]);
    // The page is asked for at the address made from the site and the number, and only that.
    expect(s.mg.calls('paper').map((c) => c.path)).toEqual(['/ieIssueDetails.aspx?IId=4411&Opt=3', '/ieIssueDetails.aspx?IId=4412&Opt=3']);
    // An issue whose page cannot be read has no preview.
    expect(Object.keys(call.body.unfurls)).toEqual([url]);
    const preview = text(call.body.unfurls[url]);
    expect(preview).toContain('Issue: Private Fostering');
    expect(preview).toContain('Thursday 18 September 2025, 2.00 pm · Minute 4 · Private Fostering Annual Report 2024/25');
  });

  it('previews a link still in the composer by its unfurl id', async () => {
    const url = `${s.mg.url}/ieListDocuments.aspx?CId=569&MId=9102`;
    const { call } = await share([url], { composer: true });
    expect(call.body).toMatchObject({ unfurl_id: `${MEMBER}-9a1b2c3d`, source: 'composer' });
    expect(call.body.channel).toBeUndefined();
    expect(text(call.body.unfurls[url])).toContain('(cancelled)');
  });
});
