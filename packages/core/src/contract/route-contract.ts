import type { z } from 'zod';

/** An example request body (or query) and a body per documented status, shown in OpenAPI. */
export interface RouteExamples {
  /** The body; without one, the path parameters and query. */
  request?: unknown;
  /** Path parameters of a route that also takes a body. */
  params?: Readonly<Record<string, unknown>>;
  responses: Readonly<Record<number, unknown>>;
}

/**
 * What the service and the client agree on for one route: method, path, operation id, the
 * schemas of its inputs and success bodies, and examples. Services add summary, auth and
 * handler (`defineRoute({ ...contract, ... })`); the client reads the same schemas loosely.
 */
export interface RouteContract {
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  /** @koa/router syntax: `/status-lists/:id`. */
  path: string;
  operationId: string;
  request?: { params?: z.ZodType; query?: z.ZodType; body?: z.ZodType };
  /** Success bodies by status; `null` for none (204, 304). */
  responses: Readonly<Record<number, z.ZodType | null>>;
  examples: RouteExamples;
}

/** Declares a route contract, keeping its schemas' types. */
export function routeContract<const R extends RouteContract>(route: R): R {
  return route;
}
