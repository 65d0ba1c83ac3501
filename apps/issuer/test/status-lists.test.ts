// Status lists expire: the issuer keeps serving fresh ones, a verifier refuses a stale copy,
// and a revocation still shows on the next read.
import { generateIdentity } from '@agentvc/core';
import { createVerifier } from '@agentvc/verifier';
import { createIssuerApp } from './issuer-app.js';

it('serves a fresh list after expiry and shows a revocation at once, while an old copy is refused', async () => {
  const t = await createIssuerApp({ policy: { statusListValiditySeconds: 600 } });
  const credential = {
    '@context': ['https://www.w3.org/2018/credentials/v1', 'https://agentvc.dev/contexts/v1'],
    type: ['VerifiableCredential', 'AgentCapabilityCredential'],
    issuer: t.issuer.identity.did,
    expirationDate: new Date(t.clock.now().getTime() + 86_400_000).toISOString().replace(/\.\d{3}Z$/, 'Z'),
    credentialSubject: { id: (await generateIdentity()).did, capability: [{ type: 'PaymentAuthorization', maxAmount: { value: '10', currency: 'USD' } }] }
  };
  const vc = (await t.http.post('/credentials/issue').set(t.auth).send({ credential })).body.verifiableCredential;
  const listPath = new URL(vc.credentialStatus.statusListCredential).pathname;
  const verifier = createVerifier({ trustedIssuers: [t.issuer.identity.did], fetchStatusList: t.fetchStatusList, clock: t.clock, statusCacheSeconds: 30 });
  const codes = async (fetchStatusList = t.fetchStatusList) =>
    (await createVerifier({ trustedIssuers: [t.issuer.identity.did], fetchStatusList, clock: t.clock }).verifyCredential(vc)).problems.map((p) => p.code);

  const captured = (await t.http.get(listPath)).body;
  expect(Date.parse(captured.expirationDate) - Date.parse(captured.issuanceDate)).toBe(600_000);
  expect((await verifier.verifyCredential(vc)).verified).toBe(true);

  t.clock.advance(3_600_000);
  const fresh = (await t.http.get(listPath)).body;
  expect(Date.parse(fresh.expirationDate)).toBeGreaterThan(t.clock.now().getTime());
  // the long-lived verifier re-fetches once its cached copy expired, and accepts the fresh one
  expect((await verifier.verifyCredential(vc)).verified).toBe(true);
  // an attacker replaying the copy captured an hour ago
  expect(await codes(async () => structuredClone(captured))).toEqual(['STATUS_LIST_EXPIRED']);

  expect((await t.http.post('/credentials/status').set(t.auth).send({ credentialId: vc.id, credentialStatus: { statusPurpose: 'revocation' } })).body.changed).toBe(true);
  expect(await codes()).toEqual(['STATUS_REVOKED']);
});
