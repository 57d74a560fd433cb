// What a list prints around a name that is no part of it: honours after a comma (with the person's brackets after
// them), a rank or standing before the name, a parliament member's letters after it.
import { describe, expect, it } from 'vitest';
import { readPeople } from '../../src/ingest/attendance.ts';

describe('honours, ranks and letters around a name', () => {
  it('keeps honours after a comma, and the brackets after them, with the person before the comma', () => {
    const people = readPeople('Mr G Rowe (Wyvern Council), Mr P M Hale, OBE (Chairman) (Brackley Council), Mr D Ince');
    expect(people.map((p) => [p.name, p.chair])).toEqual([
      ['Mr G Rowe', false],
      ['Mr P M Hale', true],
      ['Mr D Ince', false],
    ]);
  });

  it('takes a service rank, a priest\'s title and a youth office before the name as notes', () => {
    const people = readPeople('Major T. Lowe, Rev Fr N Hale, Youth MP Ada Vane and Captain Hook');
    expect(people.map((p) => [p.name, p.note])).toEqual([
      ['T. Lowe', 'Major'],
      ['N Hale', 'Rev Fr'],
      ['Ada Vane', 'Youth MP'],
      ['Hook', 'Captain'],
    ]);
  });

  it('reads a police rank misspelt "PSCO" as the rank', () => {
    expect(readPeople('PSCO Fiona Wade').map((p) => [p.name, p.note])).toEqual([['Fiona Wade', 'PSCO']]);
  });

  it('takes a parliament member\'s letters after a name as a note', () => {
    expect(readPeople('Ronan Coyle MP, Jenna Moray MSP').map((p) => [p.name, p.note])).toEqual([
      ['Ronan Coyle', 'MP'],
      ['Jenna Moray', 'MSP'],
    ]);
  });

  it('leaves a surname that is a rank\'s word alone after a title', () => {
    expect(readPeople('Councillor Major, Councillor Captain').map((p) => p.name)).toEqual(['Councillor Major', 'Councillor Captain']);
  });
});
