// An agenda's title with its words run on after it on one line, as PDF text and web pages print them.
import { describe, expect, it } from 'vitest';
import { splitTitle } from '../../src/ingest/line-kinds.ts';

describe('a title run on into the agenda\'s words', () => {
  it('ends the title before "To <verb>"', () => {
    expect(splitTitle('Apologies To receive apologies for absence')).toEqual({ title: 'Apologies', rest: 'To receive apologies for absence' });
    expect(splitTitle('Allotment Rents To consider the rents for 2025/26')?.title).toBe('Allotment Rents');
  });

  it('ends the title at a colon before where the paper stands', () => {
    expect(splitTitle('Call ins (if any): details to follow.')).toEqual({ title: 'Call ins (if any)', rest: 'details to follow.' });
    expect(splitTitle('Town Hall Roof Repairs: Report to follow')?.title).toBe('Town Hall Roof Repairs');
    expect(splitTitle('Internal Audit Progress: report of the Chief Internal Auditor enclosed.')?.title).toBe('Internal Audit Progress');
  });

  it('keeps a title whose words after a colon are its own', () => {
    expect(splitTitle('Scrutiny review: adult social care')?.title).toBe('Scrutiny review: adult social care');
    expect(splitTitle('Proposals to receive funding for the library')?.title).toBe('Proposals to receive funding for the library');
  });
});
