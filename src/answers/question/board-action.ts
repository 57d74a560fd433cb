// What the board did, named in the question beside its topic: "did we agree to write
// to anyone about youth justice", "did we decide to ask someone about the census",
// "did we vote to send a letter on X". The verb and whom it was done to frame the
// question; the words after "about" / "on" are its topic. The verb still says which
// resolutions answer first (a letter for "write"), never which are left out.

/** A verb of what the board does (or the thing it sends), how a resolution says it done, and its name in "Read as". */
interface ActionKind {
  words: string[];
  said: RegExp;
  label: string;
}

const ACTION_KINDS: ActionKind[] = [
  { words: ['write', 'writes', 'wrote', 'written', 'writing', 'letter', 'letters'], said: /\b(?:writ\w*|wrote|letters?)\b/i, label: 'writing or a letter' },
  { words: ['send', 'sends', 'sent', 'sending'], said: /\b(?:send\w*|sent|letters?|writ\w*|circulat\w*|forward\w*)\b/i, label: 'sending' },
  { words: ['email', 'e-mail', 'emailed', 'e-mailed'], said: /\b(?:e-?mail\w*|letters?|writ\w*|send\w*|sent)\b/i, label: 'writing' },
  { words: ['ask', 'asks', 'asked', 'asking', 'request', 'requests', 'requested', 'seek', 'sought'], said: /\b(?:ask\w*|request\w*|seek\w*|sought)\b/i, label: 'asking' },
  { words: ['invite', 'invites', 'invited', 'inviting'], said: /\binvit\w*/i, label: 'inviting' },
  { words: ['contact', 'contacted', 'approach', 'approached', 'tell', 'told', 'inform', 'informed'], said: /\b(?:contact\w*|approach\w*|tell|told|inform\w*|writ\w*|letters?)\b/i, label: 'contacting' },
  { words: ['thank', 'thanked'], said: /\bthank\w*/i, label: 'thanks' },
  { words: ['congratulate', 'congratulated'], said: /\bcongratulat\w*/i, label: 'congratulations' },
  { words: ['commend', 'commended'], said: /\bcommend\w*/i, label: 'commending' },
  { words: ['lobby', 'lobbied', 'challenge', 'challenged'], said: /\b(?:lobb\w*|challeng\w*|writ\w*|letters?)\b/i, label: 'lobbying' },
  { words: ['refer', 'referred'], said: /\brefer\w*/i, label: 'referring' },
];

const ACTIONS: ReadonlyMap<string, ActionKind> = new Map(ACTION_KINDS.flatMap((kind) => kind.words.map((w) => [w, kind] as const)));

/** Words that say what the action was about. */
const ABOUT = new Set(['about', 'on', 'regarding', 're', 'concerning', 'over', 'around']);
/** Words before "to <verb>" that only say who acted ("members to invite ..."). */
const LEAD_WORDS = 3;
/** Words between the verb and "about" that are only whom it was done to ("to anyone", "the minister"). */
const MOST_BETWEEN = 5;
/** Words that name no one in particular: "write to anyone about X" names no addressee. */
const NO_ONE = new Set(['to', 'a', 'an', 'the', 'anyone', 'anybody', 'someone', 'somebody', 'them', 'him', 'her', 'us', 'it', 'anything', 'something', 'people', 'everyone', 'all', 'any', 'some', 'letter', 'letters', 'note', 'message', 'formally', 'out', 'off', 'back']);

export interface BoardAction {
  /** The topic without the verb and whom it was done to. */
  topic: string;
  /** The verb as the member wrote it ("write", "send", "letter"). */
  action: string;
}

/**
 * A topic that opens with a verb of what the board does and says what it was about
 * ("write to anyone about youth justice" -> "youth justice", write), or null. With nothing
 * after "about" ("write to the DfE about anything"), whom it was done to is the topic.
 */
export function splitBoardAction(topic: string): BoardAction | null {
  const words = topic.split(' ');
  const lower = words.map((w) => w.toLowerCase());
  // The verb opens the topic, or follows "to" after a word or two ("members to invite anyone about X").
  let at = 0;
  if (!ACTIONS.has(lower[0] ?? '')) {
    at = lower.findIndex((w, i) => i > 0 && i <= LEAD_WORDS && ACTIONS.has(w) && lower[i - 1] === 'to');
    if (at < 0) return null;
  }
  const verb = lower[at]!;
  const last = Math.min(words.length - 1, at + MOST_BETWEEN + 1);
  const toWhom = (from: number, to: number) => words.slice(from, to).filter((w) => !NO_ONE.has(w.toLowerCase()));
  for (let i = at + 1; i <= last; i++) {
    if (!ABOUT.has(lower[i]!)) continue;
    const after = words.slice(i + 1).join(' ').trim();
    const rest = after && !/^(?:anything|something|it|that|this|them)$/i.test(after) ? after : toWhom(at + 1, i).join(' ');
    return rest ? { topic: rest.replace(/^(?:the|a|an|our) /i, ''), action: verb } : null;
  }
  // "write to the DfE": whom it was done to, when the question names no more.
  if (lower[at + 1] === 'to' && words.length - at <= MOST_BETWEEN + 1) {
    const rest = toWhom(at + 2, words.length).join(' ');
    return rest ? { topic: rest, action: verb } : null;
  }
  return null;
}

/** Whether a resolution's words say the action asked ("send a letter" for "write"). */
export function saysAction(text: string, action: string): boolean {
  return ACTIONS.get(action.toLowerCase())?.said.test(text) ?? false;
}

/** The action as "Read as" names it: "writing or a letter". */
export function actionLabel(action: string): string {
  return ACTIONS.get(action.toLowerCase())?.label ?? action;
}
