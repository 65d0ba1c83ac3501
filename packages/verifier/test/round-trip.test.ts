import * as vc from '@digitalbazaar/vc';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { createVerifyCryptosuite } from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import { Ed25519VerificationKey2020 } from '@digitalbazaar/ed25519-verification-key-2020';
import { generateIdentity } from '@agentvc/core';
import { createVerifier } from '@agentvc/verifier';
import { capabilityCredential, documentLoader, issue, payment, present } from '../../../test/support/sign.js';
import { CHALLENGE, codes, DOMAIN } from './world.js';

describe('round trip with plain @digitalbazaar/vc', () => {
  it('verifies what @digitalbazaar/vc issues with its own key pair', async () => {
    const keyPair = await Ed25519VerificationKey2020.generate();
    const did = `did:key:${keyPair.fingerprint()}`;
    keyPair.id = `${did}#${keyPair.fingerprint()}`;
    keyPair.controller = did;
    const agent = await generateIdentity();
    const credential = await vc.issue({
      credential: capabilityCredential({ issuer: did, subject: agent.did, capabilities: [payment('10')] }),
      suite: new Ed25519Signature2020({ key: keyPair }),
      documentLoader
    });
    const result = await createVerifier({ trustedIssuers: [did] }).verifyCredential(credential);
    expect(codes(result)).toEqual([]);
    expect(result).toMatchObject({ verified: true, issuers: [did], capabilities: [{ issuer: did, capability: payment('10') }] });

    const presentation = await vc.signPresentation({
      presentation: vc.createPresentation({ verifiableCredential: [credential], holder: agent.did }),
      suite: new Ed25519Signature2020({ key: await keyPairOf(agent) }),
      documentLoader,
      challenge: CHALLENGE,
      domain: DOMAIN
    });
    const vpResult = await createVerifier({ trustedIssuers: [did] }).verifyPresentation(presentation, { challenge: CHALLENGE, domain: DOMAIN });
    expect(codes(vpResult)).toEqual([]);
    expect(vpResult.holder).toBe(agent.did);
  });

  it('issues and presents what @digitalbazaar/vc verifies (both presentation suites)', async () => {
    const [issuer, agent] = [await generateIdentity(), await generateIdentity()];
    const credential = await issue(issuer, capabilityCredential({ issuer: issuer.did, subject: agent.did, capabilities: [payment('10')] }));
    const plain = await vc.verifyCredential({ credential, suite: new Ed25519Signature2020(), documentLoader });
    expect(plain.verified).toBe(true);
    for (const suite of ['Ed25519Signature2020', 'eddsa-jcs-2022'] as const) {
      const presentation = await present({ holder: agent, credentials: [credential], challenge: CHALLENGE, domain: DOMAIN, suite });
      const result = await vc.verify({
        presentation,
        suite: [new Ed25519Signature2020(), new DataIntegrityProof({ cryptosuite: createVerifyCryptosuite() })],
        documentLoader,
        challenge: CHALLENGE,
        domain: DOMAIN
      });
      expect(result.verified).toBe(true);
    }
  });
});

async function keyPairOf(identity: Awaited<ReturnType<typeof generateIdentity>>): Promise<Ed25519VerificationKey2020> {
  const key = identity.keyPair;
  key.id = identity.keyId;
  key.controller = identity.did;
  return key;
}
