import {
  exportIdentity,
  generateIdentity,
  importIdentity,
  isAgentVcError,
  type AgentIdentity,
  type Clock
} from '@agentvc/core';
import type { Store } from '@agentvc/store';
import type { SealedSecret, SecretBox } from '@agentvc/core';

export interface IssuerKeyRecord {
  _id: string;
  did: string;
  keyId: string;
  publicKeyMultibase: string;
  /** The exported identity (private key included), sealed under the key-encryption key. */
  sealed: SealedSecret;
  createdAt: Date;
}

const RECORD_ID = 'issuer';

/**
 * The issuer's did:key identity: created on first start and stored sealed; loaded on every
 * later start. Two instances starting at once agree, because only one insert can win.
 */
export async function loadIssuerIdentity({ store, secretBox, clock }: { store: Store; secretBox: SecretBox; clock: Clock }): Promise<AgentIdentity> {
  const keys = store.collection<IssuerKeyRecord>('issuer_keys');
  const existing = await keys.findOne({ _id: RECORD_ID });
  if (existing) return importIdentity(JSON.parse(secretBox.open(existing.sealed, RECORD_ID)));
  const identity = await generateIdentity();
  try {
    await keys.insertOne({
      _id: RECORD_ID,
      did: identity.did,
      keyId: identity.keyId,
      publicKeyMultibase: identity.publicKeyMultibase,
      sealed: secretBox.seal(JSON.stringify(exportIdentity(identity)), RECORD_ID),
      createdAt: clock.now()
    });
    return identity;
  } catch (error) {
    if (!isAgentVcError(error, 'DUPLICATE_KEY')) throw error;
    return loadIssuerIdentity({ store, secretBox, clock });
  }
}
