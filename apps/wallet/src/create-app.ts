import { createService, type ErrorMap, type ServiceState } from '@agentvc/http';
import type Koa from 'koa';
import type { WalletAppDeps } from './app-deps.js';
import { authRoutes } from './routes/auth-routes.js';
import { credentialRoutes } from './routes/credential-routes.js';
import { keyRoutes } from './routes/key-routes.js';
import { presentationRoutes } from './routes/presentation-routes.js';

/** How the wallet library's thrown error codes are answered (its refusals come back as data). */
const WALLET_ERRORS: ErrorMap = {
  CHALLENGE_INVALID: { status: 401, code: 'CHALLENGE_INVALID' },
  CHALLENGE_USED: { status: 401, code: 'CHALLENGE_USED' },
  CHALLENGE_EXPIRED: { status: 401, code: 'CHALLENGE_EXPIRED' },
  DID_AUTH_FAILED: { status: 401, code: 'DID_AUTH_FAILED' },
  INVALID_IDENTITY: { status: 400, code: 'INVALID_IDENTITY' }
};

/** The wallet service as a Koa app, with nothing started: tests call `app.callback()`. */
export function createApp({ wallet, store, logger, version = '0.1.0', maxInFlight }: WalletAppDeps): Koa<ServiceState> {
  return createService({
    name: 'agentvc-wallet',
    version,
    description: 'The agentvc hosted wallet: DID-auth sessions, verified credential storage per agent, custodial keys and presentations.',
    logger,
    routes: [...authRoutes(wallet), ...credentialRoutes(wallet), ...keyRoutes(wallet), ...presentationRoutes(wallet)],
    readiness: { store: () => store.ping() },
    errorMap: WALLET_ERRORS,
    ...(maxInFlight ? { maxInFlight } : {})
  });
}
