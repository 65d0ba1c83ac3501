import type { Router } from '@koa/router';
import { readJsonBody } from '../body/read-json-body.js';
import type { ServiceMiddleware, ServiceState } from '../service/service-state.js';
import type { Route } from './define-route.js';
import { parseInput } from './parse-input.js';

export interface MountRouteOptions {
  bodyLimitBytes: number;
  /** Runs first, e.g. admission control, so refused requests cost nothing more. */
  before?: readonly ServiceMiddleware[];
}

/** Registers a route: authenticate, then validate params, query and body, then handle. */
export function mountRoute(router: Router<ServiceState>, route: Route, options: MountRouteOptions): void {
  const { request = {}, auth, handler } = route;
  const limitBytes = route.bodyLimitBytes ?? options.bodyLimitBytes;

  const handle: ServiceMiddleware = async (ctx) => {
    const principal = auth === undefined ? undefined : await auth.authenticate(ctx);
    const params = request.params && parseInput(request.params, ctx.params, 'params');
    const query = request.query && parseInput(request.query, ctx.query, 'query');
    const body = request.body && parseInput(request.body, await readJsonBody(ctx, { limitBytes }), 'body');
    const { requestId, log } = ctx.state;
    const result = await handler({ params, query, body, principal, requestId, log, ctx });

    // Headers first: Koa only defaults the content type to JSON when none was set
    if (result.headers !== undefined) ctx.set(result.headers);
    if (route.contentType !== undefined) ctx.type = route.contentType;
    ctx.status = result.status;
    if (result.body !== undefined) ctx.body = result.body;
  };

  router.register(route.path, [route.method], [...(options.before ?? []), handle]);
}
