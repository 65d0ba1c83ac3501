// Copies the W3C / Digital Bazaar context files out of the npm packages that publish them into
// packages/core/contexts/ (the one copy: @agentvc/core ships and reads it) and rewrites its
// manifest.json (url -> file, sha256). Run after upgrading a context package:
//   node scripts/sync-contexts.mjs
// Our own contexts (agentvc-*.jsonld) are written by hand there and only hashed here.
import { createHash } from 'node:crypto';
import { copyFileSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, 'packages', 'core', 'contexts');
// Packages are hoisted to the workspace root by npm workspaces.
const pkgDir = (name) => join(root, 'node_modules', name);

const published = [
  ['https://www.w3.org/2018/credentials/v1', '@digitalbazaar/credentials-context', 'contexts/v1.jsonld', 'credentials-v1.jsonld'],
  ['https://www.w3.org/ns/credentials/v2', '@digitalbazaar/credentials-context', 'contexts/v2.jsonld', 'credentials-v2.jsonld'],
  ['https://w3id.org/security/suites/ed25519-2020/v1', 'ed25519-signature-2020-context', 'contexts/ed25519-signature-2020-v1.jsonld', 'ed25519-signature-2020-v1.jsonld'],
  ['https://w3id.org/security/data-integrity/v1', '@digitalbazaar/data-integrity-context', 'contexts/data-integrity-v1.jsonld', 'data-integrity-v1.jsonld'],
  ['https://w3id.org/security/data-integrity/v2', '@digitalbazaar/data-integrity-context', 'contexts/data-integrity-v2.jsonld', 'data-integrity-v2.jsonld'],
  ['https://w3id.org/security/multikey/v1', '@digitalbazaar/multikey-context', 'contexts/multikey-v1.jsonld', 'multikey-v1.jsonld'],
  ['https://w3id.org/vc/status-list/2021/v1', '@digitalbazaar/vc-status-list-context', 'contexts/vc-status-list-v1.jsonld', 'vc-status-list-2021-v1.jsonld'],
  ['https://www.w3.org/ns/did/v1', 'did-context', 'contexts/did-v1.jsonld', 'did-v1.jsonld']
];
const own = [['https://agentvc.dev/contexts/v1', 'agentvc-v1.jsonld']];

const manifest = {};
for (const [url, pkg, from, file] of published) {
  copyFileSync(join(pkgDir(pkg), from), join(out, file));
  manifest[url] = { file, source: `${pkg}/${from}` };
}
for (const [url, file] of own) manifest[url] = { file, source: 'agentvc (hand-written)' };
for (const entry of Object.values(manifest)) {
  entry.sha256 = createHash('sha256').update(readFileSync(join(out, entry.file))).digest('hex');
}
writeFileSync(join(out, 'manifest.json'), `${JSON.stringify(manifest, null, 2)}\n`);
console.log(`contexts: ${Object.keys(manifest).length} pinned in packages/core/contexts/manifest.json`);
