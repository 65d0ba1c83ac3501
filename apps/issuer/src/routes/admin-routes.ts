import { ISSUER_ROUTES } from '@agentvc/core';
import { defineRoute, HttpError, type Route, type RouteAuth } from '@agentvc/http';
import type { ApiKeyView, Issuer } from '@agentvc/issuer';
import { operatorActor } from './operator-actor.js';
import { apiKeyView, auditView } from './views.js';

/** Operator API keys and the audit trail. */
export function adminRoutes(issuer: Issuer, auth: RouteAuth<ApiKeyView>): Route[] {
  const tags = ['admin'];

  const createKey = defineRoute({
    ...ISSUER_ROUTES.createApiKey,
    summary: 'Create an operator API key; the token is shown in this response only',
    tags,
    auth
  }).handle(async ({ body, principal, requestId }) => {
    const { key, token } = await issuer.apiKeys.create(body.name);
    await issuer.audit.record({ actor: operatorActor(principal), action: 'api_key.create', outcome: 'success', target: key.id, requestId });
    return { status: 201, body: { key: apiKeyView(key), token } };
  });

  const listKeys = defineRoute({
    ...ISSUER_ROUTES.listApiKeys,
    summary: 'List operator API keys (masked)',
    tags,
    auth
  }).handle(async () => ({ status: 200, body: { keys: (await issuer.apiKeys.list()).map(apiKeyView) } }));

  const revokeKey = defineRoute({
    ...ISSUER_ROUTES.revokeApiKey,
    summary: 'Revoke an operator API key',
    tags,
    auth,
    errors: ['API_KEY_NOT_FOUND']
  }).handle(async ({ params, principal, requestId }) => {
    if (!(await issuer.apiKeys.revoke(params.id))) throw new HttpError('API_KEY_NOT_FOUND', 'no such live API key');
    await issuer.audit.record({ actor: operatorActor(principal), action: 'api_key.revoke', outcome: 'success', target: params.id, requestId });
    return { status: 204 };
  });

  const audit = defineRoute({
    ...ISSUER_ROUTES.audit,
    summary: 'Audit records, newest first',
    description: 'Failed authentication is folded per client, key and reason per hour into one record with `count` and `lastAt` (`at` is the first failure). Records expire after ISSUER_AUDIT_RETENTION_DAYS.',
    tags,
    auth
  }).handle(async ({ query }) => {
    const records = await issuer.audit.list({ ...(query.action ? { action: query.action } : {}), ...(query.target ? { target: query.target } : {}), limit: query.limit });
    return { status: 200, body: { records: records.map(auditView) } };
  });

  return [createKey, listKeys, revokeKey, audit];
}
