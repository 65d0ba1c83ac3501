import { z } from 'zod';
import { verifiableCredentialSchema } from '../schemas/credential.js';

/** A JSON object passed through as-is (a signed credential, a presentation, a context). */
export const jsonObjectSchema = z.record(z.string(), z.unknown());

export const isoDateTimeSchema = z.string().describe('ISO 8601 date-time');

/** A signed credential as the issuer and the wallet hand it out. */
export const signedCredentialSchema = verifiableCredentialSchema.meta({ id: 'VerifiableCredential' });

/** A single-use challenge and the domain to sign a presentation for (every service's POST …/challenges). */
export const challengeResponseSchema = z
  .object({ challenge: z.string(), domain: z.string(), expiresAt: isoDateTimeSchema })
  .meta({ id: 'Challenge' });

export type Challenge = z.infer<typeof challengeResponseSchema>;

export const CHALLENGE_EXAMPLE: Challenge = {
  challenge: 'c-3q2kZC1xF0yVwqf8QeYb6A',
  domain: 'localhost:4100',
  expiresAt: '2025-06-01T12:02:00.000Z'
};

/** Example values shared by the route examples. */
export const EXAMPLE = {
  agentDid: 'did:key:z6MkhaXgBZDvotDkL5257faiztiGiC2QtKLGpbnnEGta2doK',
  issuerDid: 'did:key:z6MkpTHR8VNsBxYAAWHut2Geadd9jSwuBV8xRoAnwWsdvktH',
  credentialId: 'urn:uuid:3978344f-8596-4c3a-a978-8fcaba3903c5',
  grantId: '6f1c0e0a-4b7e-4c33-9b1a-2f3b8a7d9e10',
  at: '2025-06-01T12:00:00.000Z'
} as const;
