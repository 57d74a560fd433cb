// A capital and a stop opening a paragraph: a person's initial ("S. Farrow proposed ...") or the letter of a
// lettered clause ("A. ...", "B. ..."). Only a letter that stands in a series is a clause's.
import { describe, expect, it } from 'vitest';
import { classifyLines } from '../../src/ingest/line-kinds.ts';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';
import { documentLines } from '../../src/ingest/normalise-text.ts';
import { parseDocument } from '../../src/ingest/parse-document.ts';

const decisions = (text: string) => extractMinuteContent(text).resolutions.map((r) => r.text);
const markers = (text: string) => classifyLines(documentLines(text)).map((l) => l.clause?.marker ?? null);

describe('initials and lettered clauses', () => {
  it('reads a paragraph that opens with an initial and a surname as a person speaking, not a clause', () => {
    const text = 'The accounts had been circulated.\n\nT. Marsh proposed acceptance of the accounts, seconded by D. Ellery and unanimously agreed.';
    expect(markers(text)).toEqual([null, null, null]);
    expect(decisions(text)).toEqual(['T. Marsh proposed acceptance of the accounts, seconded by D. Ellery and unanimously agreed.']);
  });

  it('quotes a motion its proposer opens by initial and surname from "that", without the seconding', () => {
    expect(decisions('R. Lowe proposed that a second litter bin be bought for the play area, seconded by M. Tennant and agreed by all.')).toEqual([
      'a second litter bin be bought for the play area',
    ]);
  });

  it('keeps capital letters that run in a series as the clauses of a decision', () => {
    const text = 'RESOLVED that the Panel:\nA. Notes the report.\nB. Asks officers to report back in March.';
    expect(markers(text)).toEqual([null, 'A', 'B']);
    expect(decisions(text)).toEqual(['Notes the report.', 'Asks officers to report back in March.']);
    expect(decisions('RESOLVED\n\nI.     That the update be noted.\n\nII.    That the comments be forwarded to the Cabinet Member.')).toEqual([
      'That the update be noted.',
      'That the comments be forwarded to the Cabinet Member.',
    ]);
  });

  it('ends a decision at a stop after a bracketed abbreviation in capitals', () => {
    expect(decisions('It was resolved to spend up to £480 on the signs (excluding VAT). Actual costs may change once the order is placed.')).toEqual([
      'to spend up to £480 on the signs (excluding VAT).',
    ]);
  });

  it('reads a whole page with such a paragraph without failing', () => {
    const text = 'Minutes of the Parish Council Meeting held on 2nd May 2024\n\nPresent; A. Bell, C. Dunn\n\n14/24 Accounts\n\nC. Dunn proposed acceptance of the accounts, seconded by A. Bell and agreed.\n\nD. Fox reported on the hedges.\n\n15/24 Close';
    const items = parseDocument(text).meetings[0]!.items;
    expect(items[0]!.resolutions.map((r) => r.text)).toEqual(['C. Dunn proposed acceptance of the accounts, seconded by A. Bell and agreed.']);
  });
});
