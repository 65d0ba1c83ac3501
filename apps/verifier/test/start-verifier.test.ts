import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, startVerifier } from '@agentvc/verifier-app';
import { itOnMongo, mongoTestDatabase } from '../../../test/support/mongo-database.js';

describe('startVerifier', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'agentvc-verifier-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('listens on the configured port with its own data directory, and stops', async () => {
    const config = loadConfig({ VERIFIER_PORT: '0', AGENTVC_DATA_DIR: dir, LOG_LEVEL: 'silent', VERIFIER_PUBLIC_URL: 'https://verify.example' });
    const started = await startVerifier(config);
    try {
      expect(started.url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
      expect((await fetch(`${started.url}/ready`)).status).toBe(200);
      const challenge = (await (await fetch(`${started.url}/challenges`, { method: 'POST' })).json()) as { challenge: string; domain: string };
      expect(challenge).toMatchObject({ domain: 'verify.example', challenge: expect.any(String) });
      const verified = await fetch(`${started.url}/presentations/verify`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ verifiablePresentation: {}, options: { challenge: challenge.challenge, domain: 'verify.example' } })
      });
      expect(verified.status).toBe(400);
      expect(await verified.json()).toMatchObject({ verified: false, problems: expect.arrayContaining([expect.objectContaining({ code: 'MALFORMED_PRESENTATION' })]) });
    } finally {
      await started.stop();
    }
  });
});

describe('startVerifier on MongoDB (MONGODB_URL)', () => {
  const database = mongoTestDatabase('agentvc_start_verifier');
  afterAll(() => database?.drop());

  itOnMongo(database)('starts on the database, is ready, and keeps its issued challenges across a restart', async () => {
    const env = { VERIFIER_PORT: '0', AGENTVC_DATA_DIR: '/nonexistent-on-mongodb', LOG_LEVEL: 'silent', VERIFIER_PUBLIC_URL: 'https://verify.example', ...database?.env };
    const first = await startVerifier(loadConfig(env));
    let challenge: string;
    try {
      expect(first.store.engine).toBe('mongodb');
      expect((await fetch(`${first.url}/ready`)).status).toBe(200);
      ({ challenge } = (await (await fetch(`${first.url}/challenges`, { method: 'POST' })).json()) as { challenge: string });
    } finally {
      await first.stop();
    }
    const second = await startVerifier(loadConfig(env));
    try {
      expect((await fetch(`${second.url}/ready`)).status).toBe(200);
      const challenges = await second.store.collection('verifier_challenges').find({});
      expect(challenges.map((stored) => stored._id)).toContain(challenge);
    } finally {
      await second.stop();
    }
  });
});
