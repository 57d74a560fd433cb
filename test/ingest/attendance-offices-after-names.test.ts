// An office printed after its holder's name with no mark between them: a table's role column flattened into the list
// ("Mary Oakes Chairman, Tom Rudge Vice-Chairman, ..."), or into one run with no commas at all.
import { describe, expect, it } from 'vitest';
import { readPeople } from '../../src/ingest/attendance.ts';

describe('an office after the name, no mark between them', () => {
  it('reads each comma piece as the holder, the office as chair or note', () => {
    const people = readPeople('Mary Oakes Chairman, Tom Rudge Vice-Chairman, Councillor Ivy Penn, Ann Tate Clerk');
    expect(people.map((p) => [p.name, p.chair, p.note])).toEqual([
      ['Mary Oakes', true, null],
      ['Tom Rudge', false, 'Vice-Chair'],
      ['Councillor Ivy Penn', false, null],
      ['Ann Tate', false, 'Clerk'],
    ]);
  });

  it('closes each entry at its office in a run with no commas', () => {
    const people = readPeople('Cllr Mary Oakes Chairman Cllr Tom Rudge Vice Chairman Cllr Ivy Penn');
    expect(people.map((p) => [p.name, p.chair, p.note])).toEqual([
      ['Councillor Mary Oakes', true, null],
      ['Councillor Tom Rudge', false, 'Vice-Chair'],
      ['Councillor Ivy Penn', false, null],
    ]);
  });

  it('reads untitled holders in a run, "Councillor" after a name as their kind', () => {
    const people = readPeople('Mary Oakes Chair Tom Rudge Vice Chair Ivy Penn Councillor Ann Tate Councillor');
    expect(people.map((p) => [p.name, p.chair])).toEqual([
      ['Mary Oakes', true],
      ['Tom Rudge', false],
      ['Ivy Penn', false],
      ['Ann Tate', false],
    ]);
  });

  it('names no one where only a title stands before the office', () => {
    expect(readPeople('Councillor Chairman').some((p) => p.chair)).toBe(false);
  });
});
