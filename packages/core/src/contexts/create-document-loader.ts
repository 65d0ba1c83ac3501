import type { DidKeyResolver } from '../did/did-key-resolver.js';
import { AgentVcError } from '../errors/agentvc-error.js';
import type { DocumentLoader } from '../ports/document-loader.js';
import { bundledContexts } from './bundled-contexts.js';

export interface DocumentLoaderOptions {
  /** Contexts by URL; defaults to the bundled, sha256-pinned set. */
  contexts?: ReadonlyMap<string, Readonly<Record<string, unknown>>>;
  /** Resolves `did:` URLs; without it DIDs are refused like any other unknown URL. */
  didResolver?: DidKeyResolver;
}

/**
 * The offline document loader: bundled contexts and DID documents, nothing else. Any other URL
 * is an AgentVcError (UNKNOWN_CONTEXT / UNSUPPORTED_URL), never a network fetch.
 */
export function createDocumentLoader({ contexts = bundledContexts(), didResolver }: DocumentLoaderOptions = {}): DocumentLoader {
  return async (url) => {
    const context = contexts.get(url);
    if (context) return { contextUrl: null, documentUrl: url, document: context as Record<string, unknown> };
    if (url.startsWith('did:')) {
      if (!didResolver) throw new AgentVcError('UNSUPPORTED_URL', `no DID resolver configured for ${url.slice(0, 80)}`);
      const document = await didResolver.resolve(url);
      return { contextUrl: null, documentUrl: url, document: document as unknown as Record<string, unknown> };
    }
    throw new AgentVcError('UNKNOWN_CONTEXT', `${url.slice(0, 120)} is not a bundled context; agentvc never fetches documents`);
  };
}
