// The wallet process: configuration from the environment, start, print, shut down on signals.
import { stopOnSignals } from '@agentvc/http';
import { loadConfig } from './load-config.js';
import { startWallet } from './start-wallet.js';

const config = loadConfig(process.env);
const started = await startWallet(config).catch((error: unknown) => {
  console.error(`agentvc wallet failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

const lines = [
  `agentvc wallet listening on ${started.url} (public URL ${config.publicUrl}, DID-auth domain ${started.wallet.domain})`,
  `  store:           ${config.mongodbUrl ? 'MongoDB' : `embedded, ${config.dataDir}`}`,
  `  trusted issuers: ${config.trustedIssuers.length > 0 ? config.trustedIssuers.join(', ') : 'none (every credential will be refused)'}`
];
process.stdout.write(`${lines.join('\n')}\n`);

stopOnSignals(() => started.stop());
