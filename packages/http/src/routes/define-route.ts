import type { ErrorCode, RouteExamples } from '@agentvc/core';
import type { Logger } from 'pino';
import type { z } from 'zod';
import type { RateLimit } from '../rate-limit/create-rate-limit.js';
import type { ServiceContext } from '../service/service-state.js';

export type RouteMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** Schemas for the inputs of a route; each one given is enforced before the handler runs. */
export interface RouteRequest {
  params?: z.ZodType;
  query?: z.ZodType;
  body?: z.ZodType;
}

/** Success responses by status; `null` marks a response without a body (204). */
export type RouteResponses = Readonly<Record<number, z.ZodType | null>>;

/** How a route authenticates; documented as an HTTP bearer security scheme. */
export interface RouteAuth<Principal = unknown> {
  /** Security scheme name in the OpenAPI document, e.g. `adminKey` or `agentToken`. */
  scheme: string;
  description?: string;
  /** Resolves the caller or throws HttpError 401/403. Runs before the body is read. */
  authenticate(ctx: ServiceContext): Promise<Principal> | Principal;
  /** Counts the client's refused attempts (4xx from `authenticate`); past its points, 429 before authenticating. */
  failureLimit?: RateLimit | undefined;
}

type Parsed<Req, K extends keyof RouteRequest> = Req extends { [P in K]: infer S }
  ? S extends z.ZodType
    ? z.output<S>
    : undefined
  : undefined;

/** What a handler receives: parsed inputs (typed by their schemas), the caller, the request. */
export interface RouteInput<Req, Principal> {
  params: Parsed<Req, 'params'>;
  query: Parsed<Req, 'query'>;
  body: Parsed<Req, 'body'>;
  principal: Principal;
  requestId: string;
  log: Logger;
  /** For what the typed inputs do not cover (conditional requests, raw headers). */
  ctx: ServiceContext;
}

type Reply<S, Schema> = Schema extends z.ZodType
  ? { status: S; body: z.output<Schema>; headers?: Record<string, string> }
  : { status: S; body?: undefined; headers?: Record<string, string> };

/** One of the declared responses; the handler cannot answer with an undocumented status. */
export type RouteResult<Res> = { [S in keyof Res & number]: Reply<S, Res[S]> }[keyof Res & number];

/** Everything about a route but its handler. */
export interface RouteSpec<Req extends RouteRequest, Res extends RouteResponses, Principal> {
  method: RouteMethod;
  /** @koa/router syntax: `/status-lists/:id`. */
  path: string;
  summary: string;
  description?: string;
  tags?: readonly string[];
  operationId?: string;
  /** An example request and a response per status, shown in OpenAPI (a route contract has them). */
  examples?: RouteExamples;
  auth?: RouteAuth<Principal>;
  request?: Req;
  responses: Res;
  /** Media type of success bodies; default application/json. */
  contentType?: string;
  /**
   * Refusals worth documenting beyond those implied (400, 401, 413, 415, 500): the codes the route
   * answers with, documented with the status ERROR_CODES gives them, or statuses.
   */
  errors?: readonly (ErrorCode | number)[];
  /** Overrides the service's body limit for this route. */
  bodyLimitBytes?: number;
  /** Counts every request per client before any other work (admission, auth, body); 429 past it. */
  rateLimit?: RateLimit | undefined;
}

export type RouteHandler<Req, Res, Principal> = (
  input: RouteInput<Req, Principal>
) => Promise<RouteResult<Res>> | RouteResult<Res>;

export interface RouteBuilder<Req extends RouteRequest, Res extends RouteResponses, Principal> {
  handle(handler: RouteHandler<Req, Res, Principal>): Route;
}

type ErasedRequest = Required<RouteRequest>;
type ErasedResult = { status: number; body?: unknown; headers?: Record<string, string> };

/** A route with its types erased, so routes of different shapes fit in one list. */
export interface Route extends RouteSpec<RouteRequest, RouteResponses, unknown> {
  handler(input: RouteInput<ErasedRequest, unknown>): Promise<ErasedResult> | ErasedResult;
}

/**
 * Declares a route: its schemas type the handler's inputs and result, are enforced at the
 * edge, and document it in OpenAPI. `createService({ routes })` mounts it.
 *
 * Two steps (`defineRoute(spec).handle(fn)`) because within one generic call TypeScript
 * widens the handler's `status: 201` to `number` before the responses are inferred.
 */
export function defineRoute<
  Req extends RouteRequest = Record<never, never>,
  Res extends RouteResponses = RouteResponses,
  Principal = undefined
>(spec: RouteSpec<Req, Res, Principal>): RouteBuilder<Req, Res, Principal> {
  return {
    // Sound because mountRoute hands the handler exactly what the schemas parsed
    handle: (handler) => ({ ...spec, handler }) as unknown as Route
  };
}
