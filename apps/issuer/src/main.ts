// The issuer process: configuration from the environment, start, print, shut down on signals.
// Anything that stops the start (a bad variable included) is one line on stderr and exit 1.
import { existsSync } from 'node:fs';
import { exitOnStartFailure, stopOnSignals } from '@agentvc/http';
import { loadConfig } from './load-config.js';
import { firstKeyPath, startIssuer } from './start-issuer.js';

// a start that failed after creating the first operator key says where it was saved
let keyFile: string | undefined;
const savedKey = () => (keyFile && existsSync(keyFile) ? `the first operator API key is saved in ${keyFile}` : undefined);
const { config, started } = await Promise.resolve()
  .then(async () => {
    const config = loadConfig(process.env);
    keyFile = firstKeyPath(config.dataDir);
    return { config, started: await startIssuer(config) };
  })
  .catch(exitOnStartFailure('issuer', savedKey));
const { publicUrl, mongodbUrl, dataDir } = config;
const keyPath = firstKeyPath(dataDir);

const lines = [
  `agentvc issuer`,
  `  store:      ${mongodbUrl ? 'MongoDB' : `embedded, ${dataDir}`}`,
  `  issuer DID: ${started.issuer.identity.did}`
];
if (started.generatedAdminToken) {
  lines.push(`  operator API key (shown once, keep it safe): ${started.generatedAdminToken}`);
}
if (existsSync(keyPath)) {
  lines.push(`  first operator key file: ${keyPath} (mode 0600; delete it once the key is kept elsewhere)`);
}
if (started.legacyApiKeys > 0) {
  lines.push(`  legacy keys: ${started.legacyApiKeys} made before avc_<id>_<secret> tokens are refused; revoke them (docs/security.md)`);
}
// last: launchers (apps/platform) wait for this line and read what came before it
lines.push(`agentvc issuer listening on ${started.url} (public URL ${publicUrl})`);
process.stdout.write(`${lines.join('\n')}\n`);

stopOnSignals(() => started.stop());
