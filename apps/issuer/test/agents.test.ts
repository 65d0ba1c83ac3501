import { generateIdentity } from '@agentvc/core';
import { createIssuerApp, expectProblem, paymentGrant, type IssuerApp } from './issuer-app.js';

type AnyRecord = { _id: string } & Record<string, unknown>;

let t: IssuerApp;
beforeEach(async () => {
  t = await createIssuerApp();
});

describe('agents and grants', () => {
  it('registers, lists and reads agents', async () => {
    const { did } = await generateIdentity();
    const created = await t.http.post('/agents').set(t.auth).send({ did, name: 'shopper', owner: 'team-a' });
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ did, name: 'shopper', owner: 'team-a' });
    expectProblem(await t.http.post('/agents').set(t.auth).send({ did, name: 'again', owner: 'team-a' }), 409, 'CONFLICT');
    expect((await t.http.get('/agents').set(t.auth)).body.agents.map((a: { did: string }) => a.did)).toEqual([did]);
    expect((await t.http.get(`/agents/${encodeURIComponent(did)}`).set(t.auth)).body.did).toBe(did);
    expectProblem(await t.http.get(`/agents/${encodeURIComponent('did:key:z6MkUnknown')}`).set(t.auth), 404, 'AGENT_NOT_FOUND');
  });

  it.each([
    [{ did: 'not-a-did', name: 'x', owner: 'y' }],
    [{ did: 'did:key:z6Mk1', name: '', owner: 'y' }],
    [{ did: 'did:key:z6Mk1', name: 'x' }],
    [{ did: 'did:key:z6Mk1', name: 'x', owner: 'y', admin: true }],
    [[]]
  ])('refuses a malformed registration %j', async (body) => {
    expectProblem(await t.http.post('/agents').set(t.auth).send(body as object), 400, 'VALIDATION_FAILED');
  });

  it('grants, lists and revokes capabilities; templates are validated strictly', async () => {
    const { did } = await generateIdentity();
    await t.http.post('/agents').set(t.auth).send({ did, name: 'shopper', owner: 'team-a' });
    const path = `/agents/${encodeURIComponent(did)}/grants`;
    const created = await t.http.post(path).set(t.auth).send(paymentGrant);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ agentDid: did, validitySeconds: 900, suspendable: false, capabilities: paymentGrant.capabilities });
    const withUnknownField = { capabilities: [{ ...paymentGrant.capabilities[0], dailyLimit: '5' }] };
    expectProblem(await t.http.post(path).set(t.auth).send(withUnknownField), 400, 'VALIDATION_FAILED');
    expectProblem(await t.http.post(path).set(t.auth).send({ capabilities: [{ type: 'TeleportAuthorization' }] }), 400, 'VALIDATION_FAILED');
    expectProblem(await t.http.post(path).set(t.auth).send({ ...paymentGrant, validitySeconds: 10 }), 400, 'VALIDATION_FAILED');
    expectProblem(await t.http.post(path).set(t.auth).send({ capabilities: [{ type: 'PaymentAuthorization', maxAmount: { value: '-5', currency: 'USD' } }] }), 400, 'VALIDATION_FAILED');
    const unknownAgent = `/agents/${encodeURIComponent((await generateIdentity()).did)}/grants`;
    expectProblem(await t.http.post(unknownAgent).set(t.auth).send(paymentGrant), 404, 'NOT_FOUND');
    expect((await t.http.get(path).set(t.auth)).body.grants).toHaveLength(1);
    expect((await t.http.delete(`${path}/${created.body.id}`).set(t.auth)).status).toBe(204);
    expectProblem(await t.http.delete(`${path}/${created.body.id}`).set(t.auth), 404, 'GRANT_NOT_FOUND');
    expect((await t.http.get(path).set(t.auth)).body.grants[0].revokedAt).toBeDefined();
    expectProblem(await t.http.delete(`${path}/not-a-uuid`).set(t.auth), 400, 'VALIDATION_FAILED');
  });

  it('requires an operator key on every agent endpoint', async () => {
    const did = encodeURIComponent('did:key:z6Mkx');
    for (const [method, path] of [['post', '/agents'], ['get', '/agents'], ['get', `/agents/${did}`], ['post', `/agents/${did}/grants`], ['get', `/agents/${did}/grants`]] as const) {
      expectProblem(await t.http[method](path).send({}), 401, 'UNAUTHORIZED');
    }
  });
});

