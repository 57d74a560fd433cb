// The Answer as JSON: the model itself, for `scrutiny ask --json` and other programs.
import type { Answer } from './answer.ts';

export function renderJson(answer: Answer): string {
  return JSON.stringify(answer, null, 2);
}
