import { AgentVcError, type ChallengeStore, type VerificationResult } from '@agentvc/core';
import { Registry } from 'prom-client';
import {
  countChallenges,
  countCredentialsIssued,
  countStatusListFetches,
  countStatusListsServed,
  countVerifications,
  createMetricsRegistry
} from '../../src/index.js';
import { metricValue } from '../../../../test/support/metric-value.js';

describe('domain metric decorators', () => {
  it('count challenges issued and consumed by outcome, passing refusals through', async () => {
    const registry = new Registry();
    const used = new Set<string>();
    const store: ChallengeStore = {
      issue: async () => ({ challenge: `c${used.size}`, expiresAt: new Date(0) }),
      consume: async (challenge) => {
        if (challenge === 'boom') throw new Error('database down');
        if (used.has(challenge)) throw new AgentVcError('CHALLENGE_USED', 'used');
        used.add(challenge);
      }
    };
    const counted = countChallenges(store, registry);
    const { challenge } = await counted.issue();
    await counted.consume(challenge);
    await expect(counted.consume(challenge)).rejects.toMatchObject({ code: 'CHALLENGE_USED' });
    await expect(counted.consume('boom')).rejects.toThrow('database down');
    expect(metricValue(await registry.metrics(), 'agentvc_challenges_issued_total')).toBe(1);
    expect(metricValue(await registry.metrics(), 'agentvc_challenges_consumed_total', { outcome: 'ok' })).toBe(1);
    expect(metricValue(await registry.metrics(), 'agentvc_challenges_consumed_total', { outcome: 'CHALLENGE_USED' })).toBe(1);
    expect(metricValue(await registry.metrics(), 'agentvc_challenges_consumed_total', { outcome: 'OTHER' })).toBe(1);
  });

  it('count verifications by kind and result, and each problem by a code from the closed set', async () => {
    const registry = new Registry();
    const refused = (code: string): VerificationResult =>
      ({ verified: false, problems: [{ code, message: 'x', scope: 'presentation' }, { code: 'EXPIRED', message: 'y', scope: 'presentation' }], issuers: [], capabilities: [] }) as VerificationResult;
    const seen: unknown[] = [];
    const verifier = countVerifications(
      {
        verifyCredential: async (credential: unknown) => (credential === 'ok' ? { verified: true, problems: [], issuers: [], capabilities: [] } : refused('STATUS_REVOKED')),
        verifyPresentation: async (presentation: unknown, options: { challenge: string }) => {
          seen.push(options);
          if (presentation === 'throw') throw new AgentVcError('INVALID_OPTIONS', 'bad requirement');
          return refused('MADE_UP');
        }
      },
      registry
    );
    expect(await verifier.verifyCredential('ok')).toMatchObject({ verified: true });
    expect(await verifier.verifyCredential('no')).toMatchObject({ verified: false });
    await verifier.verifyPresentation('no', { challenge: 'c' });
    await expect(verifier.verifyPresentation('throw', { challenge: 'd' })).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
    expect(seen).toEqual([{ challenge: 'c' }, { challenge: 'd' }]);
    expect(metricValue(await registry.metrics(), 'agentvc_verifications_total', { kind: 'credential', result: 'verified' })).toBe(1);
    expect(metricValue(await registry.metrics(), 'agentvc_verifications_total', { kind: 'credential', result: 'refused' })).toBe(1);
    expect(metricValue(await registry.metrics(), 'agentvc_verifications_total', { kind: 'presentation', result: 'refused' })).toBe(1);
    expect(metricValue(await registry.metrics(), 'agentvc_verifications_total', { kind: 'presentation', result: 'error' })).toBe(1);
    expect(metricValue(await registry.metrics(), 'agentvc_verification_problems_total', { kind: 'credential', code: 'STATUS_REVOKED' })).toBe(1);
    expect(metricValue(await registry.metrics(), 'agentvc_verification_problems_total', { kind: 'presentation', code: 'OTHER' })).toBe(1);
    expect(metricValue(await registry.metrics(), 'agentvc_verification_problems_total', { kind: 'presentation', code: 'EXPIRED' })).toBe(1);
  });

  it('count status list fetches and lists served by outcome', async () => {
    const registry = new Registry();
    const fetch = countStatusListFetches(async (url: string) => {
      if (url.startsWith('http:')) throw new AgentVcError('UNSUPPORTED_URL', 'https only');
      return { id: url };
    }, registry);
    await fetch('https://issuer.example/status-lists/1');
    await expect(fetch('http://issuer.example/status-lists/1')).rejects.toMatchObject({ code: 'UNSUPPORTED_URL' });
    expect(metricValue(await registry.metrics(), 'agentvc_status_list_fetches_total', { outcome: 'ok' })).toBe(1);
    expect(metricValue(await registry.metrics(), 'agentvc_status_list_fetches_total', { outcome: 'UNSUPPORTED_URL' })).toBe(1);

    const lists = countStatusListsServed({ other: 1, signedList: async (id: string) => (id === '1' ? { id } : Promise.reject(new AgentVcError('NOT_FOUND', 'no list'))) }, registry);
    expect(lists.other).toBe(1);
    await expect(lists.signedList('1')).resolves.toEqual({ id: '1' });
    await expect(lists.signedList('2')).rejects.toMatchObject({ code: 'NOT_FOUND' });
    expect(metricValue(await registry.metrics(), 'agentvc_status_lists_served_total', { outcome: 'ok' })).toBe(1);
    expect(metricValue(await registry.metrics(), 'agentvc_status_lists_served_total', { outcome: 'NOT_FOUND' })).toBe(1);
  });

  it('count credentials issued by proof suite, and share counters between decorators on one registry', async () => {
    const registry = createMetricsRegistry({ service: 'agentvc-test', defaultMetrics: false });
    const onIssued = countCredentialsIssued(registry);
    onIssued({ proof: { type: 'Ed25519Signature2020' } });
    onIssued({ proof: { type: 'DataIntegrityProof', cryptosuite: 'eddsa-rdfc-2022' } });
    countCredentialsIssued(registry)({ proof: { type: 'SomethingElse' } });
    expect(metricValue(await registry.metrics(), 'agentvc_credentials_issued_total', { proof: 'Ed25519Signature2020' })).toBe(1);
    expect(metricValue(await registry.metrics(), 'agentvc_credentials_issued_total', { proof: 'eddsa-rdfc-2022' })).toBe(1);
    expect(metricValue(await registry.metrics(), 'agentvc_credentials_issued_total', { proof: 'OTHER' })).toBe(1);
    expect(await registry.metrics()).toContain('agentvc_credentials_issued_total{proof="OTHER",service="agentvc-test"} 1');
  });
});
