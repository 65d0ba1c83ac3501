import * as vc from '@digitalbazaar/vc';
import { AgentVcError, signPresentation, type Clock, type DocumentLoader, type PresentationSuite } from '@agentvc/core';
import type { CredentialRepository } from '../credentials/create-credential-repository.js';
import type { CustodialKeys } from '../keys/create-custodial-keys.js';

export interface PresentationRequest {
  credentialIds: readonly string[];
  challenge: string;
  domain: string;
  /** Must be the agent itself when given. */
  holder?: string;
  /** Default: sign when the wallet holds the agent's key. */
  sign?: boolean;
  suite?: PresentationSuite;
}

export interface PresentationResult {
  verifiablePresentation: Record<string, unknown>;
  signed: boolean;
}

export interface PresentationService {
  /**
   * Throws AgentVcError FORBIDDEN (another holder, or the wallet's own domain),
   * CREDENTIAL_NOT_FOUND (`details.credentialIds`), KEY_NOT_FOUND (signing asked without a
   * key) or CREDENTIAL_NOT_PRESENTABLE.
   */
  create(agentDid: string, request: PresentationRequest): Promise<PresentationResult>;
}

/**
 * Presentations of an agent's own credentials: unsigned (the agent signs them with its own
 * key), or signed here with the custodial key over the relying party's challenge and domain.
 */
export function createPresentationService({
  repository,
  keys,
  clock,
  documentLoader,
  walletDomain
}: {
  repository: CredentialRepository;
  keys: CustodialKeys;
  clock: Clock;
  documentLoader: DocumentLoader;
  /** The wallet's DID-auth domain. */
  walletDomain: string;
}): PresentationService {
  return {
    async create(agentDid, { credentialIds, challenge, domain, holder, sign, suite }) {
      if (holder !== undefined && holder !== agentDid) {
        throw new AgentVcError('FORBIDDEN', 'the holder must be the signed-in agent');
      }
      // a presentation for the wallet's own domain would be a DID-auth sign-in: signing one would
      // let a stolen session token mint fresh sessions forever
      if (domain === walletDomain) {
        throw new AgentVcError('FORBIDDEN', 'the wallet does not sign presentations for its own domain');
      }
      const { found, missing } = await repository.getMany(agentDid, credentialIds);
      if (missing.length > 0) {
        throw new AgentVcError('CREDENTIAL_NOT_FOUND', 'the wallet holds no such credential for this agent', { details: { credentialIds: missing } });
      }
      const credentials = found.map((stored) => stored.verifiableCredential);
      const identity = sign === false ? null : await keys.load(agentDid);
      if (sign === true && !identity) throw new AgentVcError('KEY_NOT_FOUND', 'the wallet holds no key for this agent');
      let unsigned: Record<string, unknown>;
      try {
        // the same VC 1.1 shape signPresentation builds, so the agent can sign exactly this
        unsigned = vc.createPresentation({ verifiableCredential: credentials, holder: agentDid, version: 1.0, now: clock.now() });
      } catch (error) {
        // @digitalbazaar/vc refuses e.g. a credential that has expired since it was stored
        const reason = error instanceof Error ? error.message.slice(0, 200) : 'refused';
        throw new AgentVcError('CREDENTIAL_NOT_PRESENTABLE', `a credential cannot be presented: ${reason}`, { cause: error });
      }
      if (!identity) return { verifiablePresentation: unsigned, signed: false };
      const signed = await signPresentation({ holder: identity, credentials, challenge, domain, documentLoader, ...(suite ? { suite } : {}) });
      return { verifiablePresentation: signed, signed: true };
    }
  };
}
