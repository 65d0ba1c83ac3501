// Per-client rate limits, the same checks for every endpoint of every service.
import type request from 'supertest';
import type { Response } from 'supertest';
import { generateIdentity } from '@agentvc/core';
import type { manualClock } from './clock.js';
import { present, type PresentationSuite } from './sign.js';

export const CLIENT = '203.0.113.1';
export const OTHER_CLIENT = '203.0.113.2';

/** Asserts a 429 RATE_LIMITED problem with a Retry-After in seconds. */
export function expectRateLimited(response: Response): void {
  expect({ status: response.status, code: response.body.code }).toEqual({ status: 429, code: 'RATE_LIMITED' });
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(Number(response.headers['retry-after'])).toBeGreaterThanOrEqual(1);
}

/**
 * `points` requests from one client pass, the next is refused with 429; another client still
 * passes; in the next window the first passes again. `send(client)` makes one request as that
 * client (X-Forwarded-For, with the app trusting one proxy hop).
 */
export async function expectPerClientLimit({
  send,
  points,
  clock,
  windowSeconds
}: {
  send: (client: string) => Promise<Response>;
  points: number;
  clock: ReturnType<typeof manualClock>;
  windowSeconds: number;
}): Promise<void> {
  for (let i = 0; i < points; i++) expect((await send(CLIENT)).status).not.toBe(429);
  expectRateLimited(await send(CLIENT));
  expect((await send(OTHER_CLIENT)).status).not.toBe(429);
  clock.advance(windowSeconds * 1000);
  expect((await send(CLIENT)).status).not.toBe(429);
}

/**
 * A DID-auth sign-in route (`POST <signInPath>` with `{presentation}`) limited per client: each
 * attempt signs a fresh challenge from `challengePath`, fetched as a client of its own so only
 * the sign-in limit is in play. Refusals count too (the agent is not known), and a client over
 * the limit is refused before its body is read (a malformed one gets 429, not 400).
 */
export async function expectSignInLimit({
  http,
  challengePath,
  signInPath,
  suite,
  points,
  clock,
  windowSeconds
}: {
  http: ReturnType<typeof request>;
  challengePath: string;
  signInPath: string;
  suite?: PresentationSuite;
  points: number;
  clock: ReturnType<typeof manualClock>;
  windowSeconds: number;
}): Promise<void> {
  const agent = await generateIdentity();
  let fetched = 0;
  const signIn = async (client: string): Promise<Response> => {
    const { challenge, domain } = (await http.post(challengePath).set('X-Forwarded-For', `198.51.100.${++fetched}`)).body;
    const presentation = await present({ holder: agent, credentials: [], challenge, domain, ...(suite ? { suite } : {}) });
    return http.post(signInPath).set('X-Forwarded-For', client).send({ presentation });
  };
  await expectPerClientLimit({ send: signIn, points, clock, windowSeconds });
  for (let i = 1; i < points; i++) await signIn(CLIENT);
  expectRateLimited(await http.post(signInPath).set('X-Forwarded-For', CLIENT).set('Content-Type', 'application/json').send('{not json'));
}
