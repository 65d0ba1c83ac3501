#!/usr/bin/env node
// The consumer check (issue 9 §7, first part): packs every publishable package, installs the
// tarballs into a fresh project in a temporary folder outside the repository (no workspace
// links, no access to the repo's node_modules), and there proves what a user gets: every entry
// point imports under plain node, a path outside the exports map gets Node's own error, a
// strict NodeNext TypeScript consumer type-checks against every entry point, a credential
// verifies and a presentation verifies on the verifier's worker threads, an altered bundled
// context is refused with CONTEXT_INTEGRITY, and the `agentvc` command answers --version and
// --help. publint and @arethetypeswrong/cli run on every tarball when the repository has them.
// Prints one line per check; exits 1 when any fails.
//   node scripts/consumer-check.mjs [--no-build] [--keep]
import { execFileSync, spawnSync } from 'node:child_process';
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

function check(name, run) {
  const started = performance.now();
  try {
    const note = run();
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

if (!args.has('--no-build')) check('npm run build', () => void npm(['run', 'build'], ROOT));

mkdirSync(tarballs);
check(`npm pack ${packages.length} packages`, () => {
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
check('install the tarballs in a fresh project', () => {
  const specs = readdirSync(tarballs).map((file) => join(tarballs, file));
  const extras = ['typescript@5.9', '@types/node@20', 'koa@3', '@types/koa@3', 'express@5', '@types/express@5'];
  npm(['install', '--prefer-offline', '--no-audit', '--no-fund', '--ignore-scripts', ...specs, ...extras], app);
  if (existsSync(join(app, 'node_modules', '@agentvc', 'core', 'src'))) throw new Error('an installed package contains src/');
});

check(`every entry point imports under plain node (${entryPoints.length})`, () => {
  node(`for (const name of ${JSON.stringify(entryPoints)}) await import(name);`);
});

check('a path outside the exports map gets Node\'s own error', () => {
  const out = node(`try { await import('@agentvc/verifier/dist/create-verifier.js'); console.log('imported'); } catch (e) { console.log(e.code); }`);
  if (out.trim() !== 'ERR_PACKAGE_PATH_NOT_EXPORTED') throw new Error(out);
});

check('strict NodeNext TypeScript consumer of every entry point', () => {
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
check('a presentation verifies (worker threads from dist), an over-limit one is refused', () => {
  const out = JSON.parse(node(verifyScript));
  if (!out.ok || out.over || out.overCodes.length === 0) throw new Error(JSON.stringify(out));
  return `over-limit: ${out.overCodes.join(', ')}`;
});

check('an altered or missing bundled context in the installed package is CONTEXT_INTEGRITY, never fetched', () => {
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

check('agentvc --version and --help (installed @agentvc/cli, plain node)', () => {
  const bin = join(app, 'node_modules', '.bin', 'agentvc');
  const started = performance.now();
  const version = sh(bin, ['--version'], { cwd: app }).trim();
  const ms = Math.round(performance.now() - started);
  const expected = packages.find(({ pkg }) => pkg.name === '@agentvc/cli').pkg.version;
  if (version !== expected) throw new Error(`--version printed ${version}, expected ${expected}`);
  if (!sh(bin, ['--help'], { cwd: app }).includes('Usage: agentvc <command>')) throw new Error('--help has no usage');
  return `--version in ${ms} ms`;
});

for (const [tool, binName, toolArgs] of [['publint', 'publint', []], ['@arethetypeswrong/cli', 'attw', ['--profile', 'esm-only']]]) {
  const bin = join(ROOT, 'node_modules', '.bin', binName);
  if (!existsSync(bin)) {
    console.log(`skip  ${tool}: not installed (add it to the root devDependencies)`);
    continue;
  }
  check(`${tool} on every tarball`, () => {
    for (const file of readdirSync(tarballs)) {
      const result = spawnSync(bin, [...toolArgs, join(tarballs, file)], { encoding: 'utf8', cwd: work });
      if (result.status !== 0) throw new Error(`${file}: ${result.stdout}${result.stderr}`);
    }
  });
}

if (args.has('--keep')) console.log(`kept ${work}`);
else rmSync(work, { recursive: true, force: true });
console.log(failed ? `consumer check: ${failed} failed` : 'consumer check: all passed');
process.exit(failed ? 1 : 0);
