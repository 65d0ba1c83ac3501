import request from 'supertest';
import { z } from 'zod';
import type { RateLimitCounter } from '@agentvc/core';
import { createRateLimit, defineRoute, HttpError, readBearerToken, type RateLimit } from '@agentvc/http';
import { manualClock } from '../../../../test/support/clock.js';
import { testService } from '../support/test-service.js';

const WINDOW_SECONDS = 60;

function limited(options: { points?: number; counter?: RateLimitCounter } = {}) {
  const clock = manualClock(new Date('2030-01-01T00:00:10Z'));
  const limit = createRateLimit({ name: 'pings', points: options.points ?? 3, durationSeconds: WINDOW_SECONDS, clock, ...(options.counter ? { counter: options.counter } : {}) });
  let handled = 0;
  const route = defineRoute({
    method: 'POST',
    path: '/ping',
    summary: 'A limited route with a body',
    rateLimit: limit,
    request: { body: z.object({ n: z.number() }).optional() },
    responses: { 200: z.object({ handled: z.number() }) }
  }).handle(() => ({ status: 200, body: { handled: ++handled } }));
  return { clock, limit, handled: () => handled, app: (trustedProxyHops = 0) => testService({ routes: [route], trustedProxyHops }).callback() };
}

function expectRateLimited(response: request.Response, retryAfter: number): void {
  expect(response.status).toBe(429);
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(response.headers['retry-after']).toBe(String(retryAfter));
  expect(response.body).toMatchObject({ status: 429, code: 'RATE_LIMITED', type: 'urn:agentvc:problem:rate-limited', instance: '/ping' });
  expect(response.body.detail).toContain('pings');
}

describe('createRateLimit on a route', () => {
  it('refuses the (points + 1)-th request of a client in a window with 429, Retry-After and a problem, before the body is read', async () => {
    const { app, handled } = limited();
    const server = app();
    for (let i = 0; i < 3; i++) expect((await request(server).post('/ping').send({ n: i })).status).toBe(200);
    // not even parsed: a malformed body over the limit is refused for the limit, not the JSON
    const refused = await request(server).post('/ping').set('Content-Type', 'application/json').send('{not json');
    expectRateLimited(refused, 50);
    expect(handled()).toBe(3);
  });

  it('counts again once the window is over', async () => {
    const { app, clock } = limited({ points: 1 });
    const server = app();
    expect((await request(server).post('/ping')).status).toBe(200);
    expectRateLimited(await request(server).post('/ping'), 50);
    clock.advance(49_000);
    expectRateLimited(await request(server).post('/ping'), 1);
    clock.advance(1_000);
    expect((await request(server).post('/ping')).status).toBe(200);
    expectRateLimited(await request(server).post('/ping'), 60);
  });

  it('counts the socket address: X-Forwarded-For is the client’s own say unless proxies are trusted', async () => {
    const { app } = limited({ points: 1 });
    const server = app();
    expect((await request(server).post('/ping').set('X-Forwarded-For', '203.0.113.1')).status).toBe(200);
    expectRateLimited(await request(server).post('/ping').set('X-Forwarded-For', '203.0.113.2'), 50);
  });

  it('behind trusted proxies, counts the address the last trusted hop saw: another client is unaffected, spoofed entries change nothing', async () => {
    const { app } = limited({ points: 1 });
    const server = app(1);
    expect((await request(server).post('/ping').set('X-Forwarded-For', '203.0.113.1')).status).toBe(200);
    expectRateLimited(await request(server).post('/ping').set('X-Forwarded-For', 'spoofed, 203.0.113.1'), 50);
    expect((await request(server).post('/ping').set('X-Forwarded-For', '203.0.113.9')).status).toBe(200);
    expectRateLimited(await request(server).post('/ping').set('X-Forwarded-For', '203.0.113.9'), 50);
  });

  it('counts an IPv6 client by its /64', async () => {
    const { app } = limited({ points: 1 });
    const server = app(1);
    expect((await request(server).post('/ping').set('X-Forwarded-For', '2001:db8:1:2::1')).status).toBe(200);
    expectRateLimited(await request(server).post('/ping').set('X-Forwarded-For', '2001:db8:1:2:ffff::9'), 50);
    expect((await request(server).post('/ping').set('X-Forwarded-For', '2001:db8:1:3::1')).status).toBe(200);
  });

  it('counts in a shared counter, and in memory while that counter fails', async () => {
    const hits = new Map<string, number>();
    let down = false;
    const counter: RateLimitCounter = {
      async increment(key) {
        if (down) throw new Error('store down');
        hits.set(key, (hits.get(key) ?? 0) + 1);
        return hits.get(key) ?? 0;
      },
      async count(key) {
        return hits.get(key) ?? 0;
      }
    };
    const { app } = limited({ points: 2, counter });
    // the first hit is counted elsewhere (another instance)
    hits.set(`pings:127.0.0.1:${Math.floor(Date.parse('2030-01-01T00:00:10Z') / 60_000)}`, 1);
    const server = app();
    expect((await request(server).post('/ping')).status).toBe(200);
    expectRateLimited(await request(server).post('/ping'), 50);

    const other = limited({ points: 2, counter });
    down = true;
    const fallback = other.app();
    expect((await request(fallback).post('/ping')).status).toBe(200);
    expect((await request(fallback).post('/ping')).status).toBe(200);
    expectRateLimited(await request(fallback).post('/ping'), 50);
  });

  it('refuses nonsensical options', () => {
    expect(() => createRateLimit({ name: 'x', points: 0, durationSeconds: 60 })).toThrow(/points/);
    expect(() => createRateLimit({ name: 'x', points: 1, durationSeconds: 0.5 })).toThrow(/durationSeconds/);
  });
});

