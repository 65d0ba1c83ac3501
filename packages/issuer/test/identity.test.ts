import { randomBytes } from 'node:crypto';
import { createEmbeddedStore } from '@agentvc/store';
import { exportIdentity } from '@agentvc/core';
import { createIssuerWorld } from './issuer-world.js';

describe('issuer identity', () => {
  it('is created once, stored sealed, and the same on every later start', async () => {
    const store = await createEmbeddedStore({});
    const kek = randomBytes(32);
    const first = await createIssuerWorld({ store, kek });
    const second = await createIssuerWorld({ store, kek });
    expect(second.issuer.identity.did).toBe(first.issuer.identity.did);
    const records = await store.collection('issuer_keys').find({});
    expect(records).toHaveLength(1);
    const secret = exportIdentity(first.issuer.identity).privateKeyMultibase;
    expect(JSON.stringify(records)).not.toContain(secret);
  });

  it('refuses to start with the wrong key-encryption key', async () => {
    const store = await createEmbeddedStore({});
    await createIssuerWorld({ store });
    await expect(createIssuerWorld({ store })).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
  });

  it('agrees on one identity when two instances start at once', async () => {
    const store = await createEmbeddedStore({});
    const kek = randomBytes(32);
    const [a, b] = await Promise.all([createIssuerWorld({ store, kek }), createIssuerWorld({ store, kek })]);
    expect(a.issuer.identity.did).toBe(b.issuer.identity.did);
  });
});
