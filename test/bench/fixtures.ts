// Everything the bench verifies, signed before any timing starts.
import { generateIdentity, type AgentIdentity, type CapabilityRequirement } from '@agentvc/core';
import { capabilityCredential, issue, payment, present, type Json, type PresentationSuite } from '../support/sign.js';
import { createTestStatusLists, type TestStatusLists } from '../support/status-lists.js';

export const DOMAIN = 'shop.example';

/** What each agentvc call asks for: within the credential's 50 USD at shop.example. */
export const REQUIREMENT: CapabilityRequirement = {
  type: 'PaymentAuthorization',
  amount: { value: '10', currency: 'USD' },
  merchant: 'shop.example'
};

export interface SignedPresentation {
  presentation: Json;
  challenge: string;
}

export interface Fixtures {
  issuer: AgentIdentity;
  agent: AgentIdentity;
  statusLists: TestStatusLists;
  /** The signed revocation list credential, as the plain loader serves it. */
  revocationList: Json;
  /** `count` distinct credentials, each with its own revocation list index. */
  credentials(count: number): Promise<Json[]>;
  /** One presentation per credential, each over its own fresh challenge. */
  presentations(credentials: readonly Json[], suite: PresentationSuite): Promise<SignedPresentation[]>;
}

let nextIndex = 1;

export async function createFixtures(): Promise<Fixtures> {
  const [issuer, agent] = [await generateIdentity(), await generateIdentity()];
  const statusLists = await createTestStatusLists(issuer);
  const revocationList = (await statusLists.fetch(statusLists.urls.revocation)) as Json;
  statusLists.fetches.length = 0;

  async function credentials(count: number): Promise<Json[]> {
    const signed: Json[] = [];
    for (let i = 0; i < count; i++) {
      const unsigned = capabilityCredential({
        issuer: issuer.did,
        subject: agent.did,
        capabilities: [payment('50', 'USD', { merchants: ['shop.example'] })],
        // one status entry: plain checkStatus re-verifies one list per entry, so one is its best case
        status: statusLists.entry('revocation', nextIndex++)
      });
      signed.push(await issue(issuer, unsigned));
    }
    return signed;
  }

  async function presentations(list: readonly Json[], suite: PresentationSuite): Promise<SignedPresentation[]> {
    const signed: SignedPresentation[] = [];
    for (const credential of list) {
      const challenge = crypto.randomUUID();
      signed.push({ challenge, presentation: await present({ holder: agent, credentials: [credential], challenge, domain: DOMAIN, suite }) });
    }
    return signed;
  }

  return { issuer, agent, statusLists, revocationList, credentials, presentations };
}

/** `count` references to the same item, so "repeat" rows index like the others. */
export function repeated<T>(item: T, count: number): T[] {
  return Array.from({ length: count }, () => item);
}
