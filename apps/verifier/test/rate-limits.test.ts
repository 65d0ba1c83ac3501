import { pino } from 'pino';
import request from 'supertest';
import { createEmbeddedStore, createStoredChallenges, createStoredRateLimitCounter, type Store } from '@agentvc/store';
import { createApp } from '@agentvc/verifier-app';
import { CLIENT, expectPerClientLimit, expectRateLimited } from '../../../test/support/rate-limits.js';
import { createWorld, type World } from '../../../packages/verifier/test/world.js';
import { DOMAIN } from './verifier-app.js';

const WINDOW_SECONDS = 60;
const POINTS = 3;

async function limitedApp(world: World, store: Store, counter?: Awaited<ReturnType<typeof createStoredRateLimitCounter>>) {
  const challenges = await createStoredChallenges({ store, clock: world.clock, ttlSeconds: 120, collection: 'verifier_challenges' });
  const app = createApp({
    verifier: world.verifier(),
    challenges,
    store,
    logger: pino({ level: 'silent' }),
    domain: DOMAIN,
    rateLimits: { points: { challenges: POINTS, verify: POINTS }, windowSeconds: WINDOW_SECONDS, clock: world.clock, ...(counter ? { counter } : {}) },
    trustedProxyHops: 1
  });
  return request(app.callback());
}

describe('verifier rate limits per client', () => {
  let world: World;
  let http: ReturnType<typeof request>;
  beforeEach(async () => {
    world = await createWorld();
    http = await limitedApp(world, await createEmbeddedStore());
  });

  it('POST /challenges', async () => {
    await expectPerClientLimit({ send: (client) => http.post('/challenges').set('X-Forwarded-For', client), points: POINTS, clock: world.clock, windowSeconds: WINDOW_SECONDS });
  });

  it('POST /credentials/verify and POST /presentations/verify, counted together, before the body is parsed', async () => {
    const verifyCredential = (client: string) => http.post('/credentials/verify').set('X-Forwarded-For', client).send({ verifiableCredential: world.credential });
    await expectPerClientLimit({ send: verifyCredential, points: POINTS, clock: world.clock, windowSeconds: WINDOW_SECONDS });
    // the client has used one request of the new window on /credentials/verify; presentations share the count
    for (let i = 1; i < POINTS; i++) expect((await http.post('/presentations/verify').set('X-Forwarded-For', CLIENT).send({})).status).toBe(400);
    expectRateLimited(await http.post('/presentations/verify').set('X-Forwarded-For', CLIENT).set('Content-Type', 'application/json').send('{not json'));
  });

  it('is shared by instances on one store (MongoDB in production) through createStoredRateLimitCounter', async () => {
    const store = await createEmbeddedStore();
    const counter = () => createStoredRateLimitCounter({ store, collection: 'verifier_rate_limits' });
    const [first, second] = [await limitedApp(world, store, await counter()), await limitedApp(world, store, await counter())];
    for (let i = 0; i < POINTS; i++) expect((await (i % 2 === 0 ? first : second).post('/challenges').set('X-Forwarded-For', CLIENT)).status).toBe(201);
    expectRateLimited(await first.post('/challenges').set('X-Forwarded-For', CLIENT));
    expectRateLimited(await second.post('/challenges').set('X-Forwarded-For', CLIENT));
  });

  it('documents 429 on the limited routes', async () => {
    const { paths } = (await http.get('/openapi.json')).body;
    for (const path of ['/challenges', '/credentials/verify', '/presentations/verify']) expect(Object.keys(paths[path].post.responses)).toContain('429');
  });
});
