// HTML as councils publish it, read by a real tokenizer (htmlparser2) and decoder (entities).
import { describe, expect, it } from 'vitest';
import { decodeEntities, htmlToText } from '../../src/ingest/html-to-text.ts';

describe('htmlToText', () => {
  it('decodes Windows-1252 numeric references, and named ones beyond the common few', () => {
    expect(htmlToText('<p>Children&#146;s services &#150; an update&#133;</p>')).toBe("Children's services – an update...");
    expect(htmlToText('<p>Fran&ccedil;oise Dupont: &minus;4% on 2023&ndash;24 &amp; &pound;3m</p>')).toBe('Françoise Dupont: −4% on 2023–24 & £3m');
  });

  it('keeps a ">" inside an attribute out of the text', () => {
    expect(htmlToText('<p><a href="/x?a>b" title="1 > 0">Report</a> of the Director</p>')).toBe('Report of the Director');
  });

  it('keeps the clause letters of a lettered or roman list, and bullets elsewhere', () => {
    const html = '<p>RESOLVED that:</p><ol type="a"><li>the report be noted;</li><li>an update be brought in March.</li></ol>' +
      '<ol style="list-style-type: lower-roman"><li>first</li><li>second</li></ol><ol start="3" type="A"><li>third</li></ol><ol><li>plain</li></ol><ul><li>bullet</li></ul>';
    expect(htmlToText(html)).toBe(
      'RESOLVED that:\n\n(a) the report be noted;\n(b) an update be brought in March.\n\n(i) first\n(ii) second\n\n(C) third\n\n- plain\n\n- bullet',
    );
  });

  it('keeps table cells as tabs and drops what a reader never sees', () => {
    const html = '<head><title>Page</title><style>td{}</style></head><body><!-- note --><table><tr><th>Date</th><th>Item</th></tr><tr><td>1 May</td><td>Budget</td></tr></table><script>var x = "<p>no</p>";</script><noscript>no</noscript></body>';
    expect(htmlToText(html)).toBe('Date\tItem\n\n1 May\tBudget');
  });

  it('reads unclosed markup to its end in one pass', () => {
    expect(htmlToText(`<p>Kept</p>${'<a '.repeat(100_000)}`)).toBe('Kept');
    expect(htmlToText(`<p>Kept</p>${'<!--'.repeat(75_000)}`)).toBe('Kept');
    expect(htmlToText(`<p>Kept</p>${'<script>'.repeat(37_500)}`)).toBe('Kept');
  });
});

describe('decodeEntities (plain-text fields)', () => {
  it('decodes complete references only, leaving a bare "&" and unknown names as written', () => {
    expect(decodeEntities('Q&amp;A &ccedil; &#146; &#x2014; R&D &nosuch; &amp')).toBe('Q&A ç ’ — R&D &nosuch; &amp');
  });
});
