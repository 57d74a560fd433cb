// Titles run on into their minute on one line, split where the minute begins: at the first sentence with no mark
// between them, or after a dash before a minute that records nothing.
import { describe, expect, it } from 'vitest';
import { splitTitle } from '../../src/ingest/line-kinds.ts';

describe('a title run on into its minute with no stop, colon or dash', () => {
  it.each([
    ['To receive and accept Apologies for Absence Apologies were received from Cllr Ferris.', 'To receive and accept Apologies for Absence'],
    ['Open Forum Session The meeting was told that the shelter had been repaired.', 'Open Forum Session'],
    ['Matters Arising from the previous meeting The Speed Watch Action Plan was reviewed.', 'Matters Arising from the previous meeting'],
    ['Confirm the minutes of the previous meeting Members confirmed the minutes as a true record.', 'Confirm the minutes of the previous meeting'],
    ["Chairman's report Cllr Lusk reported that the defibrillator had been installed.", "Chairman's report"],
    ['Defibrillators Councillor Bryn Hollis reported that the school had ordered one.', 'Defibrillators'],
    ['Highways County Councillor Ian Tate reported that the lane would be resurfaced.', 'Highways'],
  ])('%s', (line, title) => {
    expect(splitTitle(line)?.title).toBe(title);
  });

  it.each([
    'The minutes of the meeting held on 12 January 2026 were approved as a correct record.',
    'In the absence of the Tree Warden, it was agreed that Cllr Tanner report on the limes.',
    'Minutes of the last meeting: The minutes of the meeting held on 12th May 2025 were approved.',
    'Correspondence Letters from the County Council were noted.',
  ])('cuts no title inside the sentence: %s', (line) => {
    expect(splitTitle(line)).toBeNull();
  });
});

describe('a title and a minute that records nothing, a dash between them', () => {
  it.each([
    ['Apologies – None', 'Apologies', 'None'],
    ['Declaration of interest - None', 'Declaration of interest', 'None'],
    ['Public participation – Nil', 'Public participation', 'Nil'],
    ['Planning – None received', 'Planning', 'None received'],
  ])('%s', (line, title, rest) => {
    expect(splitTitle(line)).toEqual({ title, rest });
  });
});