describe('createRateLimit as an auth failure limit', () => {
  function guarded() {
    const clock = manualClock(new Date('2030-01-01T00:00:00Z'));
    const failureLimit: RateLimit = createRateLimit({ name: 'auth-failures', points: 2, durationSeconds: WINDOW_SECONDS, clock });
    let checked = 0;
    const route = defineRoute({
      method: 'GET',
      path: '/secret',
      summary: 'Needs a token',
      auth: {
        scheme: 'token',
        failureLimit,
        authenticate: (ctx) => {
          checked += 1;
          if (readBearerToken(ctx) !== 'good') throw new HttpError('TOKEN_INVALID', 'no');
          return 'someone';
        }
      },
      responses: { 200: z.object({ ok: z.boolean() }) }
    }).handle(() => ({ status: 200, body: { ok: true } }));
    return { clock, checked: () => checked, server: testService({ routes: [route], trustedProxyHops: 1 }).callback() };
  }
  const as = (client: string, token: string) => ({ 'X-Forwarded-For': client, Authorization: `Bearer ${token}` });

  it('counts refusals, not successes; past the limit refuses the client before authenticating, even with a good token', async () => {
    const { server, checked } = guarded();
    for (let i = 0; i < 5; i++) expect((await request(server).get('/secret').set(as('198.51.100.1', 'good'))).status).toBe(200);
    expect((await request(server).get('/secret').set(as('198.51.100.1', 'bad'))).status).toBe(401);
    expect((await request(server).get('/secret').set(as('198.51.100.1', 'bad'))).status).toBe(401);
    const before = checked();
    const refused = await request(server).get('/secret').set(as('198.51.100.1', 'good'));
    expect(refused.status).toBe(429);
    expect(refused.headers['retry-after']).toBe('60');
    expect(refused.body).toMatchObject({ code: 'RATE_LIMITED', status: 429 });
    expect(checked()).toBe(before);
    // another client is unaffected
    expect((await request(server).get('/secret').set(as('198.51.100.2', 'good'))).status).toBe(200);
  });

  it('lets the client try again in the next window', async () => {
    const { server, clock } = guarded();
    for (let i = 0; i < 2; i++) await request(server).get('/secret').set(as('198.51.100.1', 'bad'));
    expect((await request(server).get('/secret').set(as('198.51.100.1', 'good'))).status).toBe(429);
    clock.advance(WINDOW_SECONDS * 1000);
    expect((await request(server).get('/secret').set(as('198.51.100.1', 'good'))).status).toBe(200);
  });
});

describe('rate limits in OpenAPI', () => {
  it('documents 429 on limited routes only, with the limit', async () => {
    const { app } = limited({ points: 3 });
    const { paths } = (await request(app()).get('/openapi.json')).body;
    expect(paths['/ping'].post.responses['429']).toMatchObject({ description: 'Too Many Requests: more than 3 requests per 60 s from one client (see Retry-After)' });
    expect(paths['/health'].get.responses['429']).toBeUndefined();
  });
});
