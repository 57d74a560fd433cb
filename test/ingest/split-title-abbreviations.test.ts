// A heading and its minute on one line, where the minute opens on a title printed with its stop ("Cllr. Crane to ...").
import { describe, expect, it } from 'vitest';
import { splitTitle } from '../../src/ingest/line-kinds.ts';

describe('a title, a colon and a minute that opens on "Cllr."', () => {
  it('ends the title at the colon when the minute holds a sentence, though the line ends without a stop', () => {
    expect(splitTitle('Village Hall Roof: Two quotes were received. Cllr. Crane to ask the hall committee for its contractor. OM/LC')).toEqual({
      title: 'Village Hall Roof',
      rest: 'Two quotes were received. Cllr. Crane to ask the hall committee for its contractor. OM/LC',
    });
    expect(splitTitle('Playground Inspection: Cllr. Marsh to arrange the annual inspection before Easter. OM')?.title).toBe('Playground Inspection');
  });

  it('never ends a title at the stop of "Cllr.", "Mr." or "St."', () => {
    expect(splitTitle('Footpaths: Cllr. Dunmore reported that the stile had been repaired. HD')?.title).not.toBe('Footpaths: Cllr');
    expect(splitTitle('Bus shelter at St. Mary’s')?.title).toBe('Bus shelter at St. Mary’s');
  });
});
