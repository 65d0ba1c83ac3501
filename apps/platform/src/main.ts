// `npm start`: the issuer, wallet and verifier on the embedded store (or MongoDB), one command.
// stdout: each service's lines as JSON objects with a `service` field (`npm start | npx
// pino-pretty` for a readable view), then the summary (platformSummary) as plain text: where the
// first operator key is, never the key. A generated key the issuer could not save is shown once,
// on stderr, as soon as the issuer says so. A failed start is one line on stderr and exit 1;
// SIGINT or SIGTERM prints one line and stops all three.
import { exitOnStartFailure, stopOnSignals } from '@agentvc/http';
import { loadConfig } from './load-config.js';
import { platformSummary, unsavedKeyLine } from './platform-summary.js';
import { startPlatform } from './start-platform.js';

const abort = new AbortController();
const starting = Promise.resolve().then(() =>
  startPlatform({
    ...loadConfig(process.env),
    signal: abort.signal,
    onUnsavedFirstKey: (key) => process.stderr.write(`${unsavedKeyLine(key)}\n`)
  })
);

// registered before the start: a signal while the services come up stops those already up
stopOnSignals(async () => {
  process.stdout.write('agentvc stopping: issuer, wallet and verifier\n');
  abort.abort();
  const platform = await starting.catch(() => undefined);
  await platform?.stop();
});

const platform = await starting.catch((error: unknown) =>
  // stopped by a signal while starting: the signal handler exits
  abort.signal.aborted ? new Promise<never>(() => {}) : exitOnStartFailure('platform')(error)
);

process.stdout.write(`${platformSummary(platform).join('\n')}\n`);
