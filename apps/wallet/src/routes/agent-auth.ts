import { HttpError, readBearerToken, type RouteAuth } from '@agentvc/http';
import type { Session, Wallet } from '@agentvc/wallet';

const DETAIL = { TOKEN_INVALID: 'The session token is not valid', TOKEN_EXPIRED: 'The session token has expired; sign in again' } as const;

/** A wallet session token (from POST /auth/sessions); everything it reaches is its agent's. */
export function agentAuth(wallet: Wallet): RouteAuth<Session> {
  return {
    scheme: 'walletToken',
    description: 'Session token from POST /auth/sessions (DID-auth), valid 15 minutes by default.',
    async authenticate(ctx) {
      const check = await wallet.sessions.authenticate(readBearerToken(ctx));
      if (check.ok) return check.session;
      throw new HttpError(401, check.code, DETAIL[check.code], { headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
    }
  };
}
