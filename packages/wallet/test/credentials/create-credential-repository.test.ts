import { createEmbeddedStore } from '@agentvc/store';
import { createCredentialRepository, type CredentialRepository } from '../../src/credentials/create-credential-repository.js';
import { manualClock } from '../../../../test/support/clock.js';

const entry = (id: string, issuer = 'did:key:issuer') => ({
  id,
  issuer,
  types: ['VerifiableCredential', 'AgentCapabilityCredential'],
  capabilityTypes: ['PaymentAuthorization'],
  verifiableCredential: { id, 'odd.key': { $literal: true } }
});

let repository: CredentialRepository;
beforeEach(async () => {
  repository = await createCredentialRepository({ store: await createEmbeddedStore({}), clock: manualClock() });
});

describe('credential repository', () => {
  it('scopes every operation to the agent, including the same credential id held by two agents', async () => {
    await repository.insert('did:key:a', entry('urn:uuid:1'));
    await repository.insert('did:key:b', entry('urn:uuid:1', 'did:key:other'));
    await expect(repository.insert('did:key:a', entry('urn:uuid:1'))).rejects.toMatchObject({ code: 'DUPLICATE_KEY' });
    expect((await repository.get('did:key:a', 'urn:uuid:1'))?.issuer).toBe('did:key:issuer');
    expect((await repository.get('did:key:b', 'urn:uuid:1'))?.issuer).toBe('did:key:other');
    expect(await repository.get('did:key:c', 'urn:uuid:1')).toBeNull();
    expect(await repository.list('did:key:c')).toEqual([]);
    expect(await repository.remove('did:key:c', 'urn:uuid:1')).toBe(false);
    expect(await repository.getMany('did:key:c', ['urn:uuid:1'])).toEqual({ found: [], missing: ['urn:uuid:1'] });
    expect(await repository.remove('did:key:b', 'urn:uuid:1')).toBe(true);
    expect(await repository.list('did:key:a')).toHaveLength(1);
  });

  it('keeps the credential exactly, even keys a document store would refuse', async () => {
    await repository.insert('did:key:a', entry('urn:uuid:2'));
    expect((await repository.get('did:key:a', 'urn:uuid:2'))?.verifiableCredential).toEqual(entry('urn:uuid:2').verifiableCredential);
  });

  it('returns asked-for credentials in order, once each', async () => {
    for (const id of ['x', 'y', 'z']) await repository.insert('did:key:a', entry(id));
    const { found, missing } = await repository.getMany('did:key:a', ['z', 'x', 'z', 'w']);
    expect(found.map((c) => c.id)).toEqual(['z', 'x']);
    expect(missing).toEqual(['w']);
  });
});
