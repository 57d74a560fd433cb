// An agenda-item page saved without its "Minutes:" label whose minute has wide gaps between its own paragraphs: the
// text above the last wide gap tells what was said at the meeting, so it is the minute, not the agenda's words (which
// are written before the meeting and narrate nothing), and what it asks for is read.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/parse-document.ts';

const page = (body: string) => parseDocument(`Agenda item\n\nHighways Drainage Update\n\n\n${body}\n\n\nSupporting documents:\n`, 'item.txt').meetings[0]!.items[0]!;

describe('an item page whose minute is parted by wide gaps', () => {
  it('reads the narrated paragraphs above the last gap as the minute', () => {
    const item = page(
      'The Drainage Engineer presented his report and explained the gully cleansing cycle.\n\nA member commented that a briefing from the water company would help. It was agreed this would be added to the Forward Plan.\n\n\nThat the report be noted.',
    );
    expect(item.requests.map((r) => r.text).join(' ')).toContain('It was agreed this would be added to the Forward Plan.');
    expect(item.resolutions.map((r) => r.text)).toEqual(['It was agreed this would be added to the Forward Plan.', 'the report be noted.']);
  });
});
