// Issue 8 §1 through the relying-party middleware, one suite for both adapters: a presentation
// carrying a revoked, suspended or expired credential whose status or expiry is re-spelled
// (absolute IRI, compact IRI, @nest, value object, ...) keeps a valid signature. Before the fix
// the middleware let it through to the protected handler; now it is a 403 problem.
import type { RequestListener } from 'node:http';
import request from 'supertest';
import { createSelfVerifyingChallenges } from '@agentvc/verifier';
import { respell, SPELLINGS, type Spelling } from '../../../../test/support/respell.js';
import { present, type Json, type PresentationSuite } from '../../../../test/support/sign.js';
import { createWorld, DOMAIN, type World } from '../world.js';
import type { BuildShop } from './relying-party-suite.js';

type Refused = 'revoked' | 'suspended' | 'expired';

const AS_ISSUED: Record<Refused, string> = { revoked: 'STATUS_REVOKED', suspended: 'STATUS_SUSPENDED', expired: 'EXPIRED' };
const HIDDEN_FIELD: Record<Refused, string> = { revoked: 'credentialStatus', suspended: 'credentialStatus', expired: 'expirationDate' };
// which spellings apply depends only on the shape of the field; the SDK will not present a bare @graph
const SHAPE: Json = { '@context': [], credentialStatus: [{}], expirationDate: '2020-01-01T00:00:00Z' };
const CASES = (Object.keys(AS_ISSUED) as Refused[]).flatMap((refused) =>
  SPELLINGS.filter((spelling) => spelling !== '@graph' && respell(SHAPE, [HIDDEN_FIELD[refused]], spelling) !== undefined).map((spelling) => ({
    refused,
    spelling,
    name: `${refused}, ${HIDDEN_FIELD[refused]} as ${spelling}`
  }))
);
// inline context objects are refused as unknown contexts before the canonical-form rule sees them
const expectedCode = (spelling: Spelling): string => (spelling === 'inline alias' ? 'UNKNOWN_CONTEXT' : 'NON_CANONICAL_TERM');
const encode = (presentation: Json): string => Buffer.from(JSON.stringify(presentation)).toString('base64url');
const codes = (body: { problems?: Array<{ code: string }> }) => body.problems?.map((p) => p.code);

interface Shop {
  world: World;
  handled: string[];
  http: ReturnType<typeof request>;
}

export function describeRespelling(framework: string, build: BuildShop): void {
  describe(`requireCapability (${framework}) and re-spelled credentials`, () => {
    let shops: Record<Refused, Shop>;
    beforeAll(async () => {
      const make = async (): Promise<Shop> => {
        const world = await createWorld();
        const handled: string[] = [];
        const challenges = createSelfVerifyingChallenges({ domain: DOMAIN, clock: world.clock });
        const listener: RequestListener = build({ verifier: world.verifier(), challenges, domain: DOMAIN, handled });
        return { world, handled, http: request(listener) };
      };
      shops = { revoked: await make(), suspended: await make(), expired: await make() };
      const indexOf = (w: World) => Number((w.credential.credentialStatus as Json[])[0]?.statusListIndex);
      await shops.revoked.world.statusLists.set('revocation', indexOf(shops.revoked.world), true);
      await shops.suspended.world.statusLists.set('suspension', indexOf(shops.suspended.world), true);
      // the world's credential is valid for an hour
      shops.expired.world.clock.advance(2 * 60 * 60_000);
    });
    beforeEach(() => {
      for (const shop of Object.values(shops)) shop.handled.length = 0;
    });

    /** The protocol as a client runs it: a first request for the challenge, then the presentation. */
    async function pay(shop: Shop, sign: (challenge: string) => Promise<Json>) {
      const { body } = await shop.http.post('/pay').send({ amount: 1 });
      expect(body.code).toBe('PRESENTATION_REQUIRED');
      const header = encode(await sign(body.challenge as string));
      return shop.http.post('/pay').set('Agent-Presentation', header).send({ amount: 20 });
    }
    const carrying = (shop: Shop, credential: Json, suite: PresentationSuite) => (challenge: string) =>
      present({ holder: shop.world.agent, credentials: [credential], challenge, domain: DOMAIN, suite });

    it.each(Object.keys(AS_ISSUED) as Refused[])('refuses the %s credential as issued with 403 and its own code', async (refused) => {
      const shop = shops[refused];
      const response = await pay(shop, carrying(shop, shop.world.credential, 'Ed25519Signature2020'));
      expect([response.status, response.body.code, codes(response.body)]).toEqual([403, 'NOT_AUTHORIZED', [AS_ISSUED[refused]]]);
      expect(shop.handled).toEqual([]);
    });

    it.each(CASES)('refuses it re-spelled, never reaching the handler: $name', async ({ refused, spelling }) => {
      const shop = shops[refused];
      const document = respell(shop.world.credential, [HIDDEN_FIELD[refused]], spelling) as Json;
      for (const suite of ['Ed25519Signature2020', 'eddsa-jcs-2022'] as const) {
        const response = await pay(shop, carrying(shop, document, suite));
        expect({ suite, status: response.status, code: response.body.code }).toEqual({ suite, status: 403, code: 'NOT_AUTHORIZED' });
        expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
        expect(codes(response.body)).toContain(expectedCode(spelling));
        expect(shop.handled).toEqual([]);
      }
    });

    it.each(['absolute IRI', 'compact IRI', '@nest'] as const)('refuses a presentation whose verifiableCredential is re-spelled as %s after signing', async (spelling) => {
      const shop = shops.revoked;
      const response = await pay(shop, async (challenge) => {
        const signed = await present({ holder: shop.world.agent, credentials: [shop.world.credential], challenge, domain: DOMAIN });
        return respell(signed, ['verifiableCredential'], spelling) as Json;
      });
      expect([401, 403]).toContain(response.status);
      expect(codes(response.body)).toContain('NON_CANONICAL_TERM');
      expect(shop.handled).toEqual([]);
    });
  });
}
