// Which of /scrutiny's words may change what the bot keeps: recognised before anything is done, so that
// only a question is answered before the request is recorded as handled.
import { describe, expect, it } from 'vitest';
import { mayChangeState } from '../../src/slack/scrutiny-command.ts';

describe('mayChangeState', () => {
  it('holds for every command word that can change a reminder, a link, a follow, a snooze or a channel\'s board', () => {
    for (const words of ['remind agenda', 'reminders off all', 'REMIND', 'link me Councillor A Name', 'unlink <@U0ABCDEF12>', 'follow census returns', 'unfollow all', 'snooze 2 weeks', 'following', 'board audit', '  board  ']) {
      expect(mayChangeState(words), words).toBe(true);
    }
  });

  it('does not hold for a question, help or the calendar\'s address', () => {
    for (const words of ['next meeting', 'outstanding requests', 'help', '', 'calendar', 'who attended in March', 'boarding schools', 'followed up actions']) {
      expect(mayChangeState(words), words).toBe(false);
    }
  });
});
