// Which member of the board a Slack user is: a co-ordinator links them (`/scrutiny link @user
// Councillor Name`), or a member claims their own name once (`/scrutiny link me Councillor Name`),
// which a co-ordinator can undo (`/scrutiny unlink @user`); a member whose claim was undone is
// linked by a co-ordinator only. Kept in the workspace's state with the same lock and atomic
// write as request statuses. Nothing is guessed from Slack display names.
import type { Answer } from '../answers/answer.ts';
import { answer } from '../answers/answer-parts.ts';
import { displayName, personKey, samePerson } from '../answers/attendance/people.ts';
import type { BoardRecord, MemberLink } from '../model.ts';
import type { Store } from '../store/store.ts';

export interface MemberContext {
  /** Where links are kept (the workspace's state). */
  state: Store;
  /** The board's record: the names its minutes give. */
  record: Store;
  now: Date;
  user: string;
  coordinator: boolean;
}

export const LINK_USAGE =
  'Say who you are on the board: `/scrutiny link me Councillor A Name` (once; a co-ordinator can change it). A co-ordinator links anyone: `/scrutiny link @someone Councillor A Name`, and undoes one: `/scrutiny unlink @someone` (or `unlink Councillor A Name`).';

/** How a member gets linked, said where the bot cannot show them their own part of the record. */
export const HOW_TO_LINK = 'To see your own attendance and the requests you raised, say who you are: `/scrutiny link me Councillor A Name` (or ask a scrutiny co-ordinator to link you).';

const MAX_NAME_CHARS = 80;

export function memberLinkOf(state: Store, user: string): MemberLink | null {
  return state.state().memberLinks?.[user] ?? null;
}

/** Whoever is linked to the same person as `name`, other than `user`. */
function linkedElsewhere(state: Store, user: string, name: string): string | null {
  const key = personKey(name);
  if (!key) return null;
  for (const [other, link] of Object.entries(state.state().memberLinks ?? {})) {
    if (other !== user && samePerson(key, link.name)) return other;
  }
  return null;
}

/** Members, co-opted members and chairs the minutes name (present, with apologies, or absent), by name. */
function boardNames(record: Readonly<BoardRecord>): string[] {
  const names = new Set<string>();
  for (const m of record.meetings) {
    for (const p of m.present) if (p.role === 'member' || p.role === 'co-opted' || p.chair) names.add(displayName(p.name));
    for (const a of [...m.apologies, ...(m.absent ?? [])]) names.add(displayName(a.name));
  }
  return [...names];
}

/** The name as the record spells it: one person of the board's minutes, else null (none, or several). */
export function recordName(record: Store, name: string): { name: string | null; several: string[] } {
  const key = personKey(name);
  if (!key) return { name: null, several: [] };
  const matches = boardNames(record.record()).filter((n) => samePerson(key, n));
  // The same person printed with and without an initial is one person: keep the fullest spelling.
  const people = matches.filter((n) => !matches.some((o) => o !== n && o.length > n.length && samePerson(personKey(o)!, n) && samePerson(personKey(n)!, o)));
  if (people.length === 1) return { name: people[0]!, several: [] };
  return { name: null, several: people };
}

function notice(question: string, now: Date, title: string, summary: string): Answer {
  return answer('notice', question, now, { title, summary, sections: [] });
}

/** A user named as Slack escapes a mention (`<@U123>`, `<@U123|name>`) or by id. */
function userOf(words: string): { user: string; rest: string } | null {
  const m = /^<@([UW][A-Z0-9]{2,})(?:\|[^>]*)?>\s*([\s\S]*)$/.exec(words) ?? /^([UW][A-Z0-9]{6,})\b\s*([\s\S]*)$/.exec(words);
  return m ? { user: m[1]!, rest: m[2]!.trim() } : null;
}

function status(ctx: MemberContext, question: string): Answer {
  const link = memberLinkOf(ctx.state, ctx.user);
  if (!link) return notice(question, ctx.now, 'You are not linked to a member of the board yet.', LINK_USAGE);
  const how = link.claimed ? 'you said so' : 'linked by a co-ordinator';
  return notice(question, ctx.now, `You are ${link.name} (${how}).`, 'Your Home tab shows your attendance and the requests you raised. A scrutiny co-ordinator can change the link.');
}

async function claim(ctx: MemberContext, typed: string, question: string): Promise<Answer> {
  const current = memberLinkOf(ctx.state, ctx.user);
  if (current) return notice(question, ctx.now, `You are already linked to ${current.name}.`, 'A scrutiny co-ordinator can change it: `/scrutiny unlink` and `/scrutiny link`.');
  if ((ctx.state.state().claimsUndone ?? []).includes(ctx.user)) {
    return notice(question, ctx.now, 'A scrutiny co-ordinator undid your link, so it cannot be claimed again.', 'Ask a scrutiny co-ordinator to link you.');
  }
  const found = recordName(ctx.record, typed);
  if (!found.name) {
    return found.several.length > 0
      ? notice(question, ctx.now, `The minutes name more than one ${typed}.`, `Say which: ${found.several.join(', ')}.`)
      : notice(question, ctx.now, `The board's minutes do not name ${typed} as a member.`, 'Give your name as the minutes print it ("Councillor A Name"), or ask a scrutiny co-ordinator to link you.');
  }
  const other = linkedElsewhere(ctx.state, ctx.user, found.name);
  if (other) return notice(question, ctx.now, `${found.name} is already linked to someone else.`, 'Ask a scrutiny co-ordinator if that is wrong.');
  const outcome = await ctx.state.updateState((state) => {
    if (state.memberLinks?.[ctx.user]) return 'raced';
    state.memberLinks = { ...(state.memberLinks ?? {}), [ctx.user]: { name: found.name!, by: ctx.user, at: ctx.now.toISOString(), claimed: true } };
    return 'linked';
  });
  if (outcome === 'raced') return status(ctx, question);
  return notice(question, ctx.now, `You are now linked to ${found.name}.`, 'Your Home tab shows your attendance and the requests you raised. A scrutiny co-ordinator can undo the link.');
}

