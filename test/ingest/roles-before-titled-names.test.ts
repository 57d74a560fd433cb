// A list's people when an office or a role stands before a titled name, and when surnames in capitals run on.
import { describe, expect, it } from 'vitest';
import { readPeople } from '../../src/ingest/attendance.ts';
import { onlyMeeting } from './only-meeting.ts';

const read = (text: string) => readPeople(text).map((p) => [p.name, p.note, p.chair]);

describe('roles before titled names', () => {
  it('starts the next person at a title after a surname in capitals', () => {
    expect(read('Councillor Ross AITKEN Councillor Moira BAIN Councillor Euan CORMACK')).toEqual([
      ['Councillor Ross AITKEN', null, false],
      ['Councillor Moira BAIN', null, false],
      ['Councillor Euan CORMACK', null, false],
    ]);
  });

  it('keeps a depute convener\'s office as the note of the person after it', () => {
    expect(read('Councillor Moira BAIN Depute Convener Kirsty DOIG Councillor Fraser ELDER')).toEqual([
      ['Councillor Moira BAIN', null, false],
      ['Kirsty DOIG', 'Depute Convener', false],
      ['Councillor Fraser ELDER', null, false],
    ]);
  });

  it('reads "Vice Chair" or "Deputy Chair" before a titled name as that person\'s role, not a person', () => {
    expect(read('Vice Chair Cllr M Lees and Cllr L Porter')).toEqual([
      ['Councillor M Lees', 'Vice-Chair', false],
      ['Councillor L Porter', null, false],
    ]);
    expect(read('Deputy Chairman Councillor Ann Lee, Councillor Bob Ray')).toEqual([
      ['Councillor Ann Lee', 'Vice-Chair', false],
      ['Councillor Bob Ray', null, false],
    ]);
  });
  it('joins a surname in capitals wrapped onto the next line to the forename that ended the line, never a heading', () => {
    const head = 'MINUTES of MEETING of CALDERMUIR COUNCIL held in the COUNCIL CHAMBERS on THURSDAY 12 FEBRUARY 2026 at 10.00am.';
    const m = onlyMeeting([head, '', 'Present: Councillor Ross AITKEN Councillor Euan', 'CORMACK Councillor Lewis GOW', '', 'CC101 MINUTES', '', 'The minutes were approved as a correct record.'].join('\n'));
    expect(m.present.map((p) => p.name)).toEqual(['Councillor Ross AITKEN', 'Councillor Euan CORMACK', 'Councillor Lewis GOW']);
  });
});
