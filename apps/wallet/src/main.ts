// The wallet process: configuration from the environment, start, print, shut down on signals.
// Anything that stops the start (a bad variable included) is one line on stderr and exit 1.
import { exitOnStartFailure, stopOnSignals } from '@agentvc/http';
import { loadConfig } from './load-config.js';
import { startWallet } from './start-wallet.js';

const { config, started } = await Promise.resolve()
  .then(async () => {
    const config = loadConfig(process.env);
    return { config, started: await startWallet(config) };
  })
  .catch(exitOnStartFailure('wallet'));

const lines = [
  `agentvc wallet listening on ${started.url} (public URL ${config.publicUrl}, DID-auth domain ${started.wallet.domain})`,
  `  store:           ${config.mongodbUrl ? 'MongoDB' : `embedded, ${config.dataDir}`}`,
  `  trusted issuers: ${config.trustedIssuers.length > 0 ? config.trustedIssuers.join(', ') : 'none (every credential will be refused)'}`
];
process.stdout.write(`${lines.join('\n')}\n`);

stopOnSignals(() => started.stop());
