// The verifier app in-process on an embedded store, with a world of issuer, agent and status lists.
import { pino } from 'pino';
import request from 'supertest';
import type { ChallengeStore } from '@agentvc/core';
import { createEmbeddedStore, createStoredChallenges, type Store } from '@agentvc/store';
import { createApp } from '@agentvc/verifier-app';
import { present, type Json } from '../../../test/support/sign.js';
import { createWorld, type World } from '../../../packages/verifier/test/world.js';

export const DOMAIN = 'verifier.example';

export interface VerifierApp {
  world: World;
  store: Store;
  challenges: ChallengeStore;
  http: ReturnType<typeof request>;
  /** A challenge from POST /challenges and a presentation of the world's credential over it. */
  presentation(options?: { credentials?: Json[]; domain?: string }): Promise<{ challenge: string; verifiablePresentation: Json }>;
}

export async function createVerifierApp({ world, store }: { world?: World; store?: Store } = {}): Promise<VerifierApp> {
  const w = world ?? (await createWorld());
  const db = store ?? (await createEmbeddedStore());
  const challenges = await createStoredChallenges({ store: db, clock: w.clock, ttlSeconds: 120, collection: 'verifier_challenges' });
  const app = createApp({ verifier: w.verifier(), challenges, store: db, logger: pino({ level: 'silent' }), domain: DOMAIN });
  const http = request(app.callback());
  return {
    world: w,
    store: db,
    challenges,
    http,
    async presentation({ credentials = [w.credential], domain = DOMAIN } = {}) {
      const { body } = await http.post('/challenges');
      const verifiablePresentation = await present({ holder: w.agent, credentials, challenge: body.challenge, domain, suite: 'eddsa-jcs-2022' });
      return { challenge: body.challenge as string, verifiablePresentation };
    }
  };
}

/** Asserts an RFC 9457 problem response with a code. */
export function expectProblem(response: { status: number; headers: Record<string, string>; body: Record<string, unknown> }, status: number, code: string): void {
  expect({ status: response.status, code: response.body.code }).toEqual({ status, code });
  expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
}

export const codes = (body: { problems?: Array<{ code: string }> }): string[] | undefined => body.problems?.map((p) => p.code);
