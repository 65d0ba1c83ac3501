import { Resolver } from 'did-resolver';
import { LRUCache } from 'lru-cache';
import KeyDidResolver from 'key-did-resolver';
import { Ed25519VerificationKey2020 } from '@digitalbazaar/ed25519-verification-key-2020';
import { CONTEXT_URLS } from '../contexts/context-urls.js';
import { AgentVcError } from '../errors/agentvc-error.js';

export interface VerificationMethod {
  '@context'?: string | string[];
  id: string;
  type: 'Ed25519VerificationKey2020';
  controller: string;
  publicKeyMultibase: string;
}

export interface DidDocument {
  '@context': string[];
  id: string;
  verificationMethod: VerificationMethod[];
  authentication: string[];
  assertionMethod: string[];
  capabilityDelegation: string[];
  capabilityInvocation: string[];
}

export interface DidKeyResolver {
  /** Resolves a did:key DID to its document, or a DID URL with a fragment to its method. */
  resolve(didUrl: string): Promise<DidDocument | VerificationMethod>;
}

export interface DidKeyResolverOptions {
  /** How many DID documents to keep (0: none); did:key documents never change, so no TTL. */
  cacheSize?: number;
}

const RELATIONSHIPS = ['authentication', 'assertionMethod', 'capabilityDelegation', 'capabilityInvocation'] as const;
const DID_KEY_ED25519 = /^did:key:z6Mk[1-9A-HJ-NP-Za-km-z]{40,50}$/;

/**
 * did:key (Ed25519) resolution through did-resolver + key-did-resolver, memoized. The
 * resolver's Ed25519VerificationKey2018 methods are presented as Ed25519VerificationKey2020
 * (same key bytes) under the did/v1 and ed25519-2020 contexts, and the derived X25519
 * keyAgreement key is dropped: that is the document Ed25519Signature2020 verification accepts.
 */
export function createDidKeyResolver({ cacheSize = 10_000 }: DidKeyResolverOptions = {}): DidKeyResolver {
  const resolver = new Resolver(KeyDidResolver.getResolver());
  const documents = cacheSize > 0 ? new LRUCache<string, Promise<DidDocument>>({ max: cacheSize }) : undefined;

  async function resolveDocument(did: string): Promise<DidDocument> {
    const result = await resolver.resolve(did);
    const raw = result.didDocument;
    if (!raw || result.didResolutionMetadata.error) {
      throw new AgentVcError('DID_UNRESOLVABLE', `cannot resolve ${did}: ${result.didResolutionMetadata.error ?? 'no document'}`);
    }
    const verificationMethod = (raw.verificationMethod ?? []).map((method) => {
      if (method.type !== 'Ed25519VerificationKey2018' || !method.publicKeyBase58) {
        throw new AgentVcError('DID_UNSUPPORTED', `${did} has a ${method.type} key; only Ed25519 is supported`);
      }
      const key = Ed25519VerificationKey2020.fromEd25519VerificationKey2018({ keyPair: { publicKeyBase58: method.publicKeyBase58 } });
      return {
        id: method.id,
        type: 'Ed25519VerificationKey2020' as const,
        controller: method.controller,
        publicKeyMultibase: key.publicKeyMultibase
      };
    });
    const ids = (name: (typeof RELATIONSHIPS)[number]): string[] =>
      (raw[name] ?? []).map((entry) => (typeof entry === 'string' ? entry : entry.id));
    return {
      '@context': [CONTEXT_URLS.didV1, CONTEXT_URLS.ed25519Signature2020],
      id: raw.id,
      verificationMethod,
      authentication: ids('authentication'),
      assertionMethod: ids('assertionMethod'),
      capabilityDelegation: ids('capabilityDelegation'),
      capabilityInvocation: ids('capabilityInvocation')
    };
  }

  function cachedDocument(did: string): Promise<DidDocument> {
    const hit = documents?.get(did);
    if (hit) return hit;
    const pending = resolveDocument(did);
    // a failure is not remembered: the next call tries again
    pending.catch(() => documents?.delete(did));
    documents?.set(did, pending);
    return pending;
  }

  return {
    async resolve(didUrl) {
      const [did = '', fragment] = didUrl.split('#', 2);
      if (!DID_KEY_ED25519.test(did)) {
        throw new AgentVcError('DID_UNSUPPORTED', `only Ed25519 did:key DIDs are supported, got ${truncate(did)}`);
      }
      const document = await cachedDocument(did);
      // callers get copies so that nothing they do can alter the cached document
      if (fragment === undefined) return structuredClone(document);
      const method = document.verificationMethod.find((m) => m.id === didUrl);
      if (!method) throw new AgentVcError('DID_UNRESOLVABLE', `${truncate(didUrl)} is not a method of ${did}`);
      return { '@context': CONTEXT_URLS.ed25519Signature2020, ...structuredClone(method) };
    }
  };
}

function truncate(value: string): string {
  return value.length > 80 ? `${value.slice(0, 80)}…` : value;
}
