// Minutes saved without heading or item titles: one meeting, its attendance from what the sentences and lists say.
import { describe, expect, it } from 'vitest';
import { isEmptyParse, parseDocument } from '../../src/ingest/parse-document.ts';
import { onlyMeeting } from './only-meeting.ts';

const names = (people: { name: string }[]) => people.map((p) => p.name);

describe('a minute text with no heading and no item titles', () => {
  const text = [
    'Apologies for absence were received from Councillor Ferris and Councillor Nyambura.',
    'There were no declarations of interest.',
    'The minutes of the meeting held on 2 September 2025 were agreed as a correct record.',
    'Councillor Tollemache attended as a substitute for Councillor Ferris.',
    'RESOLVED that Councillor J Okafor would be Chair for the purposes of the meeting.',
  ].join('\n\n');

  it('is one meeting of unknown date, with the apologies, the substitute and the chair it names', () => {
    const meeting = onlyMeeting(text);
    expect(meeting.date).toBeNull();
    // (Its decisions are items whose titles were not printed: the decision-block fallback's.)
    expect(meeting.items.map((i) => [i.number, i.title])).toEqual([
      [null, 'Untitled item'],
      [null, 'Untitled item'],
    ]);
    expect(names(meeting.apologies)).toEqual(['Councillor Ferris', 'Councillor Nyambura']);
    expect(meeting.chair).toBe('Councillor J Okafor');
    expect(names(meeting.present)).toEqual(['Councillor J Okafor', 'Councillor Tollemache']);
  });

  it('is no meeting when its apologies name no one', () => {
    expect(isEmptyParse(parseDocument('There were apologies from the contractor for the delay, and the revised dates were agreed with the school.'))).toBe(true);
  });
});

describe('a minute text that opens at its first item\'s title, with no heading and no paper marks', () => {
  const text = [
    'Apologies for absence:',
    '',
    'Members are requested to advise Democratic Services of any apologies for this meeting.',
    '',
    '',
    'Councillors Y Osei, Pellow and Quarrie.',
    '',
    '',
    'The minutes of the meeting held on 3 June 2025 were approved as a correct record.',
    '',
    '',
    'Announcements from the Mayor:',
    '',
    '',
    'The Mayor thanked the volunteers of the summer festival.',
    '',
    '',
    '(At 7.10 pm Councillor Quarrie entered the meeting.)',
  ].join('\n');

  it('is one meeting of unknown date whose items are the titles after the gap, not the list of names or the note', () => {
    const meeting = onlyMeeting(text);
    expect(meeting.date).toBeNull();
    expect(meeting.items.map((i) => i.title)).toEqual(['Apologies for absence', 'Announcements from the Mayor']);
    expect(names(meeting.apologies).length).toBeGreaterThan(0);
  });

  it('is no meeting when it records no business', () => {
    expect(isEmptyParse(parseDocument(['Apologies for absence:', '', 'Members are requested to advise Democratic Services of any apologies.'].join('\n')))).toBe(true);
  });
});

describe('a page that holds only the sentence giving the apologies', () => {
  it('is that meeting with its apologies; a sentence of another kind alone is no meeting', () => {
    const meeting = onlyMeeting('Apologies for absence were received from Councillors V Ashdown, R Bellamy and C Quist.');
    expect(names(meeting.apologies)).toEqual(['Councillor V Ashdown', 'Councillor R Bellamy', 'Councillor C Quist']);
    expect(names(onlyMeeting('Apologies for absence were received from Councillor Ferris and Councillor Nyambura.').apologies)).toEqual(['Councillor Ferris', 'Councillor Nyambura']);
    expect(isEmptyParse(parseDocument('The Committee thanked the officers for their work on the review.'))).toBe(true);
  });
});
