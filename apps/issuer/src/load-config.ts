import { join } from 'node:path';
import { API_KEY_TOKEN_PATTERN } from '@agentvc/issuer';
import { loadServerConfig, parseEnv, type ServerConfig } from '@agentvc/http';
import { z } from 'zod';
import { ISSUER_RATE_LIMITS, type IssuerRateLimitName } from './rate-limits.js';

const configSchema = z.object({
  ISSUER_PORT: z.coerce.number().int().min(0).max(65_535).default(4100),
  ISSUER_HOST: z.string().default('127.0.0.1'),
  ISSUER_PUBLIC_URL: z.url().optional(),
  AGENTVC_DATA_DIR: z.string().min(1).default('./data'),
  MONGODB_URL: z.string().min(1).optional(),
  MONGODB_DB: z.string().min(1).default('agentvc'),
  /** base64 or base64url of 32 bytes; required with MongoDB, generated into the data dir otherwise. */
  AGENTVC_KEK: z.string().min(1).optional(),
  AGENTVC_ADMIN_TOKEN: z.string().regex(API_KEY_TOKEN_PATTERN, 'AGENTVC_ADMIN_TOKEN must look like avc_<24 hex digits>_<43+ base64url characters> (docs/running.md)').optional(),
  /** Audit records are deleted this many days after their last event; 0 keeps them forever. */
  ISSUER_AUDIT_RETENTION_DAYS: z.coerce.number().int().min(0).max(36_500).default(365),
  /** How long a signed status list credential is valid (its expirationDate). */
  ISSUER_STATUS_LIST_VALIDITY_SECONDS: z.coerce.number().int().min(60).max(7 * 86_400).default(600),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')
});

export interface IssuerConfig {
  port: number;
  host: string;
  publicUrl: string;
  dataDir: string;
  mongodbUrl?: string;
  mongodbDb: string;
  kek?: string;
  adminToken?: string;
  /** Default 365 (DEFAULT_ISSUER_POLICY). */
  auditRetentionDays?: number;
  /** Default 600 (DEFAULT_ISSUER_POLICY). */
  statusListValiditySeconds?: number;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  /** Timeouts, trusted proxies and rate limits (ISSUER_HEADERS_TIMEOUT_MS, ISSUER_RATE_LIMIT_*, ...); default: their defaults. */
  http?: ServerConfig<IssuerRateLimitName>;
}

/** Reads the issuer's configuration from the environment (the only place it is read). */
export function loadConfig(env: Record<string, string | undefined>): IssuerConfig {
  const c = parseEnv(configSchema, env);
  return {
    port: c.ISSUER_PORT,
    host: c.ISSUER_HOST,
    publicUrl: (c.ISSUER_PUBLIC_URL ?? `http://localhost:${c.ISSUER_PORT}`).replace(/\/+$/, ''),
    // its own folder, like the wallet's and verifier's: one embedded store (and LOCK) per service
    dataDir: join(c.AGENTVC_DATA_DIR, 'issuer'),
    ...(c.MONGODB_URL ? { mongodbUrl: c.MONGODB_URL } : {}),
    mongodbDb: c.MONGODB_DB,
    ...(c.AGENTVC_KEK ? { kek: c.AGENTVC_KEK } : {}),
    ...(c.AGENTVC_ADMIN_TOKEN ? { adminToken: c.AGENTVC_ADMIN_TOKEN } : {}),
    auditRetentionDays: c.ISSUER_AUDIT_RETENTION_DAYS,
    statusListValiditySeconds: c.ISSUER_STATUS_LIST_VALIDITY_SECONDS,
    logLevel: c.LOG_LEVEL,
    http: loadServerConfig(env, 'ISSUER', ISSUER_RATE_LIMITS)
  };
}
