// Apologies received or accepted are the meeting's attendance whatever label they stand under; a decision about
// apologies in general (a policy on them) is still a decision.
import { describe, expect, it } from 'vitest';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';

const decisions = (text: string, title = 'Apologies for absence') => extractMinuteContent(text, { title }).resolutions.map((r) => r.text);

describe('apologies under a decision label', () => {
  it('reads no decision from apologies received or accepted', () => {
    expect(decisions('RESOLVED: That apologies for absence be received from Councillors Ames and Birch.')).toEqual([]);
    expect(decisions('RESOLVED: apologies were received from Cllr Dunne.')).toEqual([]);
  });

  it('keeps a decision on a policy about apologies', () => {
    expect(decisions('RESOLVED: That the apologies policy be adopted as set out in the report.', 'Members Apologies Policy')).toEqual(['the apologies policy be adopted as set out in the report.']);
  });
});
