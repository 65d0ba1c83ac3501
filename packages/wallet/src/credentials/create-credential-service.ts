import type { Verifier } from '@agentvc/verifier';
import { checkCredentialForAgent, type WalletProblem } from './check-credential-for-agent.js';
import type { CredentialFilter, CredentialRepository, StoredCredential } from './create-credential-repository.js';

export type AddCredentialResult = { ok: true; credential: StoredCredential } | { ok: false; code: 'CREDENTIAL_REJECTED'; problems: WalletProblem[] };

/** An agent's credentials: verified on the way in, then only ever read back by that agent. */
export interface CredentialService {
  /** Verifies, then stores. Throws AgentVcError DUPLICATE_KEY when the agent already holds it. */
  add(agentDid: string, credential: Record<string, unknown>): Promise<AddCredentialResult>;
  list(agentDid: string, filter?: CredentialFilter): Promise<StoredCredential[]>;
  get(agentDid: string, credentialId: string): Promise<StoredCredential | null>;
  remove(agentDid: string, credentialId: string): Promise<boolean>;
}

export function createCredentialService({ repository, verifier }: { repository: CredentialRepository; verifier: Verifier }): CredentialService {
  return {
    async add(agentDid, credential) {
      const check = await checkCredentialForAgent(verifier, agentDid, credential);
      if (!check.accepted) return { ok: false, code: 'CREDENTIAL_REJECTED', problems: check.problems };
      return { ok: true, credential: await repository.insert(agentDid, check.credential) };
    },
    list: (agentDid, filter) => repository.list(agentDid, filter),
    get: (agentDid, credentialId) => repository.get(agentDid, credentialId),
    remove: (agentDid, credentialId) => repository.remove(agentDid, credentialId)
  };
}
