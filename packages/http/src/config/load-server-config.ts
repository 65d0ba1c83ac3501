import { z } from 'zod';
import type { ListenOptions } from '../service/listen.js';
import { parseEnv } from './parse-env.js';

/** What every service reads about its HTTP edge; see `loadServerConfig`. */
export interface ServerConfig<Name extends string> {
  listen: Required<Pick<ListenOptions, 'headersTimeoutMs' | 'requestTimeoutMs' | 'keepAliveTimeoutMs'>>;
  /** For createService: X-Forwarded-For hops to trust (0: none, the socket address is the client). */
  trustedProxyHops: number;
  /** For createRateLimits: per client per window, 0 turning a limit off. */
  rateLimits: { points: Record<Name, number>; windowSeconds: number };
}

const milliseconds = (fallback: number) => z.coerce.number().int().min(100).max(600_000).default(fallback);
const count = (fallback: number) => z.coerce.number().int().min(0).max(1_000_000).default(fallback);

/** `signIns` → `SIGN_INS` */
const envName = (name: string): string => name.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase();

/**
 * The HTTP settings every service reads from the environment under its own prefix (`ISSUER`,
 * `WALLET`, `VERIFIER`): `<P>_TRUSTED_PROXY_HOPS` (0), `<P>_HEADERS_TIMEOUT_MS` (10 s),
 * `<P>_REQUEST_TIMEOUT_MS` (30 s), `<P>_KEEP_ALIVE_TIMEOUT_MS` (5 s),
 * `<P>_RATE_LIMIT_WINDOW_SECONDS` (60) and `<P>_RATE_LIMIT_<NAME>` for each of the service's
 * limits (`signIns` is read from `<P>_RATE_LIMIT_SIGN_INS`), defaulting to `rateLimits`.
 */
export function loadServerConfig<Name extends string>(
  env: Record<string, string | undefined>,
  prefix: string,
  rateLimits: Readonly<Record<Name, number>>
): ServerConfig<Name> {
  const names = Object.keys(rateLimits) as Name[];
  const schema = z.object({
    [`${prefix}_TRUSTED_PROXY_HOPS`]: z.coerce.number().int().min(0).max(16).default(0),
    [`${prefix}_HEADERS_TIMEOUT_MS`]: milliseconds(10_000),
    [`${prefix}_REQUEST_TIMEOUT_MS`]: milliseconds(30_000),
    [`${prefix}_KEEP_ALIVE_TIMEOUT_MS`]: milliseconds(5_000),
    [`${prefix}_RATE_LIMIT_WINDOW_SECONDS`]: z.coerce.number().int().min(1).max(86_400).default(60),
    ...Object.fromEntries(names.map((name) => [`${prefix}_RATE_LIMIT_${envName(name)}`, count(rateLimits[name])]))
  });
  const parsed = parseEnv(schema, env);
  const read = (name: string): number => parsed[`${prefix}_${name}`] as number;
  const listen = { headersTimeoutMs: read('HEADERS_TIMEOUT_MS'), requestTimeoutMs: read('REQUEST_TIMEOUT_MS'), keepAliveTimeoutMs: read('KEEP_ALIVE_TIMEOUT_MS') };
  if (listen.headersTimeoutMs > listen.requestTimeoutMs) {
    throw new Error(`invalid configuration: ${prefix}_HEADERS_TIMEOUT_MS must not exceed ${prefix}_REQUEST_TIMEOUT_MS`);
  }
  return {
    listen,
    trustedProxyHops: read('TRUSTED_PROXY_HOPS'),
    rateLimits: {
      points: Object.fromEntries(names.map((name) => [name, read(`RATE_LIMIT_${envName(name)}`)])) as Record<Name, number>,
      windowSeconds: read('RATE_LIMIT_WINDOW_SECONDS')
    }
  };
}
