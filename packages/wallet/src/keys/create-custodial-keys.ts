import {
  AgentVcError,
  exportedIdentitySchema,
  exportIdentity,
  importIdentity,
  type AgentIdentity,
  type Clock,
  type ExportedIdentity,
  type SealedSecret,
  type SecretBox
} from '@agentvc/core';
import type { Store } from '@agentvc/store';
import { WALLET_COLLECTIONS } from '../wallet-collections.js';

export interface CustodialKeyRecord {
  /** The agent's DID: one key per agent, and the AAD its sealed key is bound to. */
  _id: string;
  keyId: string;
  publicKeyMultibase: string;
  /** The exported identity (private key included), sealed under the wallet's key-encryption key. */
  sealed: SealedSecret;
  storedAt: Date;
}

/**
 * Keys the wallet holds for custodial agents. Reads are by the session's agent only (the
 * record id is its DID); the private key leaves only through `export` to that same agent.
 */
export interface CustodialKeys {
  /**
   * Keeps (or replaces) the agent's key. Throws AgentVcError FORBIDDEN when the identity is
   * not the agent's, INVALID_IDENTITY when the key pair is not valid.
   */
  put(agentDid: string, identity: ExportedIdentity): Promise<void>;
  /** The ready identity for signing, or null when the agent has none here. */
  load(agentDid: string): Promise<AgentIdentity | null>;
  /** The portable form (a secret), for the agent itself. */
  export(agentDid: string): Promise<ExportedIdentity | null>;
  has(agentDid: string): Promise<boolean>;
}

export function createCustodialKeys({ store, clock, secretBox }: { store: Store; clock: Clock; secretBox: SecretBox }): CustodialKeys {
  const keys = store.collection<CustodialKeyRecord>(WALLET_COLLECTIONS.keys);

  async function exported(agentDid: string): Promise<ExportedIdentity | null> {
    const record = await keys.findOne({ _id: agentDid });
    if (!record) return null;
    return exportedIdentitySchema.parse(JSON.parse(secretBox.open(record.sealed, record._id)));
  }

  return {
    async put(agentDid, input) {
      if (input.did !== agentDid) throw new AgentVcError('FORBIDDEN', 'The identity is not the signed-in agent');
      // proves the private key matches the DID before anything is kept
      const identity = await importIdentity(input);
      const sealed = secretBox.seal(JSON.stringify(exportIdentity(identity)), agentDid);
      await keys.updateOne(
        { _id: agentDid },
        { $set: { keyId: identity.keyId, publicKeyMultibase: identity.publicKeyMultibase, sealed, storedAt: clock.now() } },
        { upsert: true }
      );
    },
    async load(agentDid) {
      const identity = await exported(agentDid);
      return identity ? importIdentity(identity) : null;
    },
    export: exported,
    async has(agentDid) {
      return (await keys.countDocuments({ _id: agentDid })) === 1;
    }
  };
}
