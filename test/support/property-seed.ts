// Every property test (fast-check) draws the same cases on every run: a failure is then the bot's and
// comes back on the next run, never a draw of the day that the next run does not make. Set
// PROPERTY_SEED to a number to draw other cases (a failure prints the seed and path to replay it).
import fc from 'fast-check';

/** The seed the suite draws its cases from unless PROPERTY_SEED names another. */
export const PROPERTY_SEED = 20261206;

const chosen = process.env.PROPERTY_SEED;
if (chosen !== undefined && !/^-?\d+$/.test(chosen)) throw new Error(`PROPERTY_SEED must be a whole number, not ${JSON.stringify(chosen)}`);
fc.configureGlobal({ ...fc.readConfigureGlobal(), seed: chosen === undefined ? PROPERTY_SEED : Number(chosen) });
