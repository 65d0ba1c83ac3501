import { createHash } from 'node:crypto';
import type { Clock } from '@agentvc/core';
import type { Filter, Store } from '@agentvc/store';
import { WALLET_COLLECTIONS } from '../wallet-collections.js';

export interface StoredCredentialRecord {
  /** sha256(agentDid, credential id): two agents may hold credentials with the same id. */
  _id: string;
  agentDid: string;
  credentialId: string;
  issuer: string;
  types: string[];
  capabilityTypes: string[];
  storedAt: Date;
  /** The credential as received, serialized: kept byte-for-byte, and JSON-LD keys need no escaping. */
  document: string;
}

/** A credential in an agent's wallet. */
export interface StoredCredential {
  id: string;
  issuer: string;
  types: string[];
  capabilityTypes: string[];
  storedAt: Date;
  verifiableCredential: Record<string, unknown>;
}

export interface CredentialFilter {
  type?: string;
  capabilityType?: string;
  issuer?: string;
}

export type NewCredential = Omit<StoredCredential, 'storedAt'>;

/**
 * Credentials per agent. Every method takes the agent and every query filters on it, so one
 * agent can never reach another's credentials, whatever ids it sends.
 */
export interface CredentialRepository {
  /** Throws AgentVcError DUPLICATE_KEY when the agent already holds this credential id. */
  insert(agentDid: string, credential: NewCredential): Promise<StoredCredential>;
  list(agentDid: string, filter?: CredentialFilter): Promise<StoredCredential[]>;
  get(agentDid: string, credentialId: string): Promise<StoredCredential | null>;
  /** In the order asked, without repeats; `missing` lists ids this agent does not hold. */
  getMany(agentDid: string, credentialIds: readonly string[]): Promise<{ found: StoredCredential[]; missing: string[] }>;
  remove(agentDid: string, credentialId: string): Promise<boolean>;
}

export function storedCredentialId(agentDid: string, credentialId: string): string {
  // length-prefixed so no (agent, id) pair can collide with another by moving a separator
  return createHash('sha256').update(`${agentDid.length}:${agentDid}${credentialId}`).digest('base64url');
}

const view = (record: StoredCredentialRecord): StoredCredential => ({
  id: record.credentialId,
  issuer: record.issuer,
  types: record.types,
  capabilityTypes: record.capabilityTypes,
  storedAt: record.storedAt,
  verifiableCredential: JSON.parse(record.document) as Record<string, unknown>
});

export async function createCredentialRepository({ store, clock }: { store: Store; clock: Clock }): Promise<CredentialRepository> {
  const records = store.collection<StoredCredentialRecord>(WALLET_COLLECTIONS.credentials);
  await records.createIndexes([{ key: { agentDid: 1, storedAt: 1 } }]);

  return {
    async insert(agentDid, { id, issuer, types, capabilityTypes, verifiableCredential }) {
      const record: StoredCredentialRecord = {
        _id: storedCredentialId(agentDid, id),
        agentDid,
        credentialId: id,
        issuer,
        types,
        capabilityTypes,
        storedAt: clock.now(),
        document: JSON.stringify(verifiableCredential)
      };
      await records.insertOne(record);
      return view(record);
    },

    async list(agentDid, { type, capabilityType, issuer } = {}) {
      const filter: Filter = { agentDid };
      // equality on an array field matches any element, on both engines
      if (type !== undefined) filter.types = type;
      if (capabilityType !== undefined) filter.capabilityTypes = capabilityType;
      if (issuer !== undefined) filter.issuer = issuer;
      return (await records.find(filter, { sort: { storedAt: 1, _id: 1 } })).map(view);
    },

    async get(agentDid, credentialId) {
      const record = await records.findOne({ _id: storedCredentialId(agentDid, credentialId), agentDid });
      return record ? view(record) : null;
    },

    async getMany(agentDid, credentialIds) {
      const wanted = [...new Set(credentialIds)];
      if (wanted.length === 0) return { found: [], missing: [] };
      const rows = await records.find({ agentDid, _id: { $in: wanted.map((id) => storedCredentialId(agentDid, id)) } });
      const byId = new Map(rows.map((record) => [record.credentialId, record]));
      const found = wanted.flatMap((id) => {
        const record = byId.get(id);
        return record ? [view(record)] : [];
      });
      return { found, missing: wanted.filter((id) => !byId.has(id)) };
    },

    async remove(agentDid, credentialId) {
      const { deletedCount } = await records.deleteOne({ _id: storedCredentialId(agentDid, credentialId), agentDid });
      return deletedCount === 1;
    }
  };
}
