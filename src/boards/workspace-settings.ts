// The workspace's own settings, kept in the workspace store's mutable state and changed from Slack:
// which board each channel is about, which board each member's Home shows, and who the scrutiny
// co-ordinators are. Pure functions over MutableState, so every surface changes them one way.
import type { MutableState } from '../model.ts';

/** The co-ordinators as managed in Slack; while none are set, the configuration's seed them. */
export function coordinatorsOf(state: Readonly<MutableState>, seeds: readonly string[]): string[] {
  return state.coordinators && state.coordinators.length > 0 ? [...state.coordinators] : [...seeds];
}

/** Replace the co-ordinators (a settings form); the list is never left with duplicates or blanks. */
export function setCoordinators(state: MutableState, users: readonly string[]): string[] {
  state.coordinators = [...new Set(users.map((u) => u.trim()).filter(Boolean))];
  return state.coordinators;
}

/** Tie a channel to a board; returns the board it was tied to before, if any. */
export function tieChannel(state: MutableState, channel: string, boardId: string): string | null {
  const before = state.channelBoards[channel] ?? null;
  state.channelBoards = { ...state.channelBoards, [channel]: boardId };
  return before;
}

export function untieChannel(state: MutableState, channel: string): boolean {
  if (!(channel in state.channelBoards)) return false;
  const { [channel]: _gone, ...rest } = state.channelBoards;
  state.channelBoards = rest;
  return true;
}

export function chooseHomeBoard(state: MutableState, user: string, boardId: string): void {
  state.homeBoards = { ...state.homeBoards, [user]: boardId };
}
