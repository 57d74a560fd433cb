// A PDF copied from a document-sharing site comes with the site's page around it: over the document, a banner of links
// ("Download", "Report", "Share"), the uploader, an upload date, counts of views and pages, a size, a welcome text, a
// "Transcript" marker and the title again; inside it, a page marker at each page ("Page 2: <the title again>",
// "-- 3 of 12 --"). None of it is the council's, and read as the council's it gives the meeting the upload's date and
// a banner word for a heading. The sites differ in their words but not in the shape: the furniture stands in a block
// before the document's first line of its own, short lines of a link word, a label with its value, a count or a date,
// or a number alone, and the page markers stand alone on their lines with a number. Only the site's lines go: a
// summary of the document that a site prints over it stays, as a page opening may hold the document whole only there.

/** The site's head is found within this many non-blank lines; a document's own lines come well before. */
const HEAD_REACH = 40;

/** A link word of the site's banner, alone on its line. */
const LINK_WORD =
  /^(?:download(?: pdf| now| file)?|report(?: this)?(?: document)?|share(?: this)?(?: document)?|embed(?: code)?|print|save|like|follow|documents?|recommended|related(?: documents)?|similar documents|more|next|prev(?:ious)?|upload(?:ed)?|sign (?:in|up)|log ?in|menu|home|category:?|tags:?|description|view more|read more|advertisement|start display at page:?|download \d{1,3}(?:\.\d)? ?[kmg]b|download "[^"\n]{1,200}")$/i;
/** A label of the site with its value: "Upload: others", "Post on 11-Aug-2020", "Total Page:16", "File Type:pdf, Size:1020Kb". */
const LABELLED = /^(?:(?:upload(?:ed)?(?: by| on)?|category|language|file type|file size|size|total pages?|views|downloads|uploader|rating) ?: ?|post(?:ed)? on )\S[^\n]{0,60}$/i;
/** A count of the site's: "0 views", "1,024 downloads", "16 pages", "12 likes". */
const COUNT = /^\d[\d,.]*[km]? ?(?:views?|downloads?|pages?|likes?|comments?|shares?|favou?rites?)$/i;
/** An upload date alone: "Sep 04, 2020", "04-Sep-2020". */
const UPLOAD_DATE = /^(?:[A-Z][a-z]{2} \d{1,2}, \d{4}|\d{1,2}-[A-Z][a-z]{2}-\d{4})$/;
/** The site's welcome line, with the one line of its text after it. */
const WELCOME = /^welcome message from (?:the )?author$/i;
/** Where the site starts the document's text: "TRANSCRIPT", "Transcript of <title>". */
const TRANSCRIPT = /^transcript(?:ion)?(?: of\b[^\n]{0,300})?$/i;
/** A page marker of the site's: "Page 2: <the title again>", "Page 3:", "-- 3 of 12 --". */
const PAGE_MARKER = /^(?:page \d{1,4}:(?: [^\n]{0,400})?|-{1,2} ?\d{1,4} of \d{1,4} ?-{1,2})$/i;
/** An uploader's name between two furniture lines: a word or two, no sentence. */
const SHORT_NAME = /^\S{1,40}(?: \S{1,40})?$/;
/** A title the site cut short: it ends in an ellipsis. */
const TRUNCATED = /(?:\.\.\.|…)$/;
/** A number alone (the site's page or view count); a document's own page number is read as one later. */
const LONE_NUMBER = /^\d{1,6}$/;

function isHeadFurniture(t: string): boolean {
  return LINK_WORD.test(t) || COUNT.test(t) || UPLOAD_DATE.test(t) || WELCOME.test(t) || TRANSCRIPT.test(t) || PAGE_MARKER.test(t) || (t.length <= 80 && LABELLED.test(t));
}

/** The text without a document-sharing site's banner over it and page markers inside it; other texts unchanged. */
export function withoutHostFurniture(text: string): string {
  const lines = text.split('\n');
  // The head: the first HEAD_REACH non-blank lines, with the furniture among them.
  const head: number[] = [];
  for (let i = 0; i < lines.length && head.length < HEAD_REACH; i++) if (lines[i]!.trim()) head.push(i);
  const furniture = head.filter((i) => isHeadFurniture(lines[i]!.trim()));
  const markers = lines.filter((l) => PAGE_MARKER.test(l.trim())).length;
  // One furniture line is a document's own word ("Report", "Documents"); the site's page has several, or page markers.
  if (furniture.length < 2 && markers < 2) return text;
  const drop = new Set<number>();
  if (furniture.length >= 2) {
    // The furniture lines at the head go one by one, with what stands between them only as the site's: a number alone,
    // the welcome's text, a name of a word or two. A summary of the document the site prints over it stays: a page
    // opening may hold the document whole only there.
    const last = furniture.at(-1)!;
    const isFurniture = new Set(furniture);
    for (let h = 0; h < head.length && head[h]! <= last; h++) {
      const i = head[h]!;
      const t = lines[i]!.trim();
      const before = h > 0 ? head[h - 1]! : -1;
      const after = head[h + 1] ?? -1;
      // (A number alone beside the site's lines is its count; elsewhere it may be the paper's own item number.)
      if (isFurniture.has(i) || (LONE_NUMBER.test(t) && (isFurniture.has(before) || isFurniture.has(after)))) drop.add(i);
      else if (before >= 0 && WELCOME.test(lines[before]!.trim())) drop.add(i);
      else if (isFurniture.has(before) && isFurniture.has(after) && SHORT_NAME.test(t)) drop.add(i);
    }
    // The site's title over it all, cut short with an ellipsis: the document's own heading follows whole.
    if (TRUNCATED.test(lines[head[0]!]!.trim())) drop.add(head[0]!);
  }
  lines.forEach((line, i) => {
    if (PAGE_MARKER.test(line.trim())) drop.add(i);
  });
  return drop.size === 0 ? text : lines.filter((_, i) => !drop.has(i)).join('\n');
}
