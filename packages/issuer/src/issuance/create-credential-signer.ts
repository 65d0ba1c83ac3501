import * as vc from '@digitalbazaar/vc';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import { AgentVcError, createSigner, type AgentIdentity, type DocumentLoader } from '@agentvc/core';

export interface CredentialSigner {
  /** The issuer DID. */
  readonly issuer: string;
  /** Signs with Ed25519Signature2020; JSON-LD problems (undefined terms) are INVALID_CREDENTIAL. */
  sign(credential: Record<string, unknown>): Promise<Record<string, unknown>>;
}

/** Ed25519Signature2020 signing with the issuer key held as a ready KeyObject. */
export function createCredentialSigner({ identity, documentLoader }: { identity: AgentIdentity; documentLoader: DocumentLoader }): CredentialSigner {
  const signer = createSigner(identity);
  return {
    issuer: identity.did,
    async sign(credential) {
      try {
        return await vc.issue({ credential: structuredClone(credential), suite: new Ed25519Signature2020({ signer }), documentLoader });
      } catch (cause) {
        const message = cause instanceof Error ? cause.message : String(cause);
        throw new AgentVcError('INVALID_CREDENTIAL', `the credential cannot be signed: ${message.slice(0, 200)}`, { cause });
      }
    }
  };
}
