import { AgentVcClientError } from '../errors/agentvc-client-error.js';

/**
 * A NETWORK_ERROR that says where and why: `fetch failed` alone names neither. The message
 * carries the URL and the innermost system cause (`connect ECONNREFUSED 127.0.0.1:4100`,
 * `getaddrinfo ENOTFOUND …`, or the time limit); `cause` keeps the original error.
 */
export function networkError(what: string, url: string, cause: unknown, timeoutMs?: number): AgentVcClientError {
  const where = what.includes(url) ? what : `${what} (${url})`;
  return new AgentVcClientError('NETWORK_ERROR', `${where}: ${networkCause(cause, timeoutMs)}`, { status: 0, cause });
}

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  cause?: unknown;
  errors?: unknown;
}

// duck-typed, not `instanceof Error`: fetch may be another realm's (a test VM, a polyfill)
const errorLike = (value: unknown): value is ErrorLike => typeof value === 'object' && value !== null;
const text = (value: unknown): string => (typeof value === 'string' ? value : '');

/** The most specific reason in a fetch error's cause chain. */
function networkCause(error: unknown, timeoutMs: number | undefined): string {
  if (!errorLike(error)) return String(error);
  if (error.name === 'TimeoutError') return timeoutMs === undefined ? 'no answer in time' : `no answer within ${timeoutMs} ms`;
  let reason = text(error.message) || text(error.name) || String(error);
  // undici wraps the socket error: TypeError('fetch failed', { cause: Error('connect ECONNREFUSED …') }),
  // or an AggregateError with one error per address tried (localhost: ::1 and 127.0.0.1)
  let inner = error.cause;
  for (let depth = 0; errorLike(inner) && depth < 5; inner = inner.cause, depth++) {
    const each = Array.isArray(inner.errors) ? inner.errors.filter(errorLike).map((e) => text(e.message)).filter(Boolean) : [];
    reason = text(inner.message) || each.join('; ') || text(inner.code) || reason;
  }
  return reason;
}
