// An exclusion item may print the agenda's proposal ("To resolve that ... the press and public be excluded ...") over the
// resolution that carries it. The proposal is no exclusion yet: the resolution under it is the decision, and the
// public leave once it is taken. A proposal with no such resolution under it still seals what follows it.
import { describe, expect, it } from 'vitest';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';

const proposal =
  'To resolve that, under Section 100A (4) of the Local Government Act 1972, the press and public be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in Paragraph 3 of Part 1 of Schedule 12A to the Act';
const resolution =
  'RESOLVED: That, under Section 100A (4) of the Local Government Act 1972, the press and public be excluded from the meeting for the following item of business on the grounds that it involves the likely disclosure of exempt information as defined in Paragraph 3 of Part 1 of Schedule 12A to the Act.';
const secret = 'Harrier Homes';

describe('an exclusion proposed, then resolved', () => {
  it('reads the resolution under the proposal as the decision', () => {
    const content = extractMinuteContent([proposal, '', '', resolution].join('\n'));
    expect(content.resolutions.map((r) => r.text)).toEqual([resolution.replace('RESOLVED: That, ', '')]);
  });

  it('reads nothing said after the resolution', () => {
    const content = extractMinuteContent([proposal, '', resolution, '', `RESOLVED: That the offer from ${secret} be accepted.`].join('\n'));
    expect(JSON.stringify(content.resolutions)).not.toContain(secret);
  });

  it('still seals what follows a proposal that no resolution takes', () => {
    const content = extractMinuteContent([proposal, '', `RESOLVED: That the offer from ${secret} be accepted.`].join('\n'));
    expect(JSON.stringify(content.resolutions)).not.toContain(secret);
  });
});
