import type { AgentRecord, ApiKeyView, AuditRecord, GrantRecord } from '@agentvc/issuer';

/** API shapes of stored records: ISO dates, no internal fields. */
export const agentView = (agent: AgentRecord) => ({ did: agent._id, name: agent.name, owner: agent.owner, createdAt: agent.createdAt.toISOString() });

export const grantView = (grant: GrantRecord) => ({
  id: grant._id,
  agentDid: grant.agentDid,
  capabilities: grant.capabilities,
  validitySeconds: grant.validitySeconds,
  suspendable: grant.suspendable,
  createdAt: grant.createdAt.toISOString(),
  ...(grant.expiresAt ? { expiresAt: grant.expiresAt.toISOString() } : {}),
  ...(grant.revokedAt ? { revokedAt: grant.revokedAt.toISOString() } : {})
});

export const apiKeyView = (key: ApiKeyView) => ({
  id: key.id,
  name: key.name,
  masked: key.masked,
  createdAt: key.createdAt.toISOString(),
  ...(key.revokedAt ? { revokedAt: key.revokedAt.toISOString() } : {}),
  ...(key.legacy ? { legacy: true as const } : {})
});

export const auditView = ({ _id, at, lastAt, expiresAt, ...rest }: AuditRecord) => ({
  id: _id,
  at: at.toISOString(),
  ...rest,
  ...(lastAt ? { lastAt: lastAt.toISOString() } : {}),
  ...(expiresAt ? { expiresAt: expiresAt.toISOString() } : {})
});
