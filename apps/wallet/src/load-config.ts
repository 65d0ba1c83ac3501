import { envInteger, envKeyEncryptionKey, parseEnv, serviceEnv, SERVICE_PORTS, statusFetchEnv, trustedIssuersEnv } from '@agentvc/http';
import type { z } from 'zod';
import { WALLET_RATE_LIMITS } from './rate-limits.js';

/** Every variable the wallet reads; docs/running.md lists them from here (test/config/running-docs.test.ts). */
export const walletEnv = serviceEnv(
  {
    prefix: 'WALLET',
    port: SERVICE_PORTS.wallet,
    folder: 'wallet',
    rateLimits: WALLET_RATE_LIMITS,
    rateLimitMeanings: {
      challenges: 'challenge requests (`POST /challenges`) per client per window',
      signIns: 'DID-auth sign-ins (`POST /auth/sessions`) per client per window',
      authFailures: 'refused session tokens per client per window; past it the client is refused on those routes until the window ends'
    }
  },
  {
    ...trustedIssuersEnv('WALLET'),
    ...statusFetchEnv('WALLET'),
    WALLET_SESSION_TTL_SECONDS: envInteger({ min: 60, max: 86_400, fallback: 900 }).meta({ description: 'how long a wallet session token (after DID-auth) is valid' }),
    AGENTVC_KEK: envKeyEncryptionKey()
  }
).transform(({ service, http, env }) => ({
  ...service,
  trustedIssuers: env.WALLET_TRUSTED_ISSUERS,
  statusAllowHttp: env.WALLET_STATUS_ALLOW_HTTP,
  statusAllowPrivate: env.WALLET_STATUS_ALLOW_PRIVATE,
  sessionTtlSeconds: env.WALLET_SESSION_TTL_SECONDS,
  ...(env.AGENTVC_KEK ? { kek: env.AGENTVC_KEK } : {}),
  http
}));

/** The wallet's configuration: what `walletEnv` parses to. `dataDir` is `<AGENTVC_DATA_DIR>/wallet`. */
export type WalletConfig = z.infer<typeof walletEnv>;

/** Reads the wallet's configuration from the environment (the only place it is read). */
export function loadConfig(env: Record<string, string | undefined>): WalletConfig {
  return parseEnv(walletEnv, env);
}
