import type { ExportedIdentity } from '../schemas/exported-identity.js';
import type { AgentIdentity } from './agent-identity.js';

/**
 * The portable form of an identity, private key included. Treat the result as a secret: it is
 * what `importIdentity` takes back.
 */
export function exportIdentity(identity: AgentIdentity): ExportedIdentity {
  const { privateKeyMultibase } = identity.keyPair.export({ privateKey: true });
  return {
    type: 'AgentIdentity',
    version: 1,
    did: identity.did,
    keyId: identity.keyId,
    publicKeyMultibase: identity.publicKeyMultibase,
    privateKeyMultibase: privateKeyMultibase ?? ''
  };
}
