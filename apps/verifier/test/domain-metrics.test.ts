// The domain counters startVerifier wires beside the HTTP ones: challenges issued and consumed
// (by outcome), verifications by kind and result, their problems by code, and the status
// checker's fetches by outcome.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateIdentity, type AgentIdentity } from '@agentvc/core';
import { loadConfig, startVerifier, type StartedVerifier } from '@agentvc/verifier-app';
import { metricValue, scrape } from '../../../test/support/metric-value.js';
import { capabilityCredential, issue, payment, present } from '../../../test/support/sign.js';
import { createTestStatusLists, type TestStatusLists } from '../../../test/support/status-lists.js';

let dataDir = '';
let server: Server;
let base = '';
let issuer: AgentIdentity;
let statusLists: TestStatusLists;
let started: StartedVerifier;
beforeAll(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'agentvc-verifier-metrics-'));
  // serves the revocation list only: the suspension list's URL answers 404
  server = createServer((req, res) => {
    if (!req.url?.endsWith('/r1')) return void res.writeHead(404).end();
    statusLists.fetch(`${base}${req.url}`).then((list) => res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(list)));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  issuer = await generateIdentity();
  statusLists = await createTestStatusLists(issuer, { base: `${base}/status-lists` });
  started = await startVerifier(
    loadConfig({
      VERIFIER_PORT: '0',
      AGENTVC_DATA_DIR: dataDir,
      LOG_LEVEL: 'silent',
      VERIFIER_PUBLIC_URL: 'https://verify.example',
      VERIFIER_TRUSTED_ISSUERS: issuer.did,
      VERIFIER_STATUS_ALLOW_HTTP: '1',
      VERIFIER_STATUS_ALLOW_PRIVATE: '1'
    })
  );
});
afterAll(async () => {
  await started?.stop();
  await new Promise<void>((resolve) => server.close(() => resolve()));
  await rm(dataDir, { recursive: true, force: true });
});

const post = (path: string, body?: unknown) =>
  fetch(`${started.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, ...(body === undefined ? {} : { body: JSON.stringify(body) }) });

it('counts challenges, verifications with their problem codes, and status list fetches on /metrics', async () => {
  const agent = await generateIdentity();
  const credential = (status?: 'revocation' | 'suspension') =>
    issue(issuer, capabilityCredential({ issuer: issuer.did, subject: agent.did, capabilities: [payment('50')], ...(status ? { status: statusLists.entry(status, 3) } : {}) }));

  expect((await post('/credentials/verify', { verifiableCredential: await credential('revocation') })).status).toBe(200);
  expect((await post('/credentials/verify', { verifiableCredential: await credential('suspension') })).status).toBe(400);
  expect((await post('/credentials/verify', { verifiableCredential: { hello: 'world' } })).status).toBe(400);

  const { challenge, domain } = (await (await post('/challenges')).json()) as { challenge: string; domain: string };
  const presentation = await present({ holder: agent, credentials: [await credential()], challenge, domain, suite: 'eddsa-jcs-2022' });
  const body = { verifiablePresentation: presentation, options: { challenge, domain } };
  expect((await post('/presentations/verify', body)).status).toBe(200);
  expect(await (await post('/presentations/verify', body)).json()).toMatchObject({ problems: [expect.objectContaining({ code: 'CHALLENGE_USED' })] });

  const text = await scrape(started.url);
  expect(metricValue(text, 'agentvc_verifications_total', { service: 'agentvc-verifier', kind: 'credential', result: 'verified' })).toBe(1);
  expect(metricValue(text, 'agentvc_verifications_total', { kind: 'credential', result: 'refused' })).toBe(2);
  expect(metricValue(text, 'agentvc_verifications_total', { kind: 'presentation', result: 'verified' })).toBe(1);
  expect(metricValue(text, 'agentvc_verification_problems_total', { kind: 'credential', code: 'STATUS_UNAVAILABLE' })).toBe(1);
  expect(metricValue(text, 'agentvc_verification_problems_total', { kind: 'credential', code: 'MALFORMED_CREDENTIAL' })).toBeGreaterThanOrEqual(1);
  expect(metricValue(text, 'agentvc_status_list_fetches_total', { outcome: 'ok' })).toBe(1);
  expect(metricValue(text, 'agentvc_status_list_fetches_total', { outcome: 'STATUS_LIST_INVALID' })).toBe(1);
  expect(metricValue(text, 'agentvc_challenges_issued_total')).toBe(1);
  expect(metricValue(text, 'agentvc_challenges_consumed_total', { outcome: 'ok' })).toBe(1);
  expect(metricValue(text, 'agentvc_challenges_consumed_total', { outcome: 'CHALLENGE_USED' })).toBe(1);
  expect(metricValue(text, 'http_requests_total', { route: '/credentials/verify', status: '400' })).toBe(2);
});
