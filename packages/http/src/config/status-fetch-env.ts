import { envFlag } from './env-flag.js';

type StatusFetchNames<Prefix extends string> = `${Prefix}_STATUS_ALLOW_HTTP` | `${Prefix}_STATUS_ALLOW_PRIVATE`;

/**
 * `<P>_STATUS_ALLOW_HTTP` and `<P>_STATUS_ALLOW_PRIVATE`, for the services that fetch status
 * lists (wallet, verifier): the guarded fetcher's two local-development escapes, off by default.
 */
export function statusFetchEnv<Prefix extends string>(prefix: Prefix): Record<StatusFetchNames<Prefix>, ReturnType<typeof envFlag>> {
  return {
    [`${prefix}_STATUS_ALLOW_HTTP`]: envFlag().meta({ description: 'fetch status lists over http (local development only; `npm start` sets it)', shownDefault: 'off' }),
    [`${prefix}_STATUS_ALLOW_PRIVATE`]: envFlag().meta({ description: 'fetch status lists from private or loopback addresses (local development only; `npm start` sets it)', shownDefault: 'off' })
  } as Record<StatusFetchNames<Prefix>, ReturnType<typeof envFlag>>;
}
