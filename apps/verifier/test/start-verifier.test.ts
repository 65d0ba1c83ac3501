import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadConfig, startVerifier } from '@agentvc/verifier-app';

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
