import { EXAMPLE } from './common-schemas.js';

// Example documents for the OpenAPI examples: the right shape, not valid signatures

export const EXAMPLE_CAPABILITY = { type: 'PaymentAuthorization', maxAmount: { value: '200', currency: 'USD' }, merchants: ['shop.example'] } as const;

export const EXAMPLE_CREDENTIAL = {
  '@context': ['https://www.w3.org/2018/credentials/v1', 'https://agentvc.dev/contexts/v1', 'https://w3id.org/security/suites/ed25519-2020/v1'],
  id: EXAMPLE.credentialId,
  type: ['VerifiableCredential', 'AgentCapabilityCredential'],
  issuer: EXAMPLE.issuerDid,
  issuanceDate: EXAMPLE.at,
  expirationDate: '2025-06-01T13:00:00Z',
  credentialSubject: { id: EXAMPLE.agentDid, capabilities: [EXAMPLE_CAPABILITY] },
  proof: { type: 'Ed25519Signature2020', proofPurpose: 'assertionMethod', verificationMethod: `${EXAMPLE.issuerDid}#key-1`, proofValue: 'z58DAdFfa9SkqZMVPxAQp…' }
};

export const EXAMPLE_PRESENTATION = {
  '@context': ['https://www.w3.org/2018/credentials/v1'],
  type: ['VerifiablePresentation'],
  holder: EXAMPLE.agentDid,
  verifiableCredential: [EXAMPLE_CREDENTIAL],
  proof: {
    type: 'DataIntegrityProof',
    cryptosuite: 'eddsa-jcs-2022',
    proofPurpose: 'authentication',
    verificationMethod: `${EXAMPLE.agentDid}#key-1`,
    challenge: 'c-3q2kZC1xF0yVwqf8QeYb6A',
    domain: 'shop.example',
    proofValue: 'z3FXQjecWufY46yg5abdVZsXqLhxhueuSoZgNSARiKBk…'
  }
};

export const EXAMPLE_GRANTED = { credentialId: EXAMPLE.credentialId, issuer: EXAMPLE.issuerDid, capability: EXAMPLE_CAPABILITY };
