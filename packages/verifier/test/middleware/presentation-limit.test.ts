// Issue 8 review: one client must not be able to fill the challenges' used-set (which would answer
// every agent 503 until ids expire). Presentations are counted per client address before any
// challenge is consumed; over the limit, 429 RATE_LIMITED with Retry-After.
import express from 'express';
import Koa from 'koa';
import request from 'supertest';
import { createSelfVerifyingChallenges } from '@agentvc/verifier';
import { requireCapability as koaRequire } from '@agentvc/verifier/koa';
import { requireCapability as expressRequire } from '@agentvc/verifier/express';
import { present } from '../../../../test/support/sign.js';
import { createWorld, DOMAIN, type World } from '../world.js';

let world: World;
beforeAll(async () => {
  world = await createWorld();
});

const capability = { type: 'PaymentAuthorization' as const, amount: { value: '10', currency: 'USD' }, merchant: 'shop.example' };

function shops(limit: number) {
  const challenges = createSelfVerifyingChallenges({ domain: DOMAIN });
  const options = { verifier: world.verifier(), challenges, domain: DOMAIN, capability, presentationsPerClientPerMinute: limit };
  const koa = new Koa({ proxy: true });
  koa.use(koaRequire(options));
  koa.use((ctx) => {
    ctx.body = { ok: true };
  });
  const app = express();
  app.set('trust proxy', true);
  app.get('/', expressRequire(options), (_req, res) => {
    res.json({ ok: true });
  });
  return { challenges, listeners: { Koa: koa.callback(), Express: app } };
}

describe.each(['Koa', 'Express'] as const)('requireCapability (%s): presentations per client', (framework) => {
  it('refuses a client over its limit with 429 before consuming anything, and lets other clients through', async () => {
    const { challenges, listeners } = shops(3);
    const http = request(listeners[framework]);
    const junk = async (challenge: string) => Buffer.from(JSON.stringify({ proof: { challenge } })).toString('base64url');
    const consumedBefore: string[] = [];
    for (let i = 0; i < 3; i += 1) {
      const { challenge } = await challenges.issue();
      consumedBefore.push(challenge);
      const response = await http.get('/').set('X-Forwarded-For', '203.0.113.7').set('Agent-Presentation', await junk(challenge));
      expect(response.status).toBe(401);
    }
    const { challenge: spared } = await challenges.issue();
    const refused = await http.get('/').set('X-Forwarded-For', '203.0.113.7').set('Agent-Presentation', await junk(spared));
    expect(refused.status).toBe(429);
    expect(refused.headers['content-type']).toMatch(/application\/problem\+json/);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
    expect(refused.body).toMatchObject({ status: 429, code: 'RATE_LIMITED' });
    // the refused request consumed nothing: its challenge is still good for its owner
    await expect(challenges.consume(spared)).resolves.toBeUndefined();
    // another client, with a correct presentation, is let through
    const { challenge } = await challenges.issue();
    const presentation = await present({ holder: world.agent, credentials: [world.credential], challenge, domain: DOMAIN, suite: 'eddsa-jcs-2022' });
    const honest = await http
      .get('/')
      .set('X-Forwarded-For', '198.51.100.20')
      .set('Agent-Presentation', Buffer.from(JSON.stringify(presentation)).toString('base64url'));
    expect(honest.status).toBe(200);
  });

  it('0 turns the limit off; a bad setting is refused at start', async () => {
    const { challenges, listeners } = shops(0);
    const http = request(listeners[framework]);
    for (let i = 0; i < 5; i += 1) {
      const { challenge } = await challenges.issue();
      const header = Buffer.from(JSON.stringify({ proof: { challenge } })).toString('base64url');
      expect((await http.get('/').set('Agent-Presentation', header)).status).toBe(401);
    }
    expect(() => shops(-1)).toThrow(/presentationsPerClientPerMinute/);
  });
});

describe('createClientBudget', () => {
  it('counts per client per fixed window, says how long to wait, and starts afresh in the next window', async () => {
    const { createClientBudget } = await import('../../src/middleware/create-client-budget.js');
    let t = 120_500;
    const budget = createClientBudget({ perWindow: 2, windowMs: 60_000, now: () => t });
    expect([budget.take('a'), budget.take('a'), budget.take('b')]).toEqual([undefined, undefined, undefined]);
    expect(budget.take('a')).toBe(60);
    t = 179_100;
    expect(budget.take('a')).toBe(1);
    t = 180_000;
    expect(budget.take('a')).toBeUndefined();
  });

  it('does not count new clients beyond its memory bound rather than refuse them', async () => {
    const { createClientBudget } = await import('../../src/middleware/create-client-budget.js');
    const budget = createClientBudget({ perWindow: 1, windowMs: 60_000, maxClients: 2, now: () => 0 });
    budget.take('a');
    budget.take('b');
    expect([budget.take('c'), budget.take('c'), budget.take('a')]).toEqual([undefined, undefined, 60]);
  });
});
