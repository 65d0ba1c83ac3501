// The baseline: plain @digitalbazaar/vc + vc-status-list, set up as favourably as is fair.
import * as vc from '@digitalbazaar/vc';
import { checkStatus } from '@digitalbazaar/vc-status-list';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { createVerifyCryptosuite } from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import { bundledContexts, createDidKeyResolver, type AgentIdentity, type DocumentLoader } from '@agentvc/core';
import type { Json, PresentationSuite } from '../support/sign.js';

/**
 * A static Map loader: the bundled contexts, the DID documents and key methods of the given
 * identities (resolved once, up front, then frozen so a mutating caller would throw), and any
 * extra documents by URL (the status list credential). No resolution, no copy per call.
 */
export async function createStaticLoader(identities: readonly AgentIdentity[], extra: Record<string, Json>): Promise<DocumentLoader> {
  const documents = new Map<string, unknown>(bundledContexts());
  const resolver = createDidKeyResolver({ cacheSize: 0 });
  for (const identity of identities) {
    documents.set(identity.did, deepFreeze(await resolver.resolve(identity.did)));
    documents.set(identity.keyId, deepFreeze(await resolver.resolve(identity.keyId)));
  }
  for (const [url, document] of Object.entries(extra)) documents.set(url, deepFreeze(structuredClone(document)));
  return async (url) => {
    const document = documents.get(url);
    if (document === undefined) throw new Error(`static loader: ${url} is not loaded (the bench never fetches)`);
    return { contextUrl: null, documentUrl: url, document: document as Record<string, unknown> };
  };
}

type CheckStatus = (options: unknown) => Promise<{ verified: boolean }>;

/** vc-status-list as documented: loads the list through the loader and re-verifies it. */
const plainCheckStatus: CheckStatus = (options) => checkStatus(options as Parameters<typeof checkStatus>[0]);
/** For the "without status" row: status accepted without looking (proof and dates only). */
const skipStatus: CheckStatus = async () => ({ verified: true });

export interface PlainVerifiers {
  verifyCredential(credential: Json, options: { status: boolean }): Promise<{ verified: boolean; error?: unknown }>;
  verifyPresentation(
    presentation: Json,
    options: { challenge: string; domain: string; suite: PresentationSuite }
  ): Promise<{ verified: boolean; error?: unknown }>;
}

export function createPlainVerifiers(documentLoader: DocumentLoader): PlainVerifiers {
  // Suites are stateless for verification; building them once is what a careful caller does.
  const ed25519 = new Ed25519Signature2020();
  // a JCS-signed presentation still carries an Ed25519Signature2020 credential: both suites
  const withJcs = [ed25519, new DataIntegrityProof({ cryptosuite: createVerifyCryptosuite() })];
  return {
    verifyCredential: (credential, { status }) =>
      vc.verifyCredential({ credential, suite: ed25519, documentLoader, checkStatus: status ? plainCheckStatus : skipStatus }),
    verifyPresentation: (presentation, { challenge, domain, suite }) =>
      vc.verify({
        presentation,
        suite: suite === 'eddsa-jcs-2022' ? withJcs : ed25519,
        documentLoader,
        challenge,
        domain,
        checkStatus: plainCheckStatus
      })
  };
}

function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    for (const child of Object.values(value)) deepFreeze(child);
    Object.freeze(value);
  }
  return value;
}
