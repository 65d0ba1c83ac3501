import { z } from 'zod';
import { contextSchema, proofSchema, typeSchema, verifiableCredentialSchema } from './credential.js';
import { LIMITS } from './limits.js';

/** A W3C verifiable presentation carrying embedded credentials. */
export const verifiablePresentationSchema = z.looseObject({
  '@context': contextSchema,
  id: z.string().max(LIMITS.maxStringLength).optional(),
  type: typeSchema,
  holder: z.union([z.string().min(1).max(LIMITS.maxStringLength), z.looseObject({ id: z.string() })]).optional(),
  verifiableCredential: z.union([verifiableCredentialSchema, z.array(verifiableCredentialSchema).max(LIMITS.maxCredentialsPerPresentation)]).optional(),
  proof: z.union([proofSchema, z.array(proofSchema).min(1).max(8)])
});

export type VerifiablePresentation = z.infer<typeof verifiablePresentationSchema>;
