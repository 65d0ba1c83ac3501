import type { z } from 'zod';
import { ISSUER_ROUTES, type auditQuerySchema, type capabilityInputSchema, type grantTemplateSchema, type pageQuerySchema, type registerAgentSchema, type StatusRequestInput } from '@agentvc/core';
import { AgentVcClientError } from '../errors/agentvc-client-error.js';
import { callRoute, type CallRouteOptions, type RouteAnswer } from '../http/call-route.js';
import type { FetchLike } from '../http/fetch-like.js';
import type { Agent, ApiKey, AuditRecord, CreatedApiKey, Grant, StatusChange } from './issuer-schemas.js';

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

type Call<R extends (typeof ISSUER_ROUTES)[keyof typeof ISSUER_ROUTES]> = Omit<CallRouteOptions<R>, 'fetch' | 'baseUrl' | 'headers'>;

export function createOperatorCalls({ baseUrl, fetch, apiKey }: { baseUrl: string; fetch: FetchLike; apiKey: string | undefined }): OperatorCalls {
  function call<R extends (typeof ISSUER_ROUTES)[keyof typeof ISSUER_ROUTES]>(options: Call<R>): Promise<RouteAnswer<R>> {
    const { method, path } = options.route;
    if (!apiKey) {
      // fail before any request: the server would only say "missing bearer token"
      return Promise.reject(new AgentVcClientError('API_KEY_REQUIRED', `${method} ${path} needs an operator API key (createIssuerClient({apiKey}))`, { status: 0 }));
    }
    return callRoute({ ...options, fetch, baseUrl, headers: { authorization: `Bearer ${apiKey}` } } as CallRouteOptions<R>);
  }

  return {
    registerAgent: (input) => call({ route: ISSUER_ROUTES.registerAgent, body: input }),
    getAgent: (did) => call({ route: ISSUER_ROUTES.getAgent, params: { did } }),
    listAgents: async ({ skip, limit } = {}) => (await call({ route: ISSUER_ROUTES.listAgents, query: { skip, limit } })).agents,
    grant: (did, grant) => call({ route: ISSUER_ROUTES.grant, params: { did }, body: grant }),
    listGrants: async (did) => (await call({ route: ISSUER_ROUTES.listGrants, params: { did } })).grants,
    revokeGrant: (did, grantId) => call({ route: ISSUER_ROUTES.revokeGrant, params: { did, grantId } }),
    setStatus: ({ credentialId, statusPurpose, status = true }) => {
      const body: StatusRequestInput = { credentialId, credentialStatus: { type: 'StatusList2021Entry', statusPurpose }, status };
      return call({ route: ISSUER_ROUTES.setStatus, body });
    },
    createApiKey: (name) => call({ route: ISSUER_ROUTES.createApiKey, body: { name } }),
    listApiKeys: async () => (await call({ route: ISSUER_ROUTES.listApiKeys })).keys,
    revokeApiKey: (id) => call({ route: ISSUER_ROUTES.revokeApiKey, params: { id } }),
    // empty filters are left out, as a blank form field means "any"
    audit: async ({ action, target, limit } = {}) =>
      (await call({ route: ISSUER_ROUTES.audit, query: { action: action || undefined, target: target || undefined, limit: limit || undefined } })).records
  };
}
