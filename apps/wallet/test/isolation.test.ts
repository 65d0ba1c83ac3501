// Agent B, signed in to the same wallet, can reach none of agent A's credentials or key.
import { exportIdentity, generateIdentity, type AgentIdentity } from '@agentvc/core';
import { createWalletApp, expectProblem, itemPath, type WalletApp } from './wallet-app.js';

let t: WalletApp;
let alice: AgentIdentity;
let bob: AgentIdentity;
let asAlice: { Authorization: string };
let asBob: { Authorization: string };
let aliceCredential: Record<string, unknown> & { id: string };
beforeEach(async () => {
  t = await createWalletApp();
  [alice, bob] = [await generateIdentity(), await generateIdentity()];
  [asAlice, asBob] = [await t.signIn(alice), await t.signIn(bob)];
  aliceCredential = await t.credentialFor(alice);
  expect((await t.http.post('/credentials').set(asAlice).send({ verifiableCredential: aliceCredential })).status).toBe(201);
  expect((await t.http.put('/keys').set(asAlice).send({ identity: exportIdentity(alice) })).status).toBe(204);
});

describe('isolation between agents', () => {
  it("hides A's credentials from B's list, with or without filters", async () => {
    for (const query of ['', '?type=AgentCapabilityCredential', `?issuer=${encodeURIComponent(t.issuer.did)}`, '?capabilityType=PaymentAuthorization']) {
      expect((await t.http.get(`/credentials${query}`).set(asBob)).body.credentials).toEqual([]);
    }
    expect((await t.http.get('/credentials').set(asAlice)).body.credentials).toHaveLength(1);
  });

  it("answers 404 to B for GET and DELETE of A's credential, and A's stays", async () => {
    expectProblem(await t.http.get(itemPath(aliceCredential.id)).set(asBob), 404, 'CREDENTIAL_NOT_FOUND');
    expectProblem(await t.http.delete(itemPath(aliceCredential.id)).set(asBob), 404, 'CREDENTIAL_NOT_FOUND');
    expect((await t.http.get(itemPath(aliceCredential.id)).set(asAlice)).status).toBe(200);
  });

  it("refuses B storing A's credential (SUBJECT_MISMATCH), so B cannot shadow it either", async () => {
    const response = await t.http.post('/credentials').set(asBob).send({ verifiableCredential: aliceCredential });
    expectProblem(response, 400, 'CREDENTIAL_REJECTED');
    expect(response.body.problems.map((p: { code: string }) => p.code)).toEqual(['SUBJECT_MISMATCH']);
  });

  it("answers 404 to B presenting A's credential, whether signed or not", async () => {
    for (const sign of [true, false, undefined]) {
      const response = await t.http
        .post('/presentations')
        .set(asBob)
        .send({ credentialIds: [aliceCredential.id], challenge: 'c1', domain: 'shop.example', ...(sign === undefined ? {} : { sign }) });
      expectProblem(response, 404, 'CREDENTIAL_NOT_FOUND');
      expect(response.body.credentialIds).toEqual([aliceCredential.id]);
    }
  });

  it("never exports or uses A's key for B", async () => {
    expectProblem(await t.http.get('/keys').set(asBob), 404, 'KEY_NOT_FOUND');
    expectProblem(await t.http.put('/keys').set(asBob).send({ identity: exportIdentity(alice) }), 403, 'FORBIDDEN');
    expectProblem(await t.http.post('/presentations').set(asBob).send({ credentialIds: [], challenge: 'c1', domain: 'shop.example', sign: true }), 409, 'KEY_NOT_FOUND');
    const asAliceHolder = await t.http.post('/presentations').set(asBob).send({ credentialIds: [], challenge: 'c1', domain: 'shop.example', holder: alice.did });
    expectProblem(asAliceHolder, 403, 'FORBIDDEN');
    expect((await t.http.get('/keys').set(asAlice)).body.identity).toEqual(exportIdentity(alice));
  });
});
