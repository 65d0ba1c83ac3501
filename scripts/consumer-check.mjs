#!/usr/bin/env node
// The consumer check (issue 9 §7, first part): packs every publishable package, installs the
// tarballs into a fresh project in a temporary folder outside the repository (no workspace
// links, no access to the repo's node_modules), and there proves what a user gets: every entry
// point imports under plain node, a path outside the exports map gets Node's own error, a
// strict NodeNext TypeScript consumer type-checks against every entry point, a credential
// verifies and a presentation verifies on the verifier's worker threads, an altered bundled
// context is refused with CONTEXT_INTEGRITY, and the `agentvc` command answers --version and
// --help. Then, against a platform started from this repository on free loopback ports, plain
// JavaScript in that project runs the story: an agent built only from @agentvc/client, an Express
// and a Koa shop behind @agentvc/verifier's middleware, and the README's relying-party block
// (marked `<!-- consumer-check: relying-party.js -->`, copied byte for byte) through revocation.
// publint and @arethetypeswrong/cli run on every tarball when the repository has them.
// Prints one line per check; exits 1 when any fails.
//   node scripts/consumer-check.mjs [--no-build] [--keep]
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const args = new Set(process.argv.slice(2));
const work = mkdtempSync(join(tmpdir(), 'agentvc-consumer-'));
const tarballs = join(work, 'tarballs');
const app = join(work, 'app');
let failed = 0;

async function check(name, run) {
  const started = performance.now();
  try {
    const note = await run();
    console.log(`ok    ${name} (${Math.round(performance.now() - started)} ms)${note ? ` — ${note}` : ''}`);
  } catch (error) {
    failed += 1;
    console.log(`FAIL  ${name}: ${String(error.stderr || error.stdout || error.message).trim().split('\n').slice(0, 20).join('\n      ')}`);
  }
}

const sh = (file, argv, options = {}) => execFileSync(file, argv, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], ...options });
const npm = (argv, cwd) => sh('npm', argv, { cwd, env: { ...process.env, AVC_LEAD: '1', npm_config_update_notifier: 'false' } });
const node = (code, cwd = app) => sh(process.execPath, ['--input-type=module', '-e', code], { cwd, env: { PATH: process.env.PATH, HOME: process.env.HOME } });

const packages = readdirSync(join(ROOT, 'packages'))
  .map((dir) => ({ dir: join(ROOT, 'packages', dir), pkg: JSON.parse(readFileSync(join(ROOT, 'packages', dir, 'package.json'), 'utf8')) }))
  .filter(({ pkg }) => !pkg.private);
const entryPoints = packages.flatMap(({ pkg }) => Object.keys(pkg.exports).map((key) => (key === '.' ? pkg.name : `${pkg.name}/${key.slice(2)}`)));

if (!args.has('--no-build')) await check('npm run build', () => void npm(['run', 'build'], ROOT));

mkdirSync(tarballs);
await check(`npm pack ${packages.length} packages`, () => {
  npm(['pack', '--silent', '--pack-destination', tarballs, ...packages.flatMap(({ dir }) => ['--workspace', dir])], ROOT);
  const packed = readdirSync(tarballs);
  for (const file of packed) {
    const listing = sh('tar', ['-tzf', join(tarballs, file)]).split('\n').filter(Boolean);
    const stray = listing.filter((path) => !/^package\/(dist\/|types\/|contexts\/|bin\/|package\.json$|README\.md$|LICENSE$)/.test(path));
    if (stray.length) throw new Error(`${file} ships ${stray.join(', ')}`);
    if (!listing.includes('package/LICENSE')) throw new Error(`${file} has no LICENSE`);
  }
  return packed.join(' ');
});

mkdirSync(app);
writeFileSync(join(app, 'package.json'), JSON.stringify({ name: 'agentvc-consumer', private: true, type: 'module' }, null, 2));
await check('install the tarballs in a fresh project', () => {
  const specs = readdirSync(tarballs).map((file) => join(tarballs, file));
  const extras = ['typescript@5.9', '@types/node@20', 'koa@3', '@types/koa@3', 'express@5', '@types/express@5'];
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', ...specs, ...extras], app);
  if (existsSync(join(app, 'node_modules', '@agentvc', 'core', 'src'))) throw new Error('an installed package contains src/');
});

