import { systemClock } from '@agentvc/core';
import {
  countChallenges,
  countCredentialsIssued,
  countStatusListsServed,
  createLogger,
  createMetricsRegistry,
  loadKeyEncryptionKey,
  serveOn,
  type RunningServer
} from '@agentvc/http';
import { createIssuer, type Issuer } from '@agentvc/issuer';
import { createStore, createStoredRateLimitCounter, type Store } from '@agentvc/store';
import { bootstrapAdminKey } from './bootstrap-admin-key.js';
import { createApp } from './create-app.js';
import { firstKeyPath } from './first-key-path.js';
import { loadConfig, type IssuerConfig } from './load-config.js';
import { saveFirstKey } from './save-first-key.js';

export interface StartedIssuer {
  url: string;
  issuer: Issuer;
  store: Store;
  /** Set only when this start created the first operator key: print it once. */
  generatedAdminToken?: string;
  /** Where that key was saved (mode 0600), unless saving failed (then it went to stderr, see keepFirstKey). */
  firstKeyFile?: string;
  /** Operator keys made before `avc_<id>_<secret>` tokens: stored, listed as legacy, refused. */
  legacyApiKeys: number;
  server: RunningServer;
  stop(): Promise<void>;
}

// what loadConfig always fills may be left out by callers that build a config by hand (tests);
// `http` then has its defaults, as `loadConfig({})` reads them
type Defaulted = 'auditRetentionDays' | 'statusListValiditySeconds' | 'http';

/** Opens the store, loads or creates the issuer identity and first key, and listens. */
export async function startIssuer(config: Omit<IssuerConfig, Defaulted> & Partial<Pick<IssuerConfig, Defaulted>>): Promise<StartedIssuer> {
  const logger = createLogger({ name: 'agentvc-issuer', level: config.logLevel });
  const http = config.http ?? loadConfig({}).http;
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
      const wired = await createIssuer({
        store,
        clock: systemClock,
        keyEncryptionKey: key,
        publicUrl: config.publicUrl,
        policy,
        decorateChallenges: (challenges) => countChallenges(challenges, metricsRegistry),
        onCredentialIssued: countCredentialsIssued(metricsRegistry)
      });
      const issuer: Issuer = { ...wired, statusRegistry: countStatusListsServed(wired.statusRegistry, metricsRegistry) };
      let firstKeyFile: string | undefined;
      const generatedAdminToken = await bootstrapAdminKey(issuer, {
        ...(config.adminToken ? { configured: config.adminToken } : {}),
        keep: (token) => (firstKeyFile = keepFirstKey(firstKeyPath(config.dataDir), token))
      });
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

/**
 * Saves a generated first key to its 0600 file, before anything else at start can fail. If that
 * fails, the key goes to stderr at once, the one time it is shown: one JSON line (a launcher
 * reads it as data, see apps/platform) whose `msg` says what it is. Returns the file, if saved.
 */
function keepFirstKey(path: string, token: string): string | undefined {
  const save = saveFirstKey(path, token);
  if (save.saved) return path;
  const msg = `the first operator API key, shown once (keep it safe; it could not be saved to ${path}: ${save.reason})`;
  process.stderr.write(`${JSON.stringify({ event: 'first-operator-key-unsaved', path, reason: save.reason, token, msg })}\n`);
  return undefined;
}