describe('operator API keys and audit', () => {
  it('creates a key shown once, lists it masked, and revokes it so it stops working', async () => {
    const created = await t.http.post('/admin/api-keys').set(t.auth).send({ name: 'ci' });
    expect(created.status).toBe(201);
    const { token, key } = created.body;
    expect((await t.http.get('/agents').set('Authorization', `Bearer ${token}`)).status).toBe(200);
    const listed = await t.http.get('/admin/api-keys').set(t.auth);
    expect(JSON.stringify(listed.body)).not.toContain(token);
    expect(listed.body.keys.map((k: { id: string }) => k.id)).toContain(key.id);
    expect((await t.http.delete(`/admin/api-keys/${key.id}`).set(t.auth)).status).toBe(204);
    expectProblem(await t.http.get('/agents').set('Authorization', `Bearer ${token}`), 401, 'INVALID_API_KEY');
    expectProblem(await t.http.delete(`/admin/api-keys/${key.id}`).set(t.auth), 404, 'API_KEY_NOT_FOUND');
    expectProblem(await t.http.delete('/admin/api-keys/other').set(t.auth), 400, 'VALIDATION_FAILED');
  });

  it('issues avc_<id>_<secret> tokens whose id is the key id; lists old-format keys as legacy, refuses them, lets them be revoked', async () => {
    const { token, key } = (await t.http.post('/admin/api-keys').set(t.auth).send({ name: 'ci' })).body;
    expect(token).toMatch(new RegExp(`^avc_${key.id.slice(4)}_[A-Za-z0-9_-]{43}$`));
    const legacyToken = `avc_${'L'.repeat(43)}`;
    const legacyId = 'key_0123456789abcdef';
    await t.store.collection<AnyRecord>('api_keys').insertOne({ _id: legacyId, name: 'old', hash: 'x', salt: 'y', createdAt: new Date() });
    const refused = await t.http.get('/agents').set('Authorization', `Bearer ${legacyToken}`);
    expectProblem(refused, 401, 'INVALID_API_KEY');
    expect(refused.body.detail).toMatch(/avc_<id>_<secret>.*no longer accepted/);
    const keys = (await t.http.get('/admin/api-keys').set(t.auth)).body.keys;
    expect(keys.find((k: { id: string }) => k.id === legacyId)).toMatchObject({ legacy: true, masked: `${legacyId}…` });
    expect(keys.find((k: { id: string }) => k.id === key.id)).not.toHaveProperty('legacy');
    expect((await t.http.delete(`/admin/api-keys/${legacyId}`).set(t.auth)).status).toBe(204);
  });

  it('records who did what, when, with the request id — including failed authentication', async () => {
    const { did } = await generateIdentity();
    await t.http.post('/agents').set(t.auth).set('X-Request-Id', 'req-register-1').send({ did, name: 'a', owner: 'b' });
    await t.http.post(`/agents/${encodeURIComponent(did)}/grants`).set(t.auth).set('X-Request-Id', 'req-grant-1').send(paymentGrant);
    await t.http.get('/agents').set('Authorization', 'Bearer avc_wrong-key-0000000000').set('X-Request-Id', 'req-bad-auth');
    const { records } = (await t.http.get('/admin/audit').set(t.auth)).body;
    const find = (requestId: string) => records.find((r: { requestId?: string }) => r.requestId === requestId);
    expect(find('req-register-1')).toMatchObject({ action: 'agent.register', outcome: 'success', target: did, actor: { type: 'operator' } });
    expect(find('req-grant-1')).toMatchObject({ action: 'grant.create', outcome: 'success' });
    expect(find('req-bad-auth')).toMatchObject({ action: 'auth.operator', outcome: 'failure', actor: { type: 'anonymous' } });
    expect(new Date(find('req-register-1').at).getTime()).not.toBeNaN();
    const filtered = (await t.http.get('/admin/audit?action=grant.create').set(t.auth)).body.records;
    expect(filtered.every((r: { action: string }) => r.action === 'grant.create')).toBe(true);
  });
});
