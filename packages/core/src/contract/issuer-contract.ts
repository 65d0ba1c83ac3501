import { z } from 'zod';
import { CHALLENGE_EXAMPLE, challengeResponseSchema, EXAMPLE, jsonObjectSchema } from './common-schemas.js';
import { EXAMPLE_CREDENTIAL, EXAMPLE_PRESENTATION } from './example-documents.js';
import * as example from './issuer-examples.js';
import {
  apiKeyParamsSchema,
  auditQuerySchema,
  createApiKeyRequestSchema,
  didParamsSchema,
  grantParamsSchema,
  grantTemplateSchema,
  issueRequestSchema,
  pageQuerySchema,
  registerAgentSchema,
  statusListParamsSchema,
  statusRequestSchema
} from './issuer-requests.js';
import {
  agentViewSchema,
  apiKeyViewSchema,
  auditRecordSchema,
  createdApiKeySchema,
  credentialResponseSchema,
  grantViewSchema,
  issuerInfoSchema,
  statusChangeSchema
} from './issuer-responses.js';
import { routeContract } from './route-contract.js';

const issued = { verifiableCredential: EXAMPLE_CREDENTIAL };
const didParams = { did: EXAMPLE.agentDid };

/** The issuer service (apps/issuer). */
export const ISSUER_ROUTES = {
  challenge: routeContract({
    method: 'POST',
    path: '/challenges',
    operationId: 'createDidAuthChallenge',
    responses: { 201: challengeResponseSchema },
    examples: { responses: { 201: CHALLENGE_EXAMPLE } }
  }),
  requestCredential: routeContract({
    method: 'POST',
    path: '/credentials/request',
    operationId: 'requestCredential',
    request: { body: z.strictObject({ presentation: jsonObjectSchema }) },
    responses: { 201: credentialResponseSchema },
    examples: {
      // DID-auth: no credentials, signed over a challenge from POST /challenges and this issuer's domain
      request: { presentation: { ...EXAMPLE_PRESENTATION, verifiableCredential: [], proof: { ...EXAMPLE_PRESENTATION.proof, domain: CHALLENGE_EXAMPLE.domain } } },
      responses: { 201: issued }
    }
  }),
  issueCredential: routeContract({
    method: 'POST',
    path: '/credentials/issue',
    operationId: 'issueCredential',
    request: { body: issueRequestSchema },
    responses: { 201: credentialResponseSchema },
    examples: { request: example.issueRequest, responses: { 201: issued } }
  }),
  setStatus: routeContract({
    method: 'POST',
    path: '/credentials/status',
    operationId: 'updateCredentialStatus',
    request: { body: statusRequestSchema },
    responses: { 200: statusChangeSchema },
    examples: {
      request: { credentialId: EXAMPLE.credentialId, credentialStatus: { type: 'StatusList2021Entry', statusPurpose: 'revocation' }, status: true },
      responses: { 200: { credentialId: EXAMPLE.credentialId, statusPurpose: 'revocation', status: true, changed: true } }
    }
  }),
  statusList: routeContract({
    method: 'GET',
    path: '/status-lists/:id',
    operationId: 'getStatusList',
    request: { params: statusListParamsSchema },
    responses: { 200: jsonObjectSchema, 304: null },
    examples: { request: { id: example.statusListId }, responses: { 200: example.statusListCredential } }
  }),
  context: routeContract({
    method: 'GET',
    path: '/contexts/v1',
    operationId: 'getContext',
    responses: { 200: jsonObjectSchema },
    examples: { responses: { 200: example.context } }
  }),
  issuerInfo: routeContract({
    method: 'GET',
    path: '/issuer',
    operationId: 'getIssuer',
    responses: { 200: issuerInfoSchema },
    examples: { responses: { 200: { did: EXAMPLE.issuerDid, domain: CHALLENGE_EXAMPLE.domain, publicUrl: 'http://localhost:4100' } } }
  }),
  registerAgent: routeContract({
    method: 'POST',
    path: '/agents',
    operationId: 'registerAgent',
    request: { body: registerAgentSchema },
    responses: { 201: agentViewSchema },
    examples: { request: { did: EXAMPLE.agentDid, name: 'checkout-bot', owner: 'payments-team' }, responses: { 201: example.agent } }
  }),
  listAgents: routeContract({
    method: 'GET',
    path: '/agents',
    operationId: 'listAgents',
    request: { query: pageQuerySchema },
    responses: { 200: z.object({ agents: z.array(agentViewSchema) }) },
    examples: { request: { skip: 0, limit: 100 }, responses: { 200: { agents: [example.agent] } } }
  }),
  getAgent: routeContract({
    method: 'GET',
    path: '/agents/:did',
    operationId: 'getAgent',
    request: { params: didParamsSchema },
    responses: { 200: agentViewSchema },
    examples: { request: didParams, responses: { 200: example.agent } }
  }),
  grant: routeContract({
    method: 'POST',
    path: '/agents/:did/grants',
    operationId: 'grantCapabilities',
    request: { params: didParamsSchema, body: grantTemplateSchema },
    responses: { 201: grantViewSchema },
    examples: { params: didParams, request: example.grantRequest, responses: { 201: example.grant } }
  }),
  listGrants: routeContract({
    method: 'GET',
    path: '/agents/:did/grants',
    operationId: 'listGrants',
    request: { params: didParamsSchema },
    responses: { 200: z.object({ grants: z.array(grantViewSchema) }) },
    examples: { request: didParams, responses: { 200: { grants: [example.grant] } } }
  }),
  revokeGrant: routeContract({
    method: 'DELETE',
    path: '/agents/:did/grants/:grantId',
    operationId: 'revokeGrant',
    request: { params: grantParamsSchema },
    responses: { 204: null },
    examples: { request: { ...didParams, grantId: EXAMPLE.grantId }, responses: {} }
  }),
  createApiKey: routeContract({
    method: 'POST',
    path: '/admin/api-keys',
    operationId: 'createApiKey',
    request: { body: createApiKeyRequestSchema },
    responses: { 201: createdApiKeySchema },
    examples: { request: { name: 'ci-deploy' }, responses: { 201: { key: example.apiKey, token: example.apiKeyToken } } }
  }),
  listApiKeys: routeContract({
    method: 'GET',
    path: '/admin/api-keys',
    operationId: 'listApiKeys',
    responses: { 200: z.object({ keys: z.array(apiKeyViewSchema) }) },
    examples: { responses: { 200: { keys: [example.apiKey] } } }
  }),
  revokeApiKey: routeContract({
    method: 'DELETE',
    path: '/admin/api-keys/:id',
    operationId: 'revokeApiKey',
    request: { params: apiKeyParamsSchema },
    responses: { 204: null },
    examples: { request: { id: example.apiKey.id }, responses: {} }
  }),
  audit: routeContract({
    method: 'GET',
    path: '/admin/audit',
    operationId: 'listAuditRecords',
    request: { query: auditQuerySchema },
    responses: { 200: z.object({ records: z.array(auditRecordSchema) }) },
    examples: { request: { action: 'credential.issue', limit: 20 }, responses: { 200: { records: [example.auditRecord] } } }
  })
};
