import { HttpError, readBearerToken, type RouteAuth } from '@agentvc/http';
import type { ApiKeyView, Issuer } from '@agentvc/issuer';

/** Operator bearer API keys; every refusal is audited. */
export function operatorAuth(issuer: Issuer): RouteAuth<ApiKeyView> {
  return {
    scheme: 'operatorKey',
    description: 'Operator API key (bearer). The first is printed once by `npm start` or set with AGENTVC_ADMIN_TOKEN.',
    async authenticate(ctx) {
      let token: string;
      try {
        token = readBearerToken(ctx);
      } catch (error) {
        await audited(issuer, ctx.state.requestId, 'missing bearer token');
        throw error;
      }
      const key = await issuer.apiKeys.authenticate(token);
      if (key) return key;
      await audited(issuer, ctx.state.requestId, 'invalid or revoked API key');
      throw new HttpError(401, 'INVALID_API_KEY', 'The API key is not valid', { headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
    }
  };
}

function audited(issuer: Issuer, requestId: string, detail: string): Promise<void> {
  return issuer.audit.record({ actor: { type: 'anonymous', id: 'unknown' }, action: 'auth.operator', outcome: 'failure', requestId, detail });
}
