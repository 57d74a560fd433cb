// `npm run scrutiny -- <command> ...`: the project's command line (the commands are in src/cli/commands.ts).
// The environment (with a .env file) is read here, once.
import { ConfigError, readEnvironment } from './config.ts';
import { runCli } from './cli/commands.ts';
import { processIo } from './cli/io.ts';

async function main(): Promise<number> {
  let env;
  try {
    env = readEnvironment(process.env);
  } catch (error) {
    if (error instanceof ConfigError) {
      process.stderr.write(`${error.message}\n`);
      return 2;
    }
    throw error;
  }
  return runCli(process.argv.slice(2), processIo(env));
}

process.exitCode = await main();
