// The domain counters startIssuer wires beside the HTTP ones: DID-auth challenges issued and
// consumed (by outcome), credentials issued (by proof suite), status lists served (by outcome).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateIdentity } from '@agentvc/core';
import { loadConfig, startIssuer, type StartedIssuer } from '@agentvc/issuer-app';
import { metricValue, scrape } from '../../../test/support/metric-value.js';
import { present } from '../../../test/support/sign.js';

let dataDir = '';
let started: StartedIssuer;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'agentvc-issuer-metrics-'));
  started = await startIssuer(loadConfig({ AGENTVC_DATA_DIR: dataDir, ISSUER_PORT: '0', ISSUER_PUBLIC_URL: 'http://issuer.test', LOG_LEVEL: 'silent' }));
});
afterAll(async () => {
  await started?.stop();
  await rm(dataDir, { recursive: true, force: true });
});

const post = (path: string, body?: unknown) =>
  fetch(`${started.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

it('counts challenges, issued credentials and served status lists on /metrics', async () => {
  const agent = await generateIdentity();
  await started.issuer.agents.register({ did: agent.did, name: 'metered', owner: 'team-a' });
  await started.issuer.agents.grant(agent.did, {
    capabilities: [{ type: 'PaymentAuthorization', maxAmount: { value: '50', currency: 'USD' } }],
    suspendable: false,
    validitySeconds: 600
  });
  const before = await scrape(started.url);
  expect(metricValue(before, 'agentvc_challenges_issued_total')).toBe(0);

  const { challenge, domain } = (await (await post('/challenges')).json()) as { challenge: string; domain: string };
  const presentation = await present({ holder: agent, credentials: [], challenge, domain, suite: 'eddsa-jcs-2022' });
  const issued = await post('/credentials/request', { presentation });
  expect(issued.status).toBe(201);
  const { verifiableCredential } = (await issued.json()) as { verifiableCredential: { credentialStatus: { statusListCredential: string } } };
  expect(await (await post('/credentials/request', { presentation })).json()).toMatchObject({ code: 'CHALLENGE_USED' });
  const listPath = new URL(verifiableCredential.credentialStatus.statusListCredential).pathname;
  expect((await fetch(`${started.url}${listPath}`)).status).toBe(200);
  expect((await fetch(`${started.url}/status-lists/no-such-list`)).status).toBe(404);

  const after = await scrape(started.url);
  expect(metricValue(after, 'agentvc_challenges_issued_total', { service: 'agentvc-issuer' })).toBe(1);
  expect(metricValue(after, 'agentvc_challenges_consumed_total', { outcome: 'ok' })).toBe(1);
  expect(metricValue(after, 'agentvc_challenges_consumed_total', { outcome: 'CHALLENGE_USED' })).toBe(1);
  expect(metricValue(after, 'agentvc_credentials_issued_total', { proof: 'Ed25519Signature2020' })).toBe(1);
  expect(metricValue(after, 'agentvc_status_lists_served_total', { outcome: 'ok' })).toBe(1);
  expect(metricValue(after, 'agentvc_status_lists_served_total', { outcome: 'NOT_FOUND' })).toBe(1);
  // beside the HTTP ones, on the same registry
  expect(metricValue(after, 'http_requests_total', { route: '/credentials/request', status: '201' })).toBe(1);
});
