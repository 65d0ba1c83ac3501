import type { ServiceContext } from '../service/service-state.js';

/** Label for requests no route matched, so raw URLs never become metric labels. */
export const UNMATCHED_ROUTE = '<unmatched>';

/** The matched route pattern (`/status-lists/:id`), set by @koa/router during dispatch. */
export function routePattern(ctx: ServiceContext): string {
  const matched: unknown = ctx._matchedRoute;
  return typeof matched === 'string' ? matched : UNMATCHED_ROUTE;
}
