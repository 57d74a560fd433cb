// `npm start`: the bot from dist/, built first only when the sources changed since.
import { buildIfStale } from './build.mjs';

await buildIfStale({ log: (line) => process.stderr.write(`${line}\n`) });
await import('../dist/main.js');
