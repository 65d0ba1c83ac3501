import type { z } from 'zod';
import { envInteger } from './env-integer.js';

const milliseconds = (fallback: number) => envInteger({ min: 100, max: 600_000, fallback });

/** `signIns` → `SIGN_INS` */
const envName = (name: string): string => name.replace(/[A-Z]/g, (letter) => `_${letter}`).toUpperCase();

/**
 * The HTTP settings every service reads under its own prefix (`ISSUER`, `WALLET`, `VERIFIER`),
 * for `serviceEnv` to include: `<P>_TRUSTED_PROXY_HOPS` (0), `<P>_HEADERS_TIMEOUT_MS` (10 s),
 * `<P>_REQUEST_TIMEOUT_MS` (30 s), `<P>_KEEP_ALIVE_TIMEOUT_MS` (5 s),
 * `<P>_RATE_LIMIT_WINDOW_SECONDS` (60) and `<P>_RATE_LIMIT_<NAME>` for each of the service's
 * limits (`signIns` is read from `<P>_RATE_LIMIT_SIGN_INS`), defaulting to `rateLimits`;
 * `readServerEnv` turns the parsed values into a `ServerConfig`. `meanings` describes each
 * limit for docs/running.md. Internal to the kit: services read these through `serviceEnv`.
 */
export function serverEnvShape(prefix: string, rateLimits: Readonly<Record<string, number>>, meanings: Readonly<Record<string, string>> = {}): z.ZodRawShape {
  return {
    [`${prefix}_TRUSTED_PROXY_HOPS`]: envInteger({ min: 0, max: 16, fallback: 0 }).meta({
      description: 'reverse proxies in front that append to `X-Forwarded-For`; 0 counts the socket address. Set it only with such proxies, or clients choose their own address'
    }),
    [`${prefix}_HEADERS_TIMEOUT_MS`]: milliseconds(10_000).meta({ description: 'a request’s headers must arrive within this (then `408`)' }),
    [`${prefix}_REQUEST_TIMEOUT_MS`]: milliseconds(30_000).meta({ description: 'the whole request must arrive within this; at least the headers timeout' }),
    [`${prefix}_KEEP_ALIVE_TIMEOUT_MS`]: milliseconds(5_000).meta({
      description: 'idle keep-alive connections are closed after this; behind a load balancer, above its idle timeout'
    }),
    [`${prefix}_RATE_LIMIT_WINDOW_SECONDS`]: envInteger({ min: 1, max: 86_400, fallback: 60 }).meta({
      description: 'the rate-limit window; a limit of `0` turns that limit off (on MongoDB the counts are shared by every instance)'
    }),
    ...Object.fromEntries(
      Object.entries(rateLimits).map(([name, fallback]) => [
        `${prefix}_RATE_LIMIT_${envName(name)}`,
        envInteger({ min: 0, max: 1_000_000, fallback }).meta({ description: meanings[name] ?? `\`${name}\` requests per client per window` })
      ])
    )
  };
}

/** The cross-variable rule: parsed values as `serverEnvShape` reads them, an issue if broken. */
export function serverEnvIssue(values: Record<string, unknown>, prefix: string): string | undefined {
  return (values[`${prefix}_HEADERS_TIMEOUT_MS`] as number) > (values[`${prefix}_REQUEST_TIMEOUT_MS`] as number)
    ? `${prefix}_HEADERS_TIMEOUT_MS must not exceed ${prefix}_REQUEST_TIMEOUT_MS`
    : undefined;
}

/** Parsed `serverEnvShape` values → what createService, listen and createRateLimits take. */
export function readServerEnv<Name extends string>(values: Record<string, unknown>, prefix: string, rateLimits: Readonly<Record<Name, number>>) {
  const read = (name: string): number => values[`${prefix}_${name}`] as number;
  const names = Object.keys(rateLimits) as Name[];
  return {
    listen: { headersTimeoutMs: read('HEADERS_TIMEOUT_MS'), requestTimeoutMs: read('REQUEST_TIMEOUT_MS'), keepAliveTimeoutMs: read('KEEP_ALIVE_TIMEOUT_MS') },
    /** For createService: X-Forwarded-For hops to trust (0: none, the socket address is the client). */
    trustedProxyHops: read('TRUSTED_PROXY_HOPS'),
    /** For createRateLimits: per client per window, 0 turning a limit off. */
    rateLimits: {
      points: Object.fromEntries(names.map((name) => [name, read(`RATE_LIMIT_${envName(name)}`)])) as Record<Name, number>,
      windowSeconds: read('RATE_LIMIT_WINDOW_SECONDS')
    }
  };
}

/** What every service reads about its HTTP edge (`serviceEnv`'s `http`). */
export type ServerConfig<Name extends string> = ReturnType<typeof readServerEnv<Name>>;
