// The domain counters startWallet wires beside the HTTP ones: DID-auth challenges issued and
// consumed (by outcome) and status list fetches (by outcome).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateIdentity } from '@agentvc/core';
import { loadConfig, startWallet, type StartedWallet } from '@agentvc/wallet-app';
import { metricValue, scrape } from '../../../test/support/metric-value.js';
import { capabilityCredential, issue, payment, present } from '../../../test/support/sign.js';

let dataDir = '';
let started: StartedWallet;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'agentvc-wallet-metrics-'));
});
afterAll(async () => {
  await started?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const post = (path: string, body?: unknown, headers: Record<string, string> = {}) =>
  fetch(`${started.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

it('counts DID-auth challenges and status list fetches on /metrics', async () => {
  const issuer = await generateIdentity();
  const agent = await generateIdentity();
  const statusList = 'https://issuer.example/status-lists/r1';
  started = await startWallet(loadConfig({ WALLET_PORT: '0', AGENTVC_DATA_DIR: dataDir, LOG_LEVEL: 'silent', WALLET_TRUSTED_ISSUERS: issuer.did }), {
    fetchStatusList: async (url) => {
      throw new Error(`offline test: ${url} is not fetched`);
    }
  });

  const { challenge, domain } = (await (await post('/auth/challenges')).json()) as { challenge: string; domain: string };
  const presentation = await present({ holder: agent, credentials: [], challenge, domain, suite: 'eddsa-jcs-2022' });
  const session = await post('/auth/sessions', { presentation });
  expect(session.status).toBe(201);
  expect((await post('/auth/sessions', { presentation })).status).toBe(401);
  const { token } = (await session.json()) as { token: string };
  const credential = await issue(
    issuer,
    capabilityCredential({
      issuer: issuer.did,
      subject: agent.did,
      capabilities: [payment('50')],
      status: { id: `${statusList}#3`, type: 'StatusList2021Entry', statusPurpose: 'revocation', statusListIndex: '3', statusListCredential: statusList }
    })
  );
  expect((await post('/credentials', { verifiableCredential: credential }, { authorization: `Bearer ${token}` })).status).toBe(400);

  const text = await scrape(started.url);
  expect(metricValue(text, 'agentvc_challenges_issued_total', { service: 'agentvc-wallet' })).toBe(1);
  expect(metricValue(text, 'agentvc_challenges_consumed_total', { outcome: 'ok' })).toBe(1);
  expect(metricValue(text, 'agentvc_challenges_consumed_total', { outcome: 'CHALLENGE_USED' })).toBe(1);
  expect(metricValue(text, 'agentvc_status_list_fetches_total', { outcome: 'OTHER' })).toBe(1);
});
