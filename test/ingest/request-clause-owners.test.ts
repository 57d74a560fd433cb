// A clause whose subject is someone (a post, a councillor, initials, a titled name, members by first name) and whose
// verb is future or an infinitive sets a task, wherever the clause opens in the sentence: notes minutes set several
// tasks to a sentence with no word of asking. A capitalised noun, a season or a body before "will" names no one.
import { describe, expect, it } from 'vitest';
import { requestKind } from '../../src/ingest/requests.ts';

const kind = (text: string) => requestKind(text, 'body');

describe('a task owed by someone named inside a sentence', () => {
  it('is read after a comma, a dash, a topic or "it was confirmed"', () => {
    expect(kind('The glass was replaced in September, it was confirmed CB to check the new seating is fixed.')).toBe('follow-up');
    expect(kind('Printing costs have risen, Coun. Fraser to try and find a cheaper printer.')).toBe('follow-up');
    expect(kind('The new scheme takes effect on 1st April – Morag and Callum will review our constitution.')).toBe('follow-up');
    expect(kind('Layout agreed and photographs chosen by Isla, Isla will post the meeting notices each month.')).toBe('follow-up');
  });

  it('is read from a titled name printed in capitals', () => {
    expect(kind('MR DALGLEISH to write to the Roads Department asking for the brae to be gritted.')).not.toBeNull();
  });

  it('is not read from a noun, a season or a state', () => {
    expect(kind('Pads replaced by IR. Discussion will also consider a second cabinet at the school.')).toBeNull();
    expect(kind('The hall is booked, Christmas will see the lights switched on by the school.')).toBeNull();
    expect(kind('The treasurer reported the balance, Isla will be away in November.')).toBeNull();
    expect(kind('The timetable was discussed, Callum would like a later start.')).toBeNull();
  });
});
