import { AgentVcError, LIMITS } from '@agentvc/core';
import type { DidAuth } from '@agentvc/verifier';
import type { AgentRegistry } from '../agents/create-agent-registry.js';
import type { IssuanceService } from './create-issuance-service.js';

/**
 * An agent's credential request: DID-auth proves the DID, then one capability credential for
 * all its active grants (the shortest grant validity; suspendable if any grant is). Throws the
 * DID-auth codes, AGENT_NOT_REGISTERED (unknown or disabled), NO_ACTIVE_GRANTS, or
 * INVALID_CREDENTIAL when the grants hold more capabilities than one credential may carry.
 */
export async function requestCredential(
  { didAuth, agents, issuance }: { didAuth: DidAuth; agents: AgentRegistry; issuance: IssuanceService },
  presentation: unknown
): Promise<{ agentDid: string; credential: Record<string, unknown> }> {
  const agentDid = await didAuth.authenticate(presentation);
  const agent = await agents.get(agentDid);
  if (!agent || agent.disabledAt) throw new AgentVcError('AGENT_NOT_REGISTERED', 'this DID is not a registered agent');
  const grants = await agents.activeGrants(agentDid);
  if (grants.length === 0) throw new AgentVcError('NO_ACTIVE_GRANTS', 'the agent has no active grants');
  const capabilities = grants.flatMap((g) => g.capabilities);
  // verifiers refuse more (LIMITS): better a clear refusal here than a credential nobody accepts
  if (capabilities.length > LIMITS.maxCapabilities) {
    throw new AgentVcError('INVALID_CREDENTIAL', `the agent's active grants add up to ${capabilities.length} capabilities; at most ${LIMITS.maxCapabilities} fit one credential`);
  }
  const credential = await issuance.issueCapabilities(agentDid, capabilities, {
    suspendable: grants.some((g) => g.suspendable),
    validitySeconds: Math.min(...grants.map((g) => g.validitySeconds))
  });
  return { agentDid, credential };
}
