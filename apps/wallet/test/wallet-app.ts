// The wallet app in-process on an in-memory embedded store, with a test issuer and its status lists.
import { randomBytes } from 'node:crypto';
import { pino } from 'pino';
import request from 'supertest';
import { generateIdentity, type AgentIdentity } from '@agentvc/core';
import { createEmbeddedStore, type Store } from '@agentvc/store';
import { createWallet, type Wallet } from '@agentvc/wallet';
import { createApp } from '@agentvc/wallet-app';
import { manualClock } from '../../../test/support/clock.js';
import { capabilityCredential, issue, payment, present, type Json } from '../../../test/support/sign.js';
import { createTestStatusLists, type TestStatusLists } from '../../../test/support/status-lists.js';

export const PUBLIC_URL = 'https://wallet.example';
export const DOMAIN = 'wallet.example';

export interface WalletApp {
  wallet: Wallet;
  store: Store;
  clock: ReturnType<typeof manualClock>;
  http: ReturnType<typeof request>;
  /** The deployment's trusted issuer. */
  issuer: AgentIdentity;
  statusLists: TestStatusLists;
  /** DID-auth through the app; the Authorization header of the new session. */
  signIn(agent: AgentIdentity): Promise<{ Authorization: string }>;
  /** A signed payment credential for `subject` with a revocation entry at a fresh index. */
  credentialFor(subject: AgentIdentity, options?: { issuer?: AgentIdentity; now?: Date; validForMs?: number; merchants?: string[] }): Promise<Json & { id: string }>;
}

let nextIndex = 1;

export async function createWalletApp(): Promise<WalletApp> {
  const clock = manualClock();
  const store = await createEmbeddedStore({ clock });
  const issuer = await generateIdentity();
  const statusLists = await createTestStatusLists(issuer);
  const wallet = await createWallet({
    store,
    clock,
    keyEncryptionKey: randomBytes(32),
    publicUrl: PUBLIC_URL,
    trustedIssuers: [issuer.did],
    fetchStatusList: statusLists.fetch
  });
  const http = request(createApp({ wallet, store, logger: pino({ level: 'silent' }) }).callback());
  return {
    wallet,
    store,
    clock,
    http,
    issuer,
    statusLists,
    async signIn(agent) {
      const { challenge, domain } = (await http.post('/auth/challenges')).body;
      const presentation = await present({ holder: agent, credentials: [], challenge, domain, suite: 'eddsa-jcs-2022' });
      const response = await http.post('/auth/sessions').send({ presentation });
      expect(response.status).toBe(201);
      return { Authorization: `Bearer ${response.body.token}` };
    },
    async credentialFor(subject, { issuer: signer = issuer, now = clock.now(), validForMs, merchants = ['shop.example'] } = {}) {
      const unsigned = capabilityCredential({
        issuer: signer.did,
        subject: subject.did,
        capabilities: [payment('50', 'USD', { merchants })],
        status: statusLists.entry('revocation', nextIndex++),
        now,
        ...(validForMs ? { validForMs } : {})
      });
      return (await issue(signer, unsigned)) as Json & { id: string };
    }
  };
}

/** Asserts an RFC 9457 problem response with a code. */
export function expectProblem(response: { status: number; headers: Record<string, string>; body: Record<string, unknown> }, status: number, code: string): void {
  expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  expect(JSON.stringify(response.body)).not.toMatch(/at .*\.ts:\d+|node_modules/);
}

export const problemCodes = (body: { problems?: Array<{ code: string }> }): string[] => (body.problems ?? []).map((p) => p.code);

export const itemPath = (id: string): string => `/credentials/${encodeURIComponent(id)}`;
