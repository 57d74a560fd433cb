// Parish and town council minutes shut the public out in their own words: a motion "to exclude members of press and
// public", a sentence telling that the Chair excluded them or that the council went into camera, or an exclusion item
// whose title names the business it is for. Whatever was said after the public left stays sealed.
import { describe, expect, it } from 'vitest';
import { onlyMeeting } from './only-meeting.ts';

const head = ['Minutes of the Meeting of Fennick Parish Council held on Monday 2 March 2026 at 7.30pm in the Village Hall', '', 'Present: Cllr A Brewer (Chairman), Cllr C Dunne, Cllr E Foyle', ''];
const opening = ['1. Apologies for absence', 'Apologies were received from Cllr Gault.', '', '2. Footpaths', 'RESOLVED that the Clerk obtain quotes for clearing footpath 7.', ''];
const secret = 'second tenderer';
const minutes = (...items: string[][]) => onlyMeeting([...head, ...opening, ...items.flat()].join('\n'));
const item = (meeting: ReturnType<typeof onlyMeeting>, number: string) => meeting.items.find((i) => i.number === number)!;

describe('an exclusion in a parish council\'s own words', () => {
  it('seals the item after a carried motion to exclude members of press and public', () => {
    const meeting = minutes(
      ['3. Motion to exclude members of press and public due to the confidential nature of the next item', 'Motion to exclude members of the public and press was proposed by Cllr Dunne, seconded by Cllr Foyle and agreed unanimously.', ''],
      ['4. Grass cutting tender', `It was resolved to award the contract to the ${secret}.`, ''],
    );
    expect(item(meeting, '4').private).toBe(true);
    expect(JSON.stringify(meeting)).not.toContain(secret);
  });

  it('seals an exclusion item whose title names its own business', () => {
    const meeting = minutes([
      '3. To consider excluding the public and press under the Public Bodies (Admission to Meetings) Act 1960 to discuss the grass cutting tender',
      `The tenders were discussed and it was resolved to award the contract to the ${secret}.`,
      '',
    ]);
    expect(item(meeting, '3').private).toBe(true);
    expect(JSON.stringify(meeting)).not.toContain(secret);
  });

  it('reads nothing said after the minute tells that the Chairman excluded the public', () => {
    const meeting = minutes(['3. Exclusion of the press and public', `The Chairman excluded the press and public. Members discussed the tenders and resolved to award the contract to the ${secret}.`, '']);
    expect(JSON.stringify(meeting)).not.toContain(secret);
    expect(item(meeting, '2').resolutions).toHaveLength(1);
  });

  it('seals the items after the council went into camera', () => {
    const meeting = minutes(['3. Staffing', 'The Council went into camera.', ''], ['4. Clerk\'s hours', `It was resolved to offer the ${secret} terms.`, '']);
    expect(item(meeting, '4').private).toBe(true);
    expect(JSON.stringify(meeting)).not.toContain(secret);
  });

  it('keeps public an exclusion item that only points at the items to come, and what comes before it', () => {
    const meeting = minutes(
      ['3. Exclusion of the press and public to consider the following item', 'RESOLVED that the press and public be excluded for the following item.', ''],
      ['4. Grass cutting tender', `It was resolved to award the contract to the ${secret}.`, ''],
    );
    expect(item(meeting, '3').private).toBe(false);
    expect(item(meeting, '4').private).toBe(true);
    expect(item(meeting, '2').private).toBe(false);
  });

  it('still seals the items after an exclusion item whose title reads as naming business of its own', () => {
    const meeting = minutes(
      ['3. Exclusion of the press and public to consider reports containing exempt information', 'RESOLVED that the press and public be excluded for the following item.', ''],
      ['4. Grass cutting tender', `It was resolved to award the contract to the ${secret}.`, ''],
    );
    expect(item(meeting, '4').private).toBe(true);
    expect(JSON.stringify(meeting)).not.toContain(secret);
  });

  it('leaves alone a title that only mentions the word, and members of the public who simply left', () => {
    const meeting = minutes(
      ['3. Public participation', 'Two members of the public left the meeting.', ''],
      ['4. Confidential Reporting Policy', 'RESOLVED that the policy be adopted.', ''],
    );
    expect(item(meeting, '4').private).toBe(false);
    expect(item(meeting, '4').resolutions).toHaveLength(1);
  });
});
