// The verifier process: configuration from the environment, start, print, shut down on signals.
// Anything that stops the start (a bad variable included) is one line on stderr and exit 1.
import { exitOnStartFailure, stopOnSignals } from '@agentvc/http';
import { loadConfig } from './load-config.js';
import { startVerifier } from './start-verifier.js';

const { config, started } = await Promise.resolve()
  .then(async () => {
    const config = loadConfig(process.env);
    return { config, started: await startVerifier(config) };
  })
  .catch(exitOnStartFailure('verifier'));

const lines = [
  `agentvc verifier listening on ${started.url} (public URL ${config.publicUrl}, domain ${config.domain})`,
  `  store:           ${config.mongodbUrl ? 'MongoDB' : `embedded, ${config.dataDir}`}`,
  `  trusted issuers: ${config.trustedIssuers.length > 0 ? config.trustedIssuers.join(', ') : 'none: every credential will be refused (set VERIFIER_TRUSTED_ISSUERS)'}`
];
if (config.statusAllowHttp || config.statusAllowPrivate) {
  lines.push('  status lists:    fetched over http and/or from private addresses (development only)');
}
process.stdout.write(`${lines.join('\n')}\n`);

stopOnSignals(() => started.stop());
