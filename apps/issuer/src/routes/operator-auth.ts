import { clientAddress, HttpError, readBearerToken, type RouteAuth } from '@agentvc/http';
import type { ApiKeyRefusal, ApiKeyView, Issuer } from '@agentvc/issuer';

const DETAIL: Record<ApiKeyRefusal | 'MISSING', string> = {
  MISSING: 'missing bearer token',
  MALFORMED: 'not an avc_<id>_<secret> API key',
  UNKNOWN: 'unknown API key',
  REVOKED: 'revoked API key',
  WRONG_SECRET: 'wrong secret for the API key'
};

/** Operator bearer API keys; refusals are audited, folded per client, key and reason per hour. */
export function operatorAuth(issuer: Issuer): RouteAuth<ApiKeyView> {
  return {
    scheme: 'operatorKey',
    description: 'Operator API key (bearer), `avc_<id>_<secret>`. The first is printed once by `npm start` or set with AGENTVC_ADMIN_TOKEN.',
    async authenticate(ctx) {
      const audited = (reason: keyof typeof DETAIL, keyId?: string) =>
        issuer.audit.recordFailure({
          actor: { type: 'anonymous', id: clientAddress(ctx) },
          action: 'auth.operator',
          detail: DETAIL[reason],
          requestId: ctx.state.requestId,
          ...(keyId ? { target: keyId } : {})
        });
      let token: string;
      try {
        token = readBearerToken(ctx);
      } catch (error) {
        await audited('MISSING');
        throw error;
      }
      const check = await issuer.apiKeys.authenticate(token);
      if (check.key) return check.key;
      await audited(check.refusal, check.keyId);
      const detail =
        check.refusal === 'MALFORMED'
          ? 'The API key is not valid: operator keys look like avc_<id>_<secret>, and keys made before that format are no longer accepted'
          : 'The API key is not valid';
      throw new HttpError('INVALID_API_KEY', detail, { headers: { 'WWW-Authenticate': 'Bearer error="invalid_token"' } });
    }
  };
}
