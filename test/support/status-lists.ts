// An issuer's StatusList2021 credentials for tests: set a bit, re-sign, serve by URL.
import { type AgentIdentity } from '@agentvc/core';
import { buildStatusListCredential, buildStatusListEntry, createStatusList, type StatusList, type StatusPurpose } from '@agentvc/status-list';
import { issue, type Json } from './sign.js';

export interface TestStatusLists {
  entry(purpose: StatusPurpose, index: number): Json;
  set(purpose: StatusPurpose, index: number, value: boolean): Promise<void>;
  /** The fetcher a verifier is given; counts calls. */
  fetch: (url: string) => Promise<unknown>;
  fetches: string[];
  urls: Record<StatusPurpose, string>;
}

export async function createTestStatusLists(
  issuer: AgentIdentity,
  { base = 'https://issuer.example/status-lists', signer = issuer }: { base?: string; signer?: AgentIdentity } = {}
): Promise<TestStatusLists> {
  const urls = { revocation: `${base}/r1`, suspension: `${base}/s1` };
  const lists: Record<StatusPurpose, StatusList> = { revocation: await createStatusList(), suspension: await createStatusList() };
  const signed: Partial<Record<StatusPurpose, Json>> = {};
  async function sign(purpose: StatusPurpose): Promise<void> {
    const credential = buildStatusListCredential({
      id: urls[purpose],
      issuer: signer.did,
      statusPurpose: purpose,
      encodedList: await lists[purpose].encode(),
      validFrom: new Date(Date.now() - 60_000)
    });
    signed[purpose] = await issue(signer, credential as unknown as Json);
  }
  await sign('revocation');
  await sign('suspension');
  const fetches: string[] = [];
  return {
    urls,
    fetches,
    entry: (purpose, index) => buildStatusListEntry({ statusListCredential: urls[purpose], statusListIndex: index, statusPurpose: purpose }) as unknown as Json,
    async set(purpose, index, value) {
      lists[purpose].setStatus(index, value);
      await sign(purpose);
    },
    fetch: async (url) => {
      fetches.push(url);
      const found = (Object.keys(urls) as StatusPurpose[]).find((p) => urls[p] === url);
      if (!found) throw new Error(`404 ${url}`);
      return structuredClone(signed[found]);
    }
  };
}
