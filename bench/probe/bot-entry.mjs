// The file a process of `npm start` runs when it is the bot: the start script (scripts/start.mjs), or
// the main module itself (dist/main.js, src/main.ts through tsx). Plain JavaScript, for the probe too.
export const BOT_ENTRY = /(^|[\\/])(?:start|main)\.[cm]?[jt]s$/;
