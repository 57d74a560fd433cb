// A council's civic head chairs its meetings when the list marks no other chair.
import { describe, expect, it } from 'vitest';
import { civicHeadChairing, readPeople } from '../../src/ingest/attendance.ts';
import type { Attendee } from '../../src/model.ts';

const listed = (text: string): Attendee[] => readPeople(text).map((p) => ({ name: p.name, role: 'member', chair: p.chair, note: p.note }));

describe('civic head as chair', () => {
  it('marks the one member listed as Lord Mayor or Provost, never the deputy or the sheriff', () => {
    const present = listed('Councillors Whitcombe (Lord Mayor), Ellery (Deputy Lord Mayor), Pardoe (Sheriff) and Ames');
    expect(civicHeadChairing(present)?.name).toBe('Councillor Whitcombe');
    expect(present.filter((p) => p.chair).map((p) => p.name)).toEqual(['Councillor Whitcombe']);
    expect(civicHeadChairing(listed('Councillors Baird (Provost), Crerar and Dunlop'))?.name).toBe('Councillor Baird');
  });

  it('leaves the chair the list marks, and names none where two hold such an office or none does', () => {
    const marked = listed('Councillors Whitcombe (Lord Mayor), Ames (Chair) and Bristow');
    expect(civicHeadChairing(marked)).toBeNull();
    expect(marked.filter((p) => p.chair).map((p) => p.name)).toEqual(['Councillor Ames']);
    expect(civicHeadChairing(listed('Councillors Whitcombe (Lord Mayor), Ames (Provost) and Bristow'))).toBeNull();
    expect(civicHeadChairing(listed('Councillors Ellery (Deputy Lord Mayor), Ames and Bristow'))).toBeNull();
  });
});
