// The wallet as main.ts runs it: on a port, on the embedded store in <dataDir>/wallet, status
// lists fetched over HTTP by @agentvc/verifier's guarded fetcher, restartable.
import { mkdtempSync, rmSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateIdentity, type AgentIdentity } from '@agentvc/core';
import { loadConfig, startWallet } from '@agentvc/wallet-app';
import { itOnMongo, mongoTestDatabase } from '../../../test/support/mongo-database.js';
import { capabilityCredential, issue, payment, present } from '../../../test/support/sign.js';
import { createTestStatusLists, type TestStatusLists } from '../../../test/support/status-lists.js';

const dataDir = mkdtempSync(join(tmpdir(), 'agentvc-wallet-'));
let server: Server;
let base: string;
let issuer: AgentIdentity;
let statusLists: TestStatusLists;
beforeAll(async () => {
  server = createServer((req, res) => {
    statusLists.fetch(`${base}${req.url}`).then(
      (list) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(list)),
      () => res.writeHead(404).end()
    );
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  issuer = await generateIdentity();
  statusLists = await createTestStatusLists(issuer, { base: `${base}/status-lists` });
});
afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
  rmSync(dataDir, { recursive: true, force: true });
});

async function signIn(url: string, agent: AgentIdentity): Promise<string> {
  const { challenge, domain } = (await (await fetch(`${url}/auth/challenges`, { method: 'POST' })).json()) as { challenge: string; domain: string };
  const presentation = await present({ holder: agent, credentials: [], challenge, domain, suite: 'eddsa-jcs-2022' });
  const response = await fetch(`${url}/auth/sessions`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ presentation }) });
  return ((await response.json()) as { token: string }).token;
}

it('serves on a port, fetches status lists over HTTP, keeps sessions, credentials and the key file across a restart', async () => {
  const env = { WALLET_PORT: '0', AGENTVC_DATA_DIR: dataDir, LOG_LEVEL: 'silent', WALLET_TRUSTED_ISSUERS: issuer.did };
  const agent = await generateIdentity();
  const credential = await issue(
    issuer,
    capabilityCredential({ issuer: issuer.did, subject: agent.did, capabilities: [payment('50')], status: statusLists.entry('revocation', 7) })
  );

  // without the local-development flags the guarded fetcher refuses http://127.0.0.1
  let started = await startWallet(loadConfig(env));
  const token = await signIn(started.url, agent);
  const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const refused = await fetch(`${started.url}/credentials`, { method: 'POST', headers: auth, body: JSON.stringify({ verifiableCredential: credential }) });
  expect(refused.status).toBe(400);
  expect(((await refused.json()) as { problems: Array<{ code: string }> }).problems.map((p) => p.code)).toEqual(['STATUS_UNAVAILABLE']);
  expect(statSync(join(dataDir, 'wallet', 'kek.key')).mode & 0o777).toBe(0o600);
  await started.stop();

  started = await startWallet(loadConfig({ ...env, WALLET_STATUS_ALLOW_HTTP: '1', WALLET_STATUS_ALLOW_PRIVATE: '1' }));
  const stored = await fetch(`${started.url}/credentials`, { method: 'POST', headers: auth, body: JSON.stringify({ verifiableCredential: credential }) });
  expect(stored.status).toBe(201);
  await started.stop();

  started = await startWallet(loadConfig(env));
  const listed = (await (await fetch(`${started.url}/credentials`, { headers: auth })).json()) as { credentials: Array<{ id: string }> };
  expect(listed.credentials.map((c) => c.id)).toEqual([credential.id]);
  await started.stop();
});

describe('on MongoDB (MONGODB_URL)', () => {
  const database = mongoTestDatabase('agentvc_start_wallet');
  afterAll(() => database?.drop());

  itOnMongo(database)('needs AGENTVC_KEK; keeps sessions and credentials in the database across a restart', async () => {
    const env = { WALLET_PORT: '0', AGENTVC_DATA_DIR: dataDir, LOG_LEVEL: 'silent', WALLET_TRUSTED_ISSUERS: issuer.did, WALLET_STATUS_ALLOW_HTTP: '1', WALLET_STATUS_ALLOW_PRIVATE: '1', ...database?.env };
    await expect(startWallet(loadConfig({ ...env, AGENTVC_KEK: undefined }))).rejects.toThrow('AGENTVC_KEK is required when MONGODB_URL is set');
    const agent = await generateIdentity();
    const credential = await issue(
      issuer,
      capabilityCredential({ issuer: issuer.did, subject: agent.did, capabilities: [payment('50')], status: statusLists.entry('revocation', 8) })
    );
    let started = await startWallet(loadConfig(env));
    expect(started.store.engine).toBe('mongodb');
    const token = await signIn(started.url, agent);
    const auth = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
    const stored = await fetch(`${started.url}/credentials`, { method: 'POST', headers: auth, body: JSON.stringify({ verifiableCredential: credential }) });
    expect(stored.status).toBe(201);
    await started.stop();

    started = await startWallet(loadConfig(env));
    try {
      const listed = (await (await fetch(`${started.url}/credentials`, { headers: auth })).json()) as { credentials: Array<{ id: string }> };
      expect(listed.credentials.map((c) => c.id)).toEqual([credential.id]);
    } finally {
      await started.stop();
    }
  });
});
