import { z } from 'zod';
import type { Capability } from '@agentvc/core';
import { AgentVcClientError } from '../errors/agentvc-client-error.js';
import { joinUrl, sendJson, type FetchLike } from '../http/send-json.js';
import {
  agentSchema,
  apiKeySchema,
  auditRecordSchema,
  createdApiKeySchema,
  grantSchema,
  statusChangeSchema,
  type Agent,
  type ApiKey,
  type AuditRecord,
  type CreatedApiKey,
  type Grant,
  type StatusChange
} from './issuer-schemas.js';

export interface RegisterAgentInput {
  did: string;
  name: string;
  owner: string;
}

/** A grant template; the issuer validates capabilities strictly (unknown fields → 400). */
export interface GrantInput {
  capabilities: ReadonlyArray<Capability | Record<string, unknown>>;
  /** Validity of each credential issued from the grant (issuer default 3600). */
  validitySeconds?: number;
  suspendable?: boolean;
  /** ISO 8601: when the grant stops producing credentials. */
  expiresAt?: string;
}

export interface SetStatusInput {
  credentialId: string;
  statusPurpose: 'revocation' | 'suspension';
  /** true (default) sets the bit; false lifts a suspension (a revocation is permanent). */
  status?: boolean;
}

/** Calls that need an operator API key. */
export interface OperatorCalls {
  registerAgent(input: RegisterAgentInput): Promise<Agent>;
  getAgent(did: string): Promise<Agent>;
  listAgents(page?: { skip?: number; limit?: number }): Promise<Agent[]>;
  grant(did: string, grant: GrantInput): Promise<Grant>;
  listGrants(did: string): Promise<Grant[]>;
  revokeGrant(did: string, grantId: string): Promise<void>;
  setStatus(input: SetStatusInput): Promise<StatusChange>;
  createApiKey(name: string): Promise<CreatedApiKey>;
  listApiKeys(): Promise<ApiKey[]>;
  revokeApiKey(id: string): Promise<void>;
  audit(query?: { action?: string; target?: string; limit?: number }): Promise<AuditRecord[]>;
}

export function createOperatorCalls({ baseUrl, fetch, apiKey }: { baseUrl: string; fetch: FetchLike; apiKey: string | undefined }): OperatorCalls {
  function call<T>(method: 'GET' | 'POST' | 'DELETE', path: string, schema: z.ZodType<T> | null, body?: unknown): Promise<T> {
    if (!apiKey) {
      // fail before any request: the server would only say "missing bearer token"
      return Promise.reject(new AgentVcClientError('API_KEY_REQUIRED', `${method} ${path} needs an operator API key (createIssuerClient({apiKey}))`, { status: 0 }));
    }
    return sendJson({ fetch, url: joinUrl(baseUrl, path), method, body, schema, what: `${method} ${path}`, headers: { authorization: `Bearer ${apiKey}` } });
  }
  const agentPath = (did: string): string => `/agents/${encodeURIComponent(did)}`;

  return {
    registerAgent: (input) => call('POST', '/agents', agentSchema, input),
    getAgent: (did) => call('GET', agentPath(did), agentSchema),
    listAgents: async ({ skip, limit } = {}) => {
      const query = new URLSearchParams({ ...(skip === undefined ? {} : { skip: String(skip) }), ...(limit === undefined ? {} : { limit: String(limit) }) });
      const path = `/agents${query.size > 0 ? `?${query}` : ''}`;
      return (await call('GET', path, z.looseObject({ agents: z.array(agentSchema) }))).agents;
    },
    grant: (did, grant) => call('POST', `${agentPath(did)}/grants`, grantSchema, grant),
    listGrants: async (did) => (await call('GET', `${agentPath(did)}/grants`, z.looseObject({ grants: z.array(grantSchema) }))).grants,
    revokeGrant: (did, grantId) => call('DELETE', `${agentPath(did)}/grants/${encodeURIComponent(grantId)}`, null),
    setStatus: ({ credentialId, statusPurpose, status = true }) =>
      call('POST', '/credentials/status', statusChangeSchema, { credentialId, credentialStatus: { type: 'StatusList2021Entry', statusPurpose }, status }),
    createApiKey: (name) => call('POST', '/admin/api-keys', createdApiKeySchema, { name }),
    listApiKeys: async () => (await call('GET', '/admin/api-keys', z.looseObject({ keys: z.array(apiKeySchema) }))).keys,
    revokeApiKey: (id) => call('DELETE', `/admin/api-keys/${encodeURIComponent(id)}`, null),
    audit: async ({ action, target, limit } = {}) => {
      const query = new URLSearchParams({ ...(action ? { action } : {}), ...(target ? { target } : {}), ...(limit ? { limit: String(limit) } : {}) });
      const path = `/admin/audit${query.size > 0 ? `?${query}` : ''}`;
      return (await call('GET', path, z.looseObject({ records: z.array(auditRecordSchema) }))).records;
    }
  };
}