/** A co-ordinator links `user` to the member `typed` (as `/scrutiny link @user ...` and the Home's form do). */
export async function linkByCoordinator(ctx: MemberContext, user: string, typed: string, question = `link ${user} ${typed}`): Promise<Answer> {
  if (!ctx.coordinator) return notice(question, ctx.now, 'Nothing was changed.', COORDINATORS_ONLY);
  return link(ctx, user, typed, question);
}

async function link(ctx: MemberContext, user: string, typed: string, question: string): Promise<Answer> {
  if (!typed || typed.length > MAX_NAME_CHARS || !personKey(typed)) return notice(question, ctx.now, 'Which member?', LINK_USAGE);
  const found = recordName(ctx.record, typed);
  if (!found.name && found.several.length > 0) return notice(question, ctx.now, `The minutes name more than one ${typed}.`, `Say which: ${found.several.join(', ')}.`);
  const name = found.name ?? typed.replace(/\s+/g, ' ').trim();
  const other = linkedElsewhere(ctx.state, user, name);
  if (other) return notice(question, ctx.now, `${name} is already linked to someone else.`, `Unlink that first: \`/scrutiny unlink ${name}\`.`);
  await ctx.state.updateState((state) => {
    state.memberLinks = { ...(state.memberLinks ?? {}), [user]: { name, by: ctx.user, at: ctx.now.toISOString(), claimed: false } };
  });
  const unknown = found.name ? '' : ` The board's minutes do not name ${name} yet; the link shows their attendance once they do.`;
  return notice(question, ctx.now, `Linked to ${name}.`, `Their Home tab shows their attendance and the requests they raised.${unknown}`);
}

/** The user linked to a member of this name. */
function userLinkedTo(state: Store, name: string): string | null {
  const key = personKey(name);
  if (!key) return null;
  return Object.entries(state.state().memberLinks ?? {}).find(([, link]) => samePerson(key, link.name))?.[0] ?? null;
}

async function unlink(ctx: MemberContext, user: string | null, question: string): Promise<Answer> {
  if (!user) return notice(question, ctx.now, 'No one is linked to that name.', LINK_USAGE);
  const removed = await ctx.state.updateState((state) => {
    const link = state.memberLinks?.[user];
    if (!link) return null;
    delete state.memberLinks![user];
    // An undone claim is not claimed again: the co-ordinator decides who they are.
    if (link.claimed) state.claimsUndone = [...new Set([...(state.claimsUndone ?? []), user])];
    return link;
  });
  if (!removed) return notice(question, ctx.now, 'That person was not linked to a member.', LINK_USAGE);
  return notice(question, ctx.now, `No one is linked to ${removed.name} now.`, removed.claimed ? 'They claimed it themselves; they cannot claim a name again, but you can link them.' : 'Link them again with `/scrutiny link`.');
}

const COORDINATORS_ONLY = 'Only the scrutiny co-ordinators can link or unlink other people. You can link yourself once: `/scrutiny link me Councillor A Name`.';

const MEMBER_COMMAND = /^(link|unlink)(?:\s+([\s\S]*))?$/i;

/** Whether the words are `link ...` or `unlink ...`, which may change who is linked ("link to the agenda" turns out a question). */
export function isMemberCommand(text: string): boolean {
  return MEMBER_COMMAND.test(text.trim());
}

/** The answer to `/scrutiny link ...` and `/scrutiny unlink ...`, or null when the words are something else. */
export async function memberCommand(text: string, ctx: MemberContext): Promise<Answer | null> {
  const words = text.trim();
  const m = MEMBER_COMMAND.exec(words);
  if (!m) return null;
  // The names the minutes give are read from the record: in the bot's own thread, once it is read in turns.
  await ctx.record.ready();
  const verb = m[1]!.toLowerCase();
  const rest = (m[2] ?? '').trim();
  if (verb === 'link' && rest === '') return status(ctx, words);
  const me = /^me\s+([\s\S]+)$/i.exec(rest);
  if (verb === 'link' && me) return claim(ctx, me[1]!.trim(), words);
  const named = userOf(rest);
  // "link to the agenda ..." is a question, not a link: a link names someone.
  if (verb === 'link' && !named && !rest.startsWith('@')) return null;
  if (!ctx.coordinator) return notice(words, ctx.now, 'Nothing was changed.', COORDINATORS_ONLY);
  if (!named && verb === 'unlink' && personKey(rest)) return unlink(ctx, userLinkedTo(ctx.state, rest), words);
  if (!named) {
    return notice(words, ctx.now, 'Name the person as a Slack mention.', `${LINK_USAGE} If a mention reaches the bot as plain text, the app's manifest needs \`should_escape: true\` on /scrutiny.`);
  }
  return verb === 'link' ? link(ctx, named.user, named.rest, words) : unlink(ctx, named.user, words);
}
