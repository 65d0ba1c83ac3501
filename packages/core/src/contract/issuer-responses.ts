import { z } from 'zod';
import { capabilitySchema } from '../schemas/capability.js';
import { isoDateTimeSchema, signedCredentialSchema } from './common-schemas.js';

// What the issuer service (apps/issuer) answers; the client reads the same schemas loosely.

export const credentialResponseSchema = z.object({ verifiableCredential: signedCredentialSchema });

export const issuerInfoSchema = z.object({ did: z.string(), domain: z.string(), publicUrl: z.string() });

export const agentViewSchema = z.object({ did: z.string(), name: z.string(), owner: z.string(), createdAt: isoDateTimeSchema }).meta({ id: 'Agent' });

export const grantViewSchema = z
  .object({
    id: z.string(),
    agentDid: z.string(),
    capabilities: z.array(capabilitySchema),
    validitySeconds: z.number(),
    suspendable: z.boolean(),
    createdAt: isoDateTimeSchema,
    expiresAt: isoDateTimeSchema.optional(),
    revokedAt: isoDateTimeSchema.optional()
  })
  .meta({ id: 'Grant' });

export const apiKeyViewSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    masked: z.string(),
    createdAt: isoDateTimeSchema,
    revokedAt: isoDateTimeSchema.optional(),
    legacy: z.literal(true).optional().describe('made before avc_<id>_<secret> tokens: refused, revoke it')
  })
  .meta({ id: 'ApiKey' });

export const createdApiKeySchema = z.object({ key: apiKeyViewSchema, token: z.string() });

export const statusChangeSchema = z.object({
  credentialId: z.string(),
  statusPurpose: z.enum(['revocation', 'suspension']),
  status: z.boolean(),
  changed: z.boolean()
});

export const auditRecordSchema = z
  .object({
    id: z.string(),
    at: isoDateTimeSchema.describe('When it happened; for folded failures, the first of them'),
    actor: z.object({ type: z.enum(['operator', 'agent', 'anonymous', 'system']), id: z.string() }),
    action: z.string(),
    outcome: z.enum(['success', 'failure']),
    target: z.string().optional(),
    requestId: z.string().optional(),
    detail: z.string().optional(),
    count: z.number().int().optional().describe('Folded failures: how many'),
    lastAt: isoDateTimeSchema.optional().describe('Folded failures: the last one'),
    expiresAt: isoDateTimeSchema.optional()
  })
  .meta({ id: 'AuditRecord' });
