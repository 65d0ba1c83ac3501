// The wire server stopped while the services run (issue 15, faults): requests answer 503
// problem+json with Retry-After (not 500), /ready says not ready, and both recover by themselves
// when the server is back. Needs a FerretDB binary of its own to stop (FERRETDB_BIN, exported by
// scripts/with-ferretdb.sh); without one it says SKIPPED.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig as issuerConfig, startIssuer, type StartedIssuer } from '@agentvc/issuer-app';
import { loadConfig as verifierConfig, startVerifier, type StartedVerifier } from '@agentvc/verifier-app';
import { ferretDbProcess, type FerretDbProcess } from '../support/ferretdb-process.js';

const binary = process.env.FERRETDB_BIN;
let dataDir = '';
let server: FerretDbProcess;
let issuer: StartedIssuer;
let verifier: StartedVerifier;
let token = '';

async function waitFor(check: () => Promise<boolean>, ms = 60_000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error('the services did not recover in time');
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
}

const challenge = () => fetch(`${verifier.url}/challenges`, { method: 'POST' });
const keys = () => fetch(`${issuer.url}/admin/api-keys`, { headers: { authorization: `Bearer ${token}` } });

async function expectUnavailable(response: Response): Promise<void> {
  expect(response.status).toBe(503);
  expect(response.headers.get('content-type')).toMatch(/^application\/problem\+json/);
  expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(0);
  expect(await response.json()).toMatchObject({ status: 503, code: 'SERVICE_UNAVAILABLE' });
}

if (binary) {
  beforeAll(async () => {
    dataDir = mkdtempSync(join(tmpdir(), 'agentvc-outage-'));
    server = await ferretDbProcess(binary);
    await server.start();
    // a short server selection, so a request while the server is away fails in seconds, not 30
    const env = { MONGODB_URL: `${server.url}?serverSelectionTimeoutMS=2000`, MONGODB_DB: 'outage', AGENTVC_KEK: randomBytes(32).toString('base64'), AGENTVC_DATA_DIR: dataDir, LOG_LEVEL: 'silent' };
    issuer = await startIssuer(issuerConfig({ ...env, ISSUER_PORT: '0', ISSUER_PUBLIC_URL: 'http://issuer.test' }));
    token = issuer.generatedAdminToken ?? '';
    verifier = await startVerifier(verifierConfig({ ...env, VERIFIER_PORT: '0', VERIFIER_PUBLIC_URL: 'https://verify.test' }));
  }, 60_000);

  afterAll(async () => {
    await verifier?.stop();
    await issuer?.stop();
    await server?.dispose();
    if (dataDir) rmSync(dataDir, { recursive: true, force: true });
  }, 30_000);

  it('answers 503 problem+json with Retry-After while the server is stopped, and recovers when it returns', async () => {
    expect((await challenge()).status).toBe(201);
    expect((await keys()).status).toBe(200);

    await server.stop();
    await expectUnavailable(await challenge());
    await expectUnavailable(await keys());
    for (const url of [verifier.url, issuer.url]) {
      const ready = await fetch(`${url}/ready`);
      expect(ready.status).toBe(503);
      expect(await ready.json()).toMatchObject({ checks: { store: 'fail' } });
    }
    // the services themselves stay up: /health answers without the store
    expect((await fetch(`${verifier.url}/health`)).status).toBe(200);

    await server.start();
    await waitFor(async () => (await fetch(`${verifier.url}/ready`)).status === 200 && (await fetch(`${issuer.url}/ready`)).status === 200);
    expect((await challenge()).status).toBe(201);
    expect((await keys()).status).toBe(200);
  }, 120_000);
} else {
  it('store outage run SKIPPED: FERRETDB_BIN is not set (scripts/with-ferretdb.sh sets it)', () => {
    expect(binary).toBeFalsy();
  });
}
