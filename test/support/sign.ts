// Test-side issuing and presenting, built only from the @digitalbazaar libraries and core.
import * as vc from '@digitalbazaar/vc';
import { Ed25519Signature2020 } from '@digitalbazaar/ed25519-signature-2020';
import {
  CONTEXT_URLS,
  createDidKeyResolver,
  createDocumentLoader,
  createSigner,
  type AgentIdentity,
  type Capability
} from '@agentvc/core';
import { signPresentation } from '@agentvc/client';

export type Json = Record<string, unknown>;

export const documentLoader = createDocumentLoader({ didResolver: createDidKeyResolver() });

const MINUTE = 60_000;

/** An unsigned AgentCapabilityCredential valid from a minute before `now` for an hour. */
export function capabilityCredential({
  issuer,
  subject,
  capabilities,
  now = new Date(),
  status,
  validForMs = 60 * MINUTE,
  id = `urn:uuid:${crypto.randomUUID()}`
}: {
  issuer: string;
  subject: string;
  capabilities: Array<Capability | Json>;
  now?: Date;
  status?: Json | Json[];
  validForMs?: number;
  id?: string;
}): Json {
  return {
    '@context': [CONTEXT_URLS.credentialsV1, CONTEXT_URLS.agentvcV1, ...(status ? [CONTEXT_URLS.statusList2021] : [])],
    id,
    type: ['VerifiableCredential', 'AgentCapabilityCredential'],
    issuer,
    issuanceDate: iso(new Date(now.getTime() - MINUTE)),
    expirationDate: iso(new Date(now.getTime() + validForMs)),
    credentialSubject: { id: subject, capability: capabilities },
    ...(status ? { credentialStatus: status } : {})
  };
}

export const payment = (maxAmount: string, currency = 'USD', extra: Json = {}): Json => ({
  type: 'PaymentAuthorization',
  maxAmount: { value: maxAmount, currency },
  ...extra
});

/** Signs with Ed25519Signature2020 through @digitalbazaar/vc, using the identity's KeyObject. */
export async function issue(issuer: AgentIdentity, credential: Json): Promise<Json> {
  const suite = new Ed25519Signature2020({ signer: createSigner(issuer) });
  return vc.issue({ credential: structuredClone(credential), suite, documentLoader });
}

export type PresentationSuite = 'Ed25519Signature2020' | 'eddsa-jcs-2022';

/** A presentation of `credentials` signed by `holder` (the SDK's signPresentation, 2020 by default here). */
export async function present({
  holder,
  credentials,
  challenge,
  domain,
  suite = 'Ed25519Signature2020'
}: {
  holder: AgentIdentity;
  credentials: Json[];
  challenge: string;
  domain: string;
  suite?: PresentationSuite;
}): Promise<Json> {
  return signPresentation({ holder, credentials, challenge, domain, suite, documentLoader });
}

export function iso(date: Date): string {
  return `${date.toISOString().slice(0, 19)}Z`;
}
