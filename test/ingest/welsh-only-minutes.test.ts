// Minutes titled only in Welsh ("Cofnodion o gyfarfod ..."), their attendance under Welsh labels alone on their lines.
import { describe, expect, it } from 'vitest';
import { onlyMeeting } from './only-meeting.ts';

const page = [
  'Cofnodion o gyfarfod Cyngor Cymuned Tregarth - 11/06/25',
  '',
  'YMDDIHEURIADAU',
  '',
  'Cllr. Nia Rowlands',
  '',
  'PRESENNOL',
  '',
  'Cllr. Dafydd Eames (Chair), Lowri Hopcyn, Tomos Rhys and Cllr. Mererid Jenkins',
  '',
  'Maes Chwarae',
  '',
  'The Clerk reported that the swings had been repaired. It was agreed to pay the invoice.',
  '',
  'Mynwent',
  '',
  'Members reported that the gate was broken. It was agreed to ask for two quotes.',
  '',
  'Goleuadau',
  '',
  'The Clerk reported that two street lights were out. The Clerk will report them.',
].join('\n');

describe('minutes titled in Welsh', () => {
  it('reads "Cofnodion o gyfarfod <council> - <date>" as the minutes\' title, naming the council and the date', () => {
    const m = onlyMeeting(page);
    expect([m.committee, m.date]).toEqual(['Cyngor Cymuned Tregarth', '2025-06-11']);
  });

  it('reads "PRESENNOL" and "YMDDIHEURIADAU" alone on their lines as the attendance labels', () => {
    const m = onlyMeeting(page);
    expect([m.chair, m.present.map((p) => p.name), m.apologies.map((p) => p.name)]).toEqual([
      'Councillor Dafydd Eames',
      ['Councillor Dafydd Eames', 'Lowri Hopcyn', 'Tomos Rhys', 'Councillor Mererid Jenkins'],
      ['Councillor Nia Rowlands'],
    ]);
  });
});
