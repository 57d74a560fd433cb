// What a button carries so its click can re-create the answer it belongs to. Slack limits a button's
// value to 2,000 characters, so a long question is shortened at a word boundary to fit.
import { z } from 'zod';
import { IsoInstant } from '../../model.ts';
import { shorten } from './mrkdwn.ts';

export const BUTTON_VALUE_LIMIT = 2000;

/** An answer as asked: the question, the instant it was answered for, and the page shown. */
/**
 * Slack signs a click, not the value this app put on the button: a value is data from outside and is
 * read strictly, so a forged one (a bad instant, a page past any answer) changes nothing.
 */
const AnswerRef = z.object({
  q: z.string().max(BUTTON_VALUE_LIMIT),
  t: IsoInstant,
  p: z.number().int().nonnegative().max(10_000).default(0),
});
export type AnswerRef = z.infer<typeof AnswerRef>;

/** A request button: which request, and (when it sits in an answer) how to re-create that answer. */
const RequestRef = z.object({
  r: z.string().min(1).max(200),
  a: AnswerRef.optional(),
});
export type RequestRef = z.infer<typeof RequestRef>;

/** A proposed answer's button: which request, which item, and the answer it sits in. */
const EvidenceRef = z.object({
  r: z.string().min(1),
  i: z.string().min(1),
  a: AnswerRef.optional(),
});
export type EvidenceButtonRef = z.infer<typeof EvidenceRef>;

/** A Follow button: a topic (its words), a request or an agenda item (its id). */
const FollowRef = z.object({
  k: z.enum(['topic', 'request', 'item']),
  t: z.string().min(1).max(200),
});
export type FollowRef = z.infer<typeof FollowRef>;

export function encodeFollowRef(ref: FollowRef): string {
  return JSON.stringify({ k: ref.k, t: ref.t });
}

function fit(build: (question: string) => string, question: string): string {
  let value = build(question);
  let room = question.length;
  while (value.length > BUTTON_VALUE_LIMIT && room > 0) {
    room = Math.max(0, room - Math.max(16, value.length - BUTTON_VALUE_LIMIT));
    value = build(shorten(question, room));
  }
  return value;
}

export function encodeAnswerRef(ref: AnswerRef): string {
  return fit((q) => JSON.stringify({ q, t: ref.t, p: ref.p }), ref.q);
}

export function encodeRequestRef(requestId: string, answer?: AnswerRef): string {
  if (!answer) return JSON.stringify({ r: requestId });
  return fit((q) => JSON.stringify({ r: requestId, a: { q, t: answer.t, p: answer.p } }), answer.q);
}

export function encodeEvidenceRef(requestId: string, itemId: string, answer?: AnswerRef): string {
  if (!answer) return JSON.stringify({ r: requestId, i: itemId });
  return fit((q) => JSON.stringify({ r: requestId, i: itemId, a: { q, t: answer.t, p: answer.p } }), answer.q);
}

function decode<T>(schema: z.ZodType<T>, value: string | undefined): T | null {
  if (!value) return null;
  try {
    const parsed = schema.safeParse(JSON.parse(value));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export const decodeAnswerRef = (value: string | undefined): AnswerRef | null => decode(AnswerRef, value);
export const decodeRequestRef = (value: string | undefined): RequestRef | null => decode(RequestRef, value);
export const decodeEvidenceRef = (value: string | undefined): EvidenceButtonRef | null => decode(EvidenceRef, value);
export const decodeFollowRef = (value: string | undefined): FollowRef | null => decode(FollowRef, value);
