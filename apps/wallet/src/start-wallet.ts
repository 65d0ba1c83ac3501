import { systemClock } from '@agentvc/core';
import {
  countChallenges,
  countStatusListFetches,
  createLogger,
  createMetricsRegistry,
  loadKeyEncryptionKey,
  serveOn,
  type RunningServer
} from '@agentvc/http';
import { createStore, createStoredRateLimitCounter, type Store } from '@agentvc/store';
import { createStatusListFetcher, type StatusListFetcher } from '@agentvc/verifier';
import { createWallet, type Wallet } from '@agentvc/wallet';
import { createApp } from './create-app.js';
import { loadConfig, type WalletConfig } from './load-config.js';

export interface StartedWallet {
  url: string;
  wallet: Wallet;
  store: Store;
  server: RunningServer;
  stop(): Promise<void>;
}

/** `config.http` may be left out (then the defaults, as `loadConfig({})` reads them), as configs built by hand in tests do. Opens the store, wires the wallet (status lists through a guarded fetcher unless one is given) and listens. */
export async function startWallet(config: Omit<WalletConfig, 'http'> & Partial<Pick<WalletConfig, 'http'>>, { fetchStatusList }: { fetchStatusList?: StatusListFetcher } = {}): Promise<StartedWallet> {
  const logger = createLogger({ name: 'agentvc-wallet', level: config.logLevel });
  const http = config.http ?? loadConfig({}).http;
  const store = await createStore(config.mongodbUrl ? { mongodbUrl: config.mongodbUrl, dbName: config.mongodbDb } : { dataDir: config.dataDir });
  return serveOn(
    store,
    async () => {
      const { key } = loadKeyEncryptionKey({ ...(config.kek ? { configured: config.kek } : {}), dataDir: config.dataDir, mongodb: Boolean(config.mongodbUrl) });
      if (config.trustedIssuers.length === 0) logger.warn('WALLET_TRUSTED_ISSUERS is empty: every credential will be refused');
      // domain counters (DID-auth challenges, status list fetches) beside the HTTP ones on /metrics
      const metricsRegistry = createMetricsRegistry({ service: 'agentvc-wallet' });
      const wallet = await createWallet({
        store,
        clock: systemClock,
        keyEncryptionKey: key,
        publicUrl: config.publicUrl,
        trustedIssuers: config.trustedIssuers,
        sessionTtlSeconds: config.sessionTtlSeconds,
        decorateChallenges: (challenges) => countChallenges(challenges, metricsRegistry),
        fetchStatusList: countStatusListFetches(
          fetchStatusList ?? createStatusListFetcher({ allowHttp: config.statusAllowHttp, allowPrivateNetworks: config.statusAllowPrivate }),
          metricsRegistry
        )
      });
      // on MongoDB every instance counts a client against the same limits
      const counter = store.engine === 'mongodb' ? await createStoredRateLimitCounter({ store, collection: 'wallet_rate_limits' }) : undefined;
      const rateLimits = { ...http.rateLimits, ...(counter ? { counter } : {}) };
      return { app: createApp({ wallet, store, logger, rateLimits, trustedProxyHops: http.trustedProxyHops, metricsRegistry }), extras: { wallet, store } };
    },
    { port: config.port, host: config.host, ...http.listen }
  );
}
