import { z } from 'zod';
import { exportedIdentitySchema, verifiableCredentialSchema } from '@agentvc/core';

// Response shapes of the wallet service (contracts for issue 4). Loose, for forward compatibility.

export const sessionSchema = z.looseObject({ token: z.string().min(1), agentDid: z.string(), expiresAt: z.string() });

export const storedCredentialSchema = z.looseObject({
  id: z.string(),
  issuer: z.string(),
  types: z.array(z.string()),
  capabilityTypes: z.array(z.string()),
  storedAt: z.string(),
  verifiableCredential: verifiableCredentialSchema
});
export type StoredCredential = z.infer<typeof storedCredentialSchema>;

export const credentialListSchema = z.looseObject({ credentials: z.array(storedCredentialSchema) });

export const exportedKeySchema = z.looseObject({ identity: exportedIdentitySchema });

export const walletPresentationSchema = z.looseObject({
  verifiablePresentation: z.record(z.string(), z.unknown()),
  signed: z.boolean()
});
