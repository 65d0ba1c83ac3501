import { join } from 'node:path';
import { loadServerConfig, parseEnv, type ServerConfig } from '@agentvc/http';
import { z } from 'zod';
import { WALLET_RATE_LIMITS, type WalletRateLimitName } from './rate-limits.js';

const flag = z.enum(['1', 'true', 'yes', '0', 'false', 'no', '']).default('').transform((value) => ['1', 'true', 'yes'].includes(value));
const didList = z
  .string()
  .default('')
  .transform((value) => value.split(',').map((did) => did.trim()).filter(Boolean))
  .pipe(z.array(z.string().regex(/^did:[a-z0-9]+:\S+$/, 'a DID')));

const configSchema = z.object({
  WALLET_PORT: z.coerce.number().int().min(0).max(65_535).default(4200),
  WALLET_HOST: z.string().default('127.0.0.1'),
  WALLET_PUBLIC_URL: z.url().optional(),
  /** Comma-separated issuer DIDs whose credentials the wallet accepts. */
  WALLET_TRUSTED_ISSUERS: didList,
  /** Local development only: status lists over http, and from private or loopback addresses. */
  WALLET_STATUS_ALLOW_HTTP: flag,
  WALLET_STATUS_ALLOW_PRIVATE: flag,
  WALLET_SESSION_TTL_SECONDS: z.coerce.number().int().min(60).max(86_400).default(900),
  AGENTVC_DATA_DIR: z.string().min(1).default('./data'),
  MONGODB_URL: z.string().min(1).optional(),
  MONGODB_DB: z.string().min(1).default('agentvc'),
  /** base64 or base64url of 32 bytes; required with MongoDB, generated into the data dir otherwise. */
  AGENTVC_KEK: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info')
});

export interface WalletConfig {
  port: number;
  host: string;
  publicUrl: string;
  trustedIssuers: string[];
  statusAllowHttp: boolean;
  statusAllowPrivate: boolean;
  sessionTtlSeconds: number;
  /** The wallet's own folder (<AGENTVC_DATA_DIR>/wallet): its store files, LOCK and key file. */
  dataDir: string;
  mongodbUrl?: string;
  mongodbDb: string;
  kek?: string;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  /** Timeouts, trusted proxies and rate limits (WALLET_HEADERS_TIMEOUT_MS, WALLET_RATE_LIMIT_*, ...); default: their defaults. */
  http?: ServerConfig<WalletRateLimitName>;
}

/** Reads the wallet's configuration from the environment (the only place it is read). */
export function loadConfig(env: Record<string, string | undefined>): WalletConfig {
  const c = parseEnv(configSchema, env);
  return {
    port: c.WALLET_PORT,
    host: c.WALLET_HOST,
    publicUrl: (c.WALLET_PUBLIC_URL ?? `http://localhost:${c.WALLET_PORT}`).replace(/\/+$/, ''),
    trustedIssuers: c.WALLET_TRUSTED_ISSUERS,
    statusAllowHttp: c.WALLET_STATUS_ALLOW_HTTP,
    statusAllowPrivate: c.WALLET_STATUS_ALLOW_PRIVATE,
    sessionTtlSeconds: c.WALLET_SESSION_TTL_SECONDS,
    // a subfolder: the embedded store's files and LOCK must not meet the issuer's in a shared data dir
    dataDir: join(c.AGENTVC_DATA_DIR, 'wallet'),
    ...(c.MONGODB_URL ? { mongodbUrl: c.MONGODB_URL } : {}),
    mongodbDb: c.MONGODB_DB,
    ...(c.AGENTVC_KEK ? { kek: c.AGENTVC_KEK } : {}),
    logLevel: c.LOG_LEVEL,
    http: loadServerConfig(env, 'WALLET', WALLET_RATE_LIMITS)
  };
}
