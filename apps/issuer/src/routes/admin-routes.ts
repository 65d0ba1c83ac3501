import { defineRoute, HttpError, type Route, type RouteAuth } from '@agentvc/http';
import { API_KEY_ID_PATTERN, type ApiKeyView, type Issuer } from '@agentvc/issuer';
import { z } from 'zod';
import { operatorActor } from './operator-actor.js';
import { apiKeyViewSchema, jsonObjectSchema } from './schemas.js';
import { apiKeyView, auditView } from './views.js';

/** Operator API keys and the audit trail. */
export function adminRoutes(issuer: Issuer, auth: RouteAuth<ApiKeyView>): Route[] {
  const tags = ['admin'];

  const createKey = defineRoute({
    method: 'POST',
    path: '/admin/api-keys',
    summary: 'Create an operator API key; the token is shown in this response only',
    tags,
    auth,
    request: { body: z.strictObject({ name: z.string().min(1).max(200) }) },
    responses: { 201: z.object({ key: apiKeyViewSchema, token: z.string() }) }
  }).handle(async ({ body, principal, requestId }) => {
    const { key, token } = await issuer.apiKeys.create(body.name);
    await issuer.audit.record({ actor: operatorActor(principal), action: 'api_key.create', outcome: 'success', target: key.id, requestId });
    return { status: 201, body: { key: apiKeyView(key), token } };
  });

  const listKeys = defineRoute({
    method: 'GET',
    path: '/admin/api-keys',
    summary: 'List operator API keys (masked)',
    tags,
    auth,
    responses: { 200: z.object({ keys: z.array(apiKeyViewSchema) }) }
  }).handle(async () => ({ status: 200, body: { keys: (await issuer.apiKeys.list()).map(apiKeyView) } }));

  const revokeKey = defineRoute({
    method: 'DELETE',
    path: '/admin/api-keys/:id',
    summary: 'Revoke an operator API key',
    tags,
    auth,
    request: { params: z.object({ id: z.string().regex(API_KEY_ID_PATTERN) }) },
    responses: { 204: null },
    errors: [404]
  }).handle(async ({ params, principal, requestId }) => {
    if (!(await issuer.apiKeys.revoke(params.id))) throw new HttpError(404, 'API_KEY_NOT_FOUND', 'no such live API key');
    await issuer.audit.record({ actor: operatorActor(principal), action: 'api_key.revoke', outcome: 'success', target: params.id, requestId });
    return { status: 204 };
  });

  const audit = defineRoute({
    method: 'GET',
    path: '/admin/audit',
    summary: 'Audit records, newest first',
    description: 'Failed authentication is folded per client, key and reason per hour into one record with `count` and `lastAt` (`at` is the first failure). Records expire after ISSUER_AUDIT_RETENTION_DAYS.',
    tags,
    auth,
    request: {
      query: z.object({
        action: z.string().max(100).optional(),
        target: z.string().max(300).optional(),
        limit: z.coerce.number().int().min(1).max(1000).default(100)
      })
    },
    responses: { 200: z.object({ records: z.array(jsonObjectSchema) }) }
  }).handle(async ({ query }) => {
    const records = await issuer.audit.list({ ...(query.action ? { action: query.action } : {}), ...(query.target ? { target: query.target } : {}), limit: query.limit });
    return { status: 200, body: { records: records.map(auditView) } };
  });

  return [createKey, listKeys, revokeKey, audit];
}
