// One suite for both adapters: a tiny shop app per framework, the same protocol expected of each.
import { randomBytes } from 'node:crypto';
import type { RequestListener } from 'node:http';
import request from 'supertest';
import { generateIdentity, type ChallengeStore } from '@agentvc/core';
import { createSelfVerifyingChallenges, type Verifier } from '@agentvc/verifier';
import { flood } from '../../../../test/support/flood.js';
import { present, type Json } from '../../../../test/support/sign.js';
import { createWorld, DOMAIN, type World } from '../world.js';

/**
 * What each framework's test app provides: `POST /pay` (body `{amount}`, merchant
 * shop.example), `POST /pay/other` (merchant other.example) and `POST /restart` (a whole
 * requirement computed from the request); handlers answer `{did, grantedBy}` from the agent.
 */
export type BuildShop = (deps: { verifier: Verifier; challenges: ChallengeStore | undefined; domain: string; handled: string[] }) => RequestListener;

const WWW_AUTHENTICATE = /^AgentPresentation challenge="([A-Za-z0-9_-]{16,})", domain="shop\.example"$/;
const encode = (presentation: Json): string => Buffer.from(JSON.stringify(presentation)).toString('base64url');

export function describeRelyingParty(framework: string, build: BuildShop): void {
  describe(`requireCapability (${framework})`, () => {
    let world: World;
    let http: ReturnType<typeof request>;
    let handled: string[];
    let challenges: ChallengeStore;
    beforeAll(async () => {
      world = await createWorld();
    });
    beforeEach(() => {
      handled = [];
      challenges = createSelfVerifyingChallenges({ domain: DOMAIN, clock: world.clock });
      http = request(build({ verifier: world.verifier(), challenges, domain: DOMAIN, handled }));
    });

    /** Asks for a challenge the way a client does (a first request without a presentation). */
    async function presentation(path = '/pay', { w = world, domain = DOMAIN, suite = 'Ed25519Signature2020' as const, from = http } = {}): Promise<string> {
      const { body } = await from.post(path).send({ amount: 1 });
      return encode(await present({ holder: w.agent, credentials: [w.credential], challenge: body.challenge, domain, suite }));
    }
    const pay = (header: string, amount: unknown = 20, path = '/pay') => http.post(path).set('Agent-Presentation', header).send({ amount });
    const codes = (body: { problems?: Array<{ code: string }> }) => body.problems?.map((p) => p.code);

    it('answers a request without a presentation with 401 and a challenge', async () => {
      const response = await http.post('/pay').send({ amount: 20 });
      expect(response.status).toBe(401);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(response.headers['cache-control']).toBe('no-store');
      const [, challenge] = WWW_AUTHENTICATE.exec(response.headers['www-authenticate'] ?? '') ?? [];
      expect(response.body).toMatchObject({
        type: 'urn:agentvc:problem:presentation-required',
        title: 'Unauthorized',
        status: 401,
        code: 'PRESENTATION_REQUIRED',
        instance: '/pay',
        challenge,
        domain: DOMAIN,
        expiresAt: expect.any(String)
      });
      expect(handled).toEqual([]);
    });

    it('lets a valid presentation through with the agent, once', async () => {
      const header = await presentation();
      const response = await pay(header);
      expect(response.status).toBe(200);
      expect(response.body).toEqual({ did: world.agent.did, grantedBy: 'PaymentAuthorization', issuers: [world.issuer.did] });
      expect(handled).toEqual(['/pay']);
      const replay = await pay(header);
      expect(replay.status).toBe(401);
      expect(replay.body).toMatchObject({ code: 'PRESENTATION_INVALID', problems: [{ code: 'CHALLENGE_USED' }] });
      expect(replay.headers['www-authenticate']).toMatch(WWW_AUTHENTICATE);
      expect(handled).toEqual(['/pay']);
    });

    it('accepts an eddsa-jcs-2022 presentation too', async () => {
      expect((await pay(await presentation('/pay', { suite: 'eddsa-jcs-2022' as 'Ed25519Signature2020' }))).status).toBe(200);
    });

    it('refuses an amount over the limit with 403 and a fresh challenge', async () => {
      const response = await pay(await presentation(), 80);
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ code: 'NOT_AUTHORIZED', type: 'urn:agentvc:problem:not-authorized' });
      expect(codes(response.body)).toEqual(['CAPABILITY_AMOUNT_EXCEEDED']);
      expect(response.headers['www-authenticate']).toMatch(WWW_AUTHENTICATE);
      expect(handled).toEqual([]);
    });

    it('refuses another merchant, and a capability never granted', async () => {
      const other = await pay(await presentation('/pay/other'), 20, '/pay/other');
      expect([other.status, codes(other.body)]).toEqual([403, ['CAPABILITY_MERCHANT_NOT_ALLOWED']]);
      const restart = await pay(await presentation('/restart'), 0, '/restart');
      expect([restart.status, codes(restart.body)]).toEqual([403, ['CAPABILITY_NOT_GRANTED']]);
    });

    it("refuses someone else's credential with 403 NOT_AUTHORIZED (HOLDER_NOT_SUBJECT is about the credential, not the presentation)", async () => {
      const { body } = await http.post('/pay').send({ amount: 1 });
      const stranger = await generateIdentity();
      const header = encode(await present({ holder: stranger, credentials: [world.credential], challenge: body.challenge, domain: DOMAIN }));
      const response = await pay(header);
      expect(response.status).toBe(403);
      expect(response.body).toMatchObject({ code: 'NOT_AUTHORIZED' });
      expect(codes(response.body)).toContain('HOLDER_NOT_SUBJECT');
      expect(response.body.problems).toEqual(expect.arrayContaining([expect.objectContaining({ code: 'HOLDER_NOT_SUBJECT', scope: 'credential' })]));
      expect(handled).toEqual([]);
    });

    it('refuses a revoked credential with 403 STATUS_REVOKED', async () => {
      const revoked = await createWorld();
      const index = Number((revoked.credential.credentialStatus as Json[])[0]?.statusListIndex);
      await revoked.statusLists.set('revocation', index, true);
      http = request(build({ verifier: revoked.verifier(), challenges, domain: DOMAIN, handled }));
      const response = await pay(await presentation('/pay', { w: revoked }));
      expect([response.status, response.body.code, codes(response.body)]).toEqual([403, 'NOT_AUTHORIZED', ['STATUS_REVOKED']]);
    });

    it.each([
      ['not base64url', 'not base64url!', 'MALFORMED_PRESENTATION'],
      ['not JSON', Buffer.from('hello').toString('base64url'), 'MALFORMED_PRESENTATION'],
      ['not an object', Buffer.from('[1,2]').toString('base64url'), 'MALFORMED_PRESENTATION'],
      ['a presentation without a proof', encode({ type: 'VerifiablePresentation' }), 'CHALLENGE_MISSING']
    ])('refuses a garbage header (%s) with 401', async (_name, header, code) => {
      const response = await pay(header);
      expect([response.status, response.body.code, codes(response.body)]).toEqual([401, 'PRESENTATION_INVALID', [code]]);
      expect(response.headers['www-authenticate']).toMatch(WWW_AUTHENTICATE);
      expect(handled).toEqual([]);
    });

    it('refuses presentations for another domain, unknown challenges and expired ones', async () => {
      const elsewhere = await pay(await presentation('/pay', { domain: 'evil.example' }));
      expect([elsewhere.status, codes(elsewhere.body)]).toEqual([401, ['DOMAIN_MISMATCH']]);
      const madeUp = encode(await present({ holder: world.agent, credentials: [world.credential], challenge: 'made-up', domain: DOMAIN }));
      expect(codes((await pay(madeUp)).body)).toEqual(['CHALLENGE_INVALID']);
      const late = await presentation();
      world.clock.advance(121_000);
      expect(codes((await pay(late)).body)).toEqual(['CHALLENGE_EXPIRED']);
    });

    // 10,500: past the 10,000 challenges the old store kept before evicting the oldest
    it('keeps an honest challenge good through 10,500 anonymous requests (the default challenges)', async () => {
      const shop = build({ verifier: world.verifier(), challenges: undefined, domain: DOMAIN, handled });
      http = request(shop);
      const header = await presentation();
      expect(await flood(shop, 10_500)).toEqual({ 401: 10_500 });
      const response = await pay(header);
      expect([response.status, response.body]).toEqual([200, expect.objectContaining({ did: world.agent.did })]);
    }, 180_000);

    it('takes a challenge from another instance only when both share the secret (and the domain)', async () => {
      const secret = randomBytes(32);
      const shopWith = (options: { secret: Uint8Array; domain?: string }) => {
        const domain = options.domain ?? DOMAIN;
        return request(build({ verifier: world.verifier(), challenges: createSelfVerifyingChallenges({ clock: world.clock, ...options, domain }), domain, handled }));
      };
      const issuing = shopWith({ secret });
      http = shopWith({ secret: randomBytes(32) });
      expect(codes((await pay(await presentation('/pay', { from: issuing }))).body)).toEqual(['CHALLENGE_INVALID']);
      http = shopWith({ secret, domain: 'other.example' });
      expect(codes((await pay(await presentation('/pay', { from: issuing, domain: 'other.example' }))).body)).toEqual(['CHALLENGE_INVALID']);
      http = shopWith({ secret });
      expect((await pay(await presentation('/pay', { from: issuing }))).status).toBe(200);
    });

    it('answers 503 CHALLENGE_CAPACITY with Retry-After while too many used challenges are remembered', async () => {
      challenges = createSelfVerifyingChallenges({ domain: DOMAIN, clock: world.clock, ttlSeconds: 60, maxUsed: 1 });
      http = request(build({ verifier: world.verifier(), challenges, domain: DOMAIN, handled }));
      expect((await pay(await presentation())).status).toBe(200);
      world.clock.advance(30_000);
      const waiting = await presentation();
      const busy = await pay(waiting);
      expect([busy.status, busy.body.code, busy.headers['content-type']]).toEqual([503, 'CHALLENGE_CAPACITY', expect.stringMatching(/^application\/problem\+json/)]);
      expect(Number(busy.headers['retry-after'])).toBeGreaterThanOrEqual(30);
      expect(handled).toEqual(['/pay']);
      // its challenge was not consumed: once the used one has expired, the same header goes through
      world.clock.advance(31_000);
      expect((await pay(waiting)).status).toBe(200);
      expect(codes((await pay(waiting)).body)).toEqual(['CHALLENGE_USED']);
    });

    it('answers 400 when the requirement computed from the request is invalid', async () => {
      const response = await pay(await presentation(), 'twenty');
      expect(response.status).toBe(400);
      expect(response.body).toMatchObject({ code: 'VALIDATION_FAILED', detail: expect.stringMatching(/amount/) });
    });
  });
}
