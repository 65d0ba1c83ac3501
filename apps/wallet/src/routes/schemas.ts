import { LIMITS } from '@agentvc/core';
import { z } from 'zod';

/** A JSON-LD document passed through as-is (a credential, a presentation). */
export const jsonObjectSchema = z.record(z.string(), z.unknown());

const isoDate = z.string().describe('ISO 8601 date-time');

export const challengeResponseSchema = z.object({ challenge: z.string(), domain: z.string(), expiresAt: isoDate });

export const sessionResponseSchema = z.object({ token: z.string(), agentDid: z.string(), expiresAt: isoDate });

export const storedCredentialSchema = z.object({
  id: z.string(),
  issuer: z.string(),
  types: z.array(z.string()),
  capabilityTypes: z.array(z.string()),
  storedAt: isoDate,
  verifiableCredential: jsonObjectSchema
});

const credentialId = z.string().min(1).max(LIMITS.maxStringLength);

export const credentialParamsSchema = z.object({ id: credentialId });

export const credentialQuerySchema = z.object({
  type: z.string().min(1).max(256).optional(),
  capabilityType: z.string().min(1).max(256).optional(),
  issuer: z.string().min(1).max(LIMITS.maxStringLength).optional()
});

export const presentationRequestSchema = z.strictObject({
  credentialIds: z.array(credentialId).max(LIMITS.maxCredentialsPerPresentation),
  challenge: z.string().min(1).max(256),
  domain: z.string().min(1).max(256),
  holder: z.string().min(1).max(LIMITS.maxStringLength).optional(),
  sign: z.boolean().optional(),
  suite: z.enum(['eddsa-jcs-2022', 'Ed25519Signature2020']).optional()
});
