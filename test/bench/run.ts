// `npm run bench` (pin it: `taskset -c 0 npm run bench`). Method and figures: docs/benchmarks.md.
import { readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { createHash, sign, verify } from 'node:crypto';
import { createVerifier } from '@agentvc/verifier';
import { createFixtures, DOMAIN, REQUIREMENT, repeated, type SignedPresentation } from './fixtures.js';
import { assertVerified, measureRows, type Measurement, type Row } from './measure.js';
import { createPlainVerifiers, createStaticLoader } from './plain.js';
import { printTable, printTargets } from './report.js';
import { benchIssuance } from './issuance.js';
import type { Json, PresentationSuite } from '../support/sign.js';

const iterations = positiveInt(process.env.BENCH_ITERATIONS, 500);
const warmup = positiveInt(process.env.BENCH_WARMUP, Math.min(100, iterations));
const rounds = Math.min(5, iterations);
const total = warmup + iterations;

async function main(): Promise<void> {
  console.log(`agentvc bench: node ${process.version}, ${availableParallelism()} CPUs usable, allowed CPUs: ${allowedCpus()}`);
  console.log(`warmup ${warmup}, then ${iterations} timed sequential calls per row in ${rounds} round-robin rounds`);
  const setupStarted = Date.now();
  const fx = await createFixtures();
  const coldCredentials = await fx.credentials(total);
  const coldEd = await fx.presentations(await fx.credentials(total), 'Ed25519Signature2020');
  const coldJcs = await fx.presentations(await fx.credentials(total), 'eddsa-jcs-2022');
  const repeatCredential = (await fx.credentials(1))[0] as Json;
  const repeatEd = await fx.presentations(repeated(repeatCredential, total), 'Ed25519Signature2020');
  const repeatJcs = await fx.presentations(repeated(repeatCredential, total), 'eddsa-jcs-2022');
  const plain = createPlainVerifiers(await createStaticLoader([fx.issuer, fx.agent], { [fx.statusLists.urls.revocation]: fx.revocationList }));
  console.log(`pre-signed ${3 * total + 1} credentials and ${4 * total} presentations in ${((Date.now() - setupStarted) / 1000).toFixed(1)} s`);

  // one verifier per row, so each row's caches hold only what that row put there
  const agentvc = () => createVerifier({ trustedIssuers: [fx.issuer.did], fetchStatusList: fx.statusLists.fetch, statusCacheSeconds: 3600 });
  const credentialRow = (name: string, credentials: readonly Json[]): Row => {
    const verifier = agentvc();
    return { name, operation: async (i) => assertVerified(name, await verifier.verifyCredential(at(credentials, i), { capability: REQUIREMENT })) };
  };
  const presentationRow = (name: string, presentations: readonly SignedPresentation[]): Row => {
    const verifier = agentvc();
    return {
      name,
      operation: async (i) => {
        const { presentation, challenge } = at(presentations, i);
        assertVerified(name, await verifier.verifyPresentation(presentation, { challenge, domain: DOMAIN, capability: REQUIREMENT }));
      }
    };
  };
  const plainPresentationRow = (name: string, presentations: readonly SignedPresentation[], suite: PresentationSuite): Row => ({
    name,
    operation: async (i) => {
      const { presentation, challenge } = at(presentations, i);
      assertVerified(name, await plain.verifyPresentation(presentation, { challenge, domain: DOMAIN, suite }));
    }
  });
  const message = Buffer.from('agentvc bench: a message of about the length of two sha256 digests');
  const signature = sign(null, message, fx.agent.privateKey);

  const rows = {
    ed25519: {
      name: 'node:crypto Ed25519 verify (KeyObject reused)',
      operation: async () => {
        if (!verify(null, message, fx.agent.publicKey, signature)) throw new Error('bench aborted: Ed25519 verify failed');
      }
    },
    digest: {
      name: 'sha256 of JSON.stringify(credential) (proof-cache key)',
      operation: async () => createHash('sha256').update(JSON.stringify(repeatCredential)).digest('base64url')
    },
    plainCredentialNoStatus: {
      name: 'plain vc.verifyCredential, status not checked',
      operation: async (i: number) => assertVerified('plain verifyCredential', await plain.verifyCredential(at(coldCredentials, i), { status: false }))
    },
    plainCredential: {
      name: 'plain vc.verifyCredential + checkStatus',
      operation: async (i: number) => assertVerified('plain verifyCredential + checkStatus', await plain.verifyCredential(at(coldCredentials, i), { status: true }))
    },
    plainPresentation: plainPresentationRow('plain vc.verify presentation (Ed25519Signature2020) + checkStatus', coldEd, 'Ed25519Signature2020'),
    plainPresentationJcs: plainPresentationRow('plain vc.verify presentation (eddsa-jcs-2022) + checkStatus', coldJcs, 'eddsa-jcs-2022'),
    coldCredential: credentialRow('agentvc verifyCredential, cold (new credential each call)', coldCredentials),
    warmCredential: credentialRow('agentvc verifyCredential, warm (same credential)', repeated(repeatCredential, total)),
    coldPresentation: presentationRow('agentvc verifyPresentation, cold, Ed25519Signature2020', coldEd),
    coldPresentationJcs: presentationRow('agentvc verifyPresentation, cold, eddsa-jcs-2022', coldJcs),
    repeatPresentation: presentationRow('agentvc verifyPresentation, repeat + fresh challenge, Ed25519Signature2020', repeatEd),
    repeatPresentationJcs: presentationRow('agentvc verifyPresentation, repeat + fresh challenge, eddsa-jcs-2022', repeatJcs)
  } satisfies Record<string, Row>;
  const load = loadavg()[0] ?? 0;
  const names = Object.keys(rows) as Array<keyof typeof rows>;
  const measured = await measureRows(Object.values(rows), { warmup, iterations, rounds });
  const m = Object.fromEntries(names.map((name, i) => [name, measured[i] as Measurement])) as Record<keyof typeof rows, Measurement>;
  // six agentvc verifiers, one fetch each: any more means the status cache was not warm
  if (fx.statusLists.fetches.length > 6) throw new Error(`bench aborted: status list fetched ${fx.statusLists.fetches.length} times`);

  printTable('Micro figures', [{ measurement: m.ed25519 }, { measurement: m.digest }]);
  printTable('Credentials (× plain = vs plain vc.verifyCredential + checkStatus; same-suite column = vs plain without status)', [
    { measurement: m.plainCredentialNoStatus },
    { measurement: m.plainCredential },
    { measurement: m.coldCredential, baseline: m.plainCredential, sameSuite: m.plainCredentialNoStatus },
    { measurement: m.warmCredential, baseline: m.plainCredential, sameSuite: m.plainCredentialNoStatus }
  ]);
  printTable('Presentations (× plain = vs plain vc.verify, Ed25519Signature2020 presentation proof, + checkStatus)', [
    { measurement: m.plainPresentation },
    { measurement: m.plainPresentationJcs, baseline: m.plainPresentation },
    { measurement: m.coldPresentation, baseline: m.plainPresentation },
    { measurement: m.coldPresentationJcs, baseline: m.plainPresentation, sameSuite: m.plainPresentationJcs },
    { measurement: m.repeatPresentation, baseline: m.plainPresentation },
    { measurement: m.repeatPresentationJcs, baseline: m.plainPresentation, sameSuite: m.plainPresentationJcs }
  ]);
  printTargets([
    { label: 'cold presentation, Ed25519Signature2020 proof', row: m.coldPresentation, baseline: m.plainPresentation, atLeast: 2 },
    { label: 'cold presentation, eddsa-jcs-2022 proof', row: m.coldPresentationJcs, baseline: m.plainPresentation, atLeast: 2 },
    { label: 'repeat presentation (fresh challenge), Ed25519Signature2020', row: m.repeatPresentation, baseline: m.plainPresentation, atLeast: 10 },
    { label: 'repeat presentation (fresh challenge), eddsa-jcs-2022', row: m.repeatPresentationJcs, baseline: m.plainPresentation, atLeast: 10 }
  ]);
  console.log(`\nload average (1 min) before timing ${load.toFixed(2)}, after ${(loadavg()[0] ?? 0).toFixed(2)}; above ~1 other processes shared the core`);
}

function at<T>(items: readonly T[], i: number): T {
  const item = items[i];
  if (item === undefined) throw new Error(`bench fixture ${i} is missing`);
  return item;
}

function positiveInt(value: string | undefined, fallback: number): number {
  const parsed = Number(value);
  return value !== undefined && Number.isInteger(parsed) && parsed > 0 ? parsed : fallback;
}

function allowedCpus(): string {
  try {
    return /Cpus_allowed_list:\s*(\S+)/.exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 'unknown';
  } catch {
    return 'unknown';
  }
}

// the issuance section runs once main's fixtures are unreachable, so their heap does not weigh on it
main()
  .then(() => benchIssuance({ phaseMs: positiveInt(process.env.BENCH_ISSUANCE_MS, 1000) }))
  .catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
