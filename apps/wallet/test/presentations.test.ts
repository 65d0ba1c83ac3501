import { signPresentation } from '@agentvc/client';
import { exportIdentity, generateIdentity, type AgentIdentity } from '@agentvc/core';
import { createVerifier } from '@agentvc/verifier';
import { documentLoader } from '../../../test/support/sign.js';
import { createWalletApp, DOMAIN, expectProblem, type WalletApp } from './wallet-app.js';

const rp = { challenge: 'rp-challenge-1', domain: 'shop.example' };
const pay20 = { type: 'PaymentAuthorization' as const, amount: { value: 20, currency: 'USD' }, merchant: 'shop.example' };

let t: WalletApp;
let agent: AgentIdentity;
let auth: { Authorization: string };
let credentialId: string;
beforeEach(async () => {
  t = await createWalletApp();
  agent = await generateIdentity();
  auth = await t.signIn(agent);
  const credential = await t.credentialFor(agent);
  credentialId = credential.id;
  expect((await t.http.post('/credentials').set(auth).send({ verifiableCredential: credential })).status).toBe(201);
});

const relyingParty = (w: WalletApp) => createVerifier({ trustedIssuers: [w.issuer.did], fetchStatusList: w.statusLists.fetch, clock: w.clock });

describe('presentations', () => {
  it('builds an unsigned presentation the agent signs itself, which verifies', async () => {
    const response = await t.http.post('/presentations').set(auth).send({ credentialIds: [credentialId], ...rp });
    expect(response.status).toBe(201);
    expect(response.body.signed).toBe(false);
    const unsigned = response.body.verifiablePresentation;
    expect(unsigned).toMatchObject({ type: ['VerifiablePresentation'], holder: agent.did });
    expect(unsigned.proof).toBeUndefined();
    const signed = await signPresentation({ holder: agent, credentials: unsigned.verifiableCredential, ...rp, documentLoader });
    const result = await relyingParty(t).verifyPresentation(signed, { ...rp, capability: pay20 });
    expect(result).toMatchObject({ verified: true, holder: agent.did, problems: [] });
  });

  it.each(['eddsa-jcs-2022', 'Ed25519Signature2020', undefined])('signs with the custodial key (suite %s) by default once it holds one', async (suite) => {
    await t.http.put('/keys').set(auth).send({ identity: exportIdentity(agent) });
    const response = await t.http.post('/presentations').set(auth).send({ credentialIds: [credentialId], ...rp, holder: agent.did, ...(suite ? { suite } : {}) });
    expect(response.status).toBe(201);
    expect(response.body.signed).toBe(true);
    const vp = response.body.verifiablePresentation;
    expect(vp.proof.type).toBe(suite === 'Ed25519Signature2020' ? 'Ed25519Signature2020' : 'DataIntegrityProof');
    const result = await relyingParty(t).verifyPresentation(vp, { ...rp, capability: pay20 });
    expect(result).toMatchObject({ verified: true, holder: agent.did, problems: [], grantedBy: { credentialId, issuer: t.issuer.did } });
    const tooMuch = await relyingParty(t).verifyPresentation(vp, { ...rp, capability: { ...pay20, amount: { value: 80, currency: 'USD' } } });
    expect(tooMuch.problems.map((p) => p.code)).toEqual(['CAPABILITY_AMOUNT_EXCEEDED']);
  });

  it('stays unsigned when asked, even with a key', async () => {
    await t.http.put('/keys').set(auth).send({ identity: exportIdentity(agent) });
    const response = await t.http.post('/presentations').set(auth).send({ credentialIds: [credentialId], ...rp, sign: false });
    expect(response.body).toMatchObject({ signed: false, verifiablePresentation: { holder: agent.did } });
  });

  it('answers 404 for unknown ids, 403 for another holder, 409 for signing without a key', async () => {
    const unknown = await t.http.post('/presentations').set(auth).send({ credentialIds: [credentialId, 'urn:uuid:nope'], ...rp });
    expectProblem(unknown, 404, 'CREDENTIAL_NOT_FOUND');
    expect(unknown.body.credentialIds).toEqual(['urn:uuid:nope']);
    const other = await generateIdentity();
    expectProblem(await t.http.post('/presentations').set(auth).send({ credentialIds: [credentialId], ...rp, holder: other.did }), 403, 'FORBIDDEN');
    expectProblem(await t.http.post('/presentations').set(auth).send({ credentialIds: [credentialId], ...rp, sign: true }), 409, 'KEY_NOT_FOUND');
  });

  it('never signs for its own domain, so a session token cannot mint new sessions', async () => {
    await t.http.put('/keys').set(auth).send({ identity: exportIdentity(agent) });
    const { challenge } = (await t.http.post('/auth/challenges')).body;
    const minted = await t.http.post('/presentations').set(auth).send({ credentialIds: [], challenge, domain: DOMAIN, sign: true });
    expectProblem(minted, 403, 'FORBIDDEN');
  });

  it('answers 409 CREDENTIAL_NOT_PRESENTABLE once a stored credential has expired', async () => {
    t.clock.advance(2 * 3_600_000);
    auth = await t.signIn(agent);
    expectProblem(await t.http.post('/presentations').set(auth).send({ credentialIds: [credentialId], ...rp }), 409, 'CREDENTIAL_NOT_PRESENTABLE');
  });

  it.each([{}, { credentialIds: 'x', ...rp }, { credentialIds: [], challenge: '', domain: 'd' }, { credentialIds: [], ...rp, suite: 'RSA' }, { credentialIds: [], ...rp, sign: 'yes' }, { credentialIds: [], ...rp, extra: 1 }])(
    'refuses a malformed request %j with 400',
    async (body) => {
      expectProblem(await t.http.post('/presentations').set(auth).send(body), 400, 'VALIDATION_FAILED');
    }
  );
});
