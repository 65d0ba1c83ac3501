import { Ed25519VerificationKey2020 } from '@digitalbazaar/ed25519-verification-key-2020';
import { type AgentIdentity, identityFromKeyPair } from './agent-identity.js';

/** A new did:key Ed25519 identity. */
export async function generateIdentity(): Promise<AgentIdentity> {
  return identityFromKeyPair(await Ed25519VerificationKey2020.generate());
}
