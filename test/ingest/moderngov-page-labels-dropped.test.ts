// ModernGov meeting pages whose rendering dropped every "Minutes:" and "Decision:" label.
import { describe, expect, it } from 'vitest';
import { parseDocument } from '../../src/ingest/parse-document.ts';

const page = (items: string[][], title = 'Agenda and minutes') =>
  [title, '', 'Licensing Committee - Monday, 9th March 2026 10.00 am', '', 'Items', 'No. Item', '', ...items.flatMap((lines) => [...lines, ''])].join('\n');

describe('a numbered meeting page without part labels', () => {
  it('is minutes when its items record decisions, and the words under each title are the minute', () => {
    const doc = parseDocument(
      page([
        ['LC 12/25', '', 'Minutes', '', 'To confirm the minutes of the meeting held on 2 February 2026.', '', 'The minutes of the meeting held on 2 February 2026 were approved as a correct record.'],
        ['LC 13/25', '', 'Taxi Licensing Policy Review', '', 'RESOLVED that the revised policy be adopted from 1 May 2026.'],
      ]),
      'page.txt',
    );
    const m = doc.meetings[0]!;
    expect(m.kind).toBe('minutes');
    expect(m.items.map((i) => [i.number, i.resolutions.map((r) => r.text)])).toEqual([
      ['LC 12/25', ['The minutes of the meeting held on 2 February 2026 were approved as a correct record.']],
      ['LC 13/25', ['the revised policy be adopted from 1 May 2026.']],
    ]);
  });

  it('stays an agenda when its words only say what is to be done or recommended', () => {
    const doc = parseDocument(
      page([
        ['LC 12/25', '', 'Minutes', '', 'To confirm the minutes of the meeting held on 2 February 2026.'],
        ['LC 13/25', '', 'Exclusion of the Press and Public', '', 'RECOMMENDED that the press and public be excluded for the following item.'],
        ['LC 14/25', '', 'Licence Review - Harbour Tavern'],
      ], 'Agenda'),
      'page.txt',
    );
    expect(doc.meetings[0]!.kind).toBe('agenda');
    expect(doc.meetings[0]!.items.flatMap((i) => i.resolutions)).toEqual([]);
  });

  it('is minutes whose record was lost when the page is titled "Agenda and minutes", though its words only say what is to be done', () => {
    const doc = parseDocument(
      page([
        ['LC 12/25', '', 'Minutes', '', 'To confirm the minutes of the meeting held on 2 February 2026.'],
        ['LC 13/25', '', 'Exclusion of the Press and Public', '', 'RECOMMENDED that the press and public be excluded for the following item.'],
        ['LC 14/25', '', 'Licence Review - Harbour Tavern'],
      ]),
      'page.txt',
    );
    expect(doc.meetings[0]!.kind).toBe('minutes');
    expect(doc.meetings[0]!.items.flatMap((i) => i.resolutions)).toEqual([]);
  });

  it('is minutes when the only words that record anything confirm the last minutes in the past tense', () => {
    const doc = parseDocument(
      page([
        ['LC 21/25', '', 'Apologies for absence', '', 'Councillors Ashby and Penrose.'],
        ['LC 22/25', '', 'Minutes', '', 'The minutes of the meeting held on 9 March 2026 were approved as a correct record.'],
        ['LC 23/25', '', 'Street Trading Policy', '', 'Report of the Head of Regulatory Services.', '', 'That the Street Trading Policy be recommended to Council for adoption.'],
      ]),
      'page.txt',
    );
    const m = doc.meetings[0]!;
    expect(m.kind).toBe('minutes');
    expect(m.items.map((i) => [i.number, i.resolutions.map((r) => r.text)])).toEqual([
      ['LC 21/25', []],
      ['LC 22/25', ['The minutes of the meeting held on 9 March 2026 were approved as a correct record.']],
      ['LC 23/25', ['the Street Trading Policy be recommended to Council for adoption.']],
    ]);
  });

  it('stays an agenda when its minutes item only asks for the record to be confirmed', () => {
    const doc = parseDocument(
      page([
        ['LC 21/25', '', 'Apologies for absence'],
        ['LC 22/25', '', 'Minutes', '', 'That the minutes of the meeting held on 9 March 2026 be confirmed as a correct record.'],
        ['LC 23/25', '', 'Street Trading Policy', '', 'Report of the Head of Regulatory Services.'],
      ], 'Agenda'),
      'page.txt',
    );
    expect(doc.meetings[0]!.kind).toBe('agenda');
  });
});
