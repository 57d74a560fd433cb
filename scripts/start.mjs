// `npm start` (and the container's command): the bot in dist/, rebuilt first when the sources changed
// (see build.mjs). The check runs in the Node process that then runs the bot, not in a Node of its own
// before it (npm's `prestart`), which cost a second Node start and a second npm script on every start.
import { buildIfStale } from './build.mjs';

await buildIfStale({ log: (line) => process.stderr.write(`${line}\n`) });
await import('../dist/main.js');
