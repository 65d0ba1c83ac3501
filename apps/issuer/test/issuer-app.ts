// The issuer app in-process on an embedded store, for HTTP tests.
import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import request from 'supertest';
import type { Store } from '@agentvc/store';
import { createEmbeddedStore } from '@agentvc/store';
import { createIssuer, type Issuer, type IssuerPolicy } from '@agentvc/issuer';
import { createApp } from '@agentvc/issuer-app';
import { manualClock } from '../../../test/support/clock.js';

export const PUBLIC_URL = 'https://issuer.example';

export interface IssuerApp {
  issuer: Issuer;
  store: Store;
  clock: ReturnType<typeof manualClock>;
  token: string;
  http: ReturnType<typeof request>;
  auth: { Authorization: string };
  /** A fetcher for @agentvc/verifier that reads status lists through the app. */
  fetchStatusList(url: string): Promise<unknown>;
}

export async function createIssuerApp({
  dataDir,
  kek = randomBytes(32),
  store,
  policy,
  clock = manualClock()
}: { dataDir?: string; kek?: Buffer; store?: Store; policy?: Partial<IssuerPolicy>; clock?: ReturnType<typeof manualClock> } = {}): Promise<IssuerApp> {
  // the store's TTL indexes expire by the same clock as the issuer
  const db = store ?? (await createEmbeddedStore({ clock, ...(dataDir ? { dataDir } : {}) }));
  const issuer = await createIssuer({ store: db, clock, keyEncryptionKey: kek, publicUrl: PUBLIC_URL, ...(policy ? { policy } : {}) });
  const { token } = await issuer.apiKeys.create('test operator');
  const app = createApp({ issuer, store: db, logger: pino({ level: 'silent' }), publicUrl: PUBLIC_URL });
  const http = request(app.callback());
  return {
    issuer,
    store: db,
    clock,
    token,
    http,
    auth: { Authorization: `Bearer ${token}` },
    async fetchStatusList(url) {
      if (!url.startsWith(`${PUBLIC_URL}/`)) throw new Error(`not this issuer: ${url}`);
      const response = await http.get(url.slice(PUBLIC_URL.length));
      if (response.status !== 200) throw new Error(`status list answered ${response.status}`);
      return response.body;
    }
  };
}

export const paymentGrant = {
  capabilities: [{ type: 'PaymentAuthorization', maxAmount: { value: '50', currency: 'USD' }, merchants: ['shop.example'] }],
  validitySeconds: 900
};

/** Asserts an RFC 9457 problem response with a code. */
export function expectProblem(response: { status: number; headers: Record<string, string>; body: Record<string, unknown> }, status: number, code: string): void {
  expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(JSON.stringify(response.body)).not.toMatch(/at .*\.ts:\d+|node_modules/);
}
