import { join } from 'node:path';
import { loadServerConfig, type ServerConfig } from '@agentvc/http';
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
  AGENTVC_ADMIN_TOKEN: z.string().min(24, 'AGENTVC_ADMIN_TOKEN must be at least 24 characters').max(512).optional(),
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
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  /** Timeouts, trusted proxies and rate limits (ISSUER_HEADERS_TIMEOUT_MS, ISSUER_RATE_LIMIT_*, ...); default: their defaults. */
  http?: ServerConfig<IssuerRateLimitName>;
}

/** Reads the issuer's configuration from the environment (the only place it is read). */
export function loadConfig(env: Record<string, string | undefined>): IssuerConfig {
  const parsed = configSchema.safeParse(env);
  if (!parsed.success) {
    throw new Error(`invalid configuration: ${parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ')}`);
  }
  const c = parsed.data;
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
    logLevel: c.LOG_LEVEL,
    http: loadServerConfig(env, 'ISSUER', ISSUER_RATE_LIMITS)
  };
}
