// Bilingual Welsh attendance, a chair who "presided", and items lettered in brackets: each beside a near miss.
import { describe, expect, it } from 'vitest';
import { englishOfBilingual } from '../../src/ingest/attendance.ts';
import { onlyMeeting } from './only-meeting.ts';

const only = onlyMeeting;
const names = (people: { name: string }[]) => people.map((p) => p.name);

describe('bilingual attendance', () => {
  it('reads the English side of each pair in a list', () => {
    expect(englishOfBilingual('Cyng/Cllrs.: B. Owen (cadeirydd / chair), C. Price a/and D. Rhys.')).toBe('Cllrs.: B. Owen (chair), C. Price and D. Rhys.');
    expect(englishOfBilingual('Cynghorydd Sir / County Councillor M. Hughes')).toBe('County Councillor M. Hughes');
    // No Welsh, nothing changed: "and/or" and a slash in a role stay as printed.
    expect(englishOfBilingual('Councillor A Ward (Chair/Convenor) and/or Mr B Lee')).toBe('Councillor A Ward (Chair/Convenor) and/or Mr B Lee');
  });

  it('takes "Presennol / Present:" and the Welsh-only labels as attendance labels', () => {
    const m = only(
      [
        'Minutes of the meeting of Cwm Tegid Community Council held on Monday, 3rd February 2025 at 7.00pm.',
        '',
        'Presennol / Present: Cyng/Cllrs.: B. Owen (cadeirydd / chair), C. Price a/and D. Rhys.',
        'Hefyd yn bresennol / In attendance: Mrs F. Lloyd (clerc / clerk).',
        '',
        '25/01 YMDDIHEURIADAU / APOLOGIES',
        'Cafwyd ymddiheuriadau gan / Apologies were received from Cyng. / Cllrs. G. Ellis a/and H. Wyn.',
        '',
        '25/02 COFNODION / MINUTES',
        'The minutes were accepted as a correct record.',
        '',
        '25/03 CYLLID / FINANCE',
        'It was RESOLVED to pay the invoices listed.',
      ].join('\n'),
    );
    expect(m.chair).toBe('Councillor B. Owen');
    expect(names(m.present)).toEqual(['Councillor B. Owen', 'Councillor C. Price', 'Councillor D. Rhys', 'Mrs F. Lloyd']);
    expect(names(m.apologies)).toEqual(['Councillor G. Ellis', 'Councillor H. Wyn']);
  });

  it('names each person once when the list is printed in Welsh and again in English', () => {
    const m = only(
      [
        'Minutes of the meeting held on Thursday 6 March 2025 at 7pm',
        '',
        'Yn bresennol:',
        'Cyng. Iwan Morris (Cadeirydd)',
        'Cyng. Sian Roberts',
        '',
        'Present:',
        'Cllr. Iwan Morris (Chair)',
        'Cllr. Sian Roberts',
        '',
        'Ymddiheuriadau:',
        'Cyng. Aled Parry',
        '',
        'Apologies:',
        'Cllr. Aled Parry',
        '',
        '101 Declaration of interest',
        'None',
        '',
        '102 Minutes of the previous meeting',
        'It was RESOLVED to accept the minutes.',
        '',
        '103 Grants',
        'It was RESOLVED to give £50 to the village show.',
      ].join('\n'),
    );
    expect(names(m.present)).toEqual(['Councillor Iwan Morris', 'Councillor Sian Roberts']);
    expect(names(m.apologies)).toEqual(['Councillor Aled Parry']);
    expect(m.chair).toBe('Councillor Iwan Morris');
  });
});

describe('items lettered in brackets', () => {
  const minutes = (headings: string[]) =>
    [
      'THE MIDVALE COUNTY BOROUGH COUNCIL',
      '',
      'Minutes of a meeting held on 4th March, 2025.',
      '',
      'Present: Councillor R. Tait (Chairman); Councillors A. Bell and C. Dunn.',
      '',
      ...headings.flatMap((h, n) => [h, '', `The Group considered matter ${n + 1}.`, '', 'RESOLVED - T H A T the report be noted.', '']),
    ].join('\n');

  it('reads "(a) Title -" standing alone as items, and "These were received from" as apologies', () => {
    const m = only(minutes(['(a)     Apologies for Absence -', '(b)     Minutes -', '(c)     Parking Charges -']).replace('The Group considered matter 1.', 'These were received from Councillor J. Lowe.'));
    expect(m.items.map((i) => [i.number, i.title])).toEqual([
      ['a', 'Apologies for Absence'],
      ['b', 'Minutes'],
      ['c', 'Parking Charges'],
    ]);
    expect(names(m.apologies)).toEqual(['Councillor J. Lowe']);
  });

  it('leaves lettered clauses without the closing dash to the resolution', () => {
    const m = only(
      [
        'Minutes of the Audit Panel held on 4 March 2025',
        '',
        '1. Risk Register',
        '',
        'RESOLVED that the Panel:',
        '',
        '(a) notes the register -',
        '',
        '(b) asks for a further report -',
        '',
        '2. Internal Audit Plan',
        '',
        'RESOLVED that the plan be approved.',
      ].join('\n'),
    );
    expect(m.items.map((i) => i.number)).toEqual(['1', '2']);
  });
});

describe('a chair named in a sentence', () => {
  it('is among those present', () => {
    const m = only(
      [
        'Minutes of the Ordinary Meeting of Lower Brook Parish Council held on 12 May 2025 at 7.30pm',
        '',
        'Present: Councillors P. Ames and T. Boyd.',
        '',
        '1. Apologies',
        'Councillor N. Crane presided. Apologies were received from Councillor L. Dale.',
        '',
        '2. Minutes',
        'The minutes were signed.',
        '',
        '3. Finance',
        'It was RESOLVED to pay the invoices.',
      ].join('\n'),
    );
    expect(m.chair).toBe('Councillor N. Crane');
    expect(m.present.find((p) => p.chair)?.name).toBe('Councillor N. Crane');
  });
});
