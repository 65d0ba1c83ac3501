import { loose, type RouteContract } from '@agentvc/core';
import type { z } from 'zod';
import { AgentVcClientError } from '../errors/agentvc-client-error.js';
import { errorFromText } from './error-from-response.js';
import { networkError } from './network-error.js';
import type { FetchLike } from './fetch-like.js';

/** `'did' | 'grantId'` for `/agents/:did/grants/:grantId`. */
export type PathParams<P extends string> = P extends `${string}:${infer Name}/${infer Rest}` ? Name | PathParams<`/${Rest}`> : P extends `${string}:${infer Name}` ? Name : never;

type Bodies<R extends RouteContract> = R['responses'][keyof R['responses']];

/** What a route answers as the SDK reads it: the contract's response bodies (undefined for a 204). */
export type RouteAnswer<R extends RouteContract> = z.output<Exclude<Bodies<R>, null>> | (null extends Bodies<R> ? undefined : never);

export type CallRouteOptions<R extends RouteContract> = {
  fetch: FetchLike;
  baseUrl: string;
  route: R;
  /** Query members; undefined ones are left out. */
  query?: Readonly<Record<string, string | number | boolean | undefined>>;
  /** Sent as JSON when present. */
  body?: unknown;
  headers?: Readonly<Record<string, string>>;
  /** A service that hangs fails the call (NETWORK_ERROR) instead of blocking the agent forever. */
  timeoutMs?: number;
} & ([PathParams<R['path']>] extends [never] ? { params?: undefined } : { params: Readonly<Record<PathParams<R['path']>, string>> });

// loose() builds a new schema: once per contract schema, not per call
const looseSchemas = new WeakMap<z.ZodType, z.ZodType>();
function readerOf(schema: z.ZodType): z.ZodType {
  let reader = looseSchemas.get(schema);
  if (!reader) looseSchemas.set(schema, (reader = loose(schema)));
  return reader;
}

/**
 * One call of a route of the contract (ISSUER_ROUTES, WALLET_ROUTES, VERIFIER_ROUTES): method
 * and path come from it, `:param`s are filled (encoded), and the answer is read with the loose
 * form of the schema it gives for that status. A status it gives a body for is data even when
 * not 2xx (the verifier's 400 refusal); any other error status becomes an AgentVcClientError.
 */
export async function callRoute<R extends RouteContract>(options: CallRouteOptions<R>): Promise<RouteAnswer<R>> {
  const { fetch, baseUrl, route, body, headers = {}, timeoutMs = 30_000 } = options;
  const path = routePath(route, options.params ?? {}, options.query ?? {});
  const what = `${route.method} ${path}`;
  const url = `${baseUrl.replace(/\/+$/, '')}${path}`;
  let response: Response;
  try {
    response = await fetch(url, {
      method: route.method,
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(timeoutMs)
    });
  } catch (cause) {
    throw networkError(what, url, cause, timeoutMs);
  }
  const schema = responseSchema(route, response.status);
  if (schema === null) {
    // no body: a 204 or 304 the contract lists, or an error status it does not
    if (!response.ok && !(response.status in route.responses)) throw errorFromText(response.status, await response.text().catch(() => ''), what);
    await response.body?.cancel();
    return undefined as RouteAnswer<R>;
  }
  const text = await response.text().catch(() => '');
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (cause) {
    if (!response.ok) throw errorFromText(response.status, text, what);
    throw new AgentVcClientError('INVALID_RESPONSE', `${what}: the response is not JSON`, { status: response.status, cause });
  }
  const parsed = readerOf(schema).safeParse(json);
  if (parsed.success) return parsed.data as RouteAnswer<R>;
  // an error status whose body is not the contract's: a problem about the request
  if (!response.ok) throw errorFromText(response.status, text, what);
  const where = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
  throw new AgentVcClientError('INVALID_RESPONSE', `${what}: unexpected response (${where.join('; ')})`, { status: response.status, cause: parsed.error });
}

/** The schema for a status: the contract's own; for a 2xx it does not list, its success body. */
function responseSchema(route: RouteContract, status: number): z.ZodType | null {
  const listed = route.responses[status];
  if (listed !== undefined) return listed;
  if (status < 200 || status > 299) return null;
  const success = Object.entries(route.responses).find(([code, schema]) => Number(code) >= 200 && Number(code) <= 299 && schema !== null);
  return success?.[1] ?? null;
}

function routePath(route: RouteContract, params: Readonly<Record<string, string>>, query: Readonly<Record<string, string | number | boolean | undefined>>): string {
  const path = route.path.replace(/:([A-Za-z0-9_]+)/g, (_, name: string) => {
    const value = params[name];
    // a caller mistake the types already catch; never send a literal `:did`
    if (value === undefined) throw new TypeError(`${route.method} ${route.path}: no value for :${name}`);
    return encodeURIComponent(value);
  });
  const search = new URLSearchParams(Object.entries(query).flatMap(([key, value]): Array<[string, string]> => (value === undefined ? [] : [[key, String(value)]])));
  return search.size > 0 ? `${path}?${search}` : path;
}
