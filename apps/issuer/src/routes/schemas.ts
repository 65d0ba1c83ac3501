import { z } from 'zod';

/** A JSON-LD document returned as-is (a signed credential, a context). */
export const jsonObjectSchema = z.record(z.string(), z.unknown());

export const credentialResponseSchema = z.object({ verifiableCredential: jsonObjectSchema });

export const didParamsSchema = z.object({ did: z.string().min(8).max(256).regex(/^did:[a-z0-9]+:/, 'a DID') });

export const pageQuerySchema = z.object({
  skip: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100)
});

const isoDate = z.string().describe('ISO 8601 date-time');

export const agentViewSchema = z.object({ did: z.string(), name: z.string(), owner: z.string(), createdAt: isoDate });
export const grantViewSchema = z.object({
  id: z.string(),
  agentDid: z.string(),
  capabilities: z.array(jsonObjectSchema),
  validitySeconds: z.number(),
  suspendable: z.boolean(),
  createdAt: isoDate,
  expiresAt: isoDate.optional(),
  revokedAt: isoDate.optional()
});
export const apiKeyViewSchema = z.object({
  id: z.string(),
  name: z.string(),
  masked: z.string(),
  createdAt: isoDate,
  revokedAt: isoDate.optional(),
  legacy: z.literal(true).optional().describe('made before avc_<id>_<secret> tokens: refused, revoke it')
});
