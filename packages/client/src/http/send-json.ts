import type { z } from 'zod';
import { AgentVcClientError } from '../errors/agentvc-client-error.js';
import { errorFromResponse } from './error-from-response.js';
import { networkError } from './network-error.js';

export type FetchLike = typeof globalThis.fetch;

export interface SendJsonOptions<T> {
  fetch: FetchLike;
  url: string;
  method?: 'GET' | 'POST' | 'PUT' | 'DELETE';
  /** Sent as JSON when present. */
  body?: unknown;
  headers?: Record<string, string>;
  /** Validates a 2xx body; `null` for endpoints that answer 204. */
  schema: z.ZodType<T> | null;
  /** Names the call in error messages, e.g. `POST /credentials`. */
  what?: string;
  /** A service that hangs fails the call (NETWORK_ERROR) instead of blocking the agent forever. */
  timeoutMs?: number;
}

/** One JSON call: network failures (naming the URL and the cause), problem bodies and unexpected shapes all become AgentVcClientError. */
export async function sendJson<T>({ fetch, url, method = 'GET', body, headers = {}, schema, what = `${method} ${url}`, timeoutMs = 30_000 }: SendJsonOptions<T>): Promise<T> {
  let response: Response;
  try {
    response = await fetch(url, {
      method,
      headers: { accept: 'application/json', ...(body === undefined ? {} : { 'content-type': 'application/json' }), ...headers },
      ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      signal: AbortSignal.timeout(timeoutMs)
    });
  } catch (cause) {
    throw networkError(what, url, cause, timeoutMs);
  }
  if (!response.ok) throw await errorFromResponse(response, what);
  if (schema === null) {
    await response.body?.cancel();
    return undefined as T;
  }
  let json: unknown;
  try {
    json = await response.json();
  } catch (cause) {
    throw new AgentVcClientError('INVALID_RESPONSE', `${what}: the response is not JSON`, { status: response.status, cause });
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) {
    const where = parsed.error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(root)'}: ${i.message}`);
    throw new AgentVcClientError('INVALID_RESPONSE', `${what}: unexpected response (${where.join('; ')})`, { status: response.status, cause: parsed.error });
  }
  return parsed.data;
}

/** `baseUrl` + `path`, whatever slashes the caller's base URL ends with. */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}${path}`;
}
