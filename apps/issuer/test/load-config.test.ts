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

  it('takes AGENTVC_ADMIN_TOKEN only as an avc_<id>_<secret> key', () => {
    expect(loadConfig({ AGENTVC_ADMIN_TOKEN: TOKEN }).adminToken).toBe(TOKEN);
    expect(() => loadConfig({ AGENTVC_ADMIN_TOKEN: 'a-long-operator-chosen-secret-token-123' })).toThrow(/AGENTVC_ADMIN_TOKEN must look like avc_/);
  });
});
