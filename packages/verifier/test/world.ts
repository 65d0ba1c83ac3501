// A small world for verifier tests: an issuer with status lists, an agent, a verifier.
import { generateIdentity, type AgentIdentity } from '@agentvc/core';
import { createVerifier, type Verifier, type VerifierOptions } from '@agentvc/verifier';
import { manualClock } from '../../../test/support/clock.js';
import { capabilityCredential, issue, payment, type Json } from '../../../test/support/sign.js';
import { createTestStatusLists, type TestStatusLists } from '../../../test/support/status-lists.js';

export const CHALLENGE = 'c-7f3a9e';
export const DOMAIN = 'shop.example';

export interface World {
  issuer: AgentIdentity;
  agent: AgentIdentity;
  statusLists: TestStatusLists;
  clock: ReturnType<typeof manualClock>;
  /** A signed payment credential (50 USD at shop.example) with revocation and suspension entries. */
  credential: Json;
  verifier(overrides?: Partial<VerifierOptions>): Verifier;
}

let nextIndex = 1;

export async function createWorld(): Promise<World> {
  const [issuer, agent] = [await generateIdentity(), await generateIdentity()];
  const statusLists = await createTestStatusLists(issuer);
  const clock = manualClock();
  const index = nextIndex++;
  const credential = await issue(
    issuer,
    capabilityCredential({
      issuer: issuer.did,
      subject: agent.did,
      capabilities: [payment('50', 'USD', { merchants: ['shop.example', 'did:web:shop.example'] })],
      status: [statusLists.entry('revocation', index), statusLists.entry('suspension', index)]
    })
  );
  return {
    issuer,
    agent,
    statusLists,
    clock,
    credential,
    verifier: (overrides = {}) => createVerifier({ trustedIssuers: [issuer.did], fetchStatusList: statusLists.fetch, clock, ...overrides })
  };
}

export const codes = (result: { problems: Array<{ code: string }> }): string[] => result.problems.map((p) => p.code);
