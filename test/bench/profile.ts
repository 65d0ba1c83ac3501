// Profiles the timed part of one agentvc presentation row (fixtures are signed before the
// profiler starts): `npx tsx --conditions=source test/bench/profile.ts repeat-ed out.cpuprofile`.
// Open the file in Chrome DevTools (Performance) or VS Code.
import { writeFileSync } from 'node:fs';
import { Session } from 'node:inspector/promises';
import { createVerifier } from '@agentvc/verifier';
import { createFixtures, DOMAIN, REQUIREMENT, repeated } from './fixtures.js';
import { assertVerified } from './measure.js';
import type { Json } from '../support/sign.js';

const ROWS = ['cold-ed', 'cold-jcs', 'repeat-ed', 'repeat-jcs'] as const;
const [row, out = `${row}.cpuprofile`] = process.argv.slice(2) as [(typeof ROWS)[number], string?];
if (!ROWS.includes(row)) throw new Error(`usage: profile.ts ${ROWS.join('|')} [out.cpuprofile]`);
const count = Number(process.env.BENCH_ITERATIONS ?? 1000);

const fx = await createFixtures();
const suite = row.endsWith('jcs') ? 'eddsa-jcs-2022' : 'Ed25519Signature2020';
const credentials = row.startsWith('cold') ? await fx.credentials(count + 1) : repeated((await fx.credentials(1))[0] as Json, count + 1);
const [first, ...presentations] = await fx.presentations(credentials, suite);
const verifier = createVerifier({ trustedIssuers: [fx.issuer.did], fetchStatusList: fx.statusLists.fetch, statusCacheSeconds: 3600 });
const verifyOne = async ({ presentation, challenge }: { presentation: Json; challenge: string }): Promise<void> =>
  assertVerified(row, await verifier.verifyPresentation(presentation, { challenge, domain: DOMAIN, capability: REQUIREMENT }));
if (first) await verifyOne(first); // fills the DID, status (and, for repeat rows, proof) caches

const session = new Session();
session.connect();
await session.post('Profiler.enable');
await session.post('Profiler.start');
const started = performance.now();
for (const signed of presentations) await verifyOne(signed);
const elapsed = performance.now() - started;
const { profile } = await session.post('Profiler.stop');
writeFileSync(out, JSON.stringify(profile));
console.log(`${row}: ${count} presentations, ${(elapsed / count).toFixed(3)} ms each while profiling; wrote ${out}`);
