import { generateIdentity, LIMITS } from '@agentvc/core';
import { capabilityCredential, issue, payment, type Json } from '../../../test/support/sign.js';
import { codes, createVerifierApp, expectProblem, type VerifierApp } from './verifier-app.js';

let t: VerifierApp;
beforeAll(async () => {
  t = await createVerifierApp();
});

const verify = (body: unknown) => t.http.post('/credentials/verify').set('Content-Type', 'application/json').send(JSON.stringify(body));
const pay = (value: string | number) => ({ type: 'PaymentAuthorization', amount: { value, currency: 'USD' }, merchant: 'shop.example' });

describe('POST /credentials/verify', () => {
  it('verifies a credential, and a required capability', async () => {
    const plain = await verify({ verifiableCredential: t.world.credential });
    expect(plain.status).toBe(200);
    expect(plain.body).toMatchObject({ verified: true, problems: [], issuers: [t.world.issuer.did], capabilities: [{ capability: { type: 'PaymentAuthorization' } }] });
    const granted = await verify({ verifiableCredential: t.world.credential, options: { capability: pay('50') } });
    expect(granted.body).toMatchObject({ verified: true, grantedBy: { credentialId: t.world.credential.id } });
  });

  it('answers 400 with the problems of a refused credential', async () => {
    const over = await verify({ verifiableCredential: t.world.credential, options: { capability: pay('50.01') } });
    expect([over.status, over.body.verified, codes(over.body)]).toEqual([400, false, ['CAPABILITY_AMOUNT_EXCEEDED']]);
    expect(over.headers['content-type']).toMatch(/^application\/json/);
    const stranger = await generateIdentity();
    const untrusted = await issue(stranger, capabilityCredential({ issuer: stranger.did, subject: t.world.agent.did, capabilities: [payment('10')] }));
    expect(codes((await verify({ verifiableCredential: untrusted })).body)).toEqual(['UNTRUSTED_ISSUER']);
    const tampered = structuredClone(t.world.credential);
    (((tampered.credentialSubject as Json).capability as Json[])[0] as Json).maxAmount = { value: '5000', currency: 'USD' };
    expect(codes((await verify({ verifiableCredential: tampered })).body)).toEqual(['INVALID_PROOF']);
    expect(codes((await verify({ verifiableCredential: { hello: 'world' } })).body)).toContain('MALFORMED_CREDENTIAL');
  });

  it('refuses a revoked credential', async () => {
    const t2 = await createVerifierApp();
    const index = Number((t2.world.credential.credentialStatus as Json[])[0]?.statusListIndex);
    await t2.world.statusLists.set('revocation', index, true);
    const response = await t2.http.post('/credentials/verify').send({ verifiableCredential: t2.world.credential });
    expect([response.status, codes(response.body)]).toEqual([400, ['STATUS_REVOKED']]);
  });

  it.each([
    ['an array', []],
    ['a number', 42],
    ['no verifiableCredential', { options: {} }],
    ['a verifiableCredential that is not an object', { verifiableCredential: 'vc' }],
    ['an invalid capability', { verifiableCredential: {}, options: { capability: { type: 'PaymentAuthorization', amount: { value: '1', currency: 'usd' } } } }]
  ])('answers a malformed request (%s) with 400 VALIDATION_FAILED', async (_name, body) => {
    expectProblem(await verify(body), 400, 'VALIDATION_FAILED');
  });

  it('answers an amount with more than 6 decimal places with 400 VALIDATION_FAILED', async () => {
    expectProblem(await verify({ verifiableCredential: t.world.credential, options: { capability: pay(0.1234567) } }), 400, 'VALIDATION_FAILED');
  });

  it('refuses an oversized body', async () => {
    expectProblem(await verify({ verifiableCredential: { padding: 'x'.repeat(LIMITS.maxDocumentBytes + 16 * 1024) } }), 413, 'PAYLOAD_TOO_LARGE');
  });
});
