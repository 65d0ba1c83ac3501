import { ISSUER_ROUTES } from '@agentvc/core';
import { defineRoute, HttpError, type Route, type RouteAuth } from '@agentvc/http';
import type { ApiKeyView, Issuer } from '@agentvc/issuer';
import { operatorActor } from './operator-actor.js';
import { agentView, grantView } from './views.js';

/** Operators register agents and attach capability grants to them. */
export function agentRoutes(issuer: Issuer, auth: RouteAuth<ApiKeyView>): Route[] {
  const tags = ['agents'];

  const register = defineRoute({
    ...ISSUER_ROUTES.registerAgent,
    summary: 'Register an agent DID',
    tags,
    auth,
    errors: ['CONFLICT']
  }).handle(async ({ body, principal, requestId }) => {
    const agent = await issuer.agents.register(body);
    await issuer.audit.record({ actor: operatorActor(principal), action: 'agent.register', outcome: 'success', target: body.did, requestId });
    return { status: 201, body: agentView(agent) };
  });

  const list = defineRoute({
    ...ISSUER_ROUTES.listAgents,
    summary: 'List agents',
    tags,
    auth
  }).handle(async ({ query }) => ({ status: 200, body: { agents: (await issuer.agents.list(query)).map(agentView) } }));

  const get = defineRoute({
    ...ISSUER_ROUTES.getAgent,
    summary: 'One agent',
    tags,
    auth,
    errors: ['AGENT_NOT_FOUND']
  }).handle(async ({ params }) => {
    const agent = await issuer.agents.get(params.did);
    if (!agent) throw new HttpError('AGENT_NOT_FOUND', 'no such agent');
    return { status: 200, body: agentView(agent) };
  });

  const grant = defineRoute({
    ...ISSUER_ROUTES.grant,
    summary: 'Grant capabilities to an agent',
    description: 'Capabilities are validated strictly: unknown types or constraint fields are refused (400).',
    tags,
    auth,
    errors: ['NOT_FOUND']
  }).handle(async ({ params, body, principal, requestId }) => {
    const record = await issuer.agents.grant(params.did, body);
    await issuer.audit.record({ actor: operatorActor(principal), action: 'grant.create', outcome: 'success', target: `${params.did} ${record._id}`, requestId });
    return { status: 201, body: grantView(record) };
  });

  const grants = defineRoute({
    ...ISSUER_ROUTES.listGrants,
    summary: "An agent's grants",
    tags,
    auth,
    errors: ['NOT_FOUND']
  }).handle(async ({ params }) => ({ status: 200, body: { grants: (await issuer.agents.grants(params.did)).map(grantView) } }));

  const revokeGrant = defineRoute({
    ...ISSUER_ROUTES.revokeGrant,
    summary: 'Revoke a grant (credentials already issued stay valid until revoked themselves)',
    tags,
    auth,
    errors: ['GRANT_NOT_FOUND']
  }).handle(async ({ params, principal, requestId }) => {
    if (!(await issuer.agents.revokeGrant(params.did, params.grantId))) throw new HttpError('GRANT_NOT_FOUND', 'no such active grant');
    await issuer.audit.record({ actor: operatorActor(principal), action: 'grant.revoke', outcome: 'success', target: `${params.did} ${params.grantId}`, requestId });
    return { status: 204 };
  });

  return [register, list, get, grant, grants, revokeGrant];
}
