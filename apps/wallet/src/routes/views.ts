import type { VerifiableCredential } from '@agentvc/core';
import type { StoredCredential } from '@agentvc/wallet';

/** The API shape of a stored credential: ISO dates. */
export const credentialView = (stored: StoredCredential) => ({
  id: stored.id,
  issuer: stored.issuer,
  types: stored.types,
  capabilityTypes: stored.capabilityTypes,
  storedAt: stored.storedAt.toISOString(),
  // verified before it was stored: a VerifiableCredential
  verifiableCredential: stored.verifiableCredential as VerifiableCredential
});
