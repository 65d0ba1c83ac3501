// Issue 8 §2: a document built to make canonicalization slow is refused before any JSON-LD or
// cryptography, and whatever JSON-LD work remains is bounded by a deadline.
import { createDidKeyResolver, createDocumentLoader, LIMITS } from '@agentvc/core';
import { createVerifier } from '@agentvc/verifier';
import { capabilityCredential, issue, payment, present, type Json } from '../../../test/support/sign.js';
import { CHALLENGE, codes, createWorld, DOMAIN, type World } from './world.js';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const vpOptions = { challenge: CHALLENGE, domain: DOMAIN };

/** A loader that records every URL it is asked for: JSON-LD processing asks it first. */
function spyLoader() {
  const inner = createDocumentLoader({ didResolver: createDidKeyResolver() });
  const asked: string[] = [];
  return { asked, loader: async (url: string) => (asked.push(url), inner(url)) };
}

const blankNodes = (count: number): Json[] => Array.from({ length: count }, () => ({ type: 'https://attacker.example/Node' }));

function poisoned(extra: Json): Json {
  return { ...structuredClone(world.credential), ...extra };
}

describe('complexity limits before any JSON-LD work', () => {
  it.each([
    ['1,500 identical blank nodes (the attack: 836 ms to canonicalize)', { evidence: Array.from({ length: 6 }, () => ({ type: 'https://attacker.example/Batch', evidence: blankNodes(250) })) }],
    [`${LIMITS.maxBlankNodesPerCredential + 1} objects without an id`, { evidence: blankNodes(LIMITS.maxBlankNodesPerCredential + 1) }],
    ['an array longer than the limit', { evidence: Array.from({ length: LIMITS.maxListEntries + 1 }, (_, i) => `urn:x:${i}`) }],
    ['nesting deeper than the limit', { evidence: Array.from({ length: LIMITS.maxDepth + 2 }).reduce<Json>((inner) => ({ id: 'urn:x', evidence: inner }), { id: 'urn:y' }) }],
    ['blank nodes named by `_:` ids (objects that seem to have an id)', { evidence: Array.from({ length: LIMITS.maxBlankNodesPerCredential + 1 }, (_, i) => ({ id: `_:b${i}`, type: 'https://attacker.example/Node' })) }],
    ['blank nodes named only by `_:` references (no objects at all)', { evidence: Array.from({ length: LIMITS.maxBlankNodesPerCredential + 1 }, (_, i) => `_:e${i}`) }],
    ['more objects than the limit', { evidence: Array.from({ length: 2 }, (_, i) => ({ id: `urn:b:${i}`, evidence: Array.from({ length: 200 }, (_, j) => ({ id: `urn:n:${i}:${j}` })) })) }]
  ])('%s: DOCUMENT_TOO_COMPLEX, the loader never asked', async (_name, extra) => {
    const spy = spyLoader();
    const verifier = createVerifier({ trustedIssuers: [world.issuer.did], documentLoader: spy.loader, fetchStatusList: world.statusLists.fetch });
    const result = await verifier.verifyCredential(poisoned(extra));
    expect(codes(result)).toEqual(['DOCUMENT_TOO_COMPLEX']);
    expect(spy.asked).toEqual([]);
  });

  it('a presentation whose credentials together hold too many blank nodes is refused before its proof', async () => {
    const heavy = poisoned({ evidence: blankNodes(70) });
    const presentation = await present({ holder: world.agent, credentials: [heavy, heavy, heavy, heavy], ...vpOptions, suite: 'eddsa-jcs-2022' });
    const spy = spyLoader();
    const verifier = createVerifier({ trustedIssuers: [world.issuer.did], documentLoader: spy.loader });
    expect(codes(await verifier.verifyPresentation(presentation, vpOptions))).toEqual(['DOCUMENT_TOO_COMPLEX']);
    expect(spy.asked).toEqual([]);
  });

  it('an honest credential at the capability limit is within the limits and verifies', async () => {
    const credential = await issue(
      world.issuer,
      capabilityCredential({
        issuer: world.issuer.did,
        subject: world.agent.did,
        capabilities: Array.from({ length: LIMITS.maxCapabilities }, (_, i) => payment(String(i + 1), 'USD', { merchants: [`m${i}.example`] }))
      })
    );
    expect(codes(await world.verifier().verifyCredential(credential))).toEqual([]);
  });
});

describe('JSON-LD work off the calling thread, within a deadline', () => {
  it('gives the same verdicts on the worker pool as on the calling thread', async () => {
    const tampered = { ...structuredClone(world.credential), issuanceDate: '2020-01-01T00:00:00Z' };
    for (const workers of [0, 1]) {
      const verifier = world.verifier({ workers });
      expect({ workers, codes: codes(await verifier.verifyCredential(world.credential)) }).toEqual({ workers, codes: [] });
      expect({ workers, codes: codes(await verifier.verifyCredential(tampered)) }).toEqual({ workers, codes: ['INVALID_PROOF'] });
      const presentation = await present({ holder: world.agent, credentials: [world.credential], ...vpOptions });
      expect({ workers, codes: codes(await verifier.verifyPresentation(presentation, vpOptions)) }).toEqual({ workers, codes: [] });
    }
  });

  it('a job past its deadline is refused as DOCUMENT_TOO_COMPLEX, and the pool keeps serving', async () => {
    // the most blank nodes the limits allow, signed by the trusted issuer: real canonicalization work
    const unsigned = capabilityCredential({ issuer: world.issuer.did, subject: world.agent.did, capabilities: [payment('5')] });
    const heavy = await issue(world.issuer, { ...unsigned, evidence: blankNodes(LIMITS.maxBlankNodesPerCredential - 4) });
    expect(codes(await world.verifier({ workers: 1 }).verifyCredential(heavy))).toEqual([]);
    const strict = world.verifier({ workers: 1, jobTimeoutMs: 1, credentialCacheSize: 0 });
    const result = await strict.verifyCredential({ ...heavy, id: 'urn:uuid:another-skeleton' });
    expect(codes(result)).toEqual(['DOCUMENT_TOO_COMPLEX']);
    expect(result.problems[0]?.message).toMatch(/did not finish within 1 ms/);
    expect(codes(await world.verifier({ workers: 1 }).verifyCredential(world.credential))).toEqual([]);
  });
});
