// Just enough of the issuer's HTTP API for the crash test, over node's fetch.

export interface Issued {
  credentialId: string;
  /** `statusListCredential` URL (under the public URL) and `statusListIndex`, as the credential carries them. */
  statusListCredential: string;
  statusListIndex: number;
}

export interface IssuerClient {
  issue(): Promise<Issued>;
  revoke(credentialId: string): Promise<{ status: number; changed?: boolean }>;
  /** The signed status list credential at a statusListCredential URL (fetched from this process). */
  statusList(statusListCredential: string): Promise<{ encodedList: string }>;
}

export function createIssuerClient({ url, did, subject, token }: { url: string; did: string; subject: string; token: string }): IssuerClient {
  const headers = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const credential = {
    '@context': ['https://www.w3.org/2018/credentials/v1', 'https://agentvc.dev/contexts/v1'],
    type: ['VerifiableCredential', 'AgentCapabilityCredential'],
    issuer: did,
    credentialSubject: { id: subject, capability: [{ type: 'PaymentAuthorization', maxAmount: { value: '10', currency: 'USD' } }] }
  };
  const body = JSON.stringify({ credential });

  return {
    async issue() {
      const response = await fetch(`${url}/credentials/issue`, { method: 'POST', headers, body });
      const text = await response.text();
      if (response.status !== 201) throw new Error(`issue: HTTP ${response.status}: ${text.slice(0, 300)}`);
      const { verifiableCredential: vc } = JSON.parse(text) as {
        verifiableCredential: { id: string; credentialStatus: { statusListCredential: string; statusListIndex: string } };
      };
      const { statusListCredential, statusListIndex } = vc.credentialStatus;
      return { credentialId: vc.id, statusListCredential, statusListIndex: Number(statusListIndex) };
    },
    async revoke(credentialId) {
      const response = await fetch(`${url}/credentials/status`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ credentialId, credentialStatus: { statusPurpose: 'revocation' } })
      });
      const result = (await response.json()) as { changed?: boolean };
      return { status: response.status, ...(typeof result.changed === 'boolean' ? { changed: result.changed } : {}) };
    },
    async statusList(statusListCredential) {
      const response = await fetch(`${url}${new URL(statusListCredential).pathname}`);
      if (response.status !== 200) throw new Error(`status list: HTTP ${response.status}`);
      const list = (await response.json()) as { credentialSubject: { encodedList: string } };
      return { encodedList: list.credentialSubject.encodedList };
    }
  };
}

/**
 * Runs `task` from `concurrency` loops until `stop()` says so or `total` tasks have started;
 * resolves with every result in completion order. The first error rejects unless `tolerate` says otherwise.
 */
export async function runLoops<T>({
  concurrency,
  total = Number.POSITIVE_INFINITY,
  stop = () => false,
  task,
  tolerate = () => false
}: {
  concurrency: number;
  total?: number;
  stop?: () => boolean;
  /** `i` counts the tasks started, from 0. */
  task: (i: number) => Promise<T>;
  tolerate?: (error: unknown) => boolean;
}): Promise<{ results: T[]; failures: unknown[] }> {
  const results: T[] = [];
  const failures: unknown[] = [];
  let started = 0;
  const loop = async (): Promise<void> => {
    while (!stop() && started < total) {
      const i = started++;
      try {
        results.push(await task(i));
      } catch (error) {
        if (!tolerate(error)) throw error;
        failures.push(error);
      }
    }
  };
  await Promise.all(Array.from({ length: concurrency }, loop));
  return { results, failures };
}
