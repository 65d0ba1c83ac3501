import { createPrivateKey, createPublicKey, type KeyObject } from 'node:crypto';
import { inspect } from 'node:util';
import { Ed25519VerificationKey2020 } from '@digitalbazaar/ed25519-verification-key-2020';

/**
 * A did:key Ed25519 identity. The private key lives in a KeyObject that is not enumerable,
 * so JSON.stringify, console.log and pino print only the public part.
 */
export interface AgentIdentity {
  readonly did: string;
  /** The verification method id: `${did}#${fingerprint}`. */
  readonly keyId: string;
  readonly publicKeyMultibase: string;
  /** node:crypto private key, imported once (re-importing per signature costs 10× the signature). */
  readonly privateKey: KeyObject;
  readonly publicKey: KeyObject;
  /** The @digitalbazaar key pair, for suites that need one (private part included). */
  readonly keyPair: Ed25519VerificationKey2020;
}

/** Builds an identity from a key pair that has its private key; shared by generate and import. */
export function identityFromKeyPair(keyPair: Ed25519VerificationKey2020): AgentIdentity {
  const fingerprint = keyPair.fingerprint();
  const did = `did:key:${fingerprint}`;
  const jwk = keyPair.toJwk({ privateKey: true });
  // the library's `d` is seed || public key (64 bytes); a JWK's `d` is the 32-byte seed
  const seed = Buffer.from(String(jwk.d), 'base64url').subarray(0, 32).toString('base64url');
  const privateKey = createPrivateKey({ key: { ...jwk, d: seed }, format: 'jwk' });
  // from the stated public key, not derived from the private one, so importIdentity can compare
  const publicKey = createPublicKey({ key: keyPair.toJwk({ publicKey: true }), format: 'jwk' });
  const identity = { did, keyId: `${did}#${fingerprint}`, publicKeyMultibase: keyPair.publicKeyMultibase };
  const publicView = (): typeof identity => ({ ...identity });
  return Object.defineProperties(identity, {
    privateKey: { value: privateKey, enumerable: false },
    publicKey: { value: publicKey, enumerable: false },
    keyPair: { value: keyPair, enumerable: false },
    toJSON: { value: publicView, enumerable: false },
    [inspect.custom]: { value: () => `AgentIdentity ${did}`, enumerable: false }
  }) as AgentIdentity;
}
