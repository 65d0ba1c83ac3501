import { Piscina, type PiscinaTask } from 'piscina';
import { createDidKeyResolver, createDocumentLoader } from '@agentvc/core';
import { CostOrderedQueue } from '../../src/proofs/cost-ordered-queue.js';
import { createProofRunner } from '../../src/proofs/create-proof-runner.js';

const task = (name: string, cost?: number): PiscinaTask =>
  ({ name, [Piscina.queueOptionsSymbol]: cost === undefined ? null : { cost } }) as unknown as PiscinaTask;

describe('CostOrderedQueue', () => {
  it('hands out the cheapest job first, in arrival order among equals, unknown cost last', () => {
    const queue = new CostOrderedQueue();
    for (const t of [task('big', 50_000), task('unknown'), task('small-1', 900), task('mid', 4_000), task('small-2', 900)]) queue.push(t);
    expect(queue.size).toBe(5);
    const order: string[] = [];
    for (let t = queue.shift(); t; t = queue.shift()) order.push(t.name);
    expect(order).toEqual(['small-1', 'small-2', 'mid', 'big', 'unknown']);
    expect(queue.shift()).toBeNull();
  });

  it('removes an aborted job wherever it waits', () => {
    const queue = new CostOrderedQueue();
    const [a, b, c] = [task('a', 1), task('b', 2), task('c', 3)];
    [a, b, c].forEach((t) => queue.push(t));
    queue.remove(b);
    expect([queue.shift()?.name, queue.shift()?.name, queue.size]).toEqual(['a', 'c', 0]);
  });
});

describe('the worker pool under a flood of costly jobs', () => {
  it('runs a small job queued after large ones before them', async () => {
    const documentLoader = createDocumentLoader({ didResolver: createDidKeyResolver() });
    // a pool of its own (3 threads: a setting no other test uses); first come first served would finish it last
    const run = createProofRunner({ workers: 3, jobTimeoutMs: 60_000, defaultDocumentLoader: documentLoader });
    const heavy = (i: number) => ({
      '@context': ['https://www.w3.org/2018/credentials/v1'],
      id: `urn:heavy:${i}`,
      type: ['VerifiableCredential'],
      issuer: 'did:example:issuer',
      issuanceDate: '2020-01-01T00:00:00Z',
      credentialSubject: { id: 'did:example:subject' },
      evidence: Array.from({ length: 80 }, () => ({ type: 'https://attacker.example/N' }))
    });
    const small = { '@context': ['https://www.w3.org/2018/credentials/v1'], type: 'VerifiablePresentation', holder: 'did:example:holder' };
    const finished: string[] = [];
    const jobs = Array.from({ length: 9 }, (_, i) => run({ op: 'canonical-form', document: heavy(i) }).then(() => finished.push(`heavy-${i}`)));
    jobs.push(run({ op: 'canonical-form', document: small }).then(() => finished.push('small')));
    await Promise.all(jobs);
    // at most the jobs already running (3) and those started while it was queued can finish first
    expect(finished.indexOf('small')).toBeLessThan(6);
  });
});
