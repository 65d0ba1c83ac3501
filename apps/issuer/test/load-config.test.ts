import { loadConfig } from '@agentvc/issuer-app';

const TOKEN = `avc_${'a'.repeat(24)}_${'b'.repeat(43)}`;

describe('issuer configuration', () => {
  it('defaults audit retention to 365 days and status list validity to 10 minutes', () => {
    expect(loadConfig({})).toMatchObject({ auditRetentionDays: 365, statusListValiditySeconds: 600 });
    expect(loadConfig({ ISSUER_AUDIT_RETENTION_DAYS: '0', ISSUER_STATUS_LIST_VALIDITY_SECONDS: '120' })).toMatchObject({ auditRetentionDays: 0, statusListValiditySeconds: 120 });
  });

  it.each([
    { ISSUER_AUDIT_RETENTION_DAYS: '-1' },
    { ISSUER_AUDIT_RETENTION_DAYS: 'forever' },
    { ISSUER_STATUS_LIST_VALIDITY_SECONDS: '10' },
    { ISSUER_STATUS_LIST_VALIDITY_SECONDS: String(30 * 86_400) }
  ])('refuses %j', (env) => {
    expect(() => loadConfig(env)).toThrow(/invalid configuration/);
  });

  it('reads the HTTP edge settings under ISSUER_, with the issuer’s limits', () => {
    expect(loadConfig({}).http?.rateLimits).toEqual({ points: { challenges: 120, signIns: 60, authFailures: 60 }, windowSeconds: 60 });
    const { http } = loadConfig({ ISSUER_TRUSTED_PROXY_HOPS: '1', ISSUER_RATE_LIMIT_AUTH_FAILURES: '5', WALLET_RATE_LIMIT_SIGN_INS: '1', ISSUER_KEEP_ALIVE_TIMEOUT_MS: '65000' });
    expect(http).toMatchObject({ trustedProxyHops: 1, listen: { keepAliveTimeoutMs: 65_000 }, rateLimits: { points: { signIns: 60, authFailures: 5 } } });
    expect(() => loadConfig({ ISSUER_RATE_LIMIT_SIGN_INS: 'many' })).toThrow(/invalid configuration: ISSUER_RATE_LIMIT_SIGN_INS/);
  });

  it('takes AGENTVC_ADMIN_TOKEN only as an avc_<id>_<secret> key', () => {
    expect(loadConfig({ AGENTVC_ADMIN_TOKEN: TOKEN }).adminToken).toBe(TOKEN);
    expect(() => loadConfig({ AGENTVC_ADMIN_TOKEN: 'a-long-operator-chosen-secret-token-123' })).toThrow(/AGENTVC_ADMIN_TOKEN must look like avc_/);
  });
});
