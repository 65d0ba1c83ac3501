import { sign, verify } from 'node:crypto';
import { Ed25519VerificationKey2020 } from '@digitalbazaar/ed25519-verification-key-2020';
import { AgentVcError } from '../errors/agentvc-error.js';
import { exportedIdentitySchema } from '../schemas/exported-identity.js';
import { type AgentIdentity, identityFromKeyPair } from './agent-identity.js';

/**
 * Takes back what `exportIdentity` wrote. Refuses (INVALID_IDENTITY) anything malformed, a DID
 * that is not the key's, or a private key that does not match the public key. Error messages
 * never include key material.
 */
export async function importIdentity(input: unknown): Promise<AgentIdentity> {
  const parsed = exportedIdentitySchema.safeParse(input);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(root)'))];
    throw new AgentVcError('INVALID_IDENTITY', `not an exported agent identity (check: ${fields.join(', ')})`);
  }
  const { did, keyId, publicKeyMultibase, privateKeyMultibase } = parsed.data;
  let keyPair: Ed25519VerificationKey2020;
  try {
    keyPair = await Ed25519VerificationKey2020.from({ id: keyId, controller: did, publicKeyMultibase, privateKeyMultibase });
  } catch (cause) {
    throw new AgentVcError('INVALID_IDENTITY', 'the identity keys are not valid Ed25519 multibase keys', { cause });
  }
  const fingerprint = keyPair.fingerprint();
  if (did !== `did:key:${fingerprint}` || keyId !== `${did}#${fingerprint}`) {
    throw new AgentVcError('INVALID_IDENTITY', 'the DID or key id does not match the public key');
  }
  let identity: AgentIdentity;
  try {
    identity = identityFromKeyPair(keyPair);
  } catch (cause) {
    throw new AgentVcError('INVALID_IDENTITY', 'the private key cannot be imported', { cause });
  }
  const probe = Buffer.from(`agentvc identity check ${did}`);
  if (!verify(null, probe, identity.publicKey, sign(null, probe, identity.privateKey))) {
    throw new AgentVcError('INVALID_IDENTITY', 'the private key does not belong to the public key');
  }
  return identity;
}
