import { jest } from '@jest/globals';
import { generateIdentity } from '@agentvc/core';
import { capabilityCredential, documentLoader, issue, payment, present, type Json } from '../../../test/support/sign.js';
import { leafPaths, tamper } from './tamper.js';
import { CHALLENGE, codes, createWorld, DOMAIN, type World } from './world.js';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const vpOptions = { challenge: CHALLENGE, domain: DOMAIN };

describe('tampered credentials', () => {
  it('accepts the untouched credential', async () => {
    expect(codes(await world.verifier().verifyCredential(world.credential))).toEqual([]);
  });

  it('rejects a change to every signed field, each with a code', async () => {
    const verifier = world.verifier();
    const paths = leafPaths(world.credential);
    expect(paths.length).toBeGreaterThan(20);
    for (const path of paths) {
      const result = await verifier.verifyCredential(tamper(world.credential, path));
      const field = path.join('.');
      expect({ field, verified: result.verified }).toEqual({ field, verified: false });
      expect(result.problems.length).toBeGreaterThan(0);
      const expected = expectedCodes(field);
      expect({ field, codes: codes(result).filter((c) => expected.includes(c)).length > 0 }).toEqual({ field, codes: true });
    }
  });

  it('rejects a proof copied from another credential of the same issuer', async () => {
    const other = await issue(world.issuer, capabilityCredential({ issuer: world.issuer.did, subject: world.agent.did, capabilities: [payment('5000')] }));
    const forged = { ...structuredClone(other), proof: structuredClone(world.credential.proof) };
    expect(codes(await world.verifier().verifyCredential(forged))).toEqual(['INVALID_PROOF']);
  });

  it('rejects a signature by a key that is not the issuer’s', async () => {
    const mallory = await generateIdentity();
    const unsigned = capabilityCredential({ issuer: world.issuer.did, subject: world.agent.did, capabilities: [payment('5000')] });
    // signed by Mallory, claiming the issuer as issuer: the verification method is Mallory's
    expect(codes(await world.verifier().verifyCredential(await issue(mallory, unsigned)))).toEqual(['VERIFICATION_METHOD_NOT_CONTROLLER']);
    // signed by Mallory, relabelled with the issuer's key id: the signature does not verify
    const relabelled = await issue(mallory, unsigned);
    (relabelled.proof as Json).verificationMethod = world.issuer.keyId;
    expect(codes(await world.verifier().verifyCredential(relabelled))).toEqual(['INVALID_PROOF']);
  });
});

describe('tampered presentations', () => {
  it('rejects a change to every signed field of a presentation (Ed25519Signature2020 and eddsa-jcs-2022)', async () => {
    const verifier = world.verifier();
    for (const suite of ['Ed25519Signature2020', 'eddsa-jcs-2022'] as const) {
      const presentation = await present({ holder: world.agent, credentials: [world.credential], ...vpOptions, suite });
      expect(codes(await verifier.verifyPresentation(presentation, vpOptions))).toEqual([]);
      for (const path of leafPaths(presentation)) {
        const result = await verifier.verifyPresentation(tamper(presentation, path), vpOptions);
        const field = `${suite}:${path.join('.')}`;
        expect({ field, verified: result.verified }).toEqual({ field, verified: false });
      }
    }
  });

  it('rejects an unsigned extra context appended to an eddsa-jcs-2022 presentation', async () => {
    const presentation = await present({ holder: world.agent, credentials: [world.credential], ...vpOptions, suite: 'eddsa-jcs-2022' });
    (presentation['@context'] as string[]).push('https://w3id.org/vc/status-list/2021/v1');
    expect(codes(await world.verifier().verifyPresentation(presentation, vpOptions))).toContain('INVALID_PROOF');
  });

  it.each([
    ['wrong challenge', { challenge: 'other', domain: DOMAIN }, 'CHALLENGE_MISMATCH'],
    ['wrong domain', { challenge: CHALLENGE, domain: 'evil.example' }, 'DOMAIN_MISMATCH']
  ])('rejects a %s', async (_name, expected, code) => {
    for (const suite of ['Ed25519Signature2020', 'eddsa-jcs-2022'] as const) {
      const presentation = await present({ holder: world.agent, credentials: [world.credential], ...vpOptions, suite });
      expect(codes(await world.verifier().verifyPresentation(presentation, expected))).toEqual([code]);
    }
  });

  it.each([
    ['challenge', 'CHALLENGE_MISSING'],
    ['domain', 'DOMAIN_MISSING']
  ])('rejects a proof without %s', async (field, code) => {
    const presentation = await present({ holder: world.agent, credentials: [world.credential], ...vpOptions });
    delete (presentation.proof as Json)[field];
    expect(codes(await world.verifier().verifyPresentation(presentation, vpOptions))).toEqual([code]);
  });

  it('refuses to run without the expected challenge and domain (caller mistake)', async () => {
    const presentation = await present({ holder: world.agent, credentials: [world.credential], ...vpOptions });
    await expect(world.verifier().verifyPresentation(presentation, { challenge: '', domain: DOMAIN })).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
    await expect(world.verifier().verifyPresentation(presentation, { challenge: CHALLENGE } as never)).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
  });

  it('rejects a presentation signed by someone other than the subject', async () => {
    const mallory = await generateIdentity();
    const stolen = await present({ holder: mallory, credentials: [world.credential], ...vpOptions });
    expect(codes(await world.verifier().verifyPresentation(stolen, vpOptions))).toEqual(['HOLDER_NOT_SUBJECT']);
    // Mallory naming the agent as holder but signing with her own key
    const impersonating = await present({ holder: mallory, credentials: [world.credential], ...vpOptions });
    impersonating.holder = world.agent.did;
    expect(codes(await world.verifier().verifyPresentation(impersonating, vpOptions))).toEqual(['HOLDER_MISMATCH']);
  });

  it('rejects an authentication proof with another purpose', async () => {
    const presentation = await present({ holder: world.agent, credentials: [world.credential], ...vpOptions });
    (presentation.proof as Json).proofPurpose = 'assertionMethod';
    expect(codes(await world.verifier().verifyPresentation(presentation, vpOptions))).toEqual(['WRONG_PROOF_PURPOSE']);
  });

  it('rejects proof suites the caller did not accept', async () => {
    const presentation = await present({ holder: world.agent, credentials: [world.credential], ...vpOptions, suite: 'eddsa-jcs-2022' });
    const strict = world.verifier({ presentationSuites: ['Ed25519Signature2020'] });
    expect(codes(await strict.verifyPresentation(presentation, vpOptions))).toEqual(['UNSUPPORTED_PROOF_TYPE']);
  });
});

