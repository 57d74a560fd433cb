/**
 * Text to be matched as written inside a pattern built with `new RegExp`: every character with a meaning in a
 * pattern gets a backslash, so a member's words or a council's names can never add a quantifier or an alternation
 * (the regex-safety test accepts a pattern built inside a function only when its words come through here).
 */
export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
