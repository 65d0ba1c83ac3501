import { generateIdentity, LIMITS } from '@agentvc/core';
import { capabilityCredential, issue, payment, present } from '../../../test/support/sign.js';
import { codes, createVerifierApp, DOMAIN, expectProblem, type VerifierApp } from './verifier-app.js';

let t: VerifierApp;
beforeAll(async () => {
  t = await createVerifierApp();
});

// sent as JSON text, so arrays and strings arrive as JSON too
const verify = (body: unknown) => t.http.post('/presentations/verify').set('Content-Type', 'application/json').send(JSON.stringify(body));
const pay = (value: string, merchant = 'shop.example') => ({ type: 'PaymentAuthorization', amount: { value, currency: 'USD' }, merchant });

describe('POST /presentations/verify', () => {
  it('verifies a presentation over a challenge of this service, once', async () => {
    const { challenge, verifiablePresentation } = await t.presentation();
    const body = { verifiablePresentation, options: { challenge, domain: DOMAIN, capability: pay('20') } };
    const response = await verify(body);
    expect(response.status).toBe(200);
    expect(response.headers['content-type']).toMatch(/^application\/json/);
    expect(response.body).toMatchObject({
      verified: true,
      problems: [],
      holder: t.world.agent.did,
      issuers: [t.world.issuer.did],
      grantedBy: { issuer: t.world.issuer.did, capability: { type: 'PaymentAuthorization' } }
    });
    const replay = await verify(body);
    expect(replay.status).toBe(400);
    expect(replay.body).toEqual({ verified: false, problems: [expect.objectContaining({ code: 'CHALLENGE_USED' })], issuers: [], capabilities: [] });
  });

  it('refuses a presentation for another domain with one of its challenges, without using the challenge up', async () => {
    const { challenge } = await t.presentation();
    const forOther = await present({ holder: t.world.agent, credentials: [t.world.credential], challenge, domain: 'other-rp.example' });
    const refused = await verify({ verifiablePresentation: forOther, options: { challenge, domain: 'other-rp.example' } });
    expect([refused.status, codes(refused.body)]).toEqual([400, ['DOMAIN_MISMATCH']]);
    const right = await present({ holder: t.world.agent, credentials: [t.world.credential], challenge, domain: DOMAIN });
    expect((await verify({ verifiablePresentation: right, options: { challenge, domain: DOMAIN } })).status).toBe(200);
  });

  it('refuses a replay at another instance sharing the store', async () => {
    const other = await createVerifierApp({ world: t.world, store: t.store });
    const { challenge, verifiablePresentation } = await t.presentation();
    const body = { verifiablePresentation, options: { challenge, domain: DOMAIN } };
    expect((await other.http.post('/presentations/verify').send(body)).status).toBe(200);
    expect(codes((await verify(body)).body)).toEqual(['CHALLENGE_USED']);
  });

  it('requires a challenge this service issued, before it expires', async () => {
    const made = await present({ holder: t.world.agent, credentials: [t.world.credential], challenge: 'made-up', domain: DOMAIN });
    expect(codes((await verify({ verifiablePresentation: made, options: { challenge: 'made-up', domain: DOMAIN } })).body)).toEqual(['CHALLENGE_INVALID']);
    const { challenge, verifiablePresentation } = await t.presentation();
    t.world.clock.advance(121_000);
    const late = await verify({ verifiablePresentation, options: { challenge, domain: DOMAIN } });
    expect([late.status, codes(late.body)]).toEqual([400, ['CHALLENGE_EXPIRED']]);
  });

  it('reports what the verifier refuses: amount, merchant, domain, untrusted issuer', async () => {
    const check = async (options: Record<string, unknown>, presentation?: Awaited<ReturnType<VerifierApp['presentation']>>) => {
      const { challenge, verifiablePresentation } = presentation ?? (await t.presentation());
      const response = await verify({ verifiablePresentation, options: { challenge, domain: DOMAIN, ...options } });
      expect(response.body.verified).toBe(response.status === 200);
      return codes(response.body);
    };
    expect(await check({ capability: pay('80') })).toEqual(['CAPABILITY_AMOUNT_EXCEEDED']);
    expect(await check({ capability: pay('20', 'other.example') })).toEqual(['CAPABILITY_MERCHANT_NOT_ALLOWED']);
    expect(await check({}, await t.presentation({ domain: 'evil.example' }))).toEqual(['DOMAIN_MISMATCH']);
    const stranger = await generateIdentity();
    const untrusted = await issue(stranger, capabilityCredential({ issuer: stranger.did, subject: t.world.agent.did, capabilities: [payment('10')] }));
    expect(await check({}, await t.presentation({ credentials: [untrusted] }))).toEqual(['UNTRUSTED_ISSUER']);
  });

  it.each([
    ['an array', []],
    ['a string', 'presentation'],
    ['no verifiablePresentation', { options: { challenge: 'c', domain: DOMAIN } }],
    ['a verifiablePresentation that is not an object', { verifiablePresentation: 'vp', options: { challenge: 'c', domain: DOMAIN } }],
    ['no options', { verifiablePresentation: {} }],
    ['no challenge', { verifiablePresentation: {}, options: { domain: DOMAIN } }],
    ['no domain', { verifiablePresentation: {}, options: { challenge: 'c' } }],
    ['an invalid capability', { verifiablePresentation: {}, options: { challenge: 'c', domain: DOMAIN, capability: { type: 'Teleport' } } }]
  ])('answers a malformed request (%s) with 400 VALIDATION_FAILED', async (_name, body) => {
    expectProblem(await verify(body), 400, 'VALIDATION_FAILED');
  });

  it('does not consume the challenge of a malformed request', async () => {
    const { challenge, verifiablePresentation } = await t.presentation();
    expectProblem(await verify({ verifiablePresentation, options: { challenge } }), 400, 'VALIDATION_FAILED');
    expect((await verify({ verifiablePresentation, options: { challenge, domain: DOMAIN } })).status).toBe(200);
  });

  it('refuses bodies that are not JSON or too large', async () => {
    expectProblem(await t.http.post('/presentations/verify').set('Content-Type', 'application/json').send('{"verifiablePresentation":'), 400, 'MALFORMED_JSON');
    const huge = { verifiablePresentation: { padding: 'x'.repeat(LIMITS.maxPresentationBytes + 16 * 1024) }, options: { challenge: 'c', domain: DOMAIN } };
    expectProblem(await verify(huge), 413, 'PAYLOAD_TOO_LARGE');
  });
});
