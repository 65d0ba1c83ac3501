import { chmodSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { systemClock } from '@agentvc/core';
import {
  countChallenges,
  countCredentialsIssued,
  countStatusListsServed,
  createLogger,
  createMetricsRegistry,
  loadKeyEncryptionKey,
  loadServerConfig,
  serveOn,
  type RunningServer
} from '@agentvc/http';
import { createIssuer, DEFAULT_ISSUER_POLICY, type Issuer } from '@agentvc/issuer';
import { createStore, createStoredChallenges, createStoredRateLimitCounter, type Store } from '@agentvc/store';
import { createApp } from './create-app.js';
import type { IssuerConfig } from './load-config.js';
import { ISSUER_RATE_LIMITS } from './rate-limits.js';

export interface StartedIssuer {
  url: string;
  issuer: Issuer;
  store: Store;
  /** Set only when this start created the first operator key: print it once. */
  generatedAdminToken?: string;
  /** Where that key was also saved (mode 0600), unless saving failed (then it went to stderr). */
  firstKeyFile?: string;
  /** Operator keys made before `avc_<id>_<secret>` tokens: stored, listed as legacy, refused. */
  legacyApiKeys: number;
  server: RunningServer;
  stop(): Promise<void>;
}

// what loadConfig always fills may be left out by callers that build a config by hand (tests)
type Defaulted = 'auditRetentionDays' | 'statusListValiditySeconds' | 'http';

/** Opens the store, loads or creates the issuer identity and first key, and listens. */
export async function startIssuer(config: Omit<IssuerConfig, Defaulted> & Partial<Pick<IssuerConfig, Defaulted>>): Promise<StartedIssuer> {
  const logger = createLogger({ name: 'agentvc-issuer', level: config.logLevel });
  const http = config.http ?? loadServerConfig({}, 'ISSUER', ISSUER_RATE_LIMITS);
  const store = await createStore({
    ...(config.mongodbUrl ? { mongodbUrl: config.mongodbUrl, dbName: config.mongodbDb } : { dataDir: config.dataDir })
  });
  return serveOn(
    store,
    async () => {
      const { key } = loadKeyEncryptionKey({ ...(config.kek ? { configured: config.kek } : {}), dataDir: config.dataDir, mongodb: Boolean(config.mongodbUrl) });
      const policy = {
        ...(config.auditRetentionDays === undefined ? {} : { auditRetentionDays: config.auditRetentionDays }),
        ...(config.statusListValiditySeconds === undefined ? {} : { statusListValiditySeconds: config.statusListValiditySeconds })
      };
      // domain counters (challenges, credentials issued, status lists served) beside the HTTP ones on /metrics
      const metricsRegistry = createMetricsRegistry({ service: 'agentvc-issuer' });
      const { challengeTtlSeconds } = { ...DEFAULT_ISSUER_POLICY, ...policy };
      const challenges = countChallenges(await createStoredChallenges({ store, clock: systemClock, ttlSeconds: challengeTtlSeconds }), metricsRegistry);
      const wired = await createIssuer({
        store,
        clock: systemClock,
        keyEncryptionKey: key,
        publicUrl: config.publicUrl,
        policy,
        challenges,
        onCredentialIssued: countCredentialsIssued(metricsRegistry)
      });
      const issuer: Issuer = { ...wired, statusRegistry: countStatusListsServed(wired.statusRegistry, metricsRegistry) };
      const generatedAdminToken = await bootstrapAdminKey(issuer, config.adminToken);
      // saved before anything else can fail (the audit record, listen): a start that fails from
      // here on has still created the key, and the next start will not generate another
      const firstKeyFile = generatedAdminToken ? saveFirstKey(config.dataDir, generatedAdminToken) : undefined;
      const { legacy } = await issuer.apiKeys.count();
      // on MongoDB every instance counts a client against the same limits
      const counter = store.engine === 'mongodb' ? await createStoredRateLimitCounter({ store, collection: 'issuer_rate_limits' }) : undefined;
      const rateLimits = { ...http.rateLimits, ...(counter ? { counter } : {}) };
      return {
        app: createApp({ issuer, store, logger, publicUrl: config.publicUrl, rateLimits, trustedProxyHops: http.trustedProxyHops, metricsRegistry }),
        extras: { issuer, store, legacyApiKeys: legacy, ...(generatedAdminToken ? { generatedAdminToken } : {}), ...(firstKeyFile ? { firstKeyFile } : {}) }
      };
    },
    { port: config.port, host: config.host, ...http.listen }
  );
}

/** The file a generated first operator key is saved in, in the issuer's data folder, until the operator deletes it. */
export const firstKeyPath = (dataDir: string): string => join(dataDir, 'first-operator-key.txt');

/**
 * Writes the generated first key to `firstKeyPath` (mode 0600, whatever the umask; the token
 * alone, so `$(cat …)` reads it). If that fails (a read-only data folder on MongoDB), the key
 * goes to stderr at once instead: either way it cannot be lost to a start that fails later.
 */
function saveFirstKey(dataDir: string, token: string): string | undefined {
  const path = firstKeyPath(dataDir);
  try {
    mkdirSync(dataDir, { recursive: true, mode: 0o700 });
    writeFileSync(path, `${token}\n`, { mode: 0o600 });
    chmodSync(path, 0o600);
    return path;
  } catch (error) {
    process.stderr.write(`agentvc issuer: the first operator API key (shown once, keep it safe; not saved to ${path}: ${(error as Error).message}): ${token}\n`);
    return undefined;
  }
}

/**
 * The first operator key: AGENTVC_ADMIN_TOKEN when set (added once; a revoked one stays
 * revoked), else generated when no current-format key exists yet (a fresh store, or one
 * holding only legacy keys, which are refused) and returned so it can be shown once.
 */
async function bootstrapAdminKey(issuer: Issuer, configured: string | undefined): Promise<string | undefined> {
  if (configured) {
    const check = await issuer.apiKeys.authenticate(configured);
    // live, or revoked: an operator's revocation wins over the environment
    if (check.key || check.refusal === 'REVOKED') return undefined;
    if (check.refusal === 'MALFORMED') throw new Error('AGENTVC_ADMIN_TOKEN must look like avc_<24 hex digits>_<43+ base64url characters> (docs/running.md)');
    if (check.refusal === 'WRONG_SECRET') throw new Error(`AGENTVC_ADMIN_TOKEN names key ${check.keyId}, which exists with another secret`);
    await issuer.apiKeys.create('bootstrap (AGENTVC_ADMIN_TOKEN)', configured).catch((error: unknown) => {
      // another instance added it first
      if ((error as { code?: string }).code !== 'DUPLICATE_KEY') throw error;
    });
    return undefined;
  }
  if ((await issuer.apiKeys.count()).current > 0) return undefined;
  const { token } = await issuer.apiKeys.create('bootstrap (generated)');
  await issuer.audit.record({ actor: { type: 'system', id: 'bootstrap' }, action: 'api_key.create', outcome: 'success', detail: 'first operator key generated at start' });
  return token;
}
