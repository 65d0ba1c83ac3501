import { createHash } from 'node:crypto';
import { API_KEY_ID_PATTERN } from '@agentvc/issuer';
import { createIssuerWorld } from './issuer-world.js';

type AnyRecord = { _id: string } & Record<string, unknown>;

const TOKEN = /^avc_([0-9a-f]{24})_[A-Za-z0-9_-]{43}$/;

describe('operator API keys', () => {
  it('authenticates the token shown once, stores only a hash, lists masked, and revokes', async () => {
    const { issuer, store } = await createIssuerWorld();
    const { key, token } = await issuer.apiKeys.create('ops');
    expect(token).toMatch(TOKEN);
    expect(await issuer.apiKeys.authenticate(token)).toMatchObject({ key: { id: key.id, name: 'ops' } });
    expect(await issuer.apiKeys.authenticate(token)).toMatchObject({ key: { id: key.id } });
    const secret = token.slice('avc_'.length + 24 + 1);
    expect(JSON.stringify(await store.collection('api_keys').find({}))).not.toContain(secret);
    const listed = await issuer.apiKeys.list();
    expect(listed).toHaveLength(1);
    expect(JSON.stringify(listed)).not.toContain(secret);
    expect(listed[0]).not.toHaveProperty('hash');
    expect(listed[0]).not.toHaveProperty('legacy');
    expect(await issuer.apiKeys.revoke(key.id)).toBe(true);
    expect(await issuer.apiKeys.authenticate(token)).toEqual({ key: null, refusal: 'REVOKED', keyId: key.id });
    expect(await issuer.apiKeys.revoke(key.id)).toBe(false);
  });

  it('gives each key a random id carried in its token, never a hash of the token', async () => {
    const { issuer, store } = await createIssuerWorld();
    const { key, token } = await issuer.apiKeys.create('ops');
    const [, idInToken] = TOKEN.exec(token) as RegExpExecArray;
    expect(key.id).toBe(`key_${idInToken}`);
    expect(key.masked).toBe(`avc_${idInToken}_…`);
    // the finding: the old id was the first 64 bits of sha256(token), an offline guessing oracle
    const sha = createHash('sha256').update(token).digest('hex');
    const stored = JSON.stringify(await store.collection('api_keys').find({}));
    expect(stored).not.toContain(sha.slice(0, 16));
    expect(JSON.stringify(await issuer.apiKeys.list())).not.toContain(sha.slice(0, 16));
  });

  it('looks a key up by its id and checks the secret: a right id with a wrong secret is refused', async () => {
    const { issuer } = await createIssuerWorld();
    const { key, token } = await issuer.apiKeys.create('ops');
    const forged = `${token.slice(0, 29)}${'A'.repeat(43)}`;
    expect(await issuer.apiKeys.authenticate(forged)).toEqual({ key: null, refusal: 'WRONG_SECRET', keyId: key.id });
    expect(await issuer.apiKeys.authenticate(`avc_${'0'.repeat(24)}_${'A'.repeat(43)}`)).toEqual({ key: null, refusal: 'UNKNOWN' });
  });

  it.each(['', 'avc_wrong', 'x'.repeat(10_000), `avc_${'0'.repeat(16)}_${'A'.repeat(43)}`, `avc_${'0'.repeat(24)}_short`])('refuses malformed token %#', async (token) => {
    const { issuer } = await createIssuerWorld();
    await issuer.apiKeys.create('ops');
    expect(await issuer.apiKeys.authenticate(token)).toEqual({ key: null, refusal: 'MALFORMED' });
  });

  it('accepts a configured bootstrap token only in the avc_<id>_<secret> format', async () => {
    const { issuer } = await createIssuerWorld();
    const configured = `avc_0123456789abcdef01234567_${'s'.repeat(43)}`;
    await issuer.apiKeys.create('bootstrap', configured);
    expect(await issuer.apiKeys.authenticate(configured)).toMatchObject({ key: { id: 'key_0123456789abcdef01234567', name: 'bootstrap' } });
    expect((await issuer.apiKeys.authenticate(`${configured.slice(0, -1)}t`)).key).toBeNull();
    await expect(issuer.apiKeys.create('bootstrap', 'a-long-operator-chosen-secret-token-123')).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
  });

  it('lists keys stored in the old format as legacy and refuses them', async () => {
    const { issuer, store } = await createIssuerWorld();
    // a record as the previous version wrote it: id = key_ + 16 hex digits of sha256(token)
    const old = 'avc_' + 'o'.repeat(43);
    const oldId = `key_${createHash('sha256').update(old).digest('hex').slice(0, 16)}`;
    await store.collection<AnyRecord>('api_keys').insertOne({ _id: oldId, name: 'old', hash: 'x', salt: 'y', createdAt: new Date() });
    expect(await issuer.apiKeys.authenticate(old)).toEqual({ key: null, refusal: 'MALFORMED' });
    expect(await issuer.apiKeys.list()).toEqual([expect.objectContaining({ id: oldId, legacy: true })]);
    expect(await issuer.apiKeys.count()).toEqual({ current: 0, legacy: 1 });
    expect(await issuer.apiKeys.revoke(oldId)).toBe(true);
  });

  it('names current and legacy key ids with API_KEY_ID_PATTERN (what DELETE /admin/api-keys/:id accepts), nothing else', async () => {
    const { issuer } = await createIssuerWorld();
    const { key } = await issuer.apiKeys.create('ops');
    expect([key.id, 'key_0123456789abcdef'].filter((id) => API_KEY_ID_PATTERN.test(id))).toHaveLength(2);
    expect(['key_0123', 'key_0123456789ABCDEF', `${key.id}0`, 'other', `key_${'a'.repeat(20)}`].filter((id) => API_KEY_ID_PATTERN.test(id))).toEqual([]);
  });
});
