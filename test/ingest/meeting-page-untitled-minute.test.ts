// A ModernGov meeting page whose items lost their titles with their links: the minute straight under the table's head
// is still an item's (untitled), and an "ACTION:" line under a minute is the action set there, not the next item's title
// (which would take the minute above it, and its asks, away from any item).
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/parse-document.ts';

const head = 'Agenda and minutes\n\nHighways Scrutiny Panel - Monday, 9th March, 2026 6.30 pm\n\nVenue: Committee Room 1, Town Hall\n\nNo. Item\n\n\n\n\n';

describe('a meeting page whose first item lost its title', () => {
  it('keeps the untitled minute under the table head as an item, and its asks', () => {
    const text = `${head}Apologies for absence were received from Councillor Sara Lund. Members asked for the resurfacing list for 2027.\n\n\n\nMatters Arising\n\nThere were no matters arising.\n`;
    const items = parseDocument(text, 'page.txt').meetings[0]!.items;
    expect(items).toHaveLength(2);
    expect(items[0]!.requests.map((r) => r.text)).toEqual(['Members asked for the resurfacing list for 2027.']);
    expect(items[1]!.title).toBe('Matters Arising');
  });

  it('reads an ACTION line as the action under the minute, not a title', () => {
    const text = `${head}The minutes of the meeting held on 12 January 2026 were agreed as a correct record.\n\n\n\nThe Head of Highways presented the report on winter gritting. Members asked for the gritting routes for each ward.\n\nACTION: Head of Highways\n\nMembers asked for a briefing on the new depot.\n\nAction: Scrutiny Officer to arrange a briefing before the summer.\n`;
    const requests = parseDocument(text, 'page.txt').meetings[0]!.items.flatMap((i) => i.requests.map((r) => r.text));
    // The paragraph asks in no words a reader knows: the owner's line makes it the request, with the owner.
    expect(requests).toContain('The Head of Highways presented the report on winter gritting. Members asked for the gritting routes for each ward. ACTION: Head of Highways');
    expect(requests.some((r) => r.includes('Scrutiny Officer to arrange a briefing'))).toBe(true);
  });

  it('reads "ACTION CB" under a minute as no title, while "Actions Arising" stays one', () => {
    const text = `${head}Matters Arising\n\nTo consider matters arising from the last meeting.\n\n\n\nThe fallen stile is to be reported to the county.\n\nACTION CB\n\n\n\nActions Arising\n\nTo note the action log.\n\n\n\nThe action log was noted.\n`;
    const items = parseDocument(text, 'page.txt').meetings[0]!.items;
    expect(items.map((i) => i.title)).toEqual(['Matters Arising', 'Actions Arising']);
  });
});