// the platform for the story below starts now, from the fresh build, while the checks before
// the story run (startPlatform is declared further down)
const platformStarting = startPlatform();
platformStarting.catch(() => undefined);

await check(`every entry point imports under plain node (${entryPoints.length})`, () => {
  node(`for (const name of ${JSON.stringify(entryPoints)}) await import(name);`);
});

await check('a path outside the exports map gets Node\'s own error', () => {
  const out = node(`try { await import('@agentvc/verifier/dist/create-verifier.js'); console.log('imported'); } catch (e) { console.log(e.code); }`);
  if (out.trim() !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') throw new Error(out);
});

await check('strict NodeNext TypeScript consumer of every entry point', () => {
  const lines = entryPoints.map((name, i) => `import * as m${i} from '${name}';`);
  lines.push(`export const all = [${entryPoints.map((_, i) => `m${i}`).join(', ')}];`);
  lines.push(`const verifier = m${entryPoints.indexOf('@agentvc/verifier')}.createVerifier({ trustedIssuers: ['did:key:z6Mk'] });`);
  lines.push(`export const verified: Promise<boolean> = verifier.verifyCredential({}).then((result) => result.verified);`);
  writeFileSync(join(app, 'consumer.ts'), `${lines.join('\n')}\n`);
  writeFileSync(join(app, 'tsconfig.json'), JSON.stringify({
    compilerOptions: { target: 'ES2022', module: 'NodeNext', moduleResolution: 'NodeNext', strict: true, noEmit: true, skipLibCheck: false, types: ['node'], exactOptionalPropertyTypes: true, noUncheckedIndexedAccess: true, verbatimModuleSyntax: true },
    files: ['consumer.ts']
  }, null, 2));
  const result = spawnSync(join(app, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json'], { cwd: app, encoding: 'utf8' });
  const errors = result.stdout.split('\n').filter((line) => /error TS\d+/.test(line));
  // only ours count: a third-party declaration bug (e.g. @types/koa against a newer
  // content-disposition) is reported but is not something these packages can fix
  const ours = errors.filter((line) => line.startsWith('consumer.ts') || line.startsWith('node_modules/@agentvc/'));
  if (ours.length || (result.status !== 0 && errors.length === 0)) throw new Error(ours.join('\n') || result.stdout + result.stderr);
  return errors.length ? `${errors.length} error(s) in third-party declarations only: ${errors[0].slice(0, 160)}` : 'no errors';
});

const verifyScript = `
import * as vc from '@digitalbazaar/vc';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { CONTEXT_URLS, createDidKeyResolver, createDocumentLoader, createSigner, generateIdentity } from '@agentvc/core';
import { signPresentation } from '@agentvc/client';
import { createVerifier } from '@agentvc/verifier';
const documentLoader = createDocumentLoader({ didResolver: createDidKeyResolver() });
const [issuer, agent] = [await generateIdentity(), await generateIdentity()];
const now = Date.now();
const credential = await vc.issue({ documentLoader, suite: new Ed25519Signature2020({ signer: createSigner(issuer) }), credential: {
  '@context': [CONTEXT_URLS.credentialsV1, CONTEXT_URLS.agentvcV1], id: 'urn:uuid:' + crypto.randomUUID(),
  type: ['VerifiableCredential', 'AgentCapabilityCredential'], issuer: issuer.did,
  issuanceDate: new Date(now - 60000).toISOString().slice(0, 19) + 'Z', expirationDate: new Date(now + 3600000).toISOString().slice(0, 19) + 'Z',
  credentialSubject: { id: agent.did, capability: [{ type: 'PaymentAuthorization', maxAmount: { value: '50', currency: 'USD' }, merchants: ['shop.example'] }] } } });
const verifier = createVerifier({ trustedIssuers: [issuer.did], workers: 1 });
const presentation = await signPresentation({ holder: agent, credentials: [credential], challenge: 'c-1', domain: 'shop.example', suite: 'Ed25519Signature2020', documentLoader });
const capability = { type: 'PaymentAuthorization', amount: { value: 20, currency: 'USD' }, merchant: 'shop.example' };
const ok = await verifier.verifyPresentation(presentation, { challenge: 'c-1', domain: 'shop.example', capability });
const over = await verifier.verifyPresentation(presentation, { challenge: 'c-1', domain: 'shop.example', capability: { ...capability, amount: { value: 80, currency: 'USD' } } });
console.log(JSON.stringify({ ok: ok.verified, okProblems: ok.problems.map((p) => p.code), over: over.verified, overCodes: over.problems.map((p) => p.code) }));
process.exit(0);`;
await check('a presentation verifies (worker threads from dist), an over-limit one is refused', () => {
  const out = JSON.parse(node(verifyScript));
  if (!out.ok || out.over || out.overCodes.length === 0) throw new Error(JSON.stringify(out));
  return `over-limit: ${out.overCodes.join(', ')}`;
});

await check('an altered or missing bundled context in the installed package is CONTEXT_INTEGRITY, never fetched', () => {
  const contexts = join(app, 'node_modules', '@agentvc', 'core', 'contexts');
  const original = readFileSync(join(contexts, 'agentvc-v1.jsonld'));
  const probe = `globalThis.fetch = () => { throw new Error('fetched'); };
    const { createDocumentLoader } = await import('@agentvc/core');
    try { createDocumentLoader(); console.log('loaded'); } catch (e) { console.log(e.code); }`;
  try {
    writeFileSync(join(contexts, 'agentvc-v1.jsonld'), `${original.toString('utf8')} `);
    const altered = node(probe).trim();
    rmSync(join(contexts, 'agentvc-v1.jsonld'));
    const missing = node(probe).trim();
    if (altered !== 'CONTEXT_INTEGRITY' || missing !== 'CONTEXT_INTEGRITY') throw new Error(`altered: ${altered}, missing: ${missing}`);
  } finally {
    writeFileSync(join(contexts, 'agentvc-v1.jsonld'), original);
  }
  if (node(probe).trim() !== 'loaded') throw new Error('the restored context does not load');
});

await check('agentvc --version and --help (installed @agentvc/cli, plain node)', () => {
  const bin = join(app, 'node_modules', '.bin', 'agentvc');
  const started = performance.now();
  const version = sh(bin, ['--version'], { cwd: app }).trim();
  const ms = Math.round(performance.now() - started);
  const expected = packages.find(({ pkg }) => pkg.name === '@agentvc/cli').pkg.version;
  if (version !== expected) throw new Error(`--version printed ${version}, expected ${expected}`);
  if (!sh(bin, ['--help'], { cwd: app }).includes('Usage: agentvc <command>')) throw new Error('--help has no usage');
  return `--version in ${ms} ms`;
});

// ---- the story against a real platform (issue 9 §7): the services are not published, so they
// run from this repository in a child process on free loopback ports; everything the consumer
// runs below is plain JavaScript in the temp project, importing only the installed tarballs.
const consumerEnv = (extra) => ({ PATH: process.env.PATH, HOME: process.env.HOME, ...extra });
const runFile = (file, env) =>
  new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [file], { cwd: app, env: consumerEnv(env), stdio: ['ignore', 'pipe', 'pipe'] });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), 60_000);
    child.once('exit', (code, signal) => {
      clearTimeout(timer);
      if (code === 0) resolve(stdout.trim().split('\n').at(-1) ?? '');
      else reject(Object.assign(new Error(`${file} exited ${signal ?? code}`), { stderr: `${stderr}${stdout}` || `${file} exited ${signal ?? code}` }));
    });
  });

