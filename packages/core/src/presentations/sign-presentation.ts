import * as vc from '@digitalbazaar/vc';
import { DataIntegrityProof } from '@digitalbazaar/data-integrity';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { createSignCryptosuite } from '@digitalbazaar/eddsa-jcs-2022-cryptosuite';
import { createDocumentLoader } from '../contexts/create-document-loader.js';
import { createDidKeyResolver } from '../did/did-key-resolver.js';
import type { AgentIdentity } from '../identity/agent-identity.js';
import { createSigner } from '../identity/create-signer.js';
import type { DocumentLoader } from '../ports/document-loader.js';

export type PresentationSuite = 'eddsa-jcs-2022' | 'Ed25519Signature2020';

export interface SignPresentationOptions {
  holder: AgentIdentity;
  /** Credentials to carry; none for a bare DID-auth presentation. */
  credentials?: ReadonlyArray<Record<string, unknown>>;
  challenge: string;
  domain: string;
  /**
   * eddsa-jcs-2022 (default) needs no JSON-LD canonicalization, so verifiers check it several
   * times faster; Ed25519Signature2020 for verifiers that accept only that.
   */
  suite?: PresentationSuite;
  documentLoader?: DocumentLoader;
}

let defaultLoader: DocumentLoader | undefined;

/**
 * A VC 1.1 presentation of `credentials`, signed by `holder` over a challenge and domain. In
 * core (not the client SDK) because agents and the hosted wallet (custodial keys) both sign.
 */
export async function signPresentation({
  holder,
  credentials = [],
  challenge,
  domain,
  suite = 'eddsa-jcs-2022',
  documentLoader
}: SignPresentationOptions): Promise<Record<string, unknown>> {
  defaultLoader ??= createDocumentLoader({ didResolver: createDidKeyResolver() });
  const presentation = vc.createPresentation({
    verifiableCredential: credentials.map((credential) => structuredClone(credential)),
    holder: holder.did,
    version: 1.0
  });
  const signer = createSigner(holder);
  const ldSuite =
    suite === 'Ed25519Signature2020'
      ? new Ed25519Signature2020({ signer })
      : new DataIntegrityProof({ signer, cryptosuite: createSignCryptosuite() });
  return vc.signPresentation({ presentation, suite: ldSuite, documentLoader: documentLoader ?? defaultLoader, challenge, domain });
}
