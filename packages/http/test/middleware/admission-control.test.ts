import request from 'supertest';
import { z } from 'zod';
import { defineRoute, PROBLEM_CONTENT_TYPE } from '@agentvc/http';
import { testService } from '../support/test-service.js';

/** A route whose requests wait until the test releases them. */
function gatedService(maxInFlight: number) {
  let release!: () => void;
  const gate = new Promise<void>((resolve) => {
    release = resolve;
  });
  let entered = 0;
  const route = defineRoute({ method: 'GET', path: '/slow', summary: 'waits', responses: { 200: z.object({ done: z.boolean() }) } }).handle(
    async () => {
      entered += 1;
      await gate;
      return { status: 200, body: { done: true } };
    }
  );
  const server = testService({ routes: [route], maxInFlight, retryAfterSeconds: 2 }).callback();
  return { server, release, entered: () => entered };
}

async function until(condition: () => boolean): Promise<void> {
  while (!condition()) await new Promise((resolve) => setTimeout(resolve, 2));
}

describe('admission control', () => {
  it('answers 503 OVERLOADED with Retry-After once maxInFlight requests are in progress', async () => {
    const { server, release, entered } = gatedService(2);
    const held = [request(server).get('/slow'), request(server).get('/slow')].map((r) => r.then((x) => x));
    await until(() => entered() === 2);

    const refused = await request(server).get('/slow');
    expect(refused.status).toBe(503);
    expect(refused.headers['retry-after']).toBe('2');
    expect(refused.headers['content-type']).toBe(PROBLEM_CONTENT_TYPE);
    expect(refused.body).toMatchObject({ code: 'OVERLOADED', status: 503 });
    expect(entered()).toBe(2);

    // Probes and scrapes still answer while saturated
    expect((await request(server).get('/health')).status).toBe(200);
    expect((await request(server).get('/ready')).status).toBe(200);
    expect((await request(server).get('/metrics')).status).toBe(200);

    release();
    const done = await Promise.all(held);
    expect(done.map((r) => r.status)).toEqual([200, 200]);
    expect((await request(server).get('/slow')).status).toBe(200);
  });

  it('frees the slot when a handler fails', async () => {
    const route = defineRoute({ method: 'GET', path: '/fail', summary: 'fails', responses: { 200: z.object({}) } }).handle(() => {
      throw new Error('nope');
    });
    const server = testService({ routes: [route], maxInFlight: 1 }).callback();
    expect((await request(server).get('/fail')).status).toBe(500);
    expect((await request(server).get('/fail')).status).toBe(500);
  });

  it('rejects a maxInFlight that is not a positive integer', () => {
    expect(() => testService({ maxInFlight: 0 })).toThrow(RangeError);
  });
});