/** The fenced block after `<!-- consumer-check: <file> ... -->` in the README, byte for byte. */
function readmeBlock(file) {
  const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
  const marker = `<!-- consumer-check: ${file}`;
  const at = readme.indexOf(marker);
  if (at < 0) throw new Error(`README.md has no block marked ${marker} -->`);
  const fence = /```[a-z]*\n([\s\S]*?)\n```/.exec(readme.slice(at));
  if (!fence) throw new Error(`no fenced block after ${marker}`);
  return `${fence[1]}\n`;
}

function startPlatform() {
  // a clean environment for the services: nothing of the caller's deployment leaks in
  const env = Object.fromEntries(Object.entries(process.env).filter(([key]) => !/^(ISSUER_|WALLET_|VERIFIER_|AGENTVC_|MONGODB_)/.test(key)));
  Object.assign(env, { AGENTVC_DATA_DIR: join(work, 'data'), ISSUER_PORT: '0', WALLET_PORT: '0', VERIFIER_PORT: '0', LOG_LEVEL: 'warn' });
  // built output with plain node, as `npm start` runs it (built by the first check)
  const child = spawn(process.execPath, ['apps/platform/dist/main.js'], { cwd: ROOT, env, stdio: ['ignore', 'pipe', 'pipe'] });
  const stop = () =>
    new Promise((resolve) => {
      if (child.exitCode !== null || child.signalCode !== null) return resolve();
      child.once('exit', () => resolve());
      child.kill('SIGTERM');
      setTimeout(() => child.kill('SIGKILL'), 15_000).unref();
    });
  return new Promise((resolve, reject) => {
    let out = '';
    const timer = setTimeout(() => reject(new Error(`the platform did not start within 90 s:\n${out}`)), 90_000);
    const read = (chunk) => {
      out += chunk;
      const field = (pattern) => pattern.exec(out)?.[1];
      if (!/try: npm run demo/.test(out)) return;
      clearTimeout(timer);
      const platform = {
        issuerUrl: field(/^\s+issuer\s+(http\S+)/m),
        walletUrl: field(/^\s+wallet\s+(http\S+)/m),
        issuerDid: field(/issuer DID (did:\S+)/),
        // the summary names the key's 0600 file, never the key
        apiKey: ((file) => file && readFileSync(file, 'utf8').trim())(field(/operator API key: saved in (\S+) /)),
        stop
      };
      if (Object.values(platform).some((value) => !value)) reject(new Error(`unexpected start banner:\n${out}`));
      else resolve(platform);
    };
    child.stdout.on('data', read);
    child.stderr.on('data', (chunk) => (out += chunk));
    child.once('exit', (code) => reject(new Error(`the platform exited (${code}) before it was up:\n${out}`)));
  });
}

