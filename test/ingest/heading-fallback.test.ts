// The heading fallback: minutes in which the heading readers found fewer than two items have their items read from
// short lines standing alone over prose (or run on into their minute after a colon), whatever they say.
import { describe, expect, it } from 'vitest';
import { onlyMeeting } from './only-meeting.ts';

const minutes = (...body: string[]) =>
  [
    'Minutes of Meeting held on Monday 9th February 2026 in the Pavilion, Westerholm at 7pm',
    '',
    'Present:  Nora Quayle (Chair), Ivor Sands, Petra Lusk',
    '',
    'Apologies:  Owen Tarrant',
    '',
    ...body,
  ].join('\n');

describe('the heading fallback', () => {
  it('reads short lines alone over prose, and titles run on after a colon, as the items', () => {
    const m = onlyMeeting(
      minutes(
        'Footpaths:',
        '',
        'The stile at Hollin Lane had been replaced by the landowner and the path was open again.',
        '',
        'Village Hall Roof',
        '',
        'Two quotes had been received and the lower one was accepted by the members present.',
        '',
        'Treasurer: No report',
      ),
    );
    expect(m.items.map((i) => i.title)).toEqual(['Footpaths', 'Village Hall Roof', 'Treasurer']);
    expect(m.present.map((p) => p.name)).toEqual(['Nora Quayle', 'Ivor Sands', 'Petra Lusk']);
  });

  it('reads the last minutes approved in a paragraph of their own as an item, the sentence its title', () => {
    const m = onlyMeeting(
      minutes(
        'Minutes of the meeting held on 12th January were approved and signed by the Chair.',
        '',
        'Footpaths:',
        '',
        'The stile at Hollin Lane had been replaced by the landowner and the path was open again.',
        '',
        'Treasurer: No report',
      ),
    );
    expect(m.items.map((i) => i.title)).toEqual(['Minutes of the meeting held on 12th January were approved and signed by the Chair.', 'Footpaths', 'Treasurer']);
  });

  it('takes no entry of a list under a line closed by a colon, nor a label and its value', () => {
    const m = onlyMeeting(
      minutes(
        'Reports from Outside Bodies:',
        'a. Ward Member – Cllr Dale sent his apologies',
        'b. Division Member – Cllr Hume reported on the county budget for the coming year.',
        '',
        'Meeting commenced: 19.10hrs',
        '',
        'Playing Field',
        '',
        'The mower had been serviced and the grass would be cut fortnightly through the summer.',
      ),
    );
    expect(m.items.map((i) => i.title)).toEqual(['Reports from Outside Bodies', 'Playing Field']);
  });

  it('reads nothing after the public are excluded', () => {
    const m = onlyMeeting(
      minutes(
        'Allotments',
        '',
        'The waiting list stood at six and two plots would be offered in the spring.',
        '',
        'Grit Bins',
        '',
        'The county had refilled both grit bins before the cold spell in January.',
        '',
        'It was resolved to exclude the press and public for the next item.',
        '',
        'Staffing: The members discussed the clerk’s hours and agreed a change to the contract.',
      ),
    );
    expect(m.items.map((i) => i.title)).toEqual(['Allotments', 'Grit Bins']);
  });

  it('reads headings each run on into a sentence of its minute where the page was cut below them', () => {
    const m = onlyMeeting(
      minutes(
        'WELCOME The Chair welcomed the new clerk to her first meeting.',
        '',
        'FOOTPATHS The stile at Hollin Lane had been replaced by the landowner.',
      ),
    );
    expect(m.items.map((i) => i.title)).toEqual(['WELCOME', 'FOOTPATHS']);
  });

  it('reads no labels run on into lists of names as headings, however many', () => {
    const m = onlyMeeting(minutes('ATTENDING Ivor Sands, Petra Lusk and Owen Tarrant', '', 'OFFICERS Mary Hale, Clerk and Rhys Dune, Treasurer'));
    expect(m.items).toEqual([]);
  });
});
