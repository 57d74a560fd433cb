// Small text helpers of the question reader, written without patterns that could rescan.

/** Text without the punctuation (and spaces) at its end ("next meeting?!" -> "next meeting"). */
export function withoutEndPunctuation(text: string): string {
  let end = text.length;
  while (end > 0 && '?!.,;: '.includes(text[end - 1]!)) end--;
  return text.slice(0, end);
}
