import { AgentVcError, isAgentVcError } from '@agentvc/core';
import type { Verifier } from '@agentvc/verifier';
import { checkCredentialForAgent } from './check-credential-for-agent.js';
import type { CredentialFilter, CredentialRepository, StoredCredential } from './create-credential-repository.js';

/** An agent's credentials: verified on the way in, then only ever read back by that agent. */
export interface CredentialService {
  /**
   * Verifies, then stores. Throws AgentVcError CREDENTIAL_REJECTED (with `details.problems`)
   * when it does not verify for this agent, CONFLICT when the agent already holds it.
   */
  add(agentDid: string, credential: Record<string, unknown>): Promise<StoredCredential>;
  list(agentDid: string, filter?: CredentialFilter): Promise<StoredCredential[]>;
  get(agentDid: string, credentialId: string): Promise<StoredCredential | null>;
  remove(agentDid: string, credentialId: string): Promise<boolean>;
}

export function createCredentialService({ repository, verifier }: { repository: CredentialRepository; verifier: Verifier }): CredentialService {
  return {
    async add(agentDid, credential) {
      const check = await checkCredentialForAgent(verifier, agentDid, credential);
      if (!check.accepted) throw new AgentVcError('CREDENTIAL_REJECTED', 'The credential was not accepted', { details: { problems: check.problems } });
      try {
        return await repository.insert(agentDid, check.credential);
      } catch (error) {
        if (isAgentVcError(error, 'DUPLICATE_KEY')) throw new AgentVcError('CONFLICT', 'This credential is already stored', { cause: error });
        throw error;
      }
    },
    list: (agentDid, filter) => repository.list(agentDid, filter),
    get: (agentDid, credentialId) => repository.get(agentDid, credentialId),
    remove: (agentDid, credentialId) => repository.remove(agentDid, credentialId)
  };
}
