// The whole issuer story on the embedded store, in-process: onboard, DID-auth, verify with
// @agentvc/verifier (status fetched through the issuer app), revoke, restart on the same data.
import { randomBytes } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateIdentity } from '@agentvc/core';
import { createVerifier } from '@agentvc/verifier';
import { createIssuerApp, paymentGrant, type IssuerApp } from '../../apps/issuer/test/issuer-app.js';
import { present } from '../support/sign.js';

const dataDir = mkdtempSync(join(tmpdir(), 'agentvc-e2e-'));
const kek = randomBytes(32);
afterAll(() => rmSync(dataDir, { recursive: true, force: true }));

const pay20 = { type: 'PaymentAuthorization' as const, amount: { value: 20, currency: 'USD' }, merchant: 'shop.example' };

describe('issuer end to end', () => {
  it('onboards, issues by DID-auth, verifies, revokes, and keeps everything across a restart', async () => {
    let t: IssuerApp = await createIssuerApp({ dataDir, kek });
    const agent = await generateIdentity();
    expect((await t.http.post('/agents').set(t.auth).send({ did: agent.did, name: 'shopper', owner: 'team-a' })).status).toBe(201);
    expect((await t.http.post(`/agents/${encodeURIComponent(agent.did)}/grants`).set(t.auth).send(paymentGrant)).status).toBe(201);

    const { challenge, domain } = (await t.http.post('/challenges')).body;
    const didAuth = await present({ holder: agent, credentials: [], challenge, domain, suite: 'eddsa-jcs-2022' });
    const issued = await t.http.post('/credentials/request').send({ presentation: didAuth });
    expect(issued.status).toBe(201);
    const credential = issued.body.verifiableCredential;

    const verifierFor = (app: IssuerApp) =>
      createVerifier({ trustedIssuers: [app.issuer.identity.did], fetchStatusList: app.fetchStatusList, statusCacheSeconds: 0 });
    const rp = { challenge: 'rp-challenge-1', domain: 'shop.example' };
    const vp = await present({ holder: agent, credentials: [credential], ...rp });
    const accepted = await verifierFor(t).verifyPresentation(vp, { ...rp, capability: pay20 });
    expect(accepted).toMatchObject({ verified: true, holder: agent.did, problems: [] });

    const revoked = await t.http
      .post('/credentials/status')
      .set(t.auth)
      .send({ credentialId: credential.id, credentialStatus: { type: 'StatusList2021Entry', statusPurpose: 'revocation' } });
    expect(revoked.status).toBe(200);
    const refused = await verifierFor(t).verifyPresentation(vp, { ...rp, capability: pay20 });
    expect(refused.verified).toBe(false);
    expect(refused.problems.map((p) => p.code)).toEqual(['STATUS_REVOKED']);

    // restart: a new store and app on the same data directory and key-encryption key
    const did = t.issuer.identity.did;
    const token = t.token;
    await t.store.close();
    t = await createIssuerApp({ dataDir, kek });
    expect(t.issuer.identity.did).toBe(did);
    expect((await t.http.get('/agents').set('Authorization', `Bearer ${token}`)).body.agents.map((a: { did: string }) => a.did)).toEqual([agent.did]);
    expect((await t.http.get(`/agents/${encodeURIComponent(agent.did)}/grants`).set(t.auth)).body.grants).toHaveLength(1);
    const afterRestart = await verifierFor(t).verifyPresentation(vp, { ...rp, capability: pay20 });
    expect(afterRestart.problems.map((p) => p.code)).toEqual(['STATUS_REVOKED']);
    const audit = (await t.http.get('/admin/audit').set(t.auth)).body.records.map((r: { action: string }) => r.action);
    expect(audit).toEqual(expect.arrayContaining(['agent.register', 'grant.create', 'credential.issue', 'credential.revocation.set']));

    // the agent can still obtain a fresh credential after the restart
    const next = (await t.http.post('/challenges')).body;
    const again = await t.http.post('/credentials/request').send({ presentation: await present({ holder: agent, credentials: [], ...next }) });
    expect(again.status).toBe(201);
    expect(again.body.verifiableCredential.id).not.toBe(credential.id);
    await t.store.close();
  }, 30_000);
});
