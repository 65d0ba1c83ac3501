import { join } from 'node:path';
import { loadServerConfig, parseEnv, type ServerConfig } from '@agentvc/http';
import { PROOF_SUITES, type ProofSuiteName } from '@agentvc/verifier';
import { z } from 'zod';
import { VERIFIER_RATE_LIMITS, type VerifierRateLimitName } from './rate-limits.js';

const list = z
  .string()
  .default('')
  .transform((value) => value.split(',').map((item) => item.trim()).filter(Boolean));
const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', ''])
  .default('')
  .transform((value) => value === 'true' || value === '1' || value === 'yes');

const configSchema = z.object({
  VERIFIER_PORT: z.coerce.number().int().min(0).max(65_535).default(4300),
  VERIFIER_HOST: z.string().default('127.0.0.1'),
  VERIFIER_PUBLIC_URL: z.url().optional(),
  VERIFIER_TRUSTED_ISSUERS: list.pipe(z.array(z.string().regex(/^did:[a-z0-9]+:\S+$/, 'a DID'))),
  VERIFIER_ACCEPTED_SUITES: list.pipe(z.array(z.enum(PROOF_SUITES))),
  VERIFIER_STATUS_ALLOW_HTTP: flag,
  VERIFIER_STATUS_ALLOW_PRIVATE: flag,
  AGENTVC_DATA_DIR: z.string().min(1).default('./data'),
  MONGODB_URL: z.string().min(1).optional(),
  MONGODB_DB: z.string().min(1).default('agentvc'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** Requests verified at once before a fast 503 OVERLOADED (see docs/benchmarks.md). */
  VERIFIER_MAX_IN_FLIGHT: z.coerce.number().int().min(1).max(10_000).default(128),
  /** Worker threads for JSON-LD work (0: on the event loop); unset: cores − 1, at least 1. */
  VERIFIER_WORKERS: z.coerce.number().int().min(0).max(64).optional(),
  /** A JSON-LD job not done by then (queue wait included) is refused as DOCUMENT_TOO_COMPLEX. */
  VERIFIER_JOB_TIMEOUT_MS: z.coerce.number().int().min(100).max(60_000).default(5_000)
});

export interface VerifierConfig {
  port: number;
  host: string;
  publicUrl: string;
  /** Presentations are signed for it: the host of the public URL. */
  domain: string;
  trustedIssuers: string[];
  credentialSuites: ProofSuiteName[];
  presentationSuites: ProofSuiteName[];
  /** Fetch status lists over http / from private addresses: local development only. */
  statusAllowHttp: boolean;
  statusAllowPrivate: boolean;
  dataDir: string;
  mongodbUrl?: string;
  mongodbDb: string;
  logLevel: z.infer<typeof configSchema>['LOG_LEVEL'];
  maxInFlight: number;
  /** Worker threads for JSON-LD work; undefined: the verifier's default (cores − 1, at least 1). */
  workers?: number;
  jobTimeoutMs: number;
  /** Timeouts, trusted proxies and rate limits (VERIFIER_HEADERS_TIMEOUT_MS, VERIFIER_RATE_LIMIT_*, ...); default: their defaults. */
  http?: ServerConfig<VerifierRateLimitName>;
}

/** Reads the verifier's configuration from the environment (the only place it is read). */
export function loadConfig(env: Record<string, string | undefined>): VerifierConfig {
  const c = parseEnv(configSchema, env);
  const publicUrl = (c.VERIFIER_PUBLIC_URL ?? `http://localhost:${c.VERIFIER_PORT}`).replace(/\/+$/, '');
  const suites = c.VERIFIER_ACCEPTED_SUITES.length > 0 ? c.VERIFIER_ACCEPTED_SUITES : undefined;
  return {
    port: c.VERIFIER_PORT,
    host: c.VERIFIER_HOST,
    publicUrl,
    domain: new URL(publicUrl).host,
    trustedIssuers: c.VERIFIER_TRUSTED_ISSUERS,
    credentialSuites: suites ?? ['Ed25519Signature2020'],
    presentationSuites: suites ?? ['Ed25519Signature2020', 'eddsa-jcs-2022'],
    statusAllowHttp: c.VERIFIER_STATUS_ALLOW_HTTP,
    statusAllowPrivate: c.VERIFIER_STATUS_ALLOW_PRIVATE,
    // a directory of its own: the embedded store locks its directory against a second process (the issuer)
    dataDir: join(c.AGENTVC_DATA_DIR, 'verifier'),
    ...(c.MONGODB_URL ? { mongodbUrl: c.MONGODB_URL } : {}),
    mongodbDb: c.MONGODB_DB,
    logLevel: c.LOG_LEVEL,
    maxInFlight: c.VERIFIER_MAX_IN_FLIGHT,
    ...(c.VERIFIER_WORKERS === undefined ? {} : { workers: c.VERIFIER_WORKERS }),
    jobTimeoutMs: c.VERIFIER_JOB_TIMEOUT_MS,
    http: loadServerConfig(env, 'VERIFIER', VERIFIER_RATE_LIMITS)
  };
}