const AGENT = `// an agent built only from @agentvc/client
import { writeFileSync } from 'node:fs';
import { createIssuerClient, createWalletClient, generateIdentity, loadIdentityFile, saveIdentityFile } from '@agentvc/client';
const { ISSUER_URL, WALLET_URL, API_KEY } = process.env;
await saveIdentityFile('./agent-identity.json', await generateIdentity());
const agent = await loadIdentityFile('./agent-identity.json');
// the operator's side (the same SDK with an API key): register the DID and grant
const operator = createIssuerClient({ baseUrl: ISSUER_URL, apiKey: API_KEY });
await operator.registerAgent({ did: agent.did, name: 'consumer-check shopper', owner: 'consumer-check' });
await operator.grant(agent.did, { capabilities: [{ type: 'PaymentAuthorization', maxAmount: { value: '50', currency: 'USD' }, merchants: ['shop.example'] }] });
// DID-auth: challenge, presentation signed by the agent's key, credential
const credential = await createIssuerClient({ baseUrl: ISSUER_URL }).requestCredential(agent);
// the hosted wallet: DID-auth sign-in, store, list
const wallet = await createWalletClient({ baseUrl: WALLET_URL }).signIn(agent);
const stored = await wallet.storeCredential(credential);
const held = await wallet.listCredentials({ capabilityType: 'PaymentAuthorization' });
if (held.length !== 1 || held[0].id !== stored.id || held[0].verifiableCredential.id !== credential.id) throw new Error('the wallet does not list the stored credential');
writeFileSync('./credential.json', JSON.stringify(held[0].verifiableCredential));
console.log(agent.did + ' holds ' + credential.id);
process.exit(0);
`;

