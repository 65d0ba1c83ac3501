import { isAgentVcError } from '@agentvc/core';
import { HttpError, readBearerToken, type RouteAuth } from '@agentvc/http';
import type { Session, Wallet } from '@agentvc/wallet';

/** A wallet session token (from POST /auth/sessions); everything it reaches is its agent's. */
export function agentAuth(wallet: Wallet): RouteAuth<Session> {
  return {
    scheme: 'walletToken',
    description: 'Session token from POST /auth/sessions (DID-auth), valid 15 minutes by default.',
    async authenticate(ctx) {
      try {
        return await wallet.sessions.authenticate(readBearerToken(ctx));
      } catch (error) {
        if (!isAgentVcError(error, 'TOKEN_INVALID') && !isAgentVcError(error, 'TOKEN_EXPIRED')) throw error;
        throw new HttpError(error.code, error.message, { headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' }, cause: error });
      }
    }
  };
}
