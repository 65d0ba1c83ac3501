import { generateIdentity, type AgentIdentity } from '@agentvc/core';
import { createVerifier } from '@agentvc/verifier';
import { present, type Json } from '../../../test/support/sign.js';
import { createIssuerWorld, type IssuerWorld } from './issuer-world.js';

const grant = { capabilities: [{ type: 'PaymentAuthorization' as const, maxAmount: { value: '50', currency: 'USD' }, merchants: ['shop.example'] }], suspendable: true };

async function didAuth(world: IssuerWorld, agent: AgentIdentity, domain = world.issuer.domain): Promise<Json> {
  const { challenge } = await world.issuer.challenges.issue();
  return present({ holder: agent, credentials: [], challenge, domain, suite: 'eddsa-jcs-2022' });
}

function verifierFor(world: IssuerWorld) {
  const prefix = `${'https://issuer.example'}/status-lists/`;
  return createVerifier({
    trustedIssuers: [world.issuer.identity.did],
    clock: world.clock,
    statusCacheSeconds: 0,
    fetchStatusList: async (url) => (await world.issuer.statusRegistry.signedList(url.slice(prefix.length))).credential
  });
}

describe('DID-auth credential requests', () => {
  let world: IssuerWorld;
  let agent: AgentIdentity;
  beforeEach(async () => {
    world = await createIssuerWorld();
    agent = await generateIdentity();
    await world.issuer.agents.register({ did: agent.did, name: 'shopper', owner: 'team-a' });
    await world.issuer.agents.grant(agent.did, { ...grant, validitySeconds: 600 });
  });

  it('issues a capability credential the verifier accepts, then sees it revoked', async () => {
    const { agentDid, credential } = await world.issuer.requestCredential(await didAuth(world, agent));
    expect(agentDid).toBe(agent.did);
    const verifier = verifierFor(world);
    const requirement = { type: 'PaymentAuthorization' as const, amount: { value: 20, currency: 'USD' }, merchant: 'shop.example' };
    expect(await verifier.verifyCredential(credential, { capability: requirement })).toMatchObject({ verified: true, problems: [] });
    expect(Date.parse(String(credential.expirationDate)) - Date.parse(String(credential.issuanceDate))).toBe(600_000);
    expect((credential.credentialStatus as Json[]).map((s) => s.statusPurpose)).toEqual(['revocation', 'suspension']);

    await world.issuer.issuance.setStatus(String(credential.id), 'suspension', true);
    expect((await verifier.verifyCredential(credential)).problems.map((p) => p.code)).toEqual(['STATUS_SUSPENDED']);
    await world.issuer.issuance.setStatus(String(credential.id), 'suspension', false);
    expect((await verifier.verifyCredential(credential)).verified).toBe(true);
    await world.issuer.issuance.setStatus(String(credential.id), 'revocation', true);
    expect((await verifier.verifyCredential(credential)).problems.map((p) => p.code)).toEqual(['STATUS_REVOKED']);
    await expect(world.issuer.issuance.setStatus(String(credential.id), 'revocation', false)).rejects.toMatchObject({ code: 'STATUS_CHANGE_REFUSED' });
  });

  it('refuses a replayed, expired or unknown challenge', async () => {
    const presentation = await didAuth(world, agent);
    await world.issuer.requestCredential(presentation);
    await expect(world.issuer.requestCredential(presentation)).rejects.toMatchObject({ code: 'CHALLENGE_USED' });
    const late = await didAuth(world, agent);
    world.clock.advance((world.issuer.policy.challengeTtlSeconds + 1) * 1000);
    await expect(world.issuer.requestCredential(late)).rejects.toMatchObject({ code: 'CHALLENGE_EXPIRED' });
    const forged = await present({ holder: agent, credentials: [], challenge: 'made-up', domain: world.issuer.domain });
    await expect(world.issuer.requestCredential(forged)).rejects.toMatchObject({ code: 'CHALLENGE_INVALID' });
    await expect(world.issuer.requestCredential({ proof: {} })).rejects.toMatchObject({ code: 'DID_AUTH_FAILED' });
  });

  it('lets only one of two concurrent uses of a challenge through', async () => {
    const presentation = await didAuth(world, agent);
    const results = await Promise.allSettled([world.issuer.requestCredential(presentation), world.issuer.requestCredential(presentation)]);
    expect(results.filter((r) => r.status === 'fulfilled')).toHaveLength(1);
  });

  it('refuses a presentation for another domain, a tampered one, and unregistered or grantless agents', async () => {
    await expect(world.issuer.requestCredential(await didAuth(world, agent, 'evil.example'))).rejects.toMatchObject({ code: 'DID_AUTH_FAILED' });
    const tampered = await didAuth(world, agent);
    tampered.holder = (await generateIdentity()).did;
    await expect(world.issuer.requestCredential(tampered)).rejects.toMatchObject({ code: 'DID_AUTH_FAILED' });
    const stranger = await generateIdentity();
    await expect(world.issuer.requestCredential(await didAuth(world, stranger))).rejects.toMatchObject({ code: 'AGENT_NOT_REGISTERED' });
    const idle = await generateIdentity();
    await world.issuer.agents.register({ did: idle.did, name: 'idle', owner: 'team-a' });
    await expect(world.issuer.requestCredential(await didAuth(world, idle))).rejects.toMatchObject({ code: 'NO_ACTIVE_GRANTS' });
  });

  it('leaves revoked and expired grants out', async () => {
    const [first] = await world.issuer.agents.grants(agent.did);
    await world.issuer.agents.revokeGrant(agent.did, String(first?._id));
    await expect(world.issuer.requestCredential(await didAuth(world, agent))).rejects.toMatchObject({ code: 'NO_ACTIVE_GRANTS' });
    await world.issuer.agents.grant(agent.did, { ...grant, validitySeconds: 3600, expiresAt: new Date(world.clock.now().getTime() + 60_000).toISOString() });
    await world.issuer.requestCredential(await didAuth(world, agent));
    world.clock.advance(61_000);
    await expect(world.issuer.requestCredential(await didAuth(world, agent))).rejects.toMatchObject({ code: 'NO_ACTIVE_GRANTS' });
  });

  it('knows only its own credentials', async () => {
    await expect(world.issuer.issuance.setStatus('urn:uuid:not-ours', 'revocation', true)).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });

  it('keeps the first revocation time when revoked again', async () => {
    const { credential } = await world.issuer.requestCredential(await didAuth(world, agent));
    const id = String(credential.id);
    expect(await world.issuer.issuance.setStatus(id, 'revocation', true)).toEqual({ changed: true });
    const first = (await world.issuer.issuance.get(id))?.revokedAt;
    world.clock.advance(60_000);
    expect(await world.issuer.issuance.setStatus(id, 'revocation', true)).toEqual({ changed: false });
    expect((await world.issuer.issuance.get(id))?.revokedAt).toEqual(first);
  });

  it('refuses to issue more capabilities than one credential may carry', async () => {
    const many = Array.from({ length: 20 }, (_, i) => ({ type: 'ActionAuthorization' as const, action: `act-${i}`, resource: 'svc/*' }));
    await world.issuer.agents.grant(agent.did, { capabilities: many, validitySeconds: 600, suspendable: false });
    await world.issuer.agents.grant(agent.did, { capabilities: many, validitySeconds: 600, suspendable: false });
    await expect(world.issuer.requestCredential(await didAuth(world, agent))).rejects.toMatchObject({ code: 'INVALID_CREDENTIAL' });
  });
});
