import { decodeStatusList } from '@agentvc/status-list';
import { createIssuerWorld } from './issuer-world.js';

describe('status registry', () => {
  it('hands out 1,000 distinct indexes to 1,000 concurrent allocations, not in sequence', async () => {
    const { issuer } = await createIssuerWorld();
    const allocations = await Promise.all(Array.from({ length: 1000 }, (_, i) => issuer.statusRegistry.allocate('revocation', `urn:uuid:${i}`)));
    const keys = new Set(allocations.map((a) => `${a.listId}:${a.index}`));
    expect(keys.size).toBe(1000);
    const indexes = allocations.map((a) => a.index);
    const steps = indexes.slice(1).filter((index, i) => index === (indexes[i] as number) + 1).length;
    expect(steps).toBeLessThan(20);
  });

  it('starts a new list when one fills', async () => {
    const { issuer } = await createIssuerWorld({ policy: { statusListLength: 16 } });
    const allocations = await Promise.all(Array.from({ length: 40 }, (_, i) => issuer.statusRegistry.allocate('revocation', `urn:uuid:${i}`)));
    const lists = new Map<string, Set<number>>();
    for (const a of allocations) lists.set(a.listId, (lists.get(a.listId) ?? new Set()).add(a.index));
    expect(lists.size).toBe(3);
    for (const indexes of lists.values()) {
      expect(indexes.size).toBeLessThanOrEqual(16);
      for (const index of indexes) expect(index).toBeLessThan(16);
    }
    expect([...lists.values()].reduce((n, s) => n + s.size, 0)).toBe(40);
  });

  it('re-signs a list only when it changed, and the bits follow the changes', async () => {
    const { issuer, clock } = await createIssuerWorld();
    const allocation = await issuer.statusRegistry.allocate('suspension', 'urn:uuid:1');
    const first = await issuer.statusRegistry.signedList(allocation.listId);
    clock.advance(1000);
    expect(await issuer.statusRegistry.signedList(allocation.listId)).toEqual(first);
    expect(await issuer.statusRegistry.setBit(allocation, true)).toBe(true);
    expect(await issuer.statusRegistry.setBit(allocation, true)).toBe(false);
    const second = await issuer.statusRegistry.signedList(allocation.listId);
    expect(second.etag).not.toBe(first.etag);
    const bits = await decodeStatusList({ encodedList: (second.credential.credentialSubject as { encodedList: string }).encodedList });
    expect(bits.getStatus(allocation.index)).toBe(true);
    expect(await issuer.statusRegistry.setBit(allocation, false)).toBe(true);
    const third = await issuer.statusRegistry.signedList(allocation.listId);
    const cleared = await decodeStatusList({ encodedList: (third.credential.credentialSubject as { encodedList: string }).encodedList });
    expect(cleared.getStatus(allocation.index)).toBe(false);
  });

  it('signs lists valid for statusListValiditySeconds and re-signs an unchanged one after half of it', async () => {
    const { issuer, clock } = await createIssuerWorld({ policy: { statusListValiditySeconds: 600 } });
    const allocation = await issuer.statusRegistry.allocate('revocation', 'urn:uuid:1');
    const first = await issuer.statusRegistry.signedList(allocation.listId);
    const dates = ({ credential }: { credential: Record<string, unknown> }) => [Date.parse(String(credential.issuanceDate)), Date.parse(String(credential.expirationDate))];
    const [from, until] = dates(first);
    expect((until as number) - (from as number)).toBe(600_000);
    clock.advance(299_000);
    expect(await issuer.statusRegistry.signedList(allocation.listId)).toEqual(first);
    clock.advance(2_000);
    const second = await issuer.statusRegistry.signedList(allocation.listId);
    expect(second.etag).not.toBe(first.etag);
    expect(dates(second)[1]).toBeGreaterThan(clock.now().getTime() + 290_000);
    // an hour later, long past the first copy's expiry: a fresh copy, not the stored one
    clock.advance(3_600_000);
    const third = await issuer.statusRegistry.signedList(allocation.listId);
    expect(dates(third)[1]).toBeGreaterThan(clock.now().getTime());
    expect(third.credential.credentialSubject).toEqual(first.credential.credentialSubject);
  });

  it('answers NOT_FOUND for an unknown list', async () => {
    const { issuer } = await createIssuerWorld();
    await expect(issuer.statusRegistry.signedList('nope')).rejects.toMatchObject({ code: 'NOT_FOUND' });
  });
});

describe('issuance under concurrency', () => {
  it('gives 1,000 concurrent issuances 1,000 distinct status indexes and records every credential', async () => {
    const { issuer, store } = await createIssuerWorld();
    const capabilities = [{ type: 'PaymentAuthorization' as const, maxAmount: { value: '5', currency: 'USD' } }];
    const issued = await Promise.all(
      Array.from({ length: 1000 }, (_, i) =>
        issuer.issuance.issueCapabilities(`did:key:z6MkAgent${i}`, capabilities, { suspendable: false, validitySeconds: 600 })
      )
    );
    const slots = issued.map((c) => {
      const status = c.credentialStatus as { statusListCredential: string; statusListIndex: string };
      return `${status.statusListCredential}#${status.statusListIndex}`;
    });
    expect(new Set(slots).size).toBe(1000);
    expect(new Set(issued.map((c) => c.id)).size).toBe(1000);
    expect(await store.collection('credentials').countDocuments({})).toBe(1000);
    expect(await store.collection('status_entries').countDocuments({})).toBe(1000);
    // one list for the whole burst: concurrent requests must not each start a list
    expect(await store.collection('status_lists').countDocuments({})).toBe(1);
  });
});
