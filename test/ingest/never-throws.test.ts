import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ParsedDocument } from '../../src/model.ts';
import { isEmptyParse, parseDocument } from '../../src/ingest/parse-document.ts';
import { FILES, corpusText } from './corpus.ts';

// Fragments council documents are made of, so generated texts reach deep into the parser.
const FRAGMENTS = [
  'Coventry City Council',
  'Minutes of the Meeting of ',
  'held at 2.00 pm on Thursday, 11 January 2018',
  'Present:',
  'Members: Councillor M Mutton (Chair)',
  'Apologies: Councillors F Abbott, B Gittins (Deputy',
  'Employees (by Directorate):',
  'Children\'s Services S Bhambra, N',
  'Public Business',
  'Private Business',
  '32. ',
  '### **25. ',
  '**',
  '- ',
  '• ',
  '1) ',
  '(a) ',
  'RESOLVED that',
  'RESOLVED unanimously that:',
  'the following',
  'The Board also requested information on the following:',
  'be added to the Work Programme',
  'in the 2023/24 Municipal Year',
  '(Meeting closed at 4.00 pm)',
  'Agenda item',
  'Minutes:',
  'Time and Date',
  'Place',
  'Membership: Councillors',
  'Work Programme 2017/18',
  'Date\tTitle\tDetail\tLead Officer',
  '13th July 2017 – 10am',
  'Date to be determined',
  'Pending items',
  '\t',
  '\n',
  '\n\n',
  '(',
  ')',
  ':',
];

const councilish = fc
  .array(fc.oneof(fc.constantFrom(...FRAGMENTS), fc.string({ maxLength: 12 }), fc.integer({ min: 0, max: 200 }).map(String)), {
    maxLength: 80,
  })
  .map((parts) => parts.join(''));

function check(text: string): void {
  const doc = parseDocument(text);
  expect(ParsedDocument.safeParse(doc).success).toBe(true);
  // The safety net in parseDocument must not be what kept it from throwing.
  expect(doc.warnings.filter((w) => w.startsWith('the parser could not read'))).toEqual([]);
}

describe('parseDocument never throws', () => {
  it('on arbitrary text', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 400 }), check), { numRuns: 300 });
  });

  it('on text made of council-document fragments', () => {
    fc.assert(fc.property(councilish, check), { numRuns: 500 });
  });

  it('on any slice of a corpus document', () => {
    const texts = Object.values(FILES).map(corpusText);
    fc.assert(
      fc.property(fc.nat({ max: texts.length - 1 }), fc.nat(), fc.nat(), (which, a, b) => {
        const text = texts[which]!;
        const [from, to] = [a % text.length, b % text.length].sort((x, y) => x - y) as [number, number];
        check(text.slice(from, to));
      }),
      { numRuns: 200 },
    );
  });
});

describe('a text that is not a council document', () => {
  it.each([
    ['a shopping list', 'eggs\nmilk\n2. bread\n'],
    ['a README', '# scrutiny-bot\n\nRun `npm test`.\n\n1. Install\n2. Start\n'],
    ['prose mentioning minutes', 'The minutes of the meeting held on 9 February 2023 were agreed and signed as a true record.'],
  ])('%s gives nothing and says so', (_name, text) => {
    const doc = parseDocument(text);
    expect(isEmptyParse(doc)).toBe(true);
    expect(doc.warnings).toContain('not a council document (no meeting, agenda or work programme found)');
  });

  it('every bundled file gives something', () => {
    for (const name of Object.values(FILES)) expect(isEmptyParse(parseDocument(corpusText(name)))).toBe(false);
  });
});
