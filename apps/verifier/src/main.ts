// The verifier process: configuration from the environment, start, print, shut down on signals.
import { stopOnSignals } from '@agentvc/http';
import { loadConfig } from './load-config.js';
import { startVerifier } from './start-verifier.js';

const config = loadConfig(process.env);
const started = await startVerifier(config).catch((error: unknown) => {
  console.error(`agentvc verifier failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

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
