import { randomUUID } from 'node:crypto';
import { AgentVcError, type Capability, type Clock } from '@agentvc/core';
import type { Store } from '@agentvc/store';
import type { GrantTemplate, RegisterAgentInput } from '../schemas/grant-schemas.js';

export interface AgentRecord {
  _id: string;
  name: string;
  owner: string;
  createdAt: Date;
  disabledAt?: Date;
}

export interface GrantRecord {
  _id: string;
  agentDid: string;
  capabilities: Capability[];
  validitySeconds: number;
  suspendable: boolean;
  createdAt: Date;
  expiresAt?: Date;
  revokedAt?: Date;
}

export interface AgentRegistry {
  register(input: RegisterAgentInput): Promise<AgentRecord>;
  get(did: string): Promise<AgentRecord | null>;
  list(options?: { skip?: number; limit?: number }): Promise<AgentRecord[]>;
  grant(agentDid: string, template: GrantTemplate): Promise<GrantRecord>;
  grants(agentDid: string): Promise<GrantRecord[]>;
  /** Grants that can produce a credential now: not revoked, not expired. */
  activeGrants(agentDid: string): Promise<GrantRecord[]>;
  revokeGrant(agentDid: string, grantId: string): Promise<boolean>;
}

/** Agents (keyed by DID) and the capability grants operators attach to them. */
export function createAgentRegistry({ store, clock }: { store: Store; clock: Clock }): AgentRegistry {
  const agents = store.collection<AgentRecord>('agents');
  const grants = store.collection<GrantRecord>('grants');

  async function requireAgent(did: string): Promise<AgentRecord> {
    const agent = await agents.findOne({ _id: did });
    if (!agent) throw new AgentVcError('NOT_FOUND', `no agent ${did.slice(0, 120)} is registered`);
    return agent;
  }

  return {
    async register({ did, name, owner }) {
      const record: AgentRecord = { _id: did, name, owner, createdAt: clock.now() };
      await agents.insertOne(record);
      return record;
    },
    get: (did) => agents.findOne({ _id: did }),
    list: ({ skip = 0, limit = 100 } = {}) => agents.find({}, { sort: { createdAt: 1 }, skip, limit: Math.min(limit, 1000) }),
    async grant(agentDid, template) {
      await requireAgent(agentDid);
      const record: GrantRecord = {
        _id: randomUUID(),
        agentDid,
        capabilities: template.capabilities,
        validitySeconds: template.validitySeconds,
        suspendable: template.suspendable,
        createdAt: clock.now(),
        ...(template.expiresAt ? { expiresAt: new Date(template.expiresAt) } : {})
      };
      await grants.insertOne(record);
      return record;
    },
    async grants(agentDid) {
      await requireAgent(agentDid);
      return grants.find({ agentDid }, { sort: { createdAt: 1 } });
    },
    async activeGrants(agentDid) {
      const now = clock.now();
      return grants.find(
        { agentDid, revokedAt: { $exists: false }, $or: [{ expiresAt: { $exists: false } }, { expiresAt: { $gt: now } }] },
        { sort: { createdAt: 1 } }
      );
    },
    async revokeGrant(agentDid, grantId) {
      const result = await grants.updateOne({ _id: grantId, agentDid, revokedAt: { $exists: false } }, { $set: { revokedAt: clock.now() } });
      return result.matchedCount === 1;
    }
  };
}
