import { API_KEY_TOKEN_PATTERN } from '@agentvc/issuer';
import { envInteger, envKeyEncryptionKey, parseEnv, serviceEnv, SERVICE_PORTS } from '@agentvc/http';
import { z } from 'zod';
import { ISSUER_RATE_LIMITS } from './rate-limits.js';

const ADMIN_TOKEN_FORMAT = 'AGENTVC_ADMIN_TOKEN must look like avc_<24 hex digits>_<43+ base64url characters> (docs/running.md)';

/** Every variable the issuer reads; docs/running.md lists them from here (test/config/running-docs.test.ts). */
export const issuerEnv = serviceEnv(
  {
    prefix: 'ISSUER',
    port: SERVICE_PORTS.issuer,
    folder: 'issuer',
    rateLimits: ISSUER_RATE_LIMITS,
    rateLimitMeanings: {
      challenges: 'challenge requests (`POST /challenges`) per client per window',
      signIns: 'DID-auth requests (`POST /credentials/request`) per client per window',
      authFailures: 'refused operator keys per client per window; past it the client is refused on operator routes until the window ends'
    }
  },
  {
    AGENTVC_KEK: envKeyEncryptionKey(),
    AGENTVC_ADMIN_TOKEN: z.string().regex(API_KEY_TOKEN_PATTERN, ADMIN_TOKEN_FORMAT).optional().meta({
      description:
        'the first operator API key, in the `avc_<24 hex digits>_<43+ base64url characters>` format of generated keys; added once, and an operator’s later revocation of it stands. Unset: one is generated on first start (see “The first operator key”)',
      shownDefault: 'generated'
    }),
    ISSUER_AUDIT_RETENTION_DAYS: envInteger({ min: 0, max: 36_500, fallback: 365 }).meta({
      description: 'audit records are deleted this many days after their last event (TTL index, and at start); `0` keeps them forever'
    }),
    ISSUER_STATUS_LIST_VALIDITY_SECONDS: envInteger({ min: 60, max: 7 * 86_400, fallback: 600 }).meta({
      description: 'validity (`expirationDate`) of each signed status list credential, 60 s to 7 days; a list is re-signed on read once half of it has passed, or at once after a change'
    })
  }
).transform(({ service, http, env }) => ({
  ...service,
  ...(env.AGENTVC_KEK ? { kek: env.AGENTVC_KEK } : {}),
  ...(env.AGENTVC_ADMIN_TOKEN ? { adminToken: env.AGENTVC_ADMIN_TOKEN } : {}),
  auditRetentionDays: env.ISSUER_AUDIT_RETENTION_DAYS,
  statusListValiditySeconds: env.ISSUER_STATUS_LIST_VALIDITY_SECONDS,
  http
}));

/** The issuer's configuration: what `issuerEnv` parses to. */
export type IssuerConfig = z.infer<typeof issuerEnv>;

/** Reads the issuer's configuration from the environment (the only place it is read). */
export function loadConfig(env: Record<string, string | undefined>): IssuerConfig {
  return parseEnv(issuerEnv, env);
}
