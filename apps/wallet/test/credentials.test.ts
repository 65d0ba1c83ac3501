import { generateIdentity, type AgentIdentity } from '@agentvc/core';
import { createWalletApp, expectProblem, itemPath, problemCodes, type WalletApp } from './wallet-app.js';

let t: WalletApp;
let agent: AgentIdentity;
let auth: { Authorization: string };
beforeEach(async () => {
  t = await createWalletApp();
  agent = await generateIdentity();
  auth = await t.signIn(agent);
});

describe('storing credentials', () => {
  it('verifies and stores a credential of the signed-in agent', async () => {
    const credential = await t.credentialFor(agent);
    const response = await t.http.post('/credentials').set(auth).send({ verifiableCredential: credential });
    expect(response.status).toBe(201);
    expect(response.body).toEqual({
      id: credential.id,
      issuer: t.issuer.did,
      types: ['VerifiableCredential', 'AgentCapabilityCredential'],
      capabilityTypes: ['PaymentAuthorization'],
      storedAt: t.clock.now().toISOString(),
      verifiableCredential: credential
    });
    expect(t.statusLists.fetches).toEqual([t.statusLists.urls.revocation]);
  });

  it('answers 409 for a credential already stored', async () => {
    const credential = await t.credentialFor(agent);
    expect((await t.http.post('/credentials').set(auth).send({ verifiableCredential: credential })).status).toBe(201);
    expectProblem(await t.http.post('/credentials').set(auth).send({ verifiableCredential: credential }), 409, 'CONFLICT');
  });

  const refusals: Array<[string, (t: WalletApp, agent: AgentIdentity) => Promise<Record<string, unknown>>, string[]]> = [
    ['an untrusted issuer', async (w, a) => w.credentialFor(a, { issuer: await generateIdentity() }), ['UNTRUSTED_ISSUER']],
    [
      'a tampered credential',
      async (w, a) => {
        const credential = await w.credentialFor(a);
        ((credential.credentialSubject as { capability: Array<{ maxAmount: { value: string } }> }).capability[0] as { maxAmount: { value: string } }).maxAmount.value = '5000';
        return credential;
      },
      ['INVALID_PROOF']
    ],
    ['an expired credential', (w, a) => w.credentialFor(a, { now: new Date(w.clock.now().getTime() - 7_200_000), validForMs: 3_600_000 }), ['EXPIRED']],
    [
      'a revoked credential',
      async (w, a) => {
        const credential = await w.credentialFor(a);
        const entry = credential.credentialStatus as { statusListIndex: string };
        await w.statusLists.set('revocation', Number(entry.statusListIndex), true);
        return credential;
      },
      ['STATUS_REVOKED']
    ],
    ["another agent's credential", async (w) => w.credentialFor(await generateIdentity()), ['SUBJECT_MISMATCH']],
    [
      'a credential without an id',
      async (w, a) => {
        const { id: _id, ...rest } = await w.credentialFor(a);
        return rest;
      },
      ['INVALID_PROOF', 'CREDENTIAL_ID_MISSING']
    ]
  ];

  it.each(refusals)('refuses %s with the problem codes', async (_name, make, codes) => {
    const response = await t.http.post('/credentials').set(auth).send({ verifiableCredential: await make(t, agent) });
    expectProblem(response, 400, 'CREDENTIAL_REJECTED');
    expect(problemCodes(response.body)).toEqual(codes);
    expect((await t.http.get('/credentials').set(auth)).body.credentials).toEqual([]);
  });

  it.each([{}, { verifiableCredential: 'vc' }, { verifiableCredential: [] }, { verifiableCredential: {}, extra: true }])(
    'refuses a malformed body %j with 400',
    async (body) => {
      expectProblem(await t.http.post('/credentials').set(auth).send(body), 400, 'VALIDATION_FAILED');
    }
  );

  it('refuses a document that is not a credential with the verifier problems', async () => {
    const response = await t.http.post('/credentials').set(auth).send({ verifiableCredential: { hello: 'world' } });
    expectProblem(response, 400, 'CREDENTIAL_REJECTED');
    expect(problemCodes(response.body)).toContain('MALFORMED_CREDENTIAL');
  });

  it('refuses invalid JSON with a problem', async () => {
    const response = await t.http.post('/credentials').set(auth).set('Content-Type', 'application/json').send('{"verifiableCredential":');
    expectProblem(response, 400, 'MALFORMED_JSON');
  });
});

describe('reading and deleting', () => {
  it('lists with filters, gets by URL-encoded id, deletes', async () => {
    const other = await generateIdentity();
    const first = await t.credentialFor(agent);
    const second = await t.credentialFor(agent, { merchants: ['books.example'] });
    for (const credential of [first, second]) {
      t.clock.advance(1000);
      expect((await t.http.post('/credentials').set(auth).send({ verifiableCredential: credential })).status).toBe(201);
    }
    const ids = async (query: string) => (await t.http.get(`/credentials${query}`).set(auth)).body.credentials.map((c: { id: string }) => c.id);
    expect(await ids('')).toEqual([first.id, second.id]);
    expect(await ids('?type=AgentCapabilityCredential')).toEqual([first.id, second.id]);
    expect(await ids('?type=OtherCredential')).toEqual([]);
    expect(await ids('?capabilityType=PaymentAuthorization')).toEqual([first.id, second.id]);
    expect(await ids('?capabilityType=ActionAuthorization')).toEqual([]);
    expect(await ids(`?issuer=${encodeURIComponent(t.issuer.did)}`)).toEqual([first.id, second.id]);
    expect(await ids(`?issuer=${encodeURIComponent(other.did)}&type=AgentCapabilityCredential`)).toEqual([]);
    expectProblem(await t.http.get('/credentials?type=').set(auth), 400, 'VALIDATION_FAILED');

    const got = await t.http.get(itemPath(second.id)).set(auth);
    expect(got.status).toBe(200);
    expect(got.body).toMatchObject({ id: second.id, verifiableCredential: second });
    expect((await t.http.delete(itemPath(first.id)).set(auth)).status).toBe(204);
    expectProblem(await t.http.get(itemPath(first.id)).set(auth), 404, 'CREDENTIAL_NOT_FOUND');
    expectProblem(await t.http.delete(itemPath(first.id)).set(auth), 404, 'CREDENTIAL_NOT_FOUND');
    expect(await ids('')).toEqual([second.id]);
  });
});
