import { systemClock, type Clock } from '@agentvc/core';
import { createLogger, serveOn, type RunningServer } from '@agentvc/http';
import { createStore, createStoredChallenges, type Store } from '@agentvc/store';
import { createStatusListFetcher, createVerifier, type Verifier } from '@agentvc/verifier';
import { createApp } from './create-app.js';
import type { VerifierConfig } from './load-config.js';

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

/** Opens the store, builds the verifier with the guarded status list fetcher, and listens. */
export async function startVerifier(config: VerifierConfig, { clock = systemClock }: { clock?: Clock } = {}): Promise<StartedVerifier> {
  const logger = createLogger({ name: 'agentvc-verifier', level: config.logLevel });
  const store = await createStore(config.mongodbUrl ? { mongodbUrl: config.mongodbUrl, dbName: config.mongodbDb } : { dataDir: config.dataDir });
  return serveOn(
    store,
    async () => {
      const challenges = await createStoredChallenges({ store, clock, ttlSeconds: CHALLENGE_TTL_SECONDS, collection: CHALLENGE_COLLECTION });
      const verifier = createVerifier({
        trustedIssuers: config.trustedIssuers,
        fetchStatusList: createStatusListFetcher({ allowHttp: config.statusAllowHttp, allowPrivateNetworks: config.statusAllowPrivate }),
        clock,
        credentialSuites: config.credentialSuites,
        presentationSuites: config.presentationSuites
      });
      return { app: createApp({ verifier, challenges, store, logger, domain: config.domain, maxInFlight: config.maxInFlight }), extras: { verifier, store } };
    },
    { port: config.port, host: config.host }
  );
}