const shop = (framework) => (framework === 'express'
  ? `import express from 'express';
import { createStatusListFetcher, createVerifier } from '@agentvc/verifier';
import { requireCapability } from '@agentvc/verifier/express';
const verifier = createVerifier({ trustedIssuers: [process.env.ISSUER_DID], fetchStatusList: createStatusListFetcher({ allowHttp: true, allowPrivateNetworks: true }) });
const app = express();
app.post('/purchases', requireCapability({
  verifier,
  domain: 'shop.example',
  capability: { type: 'PaymentAuthorization', amount: (req) => ({ value: String(req.query.amount), currency: 'USD' }), merchant: 'shop.example' }
}), (req, res) => { res.json({ purchase: 'accepted', agent: res.locals.agent.did }); });
const server = app.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port));
`
  : `import Koa from 'koa';
import { createStatusListFetcher, createVerifier } from '@agentvc/verifier';
import { requireCapability } from '@agentvc/verifier/koa';
const verifier = createVerifier({ trustedIssuers: [process.env.ISSUER_DID], fetchStatusList: createStatusListFetcher({ allowHttp: true, allowPrivateNetworks: true }) });
const app = new Koa();
app.use(requireCapability({
  verifier,
  domain: 'shop.example',
  capability: { type: 'PaymentAuthorization', amount: (ctx) => ({ value: String(ctx.query.amount), currency: 'USD' }), merchant: 'shop.example' }
}));
app.use((ctx) => { ctx.body = { purchase: 'accepted', agent: ctx.state.agent.did }; });
const server = app.listen(0, '127.0.0.1', () => console.log('listening on http://127.0.0.1:' + server.address().port));
`);

const SHOP_PROBE = `// starts the shop given as argument, then buys from it as the agent (only @agentvc/client)
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { isAgentVcClientError, loadIdentityFile, presentTo } from '@agentvc/client';
const shop = spawn(process.execPath, [process.env.SHOP], { stdio: ['ignore', 'pipe', 'inherit'], env: process.env });
try {
  const url = await new Promise((resolve, reject) => {
    let out = '';
    shop.stdout.on('data', (chunk) => { out += chunk; const m = /listening on (\\S+)/.exec(out); if (m) resolve(m[1]); });
    shop.once('exit', (code) => reject(new Error('the shop exited ' + code + ': ' + out)));
  });
  const bare = await fetch(url + '/purchases?amount=20', { method: 'POST' });
  const problem = await bare.json();
  const asked = bare.headers.get('www-authenticate') ?? '';
  if (bare.status !== 401 || problem.code !== 'PRESENTATION_REQUIRED' || !/^AgentPresentation challenge="[^"]+", domain="shop.example"/.test(asked) || problem.challenge === undefined) {
    throw new Error('no presentation: ' + bare.status + ' ' + JSON.stringify(problem) + ' ' + asked);
  }
  const identity = await loadIdentityFile('./agent-identity.json');
  const credentials = [JSON.parse(readFileSync('./credential.json', 'utf8'))];
  const buy = (amount) => presentTo({ url: url + '/purchases?amount=' + amount, method: 'POST', identity, credentials });
  const allowed = await buy(20);
  if (allowed.status !== 200 || allowed.body.agent !== identity.did) throw new Error('20 USD: ' + allowed.status + ' ' + JSON.stringify(allowed.body));
  const refused = await buy(80).then(() => undefined, (error) => { if (isAgentVcClientError(error)) return error; throw error; });
  const codes = (refused?.problems ?? []).map((p) => p.code);
  if (refused?.status !== 403 || refused.code !== 'NOT_AUTHORIZED' || !codes.includes('CAPABILITY_AMOUNT_EXCEEDED')) throw new Error('80 USD: ' + (refused ? refused.status + ' ' + refused.code + ' ' + codes : 'accepted'));
  console.log('no presentation 401 with a challenge, 20 USD 200, 80 USD 403 ' + refused.code + ' (' + codes.join(', ') + ')');
} finally {
  shop.kill();
}
process.exit(0);
`;

const README_RUN = `// runs the README's relying-party block (relying-party.js, copied as written) with a real agent
import { readFileSync } from 'node:fs';
import { createIssuerClient, loadIdentityFile, signPresentation } from '@agentvc/client';
const agent = await loadIdentityFile('./agent-identity.json');
const credential = JSON.parse(readFileSync('./credential.json', 'utf8'));
const buy = async (relyingParty, amount) => {
  const challenge = relyingParty.newChallenge();
  const presentation = await signPresentation({ holder: agent, credentials: [credential], challenge, domain: 'shop.example' });
  return relyingParty.checkPurchase(presentation, challenge, amount);
};
const refusal = (attempt) => attempt.then(() => 'accepted', (error) => error.message);
const relyingParty = await import('./relying-party.js');
const allowed = await buy(relyingParty, 20);
const over = await refusal(buy(relyingParty, 80));
await createIssuerClient({ baseUrl: process.env.ISSUER_URL, apiKey: process.env.API_KEY }).setStatus({ credentialId: credential.id, statusPurpose: 'revocation' });
// a verifier started after the revocation (the first one may trust its copy for statusCacheSeconds)
const restarted = await import('./relying-party.js?after-revocation');
const revoked = await refusal(buy(restarted, 20));
console.log(JSON.stringify({ verified: allowed.verified, holder: allowed.holder === agent.did, grantedBy: allowed.grantedBy?.issuer, over, revoked }));
process.exit(0);
`;

