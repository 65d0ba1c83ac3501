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
