import { z } from 'zod';
import { verifiableCredentialSchema } from '@agentvc/core';

// Response shapes of the issuer service (apps/issuer, docs/openapi/issuer.json). Loose where
// the server may add members later, so an older SDK keeps working against a newer issuer.

export const challengeSchema = z.looseObject({ challenge: z.string().min(1), domain: z.string().min(1), expiresAt: z.string() });
export type Challenge = z.infer<typeof challengeSchema>;

export const credentialResponseSchema = z.looseObject({ verifiableCredential: verifiableCredentialSchema });

export const issuerInfoSchema = z.looseObject({ did: z.string(), domain: z.string(), publicUrl: z.string() });
export type IssuerInfo = z.infer<typeof issuerInfoSchema>;

export const agentSchema = z.looseObject({ did: z.string(), name: z.string(), owner: z.string(), createdAt: z.string() });
export type Agent = z.infer<typeof agentSchema>;

export const grantSchema = z.looseObject({
  id: z.string(),
  agentDid: z.string(),
  capabilities: z.array(z.record(z.string(), z.unknown())),
  validitySeconds: z.number(),
  suspendable: z.boolean(),
  createdAt: z.string(),
  expiresAt: z.string().optional(),
  revokedAt: z.string().optional()
});
export type Grant = z.infer<typeof grantSchema>;

export const apiKeySchema = z.looseObject({ id: z.string(), name: z.string(), masked: z.string(), createdAt: z.string(), revokedAt: z.string().optional() });
export type ApiKey = z.infer<typeof apiKeySchema>;

export const createdApiKeySchema = z.looseObject({ key: apiKeySchema, token: z.string().min(1) });
export type CreatedApiKey = z.infer<typeof createdApiKeySchema>;

export const statusChangeSchema = z.looseObject({
  credentialId: z.string(),
  statusPurpose: z.enum(['revocation', 'suspension']),
  status: z.boolean(),
  changed: z.boolean()
});
export type StatusChange = z.infer<typeof statusChangeSchema>;

export const auditRecordSchema = z.looseObject({ id: z.string(), at: z.string(), action: z.string(), outcome: z.string() });
export type AuditRecord = z.infer<typeof auditRecordSchema>;
