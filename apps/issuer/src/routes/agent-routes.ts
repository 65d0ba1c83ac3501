import { defineRoute, HttpError, type Route, type RouteAuth } from '@agentvc/http';
import { grantTemplateSchema, registerAgentSchema, type ApiKeyView, type Issuer } from '@agentvc/issuer';
import { z } from 'zod';
import { operatorActor } from './operator-actor.js';
import { agentViewSchema, didParamsSchema, grantViewSchema, pageQuerySchema } from './schemas.js';
import { agentView, grantView } from './views.js';

/** Operators register agents and attach capability grants to them. */
export function agentRoutes(issuer: Issuer, auth: RouteAuth<ApiKeyView>): Route[] {
  const tags = ['agents'];

  const register = defineRoute({
    method: 'POST',
    path: '/agents',
    summary: 'Register an agent DID',
    tags,
    auth,
    request: { body: registerAgentSchema },
    responses: { 201: agentViewSchema },
    errors: [409]
  }).handle(async ({ body, principal, requestId }) => {
    const agent = await issuer.agents.register(body);
    await issuer.audit.record({ actor: operatorActor(principal), action: 'agent.register', outcome: 'success', target: body.did, requestId });
    return { status: 201, body: agentView(agent) };
  });

  const list = defineRoute({
    method: 'GET',
    path: '/agents',
    summary: 'List agents',
    tags,
    auth,
    request: { query: pageQuerySchema },
    responses: { 200: z.object({ agents: z.array(agentViewSchema) }) }
  }).handle(async ({ query }) => ({ status: 200, body: { agents: (await issuer.agents.list(query)).map(agentView) } }));

  const get = defineRoute({
    method: 'GET',
    path: '/agents/:did',
    summary: 'One agent',
    tags,
    auth,
    request: { params: didParamsSchema },
    responses: { 200: agentViewSchema },
    errors: [404]
  }).handle(async ({ params }) => {
    const agent = await issuer.agents.get(params.did);
    if (!agent) throw new HttpError(404, 'AGENT_NOT_FOUND', 'no such agent');
    return { status: 200, body: agentView(agent) };
  });

  const grant = defineRoute({
    method: 'POST',
    path: '/agents/:did/grants',
    summary: 'Grant capabilities to an agent',
    description: 'Capabilities are validated strictly: unknown types or constraint fields are refused (400).',
    tags,
    auth,
    request: { params: didParamsSchema, body: grantTemplateSchema },
    responses: { 201: grantViewSchema },
    errors: [404]
  }).handle(async ({ params, body, principal, requestId }) => {
    const record = await issuer.agents.grant(params.did, body);
    await issuer.audit.record({ actor: operatorActor(principal), action: 'grant.create', outcome: 'success', target: `${params.did} ${record._id}`, requestId });
    return { status: 201, body: grantView(record) };
  });

  const grants = defineRoute({
    method: 'GET',
    path: '/agents/:did/grants',
    summary: "An agent's grants",
    tags,
    auth,
    request: { params: didParamsSchema },
    responses: { 200: z.object({ grants: z.array(grantViewSchema) }) },
    errors: [404]
  }).handle(async ({ params }) => ({ status: 200, body: { grants: (await issuer.agents.grants(params.did)).map(grantView) } }));

  const revokeGrant = defineRoute({
    method: 'DELETE',
    path: '/agents/:did/grants/:grantId',
    summary: 'Revoke a grant (credentials already issued stay valid until revoked themselves)',
    tags,
    auth,
    request: { params: didParamsSchema.extend({ grantId: z.uuid() }) },
    responses: { 204: null },
    errors: [404]
  }).handle(async ({ params, principal, requestId }) => {
    if (!(await issuer.agents.revokeGrant(params.did, params.grantId))) throw new HttpError(404, 'GRANT_NOT_FOUND', 'no such active grant');
    await issuer.audit.record({ actor: operatorActor(principal), action: 'grant.revoke', outcome: 'success', target: `${params.did} ${params.grantId}`, requestId });
    return { status: 204 };
  });

  return [register, list, get, grant, grants, revokeGrant];
}
