// The numbered run as the fallback for item headings: lines opening with numbers going up in one shape are the item
// list when the specific readings leave some of them out, and never when the numbers are a resolution's list.
import { describe, expect, it } from 'vitest';
import { classifyDocument } from '../../src/ingest/parse-document.ts';
import { numberedRun } from '../../src/ingest/readers/numbered-run.ts';
import { onlyMeeting } from './only-meeting.ts';

const head = ['Minutes of the Meeting of Fernleigh Parish Council held Monday 3rd March 2025 at 7pm in the Hall', 'Present: Cllr A Rowe (Chair) Cllr B Lyle Cllr C Penn'];

describe('a run of numbered lines as the item list', () => {
  it('reads items numbered by a reference that also reads as a date ("1.3/25"), which no specific rule takes', () => {
    const m = onlyMeeting(
      [
        ...head,
        '1.3/25 To open the meeting',
        'The Chair opened the meeting at 7.02pm.',
        '2.3/25 To receive apologies for absence',
        'None.',
        '3.3/25 To approve the minutes of the last meeting',
        'The minutes were approved and signed.',
      ].join('\n'),
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['1.3/25', 'To open the meeting'],
      ['2.3/25', 'To receive apologies for absence'],
      ['3.3/25', 'To approve the minutes of the last meeting'],
    ]);
  });

  it('adds the lines of the run the specific reading left out, the title ending at an early dash of a long line', () => {
    const m = onlyMeeting(
      [
        ...head,
        '',
        '1 Apologies - None',
        '',
        '2 Declarations of interest - None',
        '',
        '3 Confirm the minutes of the last meeting Members agreed the minutes of 3rd February 2025 as a true record and the Chair signed them.',
        '',
        '4 Village hall – The roof survey had come back and the Clerk will ask two builders to quote for the work before the next meeting.',
      ].join('\n'),
    );
    expect(m.items.map((i) => i.number)).toEqual(['1', '2', '3', '4']);
    expect(m.items[3]!.title).toBe('Village hall');
  });

  it('is no run when a decision or a stem introduces the numbers as a list', () => {
    const resolved = classifyDocument(['RESOLVED:', '1. Approves the plan', '2. Notes the risks', '3. Asks for a report in June'].join('\n'));
    expect(numberedRun(resolved, 0, resolved.length)).toEqual([]);
    const stem = classifyDocument(['The Committee agreed the following:', '1. Approves the plan', '2. Notes the risks', '3. Asks for a report in June'].join('\n'));
    expect(numberedRun(stem, 0, stem.length)).toEqual([]);
  });

  it('leaves a reading alone whose numbered items are not on the run', () => {
    const m = onlyMeeting(
      [
        ...head,
        '',
        '25/01 APOLOGIES',
        'None.',
        '',
        '25/02 PLANNING',
        'The council considered three applications:',
        '1 Barn conversion at Mill Lane',
        '2 Extension at 4 Church Row',
        '3 Garage at The Green',
        '4 Fence at Holly Cottage',
        '',
        '25/03 FINANCE',
        'Payments were approved.',
      ].join('\n'),
    );
    expect(m.items.map((i) => i.number)).toEqual(['25/01', '25/02', '25/03']);
  });

  it('reads references of any shape whose one number counts up ("24.C.51", "24.C.52"), the reference out of the title', () => {
    const m = onlyMeeting(
      [
        ...head,
        '',
        '24.C.51 APOLOGIES',
        '',
        'Apologies were received from Cllr D Marsh.',
        '',
        '24.C.52 MINUTES',
        '',
        'The minutes of the last meeting were approved.',
        '',
        '24.C.53 CORRESPONDENCE',
        '',
        'The Clerk read a letter from the bus company.',
      ].join('\n'),
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['24.C.51', 'APOLOGIES'],
      ['24.C.52', 'MINUTES'],
      ['24.C.53', 'CORRESPONDENCE'],
    ]);
  });

  it('takes the run over a numbered list inside one of its items, the title the first cell of a table kept apart by slashes', () => {
    const m = onlyMeeting(
      [
        ...head,
        'Item / Notes / Action',
        '7.25/26 / Apologies / Apologies were received from Cllr D Marsh.',
        '8.25/26 / Minutes / The minutes were agreed as a true record.',
        '9.25/26 / Planning / Applications considered: 1) P101/25: Barn at Mill Lane: no comment.',
        '2) P102/25: Extension at 4 Church Row: no comment.',
        '3) P103/25: Garage at The Green: no comment.',
        '4) P104/25: Fence at Holly Cottage: no comment.',
        '10.25/26 / Footpaths / The stile had been mended. / Clerk',
      ].join('\n'),
    );
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['7.25/26', 'Apologies'],
      ['8.25/26', 'Minutes'],
      ['9.25/26', 'Planning'],
      ['10.25/26', 'Footpaths'],
    ]);
  });
});
