import { generateIdentity, type AgentIdentity } from '@agentvc/core';
import { present } from '../../../test/support/sign.js';
import { createWalletApp, DOMAIN, expectProblem, problemCodes, type WalletApp } from './wallet-app.js';

let t: WalletApp;
let agent: AgentIdentity;
beforeEach(async () => {
  t = await createWalletApp();
  agent = await generateIdentity();
});

async function answer(overrides: { domain?: string; holder?: AgentIdentity } = {}) {
  const { body } = await t.http.post('/auth/challenges');
  return present({ holder: overrides.holder ?? agent, credentials: [], challenge: body.challenge, domain: overrides.domain ?? body.domain });
}

describe('DID-auth sign-in', () => {
  it('hands out challenges for the wallet domain and a 15-minute token for a signed answer', async () => {
    const challenge = await t.http.post('/auth/challenges');
    expect(challenge.status).toBe(201);
    expect(challenge.body).toEqual({ challenge: expect.any(String), domain: DOMAIN, expiresAt: expect.any(String) });
    const presentation = await present({ holder: agent, credentials: [], challenge: challenge.body.challenge, domain: DOMAIN, suite: 'eddsa-jcs-2022' });
    const session = await t.http.post('/auth/sessions').send({ presentation });
    expect(session.status).toBe(201);
    expect(session.body.agentDid).toBe(agent.did);
    expect(session.body.token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(new Date(session.body.expiresAt).getTime()).toBe(t.clock.now().getTime() + 15 * 60_000);
    const listed = await t.http.get('/credentials').set('Authorization', `Bearer ${session.body.token}`);
    expect(listed.status).toBe(200);
  });

  it('stores only a hash of the token', async () => {
    const auth = await t.signIn(agent);
    const token = auth.Authorization.slice('Bearer '.length);
    const records = await t.store.collection('wallet_sessions').find({});
    expect(JSON.stringify(records)).not.toContain(token);
  });

  it('refuses a replayed, expired or unknown challenge', async () => {
    const presentation = await answer();
    expect((await t.http.post('/auth/sessions').send({ presentation })).status).toBe(201);
    expectProblem(await t.http.post('/auth/sessions').send({ presentation }), 401, 'CHALLENGE_USED');
    const late = await answer();
    t.clock.advance(121_000);
    expectProblem(await t.http.post('/auth/sessions').send({ presentation: late }), 401, 'CHALLENGE_EXPIRED');
    const invented = await present({ holder: agent, credentials: [], challenge: 'invented', domain: DOMAIN });
    expectProblem(await t.http.post('/auth/sessions').send({ presentation: invented }), 401, 'CHALLENGE_INVALID');
  });

  it('refuses a wrong domain or a tampered presentation, with the verifier problems', async () => {
    const wrongDomain = await t.http.post('/auth/sessions').send({ presentation: await answer({ domain: 'evil.example' }) });
    expectProblem(wrongDomain, 401, 'DID_AUTH_FAILED');
    expect(problemCodes(wrongDomain.body)).toEqual(['DOMAIN_MISMATCH']);
    const tampered = await answer();
    tampered.holder = (await generateIdentity()).did;
    expectProblem(await t.http.post('/auth/sessions').send({ presentation: tampered }), 401, 'DID_AUTH_FAILED');
  });

  it.each([{}, { presentation: 'vp' }, { presentation: {} }, { presentation: { proof: [] } }, { presentation: {}, extra: 1 }])(
    'refuses a malformed sign-in %j',
    async (body) => {
      const response = await t.http.post('/auth/sessions').send(body);
      expect([400, 401]).toContain(response.status);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.body.code).toMatch(/VALIDATION_FAILED|DID_AUTH_FAILED/);
    }
  );
});

describe('session tokens', () => {
  it('answers 401 for a missing, unknown or expired token', async () => {
    const missing = await t.http.get('/credentials');
    expectProblem(missing, 401, 'UNAUTHORIZED');
    expect(missing.headers['www-authenticate']).toBe('Bearer');
    const unknown = await t.http.get('/credentials').set('Authorization', 'Bearer bm90LWEtdG9rZW4');
    expectProblem(unknown, 401, 'TOKEN_INVALID');
    expect(unknown.headers['www-authenticate']).toMatch(/invalid_token/);

    const auth = await t.signIn(agent);
    t.clock.advance(15 * 60_000 - 1000);
    expect((await t.http.get('/credentials').set(auth)).status).toBe(200);
    t.clock.advance(1000);
    expectProblem(await t.http.get('/credentials').set(auth), 401, 'TOKEN_EXPIRED');
    for (const call of [t.http.post('/credentials').send({}), t.http.get('/keys'), t.http.put('/keys').send({}), t.http.post('/presentations').send({})]) {
      expectProblem(await call.set(auth), 401, 'TOKEN_EXPIRED');
    }
  });

  it('refuses a token replayed after sign-out, and only that session ends', async () => {
    const first = await t.signIn(agent);
    const second = await t.signIn(agent);
    expect((await t.http.delete('/auth/sessions/current').set(first)).status).toBe(204);
    expectProblem(await t.http.get('/credentials').set(first), 401, 'TOKEN_INVALID');
    expectProblem(await t.http.delete('/auth/sessions/current').set(first), 401, 'TOKEN_INVALID');
    expect((await t.http.get('/credentials').set(second)).status).toBe(200);
  });
});