describe('unknown contexts', () => {
  it('rejects an unknown @context URL without fetching or asking the loader', async () => {
    const fetchSpy = jest.spyOn(globalThis, 'fetch');
    const asked: string[] = [];
    const verifier = world.verifier({ documentLoader: async (url) => (asked.push(url), documentLoader(url)) });
    const credential = structuredClone(world.credential);
    (credential['@context'] as string[]).push('https://evil.example/context/v1');
    expect(codes(await verifier.verifyCredential(credential))).toEqual(['UNKNOWN_CONTEXT']);
    const inline = structuredClone(world.credential);
    (inline.credentialSubject as Json)['@context'] = { capability: 'https://evil.example/#c' };
    expect(codes(await verifier.verifyCredential(inline))).toEqual(['UNKNOWN_CONTEXT']);
    // eddsa-jcs-2022 can sign it (no JSON-LD); the verifier must still refuse the embedded context
    const presentation = await present({ holder: world.agent, credentials: [credential], ...vpOptions, suite: 'eddsa-jcs-2022' });
    const result = await verifier.verifyPresentation(presentation, vpOptions);
    expect(result.problems).toContainEqual(expect.objectContaining({ code: 'UNKNOWN_CONTEXT', path: `verifiableCredential[0].@context[${(credential['@context'] as string[]).length - 1}]` }));
    expect(asked.filter((url) => url.includes('evil.example'))).toEqual([]);
    expect(fetchSpy).not.toHaveBeenCalled();
    fetchSpy.mockRestore();
  });
});

/** The codes a change to `field` may legitimately produce; anything else means a check is missing. */
function expectedCodes(field: string): string[] {
  if (field.startsWith('@context')) return ['UNKNOWN_CONTEXT'];
  if (field === 'issuer') return ['UNTRUSTED_ISSUER'];
  if (field.startsWith('proof.verificationMethod')) return ['VERIFICATION_METHOD_NOT_CONTROLLER', 'INVALID_PROOF'];
  if (field === 'proof.proofPurpose') return ['WRONG_PROOF_PURPOSE'];
  if (field === 'proof.type') return ['UNSUPPORTED_PROOF_TYPE'];
  if (field.includes('capability')) return ['INVALID_PROOF', 'CAPABILITY_MALFORMED', 'CAPABILITY_UNKNOWN_TYPE', 'NON_CANONICAL_TERM'];
  if (field.startsWith('credentialStatus')) return ['INVALID_PROOF', 'STATUS_UNSUPPORTED', 'NON_CANONICAL_TERM'];
  if (field === 'issuanceDate') return ['INVALID_PROOF', 'NOT_YET_VALID'];
  return ['INVALID_PROOF', 'MALFORMED_CREDENTIAL', 'NON_CANONICAL_TERM'];
}
