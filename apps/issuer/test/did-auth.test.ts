import { generateIdentity, type AgentIdentity } from '@agentvc/core';
import { present } from '../../../test/support/sign.js';
import { createIssuerApp, expectProblem, paymentGrant, type IssuerApp } from './issuer-app.js';

let t: IssuerApp;
let agent: AgentIdentity;
beforeEach(async () => {
  t = await createIssuerApp();
  agent = await generateIdentity();
  await t.http.post('/agents').set(t.auth).send({ did: agent.did, name: 'shopper', owner: 'team-a' });
  await t.http.post(`/agents/${encodeURIComponent(agent.did)}/grants`).set(t.auth).send(paymentGrant);
});

async function signedAnswer(holder: AgentIdentity, overrides: { domain?: string } = {}) {
  const { body, headers } = await t.http.post('/challenges');
  expect(body.domain).toBe('issuer.example');
  expect(headers['cache-control']).toBe('no-store');
  return present({ holder, credentials: [], challenge: body.challenge, domain: overrides.domain ?? body.domain });
}

describe('DID-auth issuance', () => {
  it('issues the agent its capability credential', async () => {
    const response = await t.http.post('/credentials/request').send({ presentation: await signedAnswer(agent) });
    expect(response.status).toBe(201);
    expect(response.body.verifiableCredential.credentialSubject).toEqual({ id: agent.did, capability: paymentGrant.capabilities });
    const { records } = (await t.http.get('/admin/audit?action=credential.issue').set(t.auth)).body;
    expect(records[0]).toMatchObject({ actor: { type: 'agent', id: agent.did }, target: response.body.verifiableCredential.id });
  });

  it('refuses a replayed, expired or unknown challenge', async () => {
    const presentation = await signedAnswer(agent);
    expect((await t.http.post('/credentials/request').send({ presentation })).status).toBe(201);
    expectProblem(await t.http.post('/credentials/request').send({ presentation }), 401, 'CHALLENGE_USED');
    const late = await signedAnswer(agent);
    t.clock.advance((t.issuer.policy.challengeTtlSeconds + 1) * 1000);
    expectProblem(await t.http.post('/credentials/request').send({ presentation: late }), 401, 'CHALLENGE_EXPIRED');
    const invented = await present({ holder: agent, credentials: [], challenge: 'invented', domain: 'issuer.example' });
    expectProblem(await t.http.post('/credentials/request').send({ presentation: invented }), 401, 'CHALLENGE_INVALID');
  });

  it('refuses a wrong domain or a tampered presentation, with the verifier problems', async () => {
    const wrongDomain = await t.http.post('/credentials/request').send({ presentation: await signedAnswer(agent, { domain: 'evil.example' }) });
    expectProblem(wrongDomain, 401, 'DID_AUTH_FAILED');
    expect(wrongDomain.body.problems.map((p: { code: string }) => p.code)).toEqual(['DOMAIN_MISMATCH']);
    const tampered = await signedAnswer(agent);
    (tampered.proof as Record<string, unknown>).created = '2020-01-01T00:00:00Z';
    expectProblem(await t.http.post('/credentials/request').send({ presentation: tampered }), 401, 'DID_AUTH_FAILED');
  });

  it('refuses unregistered agents and agents without grants', async () => {
    expectProblem(await t.http.post('/credentials/request').send({ presentation: await signedAnswer(await generateIdentity()) }), 403, 'AGENT_NOT_REGISTERED');
    const idle = await generateIdentity();
    await t.http.post('/agents').set(t.auth).send({ did: idle.did, name: 'idle', owner: 'team-a' });
    expectProblem(await t.http.post('/credentials/request').send({ presentation: await signedAnswer(idle) }), 403, 'NO_ACTIVE_GRANTS');
  });

  it.each([{}, { presentation: 'vp' }, { presentation: {} }, { presentation: { proof: [] } }])('refuses a malformed request %j', async (body) => {
    const response = await t.http.post('/credentials/request').send(body);
    expect([400, 401]).toContain(response.status);
    expect(response.body.code).toMatch(/VALIDATION_FAILED|DID_AUTH_FAILED/);
  });
});

describe('public and operational endpoints', () => {
  it('serves the issuer identity, the agentvc context, health, readiness, metrics and OpenAPI', async () => {
    expect((await t.http.get('/issuer')).body).toEqual({ did: t.issuer.identity.did, domain: 'issuer.example', publicUrl: 'https://issuer.example' });
    const context = await t.http.get('/contexts/v1');
    expect(context.headers['content-type']).toMatch(/^application\/ld\+json/);
    expect(JSON.parse(context.text)['@context'].AgentCapabilityCredential).toBeDefined();
    expect((await t.http.get('/health')).status).toBe(200);
    expect((await t.http.get('/ready')).status).toBe(200);
    expect((await t.http.get('/metrics')).text).toContain('http_requests_total');
    const openapi = (await t.http.get('/openapi.json')).body;
    expect(openapi.openapi).toMatch(/^3\.1/);
    for (const path of ['/credentials/issue', '/credentials/status', '/credentials/request', '/challenges', '/status-lists/{id}', '/agents', '/agents/{did}/grants', '/admin/api-keys', '/admin/audit']) {
      expect(Object.keys(openapi.paths)).toContain(path);
    }
  });

  it('answers 404 and 405 with problems', async () => {
    expectProblem(await t.http.get('/nope'), 404, 'NOT_FOUND');
    expectProblem(await t.http.delete('/challenges'), 405, 'METHOD_NOT_ALLOWED');
  });
});
