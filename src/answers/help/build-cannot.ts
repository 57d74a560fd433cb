// What the bot cannot do ("can you email me the minutes"): said plainly, with
// what it can do instead. Nothing from the record is offered as if it answered.
import type { Answer } from '../answer.ts';
import { answerFor, section } from '../answer-parts.ts';
import type { AnswerContext } from '../context.ts';

/** What to suggest instead, by what was asked. */
function instead(action: string): string[] {
  const a = action.toLowerCase();
  if (/\b(?:remind|notif|alert)/.test(a)) {
    return ['A scrutiny co-ordinator can set channel reminders: `/scrutiny remind agenda 7 days before` or `/scrutiny remind requests weekly on Monday`.'];
  }
  if (/\b(?:minutes|agenda|papers?|reports?|documents?|pack)\b/.test(a)) {
    return [
      'The documents themselves are on the council’s website (ModernGov); Democratic Services can send copies.',
      'Here I can show what they say: ask "last meeting", "meeting on 11 January" or "what was resolved on <topic>?".',
    ];
  }
  if (/\b(?:book|reserve|arrange|organi[sz]e|cancel|postpone|reschedule|meeting|room|call|visit)\b/.test(a)) {
    return ['Meetings are arranged by Democratic Services and the scrutiny co-ordinator. Here I can tell you when they are: ask "next meeting" or "meetings next month".'];
  }
  if (/\b(?:agenda|work ?programme|add|put)\b/.test(a)) {
    return ['Items are added to the agenda or work programme by the board and its co-ordinator. Here I can show what is planned: ask "work programme" or "when is private fostering coming to the board?".'];
  }
  return ['I read the board’s record (meetings, agendas, minutes, work programmes) and answer questions about it.'];
}

export function buildCannot(ctx: AnswerContext, action: string | null, question: string): Answer {
  return answerFor(ctx, 'cannot', question, {
    title: action ? 'I can’t do that: I only answer questions about the board’s record.' : 'I can’t answer that: I only know the board’s record (meetings, agendas, minutes, work programmes).',
    summary: instead(action ?? '').join(' '),
    sections: [
      section('What I can do', [
        { text: 'Meetings: "next meeting", "what’s on the agenda next week", "meeting on 11 January"' },
        { text: 'Decisions: "what was resolved on <topic>?", "what did we decide last month?"' },
        { text: 'Requests: "what are we still waiting for?", "did we ever get those figures?"' },
        { text: 'Plans: "when is <topic> coming to the board?", "work programme"' },
        { text: 'People: "who chairs the board?", "who sent apologies last time?"' },
      ]),
    ],
  });
}
