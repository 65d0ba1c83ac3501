import { createVerifierApp, DOMAIN, type VerifierApp } from './verifier-app.js';

let t: VerifierApp;
beforeAll(async () => {
  t = await createVerifierApp();
});

describe('POST /challenges', () => {
  it('issues a stored single-use challenge with the domain and deadline', async () => {
    const response = await t.http.post('/challenges');
    expect(response.status).toBe(201);
    expect(response.headers['cache-control']).toBe('no-store');
    expect(response.body).toEqual({ challenge: expect.stringMatching(/^[A-Za-z0-9_-]{32}$/), domain: DOMAIN, expiresAt: expect.any(String) });
    expect(Date.parse(response.body.expiresAt) - t.world.clock.now().getTime()).toBe(120_000);
    await expect(t.challenges.consume(response.body.challenge)).resolves.toBeUndefined();
    expect((await t.http.post('/challenges')).body.challenge).not.toBe(response.body.challenge);
  });
});
