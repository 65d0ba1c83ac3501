import { envDidList } from './env-did-list.js';

/** `<P>_TRUSTED_ISSUERS`, for the services that accept credentials (wallet, verifier): a service's `own` variables spread it. */
export function trustedIssuersEnv<Prefix extends string>(prefix: Prefix): Record<`${Prefix}_TRUSTED_ISSUERS`, ReturnType<typeof envDidList>> {
  const variable = envDidList().meta({ description: 'comma-separated issuer DIDs whose credentials are accepted (none: every credential is refused)', shownDefault: 'none' });
  return { [`${prefix}_TRUSTED_ISSUERS`]: variable } as Record<`${Prefix}_TRUSTED_ISSUERS`, typeof variable>;
}
