import { EXAMPLE } from './common-schemas.js';
import { EXAMPLE_CAPABILITY } from './example-documents.js';

// Example values of the issuer's routes (ISSUER_ROUTES): the right shapes, not real keys or signatures

export const issueRequest = {
  credential: {
    '@context': ['https://www.w3.org/2018/credentials/v1', 'https://agentvc.dev/contexts/v1'],
    type: ['VerifiableCredential', 'AgentCapabilityCredential'],
    issuer: EXAMPLE.issuerDid,
    credentialSubject: { id: EXAMPLE.agentDid, capabilities: [EXAMPLE_CAPABILITY] }
  },
  options: { suspendable: true }
};

export const statusListId = '0f7d3c1e-2b4a-4e8f-9a61-5c2d7b8e4f10';

export const statusListCredential = {
  '@context': ['https://www.w3.org/2018/credentials/v1', 'https://w3id.org/vc/status-list/2021/v1', 'https://w3id.org/security/suites/ed25519-2020/v1'],
  id: `http://localhost:4100/status-lists/${statusListId}`,
  type: ['VerifiableCredential', 'StatusList2021Credential'],
  issuer: EXAMPLE.issuerDid,
  issuanceDate: EXAMPLE.at,
  expirationDate: '2025-06-01T12:10:00Z',
  credentialSubject: { id: `http://localhost:4100/status-lists/${statusListId}#list`, type: 'StatusList2021', statusPurpose: 'revocation', encodedList: 'H4sIAAAAAAAAA-3BMQEAAADCoPVPbQwfoAAAAAAAAAAAAAAAAAAAAIC3AYbSVKsAQAAA' },
  proof: { type: 'Ed25519Signature2020', proofPurpose: 'assertionMethod', verificationMethod: `${EXAMPLE.issuerDid}#key-1`, proofValue: 'z4oey5q2M3XKaxup3tmzN4DRFTLVqpLMweBrSxMY2xHX…' }
};

export const context = { '@context': { '@version': 1.1, '@protected': true, AgentCapabilityCredential: 'https://agentvc.dev/vocab#AgentCapabilityCredential' } };

export const agent = { did: EXAMPLE.agentDid, name: 'checkout-bot', owner: 'payments-team', createdAt: EXAMPLE.at };

export const grantRequest = { capabilities: [EXAMPLE_CAPABILITY], validitySeconds: 3600, suspendable: false };

export const grant = { id: EXAMPLE.grantId, agentDid: EXAMPLE.agentDid, ...grantRequest, createdAt: EXAMPLE.at };

export const apiKey = { id: 'key_3f9a1c7e5b2d4a6c8e0f1a2b', name: 'ci-deploy', masked: 'avc_3f9a1c7e5b2d4a6c8e0f1a2b_…', createdAt: EXAMPLE.at };

export const apiKeyToken = 'avc_3f9a1c7e5b2d4a6c8e0f1a2b_Qm9vdHN0cmFwLWV4YW1wbGUtdG9rZW4tbm90LXJlYWwtMDAw';

export const auditRecord = {
  id: '8d4b2f0e-6c1a-4e9b-b3d7-1f5a9c2e7d40',
  at: EXAMPLE.at,
  actor: { type: 'agent', id: EXAMPLE.agentDid },
  action: 'credential.issue',
  outcome: 'success',
  target: EXAMPLE.credentialId,
  requestId: '5b0e7c8a-2d4f-4a1b-9e3c-7f6d5a4b3c2d',
  expiresAt: '2025-08-30T12:00:00.000Z'
};

