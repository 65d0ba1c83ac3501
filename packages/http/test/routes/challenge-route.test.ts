import request from 'supertest';
import { VERIFIER_ROUTES } from '@agentvc/core';
import { challengeRoute, createRateLimit } from '@agentvc/http';
import { testService } from '../support/test-service.js';

const expiresAt = new Date('2025-06-01T12:02:00.000Z');
let issued = 0;
const challenges = { issue: async () => ({ challenge: `c-${++issued}`, expiresAt }) };
const clock = { now: () => new Date('2025-06-01T12:00:00.000Z') };

const route = (rateLimit?: ReturnType<typeof createRateLimit>) =>
  challengeRoute({ operation: VERIFIER_ROUTES.challenge, challenges, domain: 'rp.example', summary: 'A challenge', tags: ['presentations'], rateLimit });

describe('challengeRoute', () => {
  it('answers 201 with a fresh challenge, the domain and the deadline, never cached', async () => {
    const server = testService({ routes: [route()] }).callback();
    const first = await request(server).post('/challenges');
    expect(first.status).toBe(201);
    expect(first.headers['cache-control']).toBe('no-store');
    expect(first.body).toEqual({ challenge: expect.stringMatching(/^c-\d+$/), domain: 'rp.example', expiresAt: expiresAt.toISOString() });
    expect((await request(server).post('/challenges')).body.challenge).not.toBe(first.body.challenge);
  });

  it('is documented from its contract, and counted by its rate limit', async () => {
    const limit = createRateLimit({ name: 'challenges', points: 1, durationSeconds: 60, clock });
    const server = testService({ routes: [route(limit)] }).callback();
    const operation = (await request(server).get('/openapi.json')).body.paths['/challenges'].post;
    expect(operation).toMatchObject({ operationId: 'createChallenge', summary: 'A challenge', tags: ['presentations'] });
    expect(operation.responses['201'].content['application/json'].example).toEqual(VERIFIER_ROUTES.challenge.examples.responses[201]);
    expect(Object.keys(operation.responses)).toContain('429');
    expect((await request(server).post('/challenges')).status).toBe(201);
    expect((await request(server).post('/challenges')).status).toBe(429);
  });
});
