import { ISSUER_ROUTES, VERIFIER_ROUTES, WALLET_ROUTES, type RouteContract } from '@agentvc/core';

// An example in the OpenAPI documents is what a reader copies: it must be what the route accepts and answers.
const services: Record<string, Record<string, RouteContract>> = { issuer: ISSUER_ROUTES, wallet: WALLET_ROUTES, verifier: VERIFIER_ROUTES };
const routes = Object.entries(services).flatMap(([service, contracts]) => Object.entries(contracts).map(([name, route]) => [`${service} ${name}`, route] as const));

describe.each(routes)('%s', (_name, route) => {
  it('has an example request its schemas accept', () => {
    const { params, query, body } = route.request ?? {};
    const { request, params: paramsExample } = route.examples;
    if (body) expect(body.safeParse(request).error?.issues).toBeUndefined();
    const values = (body ? paramsExample : request) ?? {};
    if (params) expect(params.safeParse(values).error?.issues).toBeUndefined();
    if (query && !body) expect(query.safeParse(values).error?.issues).toBeUndefined();
  });

  it('has an example per success body, each one its schema accepts', () => {
    for (const [status, schema] of Object.entries(route.responses)) {
      const example = route.examples.responses[Number(status)];
      if (schema === null) continue;
      expect(example).toBeDefined();
      expect(schema.safeParse(example).error?.issues).toBeUndefined();
    }
  });
});
