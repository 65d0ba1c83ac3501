import { capabilityRequirementSchema } from '@agentvc/core';
import { z } from 'zod';

/** A JSON-LD document taken as-is: the verifier, not the edge, judges its shape. */
const jsonObjectSchema = z.record(z.string(), z.unknown());

export const verifyCredentialRequestSchema = z
  .object({
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

const problemSchema = z.object({
  code: z.string().describe('Stable code, e.g. STATUS_REVOKED, CAPABILITY_AMOUNT_EXCEEDED, CHALLENGE_USED'),
  message: z.string(),
  path: z.string().optional()
});

const grantedCapabilitySchema = z.object({ credentialId: z.string().optional(), issuer: z.string(), capability: jsonObjectSchema });

const resultFields = {
  problems: z.array(problemSchema),
  holder: z.string().optional().describe('The DID that signed the presentation, when its proof verified'),
  issuers: z.array(z.string()),
  capabilities: z.array(grantedCapabilitySchema),
  grantedBy: grantedCapabilitySchema.optional().describe('With options.capability: the capability that grants it')
};

export const verifiedSchema = z.object({ verified: z.literal(true), ...resultFields }).meta({ id: 'Verified' });
export const notVerifiedSchema = z.object({ verified: z.literal(false), ...resultFields }).meta({ id: 'NotVerified' });

export const challengeResponseSchema = z.object({ challenge: z.string(), domain: z.string(), expiresAt: z.string().describe('ISO 8601 date-time') });
