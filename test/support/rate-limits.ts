// Per-client rate limits, the same checks for every endpoint of every service.
import type { Response } from 'supertest';
import type { manualClock } from './clock.js';

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
