import { systemClock, type Clock } from '@agentvc/core';
import { countChallenges, countStatusListFetches, countVerifications, createLogger, createMetricsRegistry, serveOn, type RunningServer } from '@agentvc/http';
import { createStore, createStoredChallenges, createStoredRateLimitCounter, type Store } from '@agentvc/store';
import { createStatusListFetcher, createVerifier, type Verifier } from '@agentvc/verifier';
import { createApp } from './create-app.js';
import { loadConfig, type VerifierConfig } from './load-config.js';

export interface StartedVerifier {
  url: string;
  verifier: Verifier;
  store: Store;
  server: RunningServer;
  stop(): Promise<void>;
}

export const CHALLENGE_TTL_SECONDS = 120;
// not the issuer's `challenges`: on a shared database its DID-auth challenges must not count here
const CHALLENGE_COLLECTION = 'verifier_challenges';

/** `config.http` may be left out (then the defaults, as `loadConfig({})` reads them), as configs built by hand in tests do. Opens the store, builds the verifier with the guarded status list fetcher, and listens. */
export async function startVerifier(config: Omit<VerifierConfig, 'http'> & Partial<Pick<VerifierConfig, 'http'>>, { clock = systemClock }: { clock?: Clock } = {}): Promise<StartedVerifier> {
  const logger = createLogger({ name: 'agentvc-verifier', level: config.logLevel });
  const http = config.http ?? loadConfig({}).http;
  const store = await createStore(config.mongodbUrl ? { mongodbUrl: config.mongodbUrl, dbName: config.mongodbDb } : { dataDir: config.dataDir });
  return serveOn(
    store,
    async () => {
      // domain counters (challenges, verifications, status list fetches) beside the HTTP ones on /metrics
      const metricsRegistry = createMetricsRegistry({ service: 'agentvc-verifier' });
      const challenges = countChallenges(
        await createStoredChallenges({ store, clock, ttlSeconds: CHALLENGE_TTL_SECONDS, collection: CHALLENGE_COLLECTION }),
        metricsRegistry
      );
      const fetchStatusList = countStatusListFetches(
        createStatusListFetcher({ allowHttp: config.statusAllowHttp, allowPrivateNetworks: config.statusAllowPrivate }),
        metricsRegistry
      );
      const built = createVerifier({
        trustedIssuers: config.trustedIssuers,
        fetchStatusList,
        clock,
        credentialSuites: config.credentialSuites,
        presentationSuites: config.presentationSuites,
        workers: config.workers,
        jobTimeoutMs: config.jobTimeoutMs
      });
      const verifier = countVerifications(built, metricsRegistry);
      // on MongoDB every instance counts a client against the same limits
      const counter = store.engine === 'mongodb' ? await createStoredRateLimitCounter({ store, collection: 'verifier_rate_limits' }) : undefined;
      const rateLimits = { ...http.rateLimits, ...(counter ? { counter } : {}) };
      const app = createApp({
        verifier,
        challenges,
        store,
        logger,
        domain: config.domain,
        maxInFlight: config.maxInFlight,
        rateLimits,
        trustedProxyHops: http.trustedProxyHops,
        metricsRegistry
      });
      return { app, extras: { verifier, store } };
    },
    { port: config.port, host: config.host, ...http.listen }
  );
}
