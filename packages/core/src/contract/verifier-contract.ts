import { z } from 'zod';
import { capabilityRequirementSchema } from '../schemas/capability-requirement.js';
import { CHALLENGE_EXAMPLE, challengeResponseSchema, EXAMPLE, jsonObjectSchema } from './common-schemas.js';
import { EXAMPLE_CREDENTIAL, EXAMPLE_GRANTED, EXAMPLE_PRESENTATION } from './example-documents.js';
import { routeContract } from './route-contract.js';
import { notVerifiedSchema, verifiedSchema } from './verification-result.js';

export const verifyCredentialRequestSchema = z
  .object({
    // taken as-is: the verifier, not the edge, judges a document's shape
    verifiableCredential: jsonObjectSchema,
    options: z.object({ capability: capabilityRequirementSchema.optional() }).optional()
  })
  .meta({ id: 'VerifyCredentialRequest' });

export const verifyPresentationRequestSchema = z
  .object({
    verifiablePresentation: jsonObjectSchema,
    options: z.object({
      challenge: z.string().min(1).max(256).describe('A challenge from POST /challenges of this service; consumed'),
      domain: z.string().min(1).max(256).describe('The domain the presentation must be signed for'),
      capability: capabilityRequirementSchema.optional()
    })
  })
  .meta({ id: 'VerifyPresentationRequest' });

const requirement = { type: 'PaymentAuthorization', amount: { value: '19.99', currency: 'USD' }, merchant: 'shop.example' } as const;
const verified = { verified: true, problems: [], issuers: [EXAMPLE.issuerDid], capabilities: [EXAMPLE_GRANTED], grantedBy: EXAMPLE_GRANTED };
const refused = {
  verified: false,
  problems: [{ code: 'STATUS_REVOKED', message: 'the credential is revoked', path: 'credentialStatus', scope: 'credential' }],
  issuers: [],
  capabilities: []
};

/** The verifier service (apps/verifier). */
export const VERIFIER_ROUTES = {
  challenge: routeContract({
    method: 'POST',
    path: '/challenges',
    operationId: 'createChallenge',
    responses: { 201: challengeResponseSchema },
    examples: { responses: { 201: { ...CHALLENGE_EXAMPLE, domain: 'localhost:4300' } } }
  }),
  verifyCredential: routeContract({
    method: 'POST',
    path: '/credentials/verify',
    operationId: 'verifyCredential',
    request: { body: verifyCredentialRequestSchema },
    responses: { 200: verifiedSchema, 400: notVerifiedSchema },
    examples: { request: { verifiableCredential: EXAMPLE_CREDENTIAL, options: { capability: requirement } }, responses: { 200: verified, 400: refused } }
  }),
  verifyPresentation: routeContract({
    method: 'POST',
    path: '/presentations/verify',
    operationId: 'verifyPresentation',
    request: { body: verifyPresentationRequestSchema },
    responses: { 200: verifiedSchema, 400: notVerifiedSchema },
    examples: {
      request: { verifiablePresentation: EXAMPLE_PRESENTATION, options: { challenge: CHALLENGE_EXAMPLE.challenge, domain: 'localhost:4300', capability: requirement } },
      responses: { 200: { ...verified, holder: EXAMPLE.agentDid }, 400: refused }
    }
  })
};
