import { AgentVcError, LIMITS, createDidKeyResolver, createDocumentLoader, createSecretBox, type AgentIdentity, type ChallengeStore, type Clock, type DocumentLoader } from '@agentvc/core';
import { createStoredChallenges, type Store } from '@agentvc/store';
import { createVerifier, verifyDidAuth } from '@agentvc/verifier';
import { createAgentRegistry, type AgentRegistry } from './agents/create-agent-registry.js';
import { createApiKeyService, type ApiKeyService } from './api-keys/create-api-key-service.js';
import { createAuditLog, type AuditLog } from './audit/create-audit-log.js';
import { purgeExpiredAudit } from './audit/purge-expired-audit.js';
import { loadIssuerIdentity } from './identity/load-issuer-identity.js';
import { createCredentialSigner } from './issuance/create-credential-signer.js';
import { createIssuanceService, type IssuanceService } from './issuance/create-issuance-service.js';
import { DEFAULT_ISSUER_POLICY, type IssuerPolicy } from './issuer-policy.js';

import { createStatusRegistry, type StatusRegistry } from './status/create-status-registry.js';
import { ensureIssuerIndexes } from './ensure-issuer-indexes.js';

export interface IssuerDeps {
  store: Store;
  clock: Clock;
  /** 32 bytes; seals the issuer's private key at rest. */
  keyEncryptionKey: Uint8Array;
  /** Base URL the issuer is reached at (behind proxies: the public one); status list URLs live under it. */
  publicUrl: string;
  policy?: Partial<IssuerPolicy>;
  documentLoader?: DocumentLoader;
}

export interface Issuer {
  readonly identity: AgentIdentity;
  /** The DID-auth domain: the host of the public URL. */
  readonly domain: string;
  readonly policy: IssuerPolicy;
  readonly apiKeys: ApiKeyService;
  readonly agents: AgentRegistry;
  readonly challenges: ChallengeStore;
  readonly issuance: IssuanceService;
  readonly statusRegistry: StatusRegistry;
  readonly audit: AuditLog;
  /** DID-auth: a presentation signed by a registered agent over a fresh challenge → its credential. */
  requestCredential(presentation: unknown): Promise<{ agentDid: string; credential: Record<string, unknown> }>;
}

/** Wires the issuer library on one store: identity, keys, agents, challenges, status, issuance, audit. */
export async function createIssuer({ store, clock, keyEncryptionKey, publicUrl, policy: overrides = {}, documentLoader }: IssuerDeps): Promise<Issuer> {
  const policy = { ...DEFAULT_ISSUER_POLICY, ...overrides };
  const base = publicUrl.replace(/\/+$/, '');
  await ensureIssuerIndexes(store);
  await purgeExpiredAudit({ store, clock, retentionDays: policy.auditRetentionDays });
  const identity = await loadIssuerIdentity({ store, secretBox: createSecretBox(keyEncryptionKey), clock });
  const loader = documentLoader ?? createDocumentLoader({ didResolver: createDidKeyResolver() });
  const signer = createCredentialSigner({ identity, documentLoader: loader });
  const statusRegistry = createStatusRegistry({
    store,
    clock,
    signer,
    publicUrl: base,
    listLength: policy.statusListLength,
    validitySeconds: policy.statusListValiditySeconds
  });
  const agents = createAgentRegistry({ store, clock });
  const challenges = await createStoredChallenges({ store, clock, ttlSeconds: policy.challengeTtlSeconds });
  const issuance = createIssuanceService({ store, clock, signer, statusRegistry });
  const domain = new URL(base).host;
  // DID-auth presentations carry no credentials, so no issuer needs to be trusted here
  // (with the default loader its JSON-LD work runs on the worker pool, within its deadline)
  const didAuth = createVerifier({ trustedIssuers: [], clock, ...(documentLoader ? { documentLoader } : {}) });

  async function requestCredential(presentation: unknown) {
    const agentDid = await verifyDidAuth({ presentation, challenges, verifier: didAuth, domain });
    const agent = await agents.get(agentDid);
    if (!agent || agent.disabledAt) throw new AgentVcError('AGENT_NOT_REGISTERED', 'this DID is not a registered agent');
    const grants = await agents.activeGrants(agentDid);
    if (grants.length === 0) throw new AgentVcError('NO_ACTIVE_GRANTS', 'the agent has no active grants');
    const capabilities = grants.flatMap((g) => g.capabilities);
    // verifiers refuse more (LIMITS): better a clear refusal here than a credential nobody accepts
    if (capabilities.length > LIMITS.maxCapabilities) {
      throw new AgentVcError('INVALID_CREDENTIAL', `the agent's active grants add up to ${capabilities.length} capabilities; at most ${LIMITS.maxCapabilities} fit one credential`);
    }
    const credential = await issuance.issueCapabilities(
      agentDid,
      capabilities,
      { suspendable: grants.some((g) => g.suspendable), validitySeconds: Math.min(...grants.map((g) => g.validitySeconds)) }
    );
    return { agentDid, credential };
  }

  return {
    identity,
    domain,
    policy,
    apiKeys: createApiKeyService({ store, clock }),
    agents,
    challenges,
    issuance,
    statusRegistry,
    audit: createAuditLog({ store, clock, retentionDays: policy.auditRetentionDays }),
    requestCredential
  };
}
