// The issuer process: configuration from the environment, start, print, shut down on signals.
import { stopOnSignals } from '@agentvc/http';
import { loadConfig } from './load-config.js';
import { startIssuer } from './start-issuer.js';

const config = loadConfig(process.env);
const started = await startIssuer(config).catch((error: unknown) => {
  console.error(`agentvc issuer failed to start: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});

const lines = [
  `agentvc issuer`,
  `  store:      ${config.mongodbUrl ? 'MongoDB' : `embedded, ${config.dataDir}`}`,
  `  issuer DID: ${started.issuer.identity.did}`
];
if (started.generatedAdminToken) {
  lines.push(`  operator API key (shown once, keep it safe): ${started.generatedAdminToken}`);
}
if (started.legacyApiKeys > 0) {
  lines.push(`  legacy keys: ${started.legacyApiKeys} made before avc_<id>_<secret> tokens are refused; revoke them (docs/security.md)`);
}
// last: launchers (apps/platform) wait for this line and read what came before it
lines.push(`agentvc issuer listening on ${started.url} (public URL ${config.publicUrl})`);
process.stdout.write(`${lines.join('\n')}\n`);

stopOnSignals(() => started.stop());
