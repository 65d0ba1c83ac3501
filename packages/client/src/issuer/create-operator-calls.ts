import type { z } from 'zod';
import type { auditQuerySchema, capabilityInputSchema, grantTemplateSchema, pageQuerySchema, registerAgentSchema, StatusRequestInput } from '@agentvc/core';
import { AgentVcClientError } from '../errors/agentvc-client-error.js';
import { joinUrl, sendJson, type FetchLike } from '../http/send-json.js';
import {
  agentListSchema,
  agentSchema,
  apiKeyListSchema,
  auditListSchema,
  createdApiKeySchema,
  grantListSchema,
  grantSchema,
  statusChangeSchema,
  type Agent,
  type ApiKey,
  type AuditRecord,
  type CreatedApiKey,
  type Grant,
  type StatusChange
} from './issuer-schemas.js';

// The request bodies are the contract's (@agentvc/core): the issuer validates them with the same schemas.

export type RegisterAgentInput = z.input<typeof registerAgentSchema>;

/**
 * A grant template as the contract takes it (validitySeconds 60 s to 30 days, default 3600). A
 * capability type this SDK does not know yet is passed through for the issuer to judge strictly.
 */
export type GrantInput = Omit<z.input<typeof grantTemplateSchema>, 'capabilities'> & {
  capabilities: ReadonlyArray<z.input<typeof capabilityInputSchema> | Record<string, unknown>>;
};

/** POST /credentials/status, flattened: `status` true (default) sets the bit; false lifts a suspension (a revocation is permanent). */
export type SetStatusInput = Pick<StatusRequestInput, 'credentialId' | 'status'> & Pick<StatusRequestInput['credentialStatus'], 'statusPurpose'>;

export type AgentPage = Partial<z.output<typeof pageQuerySchema>>;
export type AuditQuery = Partial<z.output<typeof auditQuerySchema>>;

/** Calls that need an operator API key. */
export interface OperatorCalls {
  registerAgent(input: RegisterAgentInput): Promise<Agent>;
  getAgent(did: string): Promise<Agent>;
  listAgents(page?: AgentPage): Promise<Agent[]>;
  grant(did: string, grant: GrantInput): Promise<Grant>;
  listGrants(did: string): Promise<Grant[]>;
  revokeGrant(did: string, grantId: string): Promise<void>;
  setStatus(input: SetStatusInput): Promise<StatusChange>;
  createApiKey(name: string): Promise<CreatedApiKey>;
  listApiKeys(): Promise<ApiKey[]>;
  revokeApiKey(id: string): Promise<void>;
  audit(query?: AuditQuery): Promise<AuditRecord[]>;
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
      return (await call('GET', path, agentListSchema)).agents;
    },
    grant: (did, grant) => call('POST', `${agentPath(did)}/grants`, grantSchema, grant),
    listGrants: async (did) => (await call('GET', `${agentPath(did)}/grants`, grantListSchema)).grants,
    revokeGrant: (did, grantId) => call('DELETE', `${agentPath(did)}/grants/${encodeURIComponent(grantId)}`, null),
    setStatus: ({ credentialId, statusPurpose, status = true }) => {
      const body: StatusRequestInput = { credentialId, credentialStatus: { type: 'StatusList2021Entry', statusPurpose }, status };
      return call('POST', '/credentials/status', statusChangeSchema, body);
    },
    createApiKey: (name) => call('POST', '/admin/api-keys', createdApiKeySchema, { name }),
    listApiKeys: async () => (await call('GET', '/admin/api-keys', apiKeyListSchema)).keys,
    revokeApiKey: (id) => call('DELETE', `/admin/api-keys/${encodeURIComponent(id)}`, null),
    audit: async ({ action, target, limit } = {}) => {
      const query = new URLSearchParams({ ...(action ? { action } : {}), ...(target ? { target } : {}), ...(limit ? { limit: String(limit) } : {}) });
      const path = `/admin/audit${query.size > 0 ? `?${query}` : ''}`;
      return (await call('GET', path, auditListSchema)).records;
    }
  };
}