let platform;
await check('a real platform for the story (issuer, wallet, verifier built in this repository, plain node, free loopback ports)', async () => {
  platform = await platformStarting;
  return `issuer ${platform.issuerUrl}, wallet ${platform.walletUrl}`;
});
const story = platform ? { ISSUER_URL: platform.issuerUrl, WALLET_URL: platform.walletUrl, API_KEY: platform.apiKey, ISSUER_DID: platform.issuerDid } : undefined;
try {
  await check('an agent built only from @agentvc/client: identity file, registered and granted, credential by DID-auth, stored in the wallet', async () => {
    if (!story) throw new Error('no platform');
    writeFileSync(join(app, 'agent.mjs'), AGENT);
    return runFile('agent.mjs', story);
  });
  for (const framework of ['express', 'koa']) {
    await check(`a plain-JS ${framework === 'express' ? 'Express app with @agentvc/verifier/express' : 'Koa app with @agentvc/verifier/koa'}, the agent presenting with presentTo`, async () => {
      if (!story || !existsSync(join(app, 'credential.json'))) throw new Error('no agent credential');
      writeFileSync(join(app, `shop-${framework}.mjs`), shop(framework));
      writeFileSync(join(app, 'shop-probe.mjs'), SHOP_PROBE);
      return runFile('shop-probe.mjs', { ...story, SHOP: `shop-${framework}.mjs` });
    });
  }
  await check("the README's relying-party example, as written: verified, capability evaluated, over limit refused, revoked refused", async () => {
    if (!story || !existsSync(join(app, 'credential.json'))) throw new Error('no agent credential');
    writeFileSync(join(app, 'relying-party.js'), readmeBlock('relying-party.js'));
    writeFileSync(join(app, 'readme-run.mjs'), README_RUN);
    const out = JSON.parse(await runFile('readme-run.mjs', { ...story, AGENTVC_ISSUER_DID: story.ISSUER_DID, AGENTVC_DEV_STATUS: '1' }));
    if (!out.verified || !out.holder || out.grantedBy !== story.ISSUER_DID) throw new Error(`20 USD: ${JSON.stringify(out)}`);
    if (!/CAPABILITY_AMOUNT_EXCEEDED/.test(out.over)) throw new Error(`80 USD: ${out.over}`);
    if (!/STATUS_REVOKED/.test(out.revoked)) throw new Error(`after revocation: ${out.revoked}`);
    return `80 USD: ${out.over}; revoked: ${out.revoked}`;
  });
} finally {
  await platform?.stop();
}

for (const [tool, binName, toolArgs] of [['publint', 'publint', []], ['@arethetypeswrong/cli', 'attw', ['--profile', 'esm-only']]]) {
  const bin = join(ROOT, 'node_modules', '.bin', binName);
  if (!existsSync(bin)) {
    console.log(`skip  ${tool}: not installed (add it to the root devDependencies)`);
    continue;
  }
  await check(`${tool} on every tarball`, async () => {
    // two at a time (a tarball each): attw is a TypeScript program per tarball, the slowest step
    const queue = readdirSync(tarballs);
    const lint = async () => {
      for (let file = queue.shift(); file; file = queue.shift()) {
        const result = await new Promise((resolve) => {
          const child = spawn(bin, [...toolArgs, join(tarballs, file)], { cwd: work, stdio: ['ignore', 'pipe', 'pipe'] });
          let output = '';
          child.stdout.on('data', (chunk) => (output += chunk));
          child.stderr.on('data', (chunk) => (output += chunk));
          child.once('close', (status) => resolve({ status, output }));
        });
        if (result.status !== 0) throw new Error(`${file}: ${result.output}`);
      }
    };
    await Promise.all([lint(), lint()]);
  });
}

if (args.has('--keep')) console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log(failed ? `consumer check: ${failed} failed` : 'consumer check: all passed');
process.exit(failed ? 1 : 0);
