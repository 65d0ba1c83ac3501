// The first operator key at start: generated in the avc_<id>_<secret> format, also when the
// store holds only legacy (refused) keys; a configured one must be in that format.
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, startIssuer, type IssuerConfig } from '@agentvc/issuer-app';
import { itOnMongo, mongoTestDatabase } from '../../../test/support/mongo-database.js';

type AnyRecord = { _id: string } & Record<string, unknown>;

let dataDir = '';
beforeEach(async () => {
  dataDir = await mkdtemp(join(tmpdir(), 'agentvc-start-issuer-'));
});
afterEach(() => rm(dataDir, { recursive: true, force: true }));

const config = (extra: Partial<IssuerConfig> = {}): IssuerConfig => ({
  ...loadConfig({ AGENTVC_DATA_DIR: dataDir, ISSUER_PORT: '0', ISSUER_PUBLIC_URL: 'http://issuer.test', LOG_LEVEL: 'silent' }),
  ...extra
});

it('generates a new-format key when the store holds only legacy keys, once', async () => {
  const first = await startIssuer(config());
  expect(first.generatedAdminToken).toMatch(/^avc_[0-9a-f]{24}_[A-Za-z0-9_-]{43}$/);
  // make the store look like an older version's: only a key with a hash-derived id
  await first.store.collection('api_keys').deleteMany({});
  await first.store.collection<AnyRecord>('api_keys').insertOne({ _id: 'key_0123456789abcdef', name: 'old', hash: 'x', salt: 'y', createdAt: new Date() });
  await first.stop();
  const second = await startIssuer(config());
  expect(second.legacyApiKeys).toBe(1);
  expect((await second.issuer.apiKeys.authenticate(second.generatedAdminToken ?? '')).key).not.toBeNull();
  await second.stop();
  const third = await startIssuer(config());
  expect(third.generatedAdminToken).toBeUndefined();
  await third.stop();
});

it('refuses to start with a configured token that is not avc_<id>_<secret>, or whose id has another secret', async () => {
  await expect(startIssuer(config({ adminToken: 'a-long-operator-chosen-secret-token-123' }))).rejects.toThrow(/must look like avc_<24 hex digits>_<43\+ base64url characters>/);
  const token = `avc_${'a'.repeat(24)}_${'b'.repeat(43)}`;
  const started = await startIssuer(config({ adminToken: token }));
  expect(started.generatedAdminToken).toBeUndefined();
  expect((await started.issuer.apiKeys.authenticate(token)).key).toMatchObject({ name: 'bootstrap (AGENTVC_ADMIN_TOKEN)' });
  await started.stop();
  await expect(startIssuer(config({ adminToken: `avc_${'a'.repeat(24)}_${'c'.repeat(43)}` }))).rejects.toThrow(/names key key_a+, which exists with another secret/);
});

describe('on MongoDB (MONGODB_URL)', () => {
  const database = mongoTestDatabase('agentvc_start_issuer');
  const onMongo = itOnMongo(database);
  afterAll(() => database?.drop());
  const mongoConfig = (extra: Partial<IssuerConfig> = {}) =>
    config({ mongodbUrl: database?.url ?? '', mongodbDb: database?.dbName ?? '', kek: database?.kek ?? '', ...extra });

  onMongo('starts, keeps its identity and first key across restarts, and needs AGENTVC_KEK', async () => {
    await expect(startIssuer(mongoConfig({ kek: undefined }))).rejects.toThrow('AGENTVC_KEK is required when MONGODB_URL is set');
    const first = await startIssuer(mongoConfig());
    expect(first.store.engine).toBe('mongodb');
    expect(first.generatedAdminToken).toMatch(/^avc_/);
    expect((await fetch(`${first.url}/ready`)).status).toBe(200);
    const did = first.issuer.identity.did;
    await first.stop();
    const second = await startIssuer(mongoConfig());
    try {
      expect(second.issuer.identity.did).toBe(did);
      expect(second.generatedAdminToken).toBeUndefined();
      expect((await second.issuer.apiKeys.authenticate(first.generatedAdminToken ?? '')).key).not.toBeNull();
    } finally {
      await second.stop();
    }
  });
});
