import { createIssuerWorld } from './issuer-world.js';

describe('operator API keys', () => {
  it('authenticates the token shown once, stores only a hash, lists masked, and revokes', async () => {
    const { issuer, store } = await createIssuerWorld();
    const { key, token } = await issuer.apiKeys.create('ops');
    expect(token).toMatch(/^avc_[A-Za-z0-9_-]{43}$/);
    expect(await issuer.apiKeys.authenticate(token)).toMatchObject({ id: key.id, name: 'ops' });
    expect(await issuer.apiKeys.authenticate(token)).toMatchObject({ id: key.id });
    expect(JSON.stringify(await store.collection('api_keys').find({}))).not.toContain(token.slice(4));
    const listed = await issuer.apiKeys.list();
    expect(listed).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(token);
    expect(listed[0]).not.toHaveProperty('hash');
    expect(await issuer.apiKeys.revoke(key.id)).toBe(true);
    expect(await issuer.apiKeys.authenticate(token)).toBeNull();
    expect(await issuer.apiKeys.revoke(key.id)).toBe(false);
  });

  it.each(['', 'avc_wrong', 'x'.repeat(10_000)])('refuses token %#', async (token) => {
    const { issuer } = await createIssuerWorld();
    await issuer.apiKeys.create('ops');
    expect(await issuer.apiKeys.authenticate(token)).toBeNull();
  });

  it('accepts a configured bootstrap token', async () => {
    const { issuer } = await createIssuerWorld();
    await issuer.apiKeys.create('bootstrap', 'a-long-operator-chosen-secret-token-123');
    expect(await issuer.apiKeys.authenticate('a-long-operator-chosen-secret-token-123')).toMatchObject({ name: 'bootstrap' });
    expect(await issuer.apiKeys.authenticate('a-long-operator-chosen-secret-token-124')).toBeNull();
  });
});
