// A meeting page's link to the meeting's broadcast ("Virtual Meeting - Link to View", "Watch the meeting") is a line of
// the page, not an item of business; an item about webcasting with its own number stays an item.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/parse-document.ts';
import { MEETING_LINK } from '../../src/ingest/rules.ts';

const page = (lines: string[]) =>
  ['Agenda', '', 'Audit and Governance Committee - Tuesday, 10th February, 2026 7.00 pm', '', 'Venue: Assembly Room, Guild House', '', 'Items', 'No. Item', '', ...lines].join('\n');
const titles = (text: string) => parseDocument(text, 'page.txt').meetings.flatMap((m) => m.items.map((i) => [i.number, i.title]));

describe('links to the meeting on a meeting page', () => {
  it('reads no item from a link line above unnumbered items', () => {
    const text = page(['Virtual Meeting - Link to View', '', '', 'Apologies for Absence', '', 'To receive any apologies.', '', '', 'Internal Audit Plan pdf icon PDF 120 KB', '', 'To consider the plan.', '', '', 'View the webcast']);
    expect(titles(text)).toEqual([
      [null, 'Apologies for Absence'],
      [null, 'Internal Audit Plan'],
    ]);
  });

  it('keeps a numbered item about webcasting', () => {
    const text = page(['1.', '', 'Webcasting of Meetings', '', 'The Chair announced that the meeting was being broadcast live.', '', '2.', '', 'Internal Audit Plan', '', 'To consider the plan.']);
    expect(titles(text)).toEqual([
      ['1', 'Webcasting of Meetings'],
      ['2', 'Internal Audit Plan'],
    ]);
  });

  it('knows the link wordings, and no title of business', () => {
    for (const link of ['Virtual Meeting - Link to View', 'Watch the meeting', 'View the webcast', 'Link to the recording', 'Watch the meeting live on YouTube', 'Link to view the meeting']) expect(MEETING_LINK.test(link), link).toBe(true);
    for (const title of ['Webcasting of Meetings', 'Webcasting Introduction', 'Recording of Council Meetings Protocol', 'Virtual Meetings Regulations', 'Watching Brief on Air Quality']) expect(MEETING_LINK.test(title), title).toBe(false);
  });
});
