// The demo story as a test: the real services as separate processes (what `npm start` runs),
// the SDK as the agent, demo shops using the Koa middleware. Every step must behave as stated.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startPlatform, type Platform } from '@agentvc/platform';
import { runDemoStory } from '../../apps/platform/src/demo/run-demo-story.js';
import { mongoTestDatabase } from '../support/mongo-database.js';

const dataDir = mkdtempSync(join(tmpdir(), 'agentvc-demo-e2e-'));
const apiKey = `avc_${randomBytes(12).toString('hex')}_${randomBytes(32).toString('base64url')}`;
// on the run's MongoDB-wire server when MONGODB_URL is set (all three services on one database)
const database = mongoTestDatabase('agentvc_demo_e2e');
let platform: Platform | undefined;

afterAll(async () => {
  await platform?.stop();
  await database?.drop();
  rmSync(dataDir, { recursive: true, force: true });
});

it(`runs the whole agent story from one platform start (${database ? 'MongoDB' : 'embedded store'})`, async () => {
  const store = database ? { mongodbUrl: database.url, mongodbDb: database.dbName, kek: database.kek } : {};
  platform = await startPlatform({ dataDir, ports: { issuer: 0, wallet: 0, verifier: 0 }, adminToken: apiKey, echo: false, ...store });
  // the issuer names its store before its listening line (the others after it)
  expect(platform.issuer.banner.join('\n')).toMatch(database ? /store:\s+MongoDB/ : /store:\s+embedded/);
  expect((await fetch(`${platform.verifier.url}/health`)).status).toBe(200);
  const steps = await runDemoStory({ issuerUrl: platform.issuer.url, walletUrl: platform.wallet.url, apiKey });
  expect(steps.map((s) => [s.title, s.ok])).toEqual([
    ['An agent is created', true],
    ['The operator grants "payments up to 50 USD at shop.example"', true],
    ['The agent obtains its credential by DID-auth and stores it in the wallet', true],
    ['shop.example accepts a 20 USD purchase', true],
    ['shop.example refuses 80 USD (over the limit)', true],
    ['othershop.example refuses (merchant not allowed)', true],
    ['The operator revokes the credential', true],
    ['The same 20 USD purchase is now refused for revocation', true]
  ]);
  expect(steps[4]?.detail).toContain('CAPABILITY_AMOUNT_EXCEEDED');
  expect(steps[7]?.detail).toContain('STATUS_REVOKED');
}, 120_000);
