import { sign } from 'node:crypto';
import type { Signer } from '../ports/signer.js';
import type { AgentIdentity } from './agent-identity.js';

/** An Ed25519 signer over the identity's ready KeyObject (no per-signature key import). */
export function createSigner(identity: AgentIdentity): Signer {
  return {
    id: identity.keyId,
    algorithm: 'Ed25519',
    sign: async ({ data }) => new Uint8Array(sign(null, data, identity.privateKey))
  };
}
