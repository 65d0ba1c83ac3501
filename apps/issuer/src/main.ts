// The issuer process: configuration from the environment, start, print, shut down on signals.
// Anything that stops the start (a bad variable included) is one line on stderr and exit 1.
// The first operator key is never printed on stdout (log drivers ship it off-box): only the 0600
// file it is in, plus one JSON line `{"event":"first-operator-key",...}` (no token) for
// launchers. Only a generated key that could not be saved is shown, once, on stderr (startIssuer).
import { existsSync, lstatSync } from 'node:fs';
import { exitOnStartFailure, stopOnSignals } from '@agentvc/http';
import { loadConfig } from './load-config.js';
import { firstKeyPath } from './first-key-path.js';
import { startIssuer } from './start-issuer.js';

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
// a regular file only: a symlink planted at the path is not the key file
const keyFileThere = lstatSync(keyPath, { throwIfNoEntry: false })?.isFile() === true;
const generated = started.generatedAdminToken !== undefined;
const saved = generated ? started.firstKeyFile !== undefined : keyFileThere;
if (saved) {
  lines.push(`  first operator API key: saved in ${keyPath} (mode 0600): read it with cat ${keyPath}, keep it elsewhere, then delete the file`);
} else if (generated) {
  lines.push(`  first operator API key: shown once on stderr (it could not be saved to ${keyPath})`);
}
if (generated || saved) {
  process.stdout.write(`${JSON.stringify({ event: 'first-operator-key', path: keyPath, generated, saved })}\n`);
}
if (started.legacyApiKeys > 0) {
  lines.push(`  legacy keys: ${started.legacyApiKeys} made before avc_<id>_<secret> tokens are refused; revoke them (docs/security.md)`);
}
// last: launchers (apps/platform) wait for this line and read what came before it
lines.push(`agentvc issuer listening on ${started.url} (public URL ${publicUrl})`);
process.stdout.write(`${lines.join('\n')}\n`);

stopOnSignals(() => started.stop());
