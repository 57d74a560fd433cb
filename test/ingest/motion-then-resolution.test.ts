// A motion put and then a resolution recorded after it in other words: the resolution is the decision; a motion on
// something else stays a decision of its own.
import { describe, expect, it } from 'vitest';
import { extractMinuteContent } from '../../src/ingest/minute-content.ts';

const decisions = (text: string, title = 'Election of Chairman') => extractMinuteContent(text, { title }).resolutions.map((r) => r.text);

describe('a motion followed by the resolution that records it', () => {
  it('keeps only the resolution, for the motion carried and for a rival one', () => {
    const minute = [
      'Councillor A Penrose proposed that Councillor B Hale be elected as Chairman of the Panel. This was duly seconded.',
      '',
      'Councillor C Ruan proposed that Councillor D Mabe be elected as Chairman of the Panel. This was duly seconded.',
      '',
      'RESOLVED that Councillor D Mabe be elected Chairman of the Panel for the Municipal Year.',
    ].join('\n');
    expect(decisions(minute)).toEqual(['Councillor D Mabe be elected Chairman of the Panel for the Municipal Year.']);
  });

  it('keeps a motion whose words the later resolution does not repeat', () => {
    const minute = ['It was moved by Councillor Penrose and seconded by Councillor Ruan that the grant to the sailing club be increased.', '', 'RESOLVED that the annual report be noted.'].join('\n');
    expect(decisions(minute, 'Annual Report')).toHaveLength(2);
  });
});
