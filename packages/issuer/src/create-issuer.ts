import { createDidKeyResolver, createDocumentLoader, createSecretBox, type AgentIdentity, type ChallengeStore, type Clock, type DocumentLoader } from '@agentvc/core';
import { createStoredChallenges, type Store } from '@agentvc/store';
import { createDidAuth } from '@agentvc/verifier';
import { createAgentRegistry, type AgentRegistry } from './agents/create-agent-registry.js';
import { createApiKeyService, type ApiKeyService } from './api-keys/create-api-key-service.js';
import { createAuditLog, type AuditLog } from './audit/create-audit-log.js';
import { purgeExpiredAudit } from './audit/purge-expired-audit.js';
import { ensureIssuerIndexes } from './ensure-issuer-indexes.js';
import { loadIssuerIdentity } from './identity/load-issuer-identity.js';
import { createCredentialSigner } from './issuance/create-credential-signer.js';
import { createIssuanceService, type IssuanceService } from './issuance/create-issuance-service.js';
import { requestCredential } from './issuance/request-credential.js';
import { DEFAULT_ISSUER_POLICY, type IssuerPolicy } from './issuer-policy.js';
import { createStatusRegistry, type StatusRegistry } from './status/create-status-registry.js';

export interface IssuerDeps {
  store: Store;
  clock: Clock;
  /** 32 bytes; seals the issuer's private key at rest. */
  keyEncryptionKey: Uint8Array;
  /** Base URL the issuer is reached at (behind proxies: the public one); status list URLs live under it. */
  publicUrl: string;
  policy?: Partial<IssuerPolicy>;
  documentLoader?: DocumentLoader;
  /**
   * Wraps the DID-auth challenges (stored on `store` for `policy.challengeTtlSeconds`), e.g. to
   * count them; the issuer and its challenge route use what it returns.
   */
  decorateChallenges?: (challenges: ChallengeStore) => ChallengeStore;
  /** Called with each credential once it is signed and recorded (metrics). */
  onCredentialIssued?: (credential: Record<string, unknown>) => void;
}

export interface Issuer {
  readonly identity: AgentIdentity;
  /** The DID-auth domain: the host of the public URL. */
  readonly domain: string;
  readonly policy: IssuerPolicy;
  readonly apiKeys: ApiKeyService;
  readonly agents: AgentRegistry;
  /** The DID-auth challenges (the challenge route hands them out). */
  readonly challenges: ChallengeStore;
  readonly issuance: IssuanceService;
  readonly statusRegistry: StatusRegistry;
  readonly audit: AuditLog;
  /** DID-auth: a presentation signed by a registered agent over a fresh challenge → its credential (see issuance/request-credential.ts). */
  requestCredential(presentation: unknown): Promise<{ agentDid: string; credential: Record<string, unknown> }>;
}

/** Wires the issuer library on one store: identity, keys, agents, challenges, status, issuance, audit. */
export async function createIssuer({
  store,
  clock,
  keyEncryptionKey,
  publicUrl,
  policy: overrides = {},
  documentLoader,
  decorateChallenges = (challenges) => challenges,
  onCredentialIssued
}: IssuerDeps): Promise<Issuer> {
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
  const challenges = decorateChallenges(await createStoredChallenges({ store, clock, ttlSeconds: policy.challengeTtlSeconds }));
  const issuance = createIssuanceService({ store, clock, signer, statusRegistry, ...(onCredentialIssued ? { onIssued: onCredentialIssued } : {}) });
  const domain = new URL(base).host;
  // with the default loader the DID-auth verifier's JSON-LD work runs on the worker pool, within its deadline
  const didAuth = createDidAuth({ challenges, domain, clock, ...(documentLoader ? { documentLoader } : {}) });

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
    requestCredential: (presentation) => requestCredential({ didAuth, agents, issuance }, presentation)
  };
}
