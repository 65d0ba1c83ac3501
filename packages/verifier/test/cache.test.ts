import { createDidKeyResolver, createDocumentLoader } from '@agentvc/core';
import { present } from '../../../test/support/sign.js';
import { CHALLENGE, codes, createWorld, DOMAIN } from './world.js';

describe('verified-credential cache', () => {
  it('skips canonicalization for an exact repeat but still checks dates, trust and the presentation', async () => {
    const world = await createWorld();
    const base = createDocumentLoader({ didResolver: createDidKeyResolver() });
    const asked: string[] = [];
    const verifier = world.verifier({ documentLoader: async (url) => (asked.push(url), base(url)) });
    const options = { challenge: CHALLENGE, domain: DOMAIN };
    expect(codes(await verifier.verifyCredential(world.credential))).toEqual([]);
    const afterFirst = asked.length;
    expect(afterFirst).toBeGreaterThan(0);
    expect(codes(await verifier.verifyCredential(world.credential))).toEqual([]);
    expect(asked.length).toBe(afterFirst);

    const presentation = await present({ holder: world.agent, credentials: [world.credential], ...options, suite: 'eddsa-jcs-2022' });
    expect(codes(await verifier.verifyPresentation(presentation, options))).toEqual([]);
    expect(codes(await verifier.verifyPresentation(presentation, { ...options, challenge: 'next' }))).toEqual(['CHALLENGE_MISMATCH']);

    world.clock.advance(2 * 3_600_000);
    expect(codes(await verifier.verifyCredential(world.credential))).toContain('EXPIRED');
  });

  it('can be disabled', async () => {
    const world = await createWorld();
    const base = createDocumentLoader({ didResolver: createDidKeyResolver() });
    const asked: string[] = [];
    const verifier = world.verifier({ credentialCacheSize: 0, documentLoader: async (url) => (asked.push(url), base(url)) });
    await verifier.verifyCredential(world.credential);
    const afterFirst = asked.length;
    await verifier.verifyCredential(world.credential);
    expect(asked.length).toBeGreaterThan(afterFirst);
  });
});

describe('canonicalization memo for Ed25519Signature2020 presentations', () => {
  it('still checks each presentation proof when the body repeats', async () => {
    const world = await createWorld();
    const verifier = world.verifier();
    const at = (challenge: string) => present({ holder: world.agent, credentials: [world.credential], challenge, domain: DOMAIN });
    expect(codes(await verifier.verifyPresentation(await at('c-1'), { challenge: 'c-1', domain: DOMAIN }))).toEqual([]);
    // same body, valid fresh proof: accepted
    expect(codes(await verifier.verifyPresentation(await at('c-2'), { challenge: 'c-2', domain: DOMAIN }))).toEqual([]);
    // same body, a proof that was not made over this challenge: refused
    const forged = await at('c-3');
    (forged.proof as Record<string, unknown>).proofValue = ((await at('c-4')).proof as Record<string, unknown>).proofValue;
    expect(codes(await verifier.verifyPresentation(forged, { challenge: 'c-3', domain: DOMAIN }))).toEqual(['INVALID_PROOF']);
    // a changed body under a proof for the original body: refused
    const swapped = await at('c-5');
    (swapped as Record<string, unknown>).id = 'urn:uuid:changed';
    expect(codes(await verifier.verifyPresentation(swapped, { challenge: 'c-5', domain: DOMAIN }))).toEqual(['INVALID_PROOF']);
  });
});
