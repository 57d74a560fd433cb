// PDFs written byte by byte for the hostile-input tests: many pages, or small streams that unpack
// to far more than they weigh (a "zip bomb" in PDF form).
import { deflateSync } from 'node:zlib';

interface PdfObject {
  dictionary: string;
  stream?: Buffer;
}

function writePdf(objects: PdfObject[]): Uint8Array {
  const parts: Buffer[] = [Buffer.from('%PDF-1.4\n', 'latin1')];
  let length = parts[0]!.length;
  const offsets: number[] = [];
  const push = (b: Buffer) => {
    parts.push(b);
    length += b.length;
  };
  objects.forEach((object, i) => {
    offsets.push(length);
    if (object.stream) {
      push(Buffer.from(`${i + 1} 0 obj\n<< ${object.dictionary} /Length ${object.stream.length} >>\nstream\n`, 'latin1'));
      push(object.stream);
      push(Buffer.from('\nendstream\nendobj\n', 'latin1'));
    } else push(Buffer.from(`${i + 1} 0 obj\n${object.dictionary}\nendobj\n`, 'latin1'));
  });
  const xref = length;
  let tail = `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const o of offsets) tail += `${String(o).padStart(10, '0')} 00000 n \n`;
  tail += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  push(Buffer.from(tail, 'latin1'));
  return new Uint8Array(Buffer.concat(parts));
}

const text = (line: string) => Buffer.from(`BT /F1 11 Tf 72 720 Td (${line}) Tj ET`, 'latin1');

/** `pages` pages, each showing one line of text. */
export function manyPagesPdf(pages: number): Uint8Array {
  // 1 catalog, 2 pages, 3 font, 4 shared content, then the pages.
  const kids = Array.from({ length: pages }, (_, i) => `${i + 5} 0 R`).join(' ');
  const objects: PdfObject[] = [
    { dictionary: '<< /Type /Catalog /Pages 2 0 R >>' },
    { dictionary: `<< /Type /Pages /Kids [${kids}] /Count ${pages} >>` },
    { dictionary: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' },
    { dictionary: '', stream: text('Minutes of the Scrutiny Board held on 1 March 2024') },
  ];
  for (let i = 0; i < pages; i++) {
    objects.push({ dictionary: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 3 0 R >> >> >>' });
  }
  return writePdf(objects);
}

/** One page whose content is followed by `streams` Flate streams of 1 MB of spaces each (about 1 KB each packed). */
export function inflatingPdf(streams: number): Uint8Array {
  const packed = deflateSync(Buffer.alloc(1024 * 1024, 0x20), { level: 9 });
  const objects: PdfObject[] = [
    { dictionary: '<< /Type /Catalog /Pages 2 0 R >>' },
    { dictionary: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
    { dictionary: '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents 4 0 R /Resources << /Font << /F1 5 0 R >> >> >>' },
    { dictionary: '', stream: text('Minutes of the Scrutiny Board held on 1 March 2024') },
    { dictionary: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' },
  ];
  for (let i = 0; i < streams; i++) objects.push({ dictionary: '/Filter /FlateDecode', stream: packed });
  return writePdf(objects);
}

let packedPages: Buffer | null = null;
/** A page's content stream: a line of text, then 300 MB of spaces, packed to about 300 KB. */
function packedPage(): Buffer {
  if (!packedPages) {
    const raw = Buffer.alloc(300 * 1024 * 1024, 0x20);
    Buffer.from('BT /F1 11 Tf 72 720 Td (Minutes of the Scrutiny Board held on 1 March 2024) Tj ET\n', 'latin1').copy(raw);
    packedPages = deflateSync(raw, { level: 9 });
  }
  return packedPages;
}

/**
 * One page whose content unpacks to 300 MB, dressed so that a reader going by the dictionary would
 * not count it: packed twice (a few KB in all), its filter named indirectly, its stream claiming to
 * be an image (named by the page directly or through an array object), or drawn from a form whose
 * dictionary hides an image subtype behind a string.
 */
export function disguisedBombPdf(disguise: 'packed-twice' | 'indirect-filter' | 'claims-image' | 'claims-image-behind-an-array' | 'form-behind-string'): Uint8Array {
  const head: PdfObject[] = [
    { dictionary: '<< /Type /Catalog /Pages 2 0 R >>' },
    { dictionary: '<< /Type /Pages /Kids [3 0 R] /Count 1 >>' },
  ];
  const page = (contents: string, resources = '') =>
    `<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Contents ${contents} /Resources << /Font << /F1 5 0 R >> ${resources} >> >>`;
  const font: PdfObject = { dictionary: '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>' };
  switch (disguise) {
    case 'packed-twice':
      return writePdf([...head, { dictionary: page('4 0 R') }, { dictionary: '/Filter [/FlateDecode /FlateDecode]', stream: deflateSync(packedPage(), { level: 9 }) }, font]);
    case 'indirect-filter':
      return writePdf([...head, { dictionary: page('[4 0 R]') }, { dictionary: '/Filter 6 0 R', stream: packedPage() }, font, { dictionary: '/FlateDecode' }]);
    case 'claims-image':
      return writePdf([...head, { dictionary: page('4 0 R') }, { dictionary: '/Type /XObject /Subtype /Image /Width 1 /Height 1 /Filter /FlateDecode', stream: packedPage() }, font]);
    case 'claims-image-behind-an-array':
      return writePdf([...head, { dictionary: page('6 0 R') }, { dictionary: '/Subtype /Image /Width 1 /Height 1 /Filter /FlateDecode', stream: packedPage() }, font, { dictionary: '[4 0 R]' }]);
    case 'form-behind-string':
      return writePdf([
        ...head,
        { dictionary: page('4 0 R', '/XObject << /X1 6 0 R >>') },
        { dictionary: '', stream: Buffer.from('q /X1 Do Q', 'latin1') },
        font,
        { dictionary: '/Type /XObject /Subtype /Form /BBox [0 0 612 792] /Resources << /Font << /F1 5 0 R >> >> /Note << /Said (>>) /Subtype /Image >> /Filter /FlateDecode', stream: packedPage() },
      ]);
  }
}
