import type { Router } from '@koa/router';
import { readJsonBody } from '../body/read-json-body.js';
import { isHttpError } from '../errors/http-error.js';
import type { ServiceContext, ServiceMiddleware, ServiceState } from '../service/service-state.js';
import type { Route, RouteAuth } from './define-route.js';
import { parseInput } from './parse-input.js';

export interface MountRouteOptions {
  bodyLimitBytes: number;
  /** Runs first (after the route's rate limit), e.g. admission control, so refused requests cost nothing more. */
  before?: readonly ServiceMiddleware[];
}

/** Registers a route: rate limit, authenticate, then validate params, query and body, then handle. */
export function mountRoute(router: Router<ServiceState>, route: Route, options: MountRouteOptions): void {
  const { request = {}, auth, handler } = route;
  const limitBytes = route.bodyLimitBytes ?? options.bodyLimitBytes;

  const handle: ServiceMiddleware = async (ctx) => {
    const principal = auth === undefined ? undefined : await authenticate(auth, ctx);
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

  // The limit first: a client over it takes no admission slot and costs no parsing
  const limited = route.rateLimit === undefined ? [] : [route.rateLimit.middleware];
  router.register(route.path, [route.method], [...limited, ...(options.before ?? []), handle]);
}

/** Runs the route's auth; with a failure limit, refuses a client over it and counts its refusals. */
async function authenticate(auth: RouteAuth, ctx: ServiceContext): Promise<unknown> {
  const limit = auth.failureLimit;
  if (limit === undefined) return auth.authenticate(ctx);
  await limit.check(ctx);
  try {
    return await auth.authenticate(ctx);
  } catch (error) {
    // a refusal (401/403), not a failure of ours such as the store being down
    if (isHttpError(error) && error.status < 500) await limit.recordFailure(ctx);
    throw error;
  }
}
