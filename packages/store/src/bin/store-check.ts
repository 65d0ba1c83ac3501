// `npm run store:check -- <dataDir> [--repair]`: see runStoreCheck and docs/running.md.
import { runStoreCheck } from './run-store-check.js';

process.exitCode = await runStoreCheck({ args: process.argv.slice(2), out: (line) => process.stdout.write(`${line}\n`) });
