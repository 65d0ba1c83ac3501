import { exportIdentity, generateIdentity, type AgentIdentity } from '@agentvc/core';
import { createWalletApp, expectProblem, type WalletApp } from './wallet-app.js';

let t: WalletApp;
let agent: AgentIdentity;
let auth: { Authorization: string };
beforeEach(async () => {
  t = await createWalletApp();
  agent = await generateIdentity();
  auth = await t.signIn(agent);
});

describe('custodial keys', () => {
  it('keeps the agent key sealed and exports it to the agent only', async () => {
    expectProblem(await t.http.get('/keys').set(auth), 404, 'KEY_NOT_FOUND');
    const exported = exportIdentity(agent);
    expect((await t.http.put('/keys').set(auth).send({ identity: exported })).status).toBe(204);
    const got = await t.http.get('/keys').set(auth);
    expect(got.status).toBe(200);
    expect(got.headers['cache-control']).toBe('no-store');
    expect(got.body).toEqual({ identity: exported });
    // replacing is allowed (same agent, e.g. after a re-import)
    expect((await t.http.put('/keys').set(auth).send({ identity: exported })).status).toBe(204);

    const records = await t.store.collection('wallet_keys').find({});
    expect(records).toHaveLength(1);
    const stored = JSON.stringify(records);
    expect(stored).not.toContain(exported.privateKeyMultibase);
    expect(records[0]).toMatchObject({ _id: agent.did, sealed: { alg: 'A256GCM' } });
  });

  it("refuses another agent's identity with 403", async () => {
    const other = await generateIdentity();
    expectProblem(await t.http.put('/keys').set(auth).send({ identity: exportIdentity(other) }), 403, 'FORBIDDEN');
    expectProblem(await t.http.get('/keys').set(auth), 404, 'KEY_NOT_FOUND');
  });

  it('refuses a key pair that does not hold together, and malformed bodies', async () => {
    const other = await generateIdentity();
    const mismatched = { ...exportIdentity(agent), privateKeyMultibase: exportIdentity(other).privateKeyMultibase };
    expectProblem(await t.http.put('/keys').set(auth).send({ identity: mismatched }), 400, 'INVALID_IDENTITY');
    for (const body of [{}, { identity: 'x' }, { identity: { ...exportIdentity(agent), extra: 1 } }, { identity: exportIdentity(agent), more: 1 }]) {
      expectProblem(await t.http.put('/keys').set(auth).send(body), 400, 'VALIDATION_FAILED');
    }
    expectProblem(await t.http.get('/keys').set(auth), 404, 'KEY_NOT_FOUND');
  });

  it('does not open a sealed key moved to another record', async () => {
    const other = await generateIdentity();
    await t.http.put('/keys').set(auth).send({ identity: exportIdentity(agent) });
    const keys = t.store.collection<{ _id: string; sealed: unknown }>('wallet_keys');
    const record = await keys.findOne({ _id: agent.did });
    await keys.updateOne({ _id: other.did }, { $set: { sealed: record?.sealed, keyId: 'k', publicKeyMultibase: 'z', storedAt: new Date() } }, { upsert: true });
    await expect(t.wallet.keys.export(other.did)).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
  });
});
