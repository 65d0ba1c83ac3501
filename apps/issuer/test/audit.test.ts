import { createHash, randomBytes } from 'node:crypto';
import { generateIdentity } from '@agentvc/core';
import { createIssuerApp, expectProblem, type IssuerApp } from './issuer-app.js';

type AnyRecord = { _id: string } & Record<string, unknown>;

type AuditJson = { action: string; outcome: string; count?: number; at: string; lastAt?: string; target?: string; detail?: string; actor: { id: string }; expiresAt?: string };

const audit = async (t: IssuerApp, action: string): Promise<AuditJson[]> =>
  (await t.http.get(`/admin/audit?action=${action}&limit=1000`).set(t.auth)).body.records;

async function issueSuspendable(t: IssuerApp): Promise<string> {
  const credential = {
    '@context': ['https://www.w3.org/2018/credentials/v1', 'https://agentvc.dev/contexts/v1'],
    type: ['VerifiableCredential', 'AgentCapabilityCredential'],
    issuer: t.issuer.identity.did,
    credentialSubject: { id: (await generateIdentity()).did, capability: [{ type: 'PaymentAuthorization', maxAmount: { value: '10', currency: 'USD' } }] }
  };
  const response = await t.http.post('/credentials/issue').set(t.auth).send({ credential, options: { suspendable: true } });
  return response.body.verifiableCredential.id;
}

describe('audit of status changes', () => {
  it.each([
    ['revocation', true, 'credential.revocation.set'],
    ['suspension', true, 'credential.suspension.set'],
    ['suspension', false, 'credential.suspension.clear']
  ] as const)('records 1 of 20 concurrent %s=%s requests: the one that changed the bit', async (statusPurpose, status, action) => {
    const t = await createIssuerApp();
    const credentialId = await issueSuspendable(t);
    const send = () => t.http.post('/credentials/status').set(t.auth).send({ credentialId, credentialStatus: { type: 'StatusList2021Entry', statusPurpose }, status });
    if (!status) await t.http.post('/credentials/status').set(t.auth).send({ credentialId, credentialStatus: { statusPurpose }, status: true });
    const responses = await Promise.all(Array.from({ length: 20 }, send));
    expect(responses.map((r) => r.status)).toEqual(Array(20).fill(200));
    expect(responses.filter((r) => r.body.changed)).toHaveLength(1);
    const records = await audit(t, action);
    expect(records).toHaveLength(1);
    expect(records[0]).toMatchObject({ outcome: 'success', target: credentialId });
  });
});

describe('audit of failed authentication', () => {
  it('folds 50 failed operator logins from one client into one counted record', async () => {
    const t = await createIssuerApp();
    const before = (await audit(t, 'auth.operator')).length;
    const bad = () => t.http.get('/agents').set('Authorization', 'Bearer not-an-api-key-at-all');
    const responses = await Promise.all(Array.from({ length: 50 }, bad));
    for (const response of responses) expectProblem(response, 401, 'INVALID_API_KEY');
    const records = await audit(t, 'auth.operator');
    expect(records).toHaveLength(before + 1);
    expect(records[0]).toMatchObject({ outcome: 'failure', count: 50, detail: 'not an avc_<id>_<secret> API key', actor: { type: 'anonymous' } });
    expect(records[0]?.actor.id).not.toBe('unknown');
    expect(Date.parse(records[0]?.lastAt ?? '')).toBeGreaterThanOrEqual(Date.parse(records[0]?.at ?? ''));
  });

  it('keeps reasons and known keys apart, and starts a new record each hour', async () => {
    const t = await createIssuerApp();
    const { body } = await t.http.post('/admin/api-keys').set(t.auth).send({ name: 'victim' });
    const wrongSecret = `${body.token.slice(0, 29)}${'A'.repeat(43)}`;
    const tryWith = (token?: string) => (token ? t.http.get('/agents').set('Authorization', `Bearer ${token}`) : t.http.get('/agents'));
    // random unknown ids must not each get a record: only ids of existing keys become a target
    const unknownIds = Array.from({ length: 5 }, (_, i) => `avc_${createHash('sha256').update(String(i)).digest('hex').slice(0, 24)}_${'A'.repeat(43)}`);
    for (const token of [wrongSecret, wrongSecret, undefined, ...unknownIds]) await tryWith(token);
    const records = await audit(t, 'auth.operator');
    expect(records.map((r) => [r.detail, r.target, r.count]).sort()).toEqual(
      [
        ['missing bearer token', undefined, 1],
        ['unknown API key', undefined, 5],
        ['wrong secret for the API key', body.key.id, 2]
      ].sort()
    );
    t.clock.advance(3_600_000);
    await tryWith(wrongSecret);
    expect((await audit(t, 'auth.operator')).filter((r) => r.target === body.key.id).map((r) => r.count)).toEqual([1, 2]);
  });

  it('folds failed DID-auth requests per client and reason', async () => {
    const t = await createIssuerApp();
    const responses = await Promise.all(Array.from({ length: 30 }, () => t.http.post('/credentials/request').send({ presentation: { hello: 'world' } })));
    expect(responses.every((r) => r.status >= 400 && r.status < 500)).toBe(true);
    const records = await audit(t, 'auth.did');
    expect(records).toHaveLength(1);
    expect(records[0]?.count).toBe(30);
  });
});

describe('audit retention', () => {
  it('expires records after ISSUER_AUDIT_RETENTION_DAYS, and purges older ones at start', async () => {
    const kek = randomBytes(32);
    const t = await createIssuerApp({ kek, policy: { auditRetentionDays: 30 } });
    await t.http.get('/agents').set('Authorization', 'Bearer nope');
    const [record] = await audit(t, 'auth.operator');
    expect(Date.parse(record?.expiresAt ?? '') - Date.parse(record?.lastAt ?? '')).toBe(30 * 86_400_000);
    t.clock.advance(31 * 86_400_000);
    expect(await audit(t, 'auth.operator')).toEqual([]);

    // records from before retention existed carry no expiresAt: removed when the issuer starts
    await t.store.collection<AnyRecord>('audit').insertOne({ _id: 'old', at: new Date(t.clock.now().getTime() - 40 * 86_400_000), action: 'agent.register', outcome: 'success', actor: { type: 'system', id: 'x' } });
    await t.store.collection<AnyRecord>('audit').insertOne({ _id: 'recent', at: t.clock.now(), action: 'agent.register', outcome: 'success', actor: { type: 'system', id: 'x' } });
    await createIssuerApp({ kek, store: t.store, clock: t.clock, policy: { auditRetentionDays: 30 } });
    expect((await t.store.collection('audit').find({ action: 'agent.register' })).map((r) => r._id)).toEqual(['recent']);
  });

  it('keeps records forever with a retention of 0', async () => {
    const t = await createIssuerApp({ policy: { auditRetentionDays: 0 } });
    await t.http.get('/agents').set('Authorization', 'Bearer nope');
    t.clock.advance(3650 * 86_400_000);
    const records = await audit(t, 'auth.operator');
    expect(records).toHaveLength(1);
    expect(records[0]).not.toHaveProperty('expiresAt');
  });
});
