// A ModernGov meeting page saved as a markdown table ("No. | Item |"): one
// row per item with its cells run together ("APOLOGIES FOR ABSENCE To receive
// ... Additional documents: Minutes: There were none. |"), rows ended by a
// "|" line or a line of pipes. A title that was a link may be lost: the item
// is then "Untitled item" with its minute intact.
import { AUTHOR, BLANK, type Draft, newDraft, titleOf } from './moderngov-parts.ts';
import type { Line } from './normalise-text.ts';

const ROW_LABEL = /\b(?:additional\s+documents|supporting\s+documents|minutes|decisions?)\s*:\s*/gi;
const PAPER_INSIDE = /^(.*?)\s*(?:pdf\s+icon\s+)?(?:PDF|DOC|DOCX)\s+\d+(?:\.\d+)?\s*[KM]B\b\s*(.*)$/i;
const ROW_NUMBER = /^(\d{1,3}(?:\/\d{2,4})?[a-z]?)\.?\s*\|\s*/;

/** A row's first words: the title (in capitals, before a paper mark, or up to the agenda's words) and the rest. */
export function splitRowHead(head: string): { title: string; description: string } {
  const paper = PAPER_INSIDE.exec(head);
  if (paper && paper[1]) return { title: paper[1].trim(), description: paper[2]!.trim() };
  const caps = /^([A-Z0-9][A-Z0-9 ,'&()/-]{3,}?[A-Z)])(?=\s+[A-Z][a-z]|$)/.exec(head);
  if (caps) return { title: caps[1]!.trim(), description: head.slice(caps[0].length).trim() };
  if (!head || AUTHOR.test(head)) return { title: '', description: head };
  // The agenda's words start as an instruction or a sentence: "Declarations of Interest To receive ...".
  const words = /^(.{3,120}?)\s+(?=(?:To|The|This|Members|Councillors)\s+[a-z])/.exec(head);
  if (words) return { title: words[1]!.trim(), description: head.slice(words[0].length).trim() };
  const sentence = /^(.{3,120}?)(?:\.\s+|$)/.exec(head);
  return { title: (sentence ? sentence[1]! : head).trim().replace(/\.$/, ''), description: sentence ? head.slice(sentence[0].length).trim() : '' };
}

function tableRows(body: Line[]): Line[][] {
  const rows: Line[][] = [];
  let row: Line[] = [];
  const close = () => {
    if (row.some((l) => !l.blank)) rows.push(row);
    row = [];
  };
  for (const line of body) {
    const t = line.text.trim();
    if (/^[-|:\s]+$/.test(t) && t.includes('|')) {
      close();
      continue;
    }
    if (/\|\s*$/.test(t)) {
      const text = t.replace(/(?:\s*\|)+\s*$/, '').trim();
      if (text) row.push({ ...line, text });
      close();
      continue;
    }
    row.push(line);
  }
  close();
  return rows;
}

/** One draft per table row; the labels inside a row say where the agenda's words end and the minute begins. */
export function tableRowDrafts(body: Line[]): Draft[] {
  return tableRows(body).map((row) => {
    const draft = newDraft(null, '', 'description', false);
    let headRead = false;
    for (const line of row) {
      if (line.blank) {
        draft[draft.state].push(BLANK);
        continue;
      }
      let text = line.text;
      const number = ROW_NUMBER.exec(text);
      if (number && !headRead) {
        draft.number = number[1]!;
        text = text.slice(number[0].length);
      }
      const labels = [...text.matchAll(ROW_LABEL)];
      const before = labels.length ? text.slice(0, labels[0]!.index).trim() : text;
      if (!headRead) {
        headRead = true;
        const { title, description } = splitRowHead(before);
        draft.title = titleOf(title);
        if (description) draft.description.push({ ...line, text: description });
      } else if (before) draft[draft.state].push({ ...line, text: before });
      for (const [n, label] of labels.entries()) {
        const word = label[0].toLowerCase();
        if (word.startsWith('minutes')) draft.state = 'minutes';
        else if (word.startsWith('decision')) draft.state = 'decision';
        const after = text.slice(label.index + label[0].length, labels[n + 1]?.index ?? text.length).trim();
        if (after) draft[draft.state].push({ ...line, text: after });
      }
    }
    return draft;
  });
}
