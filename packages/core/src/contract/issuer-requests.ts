import { z } from 'zod';
import { capabilityInputSchema } from '../schemas/capability.js';
import { dateTimeSchema } from '../schemas/credential.js';
import { LIMITS } from '../schemas/limits.js';

// What the issuer service (apps/issuer) accepts: the one definition its routes validate with,
// the issuer library types its inputs by and the client's calls are typed from.

const text = z.string().min(1).max(LIMITS.maxStringLength);
const object = z.record(z.string(), z.unknown());

/**
 * A stored operator key's record id: `key_` + the token's 24 hex digits, or 16 for a legacy key
 * (made before `avc_<id>_<secret>` tokens; refused, but still listed and revocable).
 */
export const API_KEY_ID_PATTERN = /^key_(?:[0-9a-f]{16}|[0-9a-f]{24})$/;

export const registerAgentSchema = z.strictObject({
  did: z.string().regex(/^did:[a-z0-9]+:[A-Za-z0-9._:%-]+$/, 'a DID').max(256),
  name: z.string().min(1).max(200),
  owner: z.string().min(1).max(200)
});

/** A grant: capability templates with limits, and how long credentials from it are valid. */
export const grantTemplateSchema = z.strictObject({
  /** Amounts as decimal strings, or exact JSON numbers that are stored as those strings (the money rule in capability.ts). */
  capabilities: z.array(capabilityInputSchema).min(1).max(LIMITS.maxCapabilities),
  /** Validity of each issued credential; short by default. */
  validitySeconds: z.number().int().min(60).max(30 * 24 * 3600).default(3600),
  /** Whether credentials from this grant also get a suspension status entry. */
  suspendable: z.boolean().default(false),
  /** When the grant itself stops producing credentials. */
  expiresAt: z.iso.datetime({ offset: true }).optional()
});

/** VC-API `POST /credentials/issue` body: an unsigned credential plus options. */
export const issueRequestSchema = z.strictObject({
  credential: z.looseObject({
    '@context': z.array(text).min(1).max(LIMITS.maxContexts),
    id: text.optional(),
    type: z.union([text, z.array(text).min(1).max(LIMITS.maxTypes)]),
    issuer: z.union([text, z.looseObject({ id: text })]),
    issuanceDate: dateTimeSchema.optional(),
    expirationDate: dateTimeSchema.optional(),
    credentialSubject: z.union([object, z.array(object).min(1).max(LIMITS.maxListEntries)])
  }),
  options: z
    .strictObject({
      /** Also give the credential a suspension entry. */
      suspendable: z.boolean().optional()
    })
    .optional()
});

/** VC-API `POST /credentials/status` body. `status: false` lifts a suspension. */
export const statusRequestSchema = z.strictObject({
  credentialId: text,
  credentialStatus: z.strictObject({
    type: z.literal('StatusList2021Entry').default('StatusList2021Entry'),
    statusPurpose: z.enum(['revocation', 'suspension'])
  }),
  status: z.boolean().default(true)
});

export const createApiKeyRequestSchema = z.strictObject({ name: z.string().min(1).max(200) });

export const didParamsSchema = z.object({ did: z.string().min(8).max(256).regex(/^did:[a-z0-9]+:/, 'a DID') });
export const grantParamsSchema = didParamsSchema.extend({ grantId: z.uuid() });
export const apiKeyParamsSchema = z.object({ id: z.string().regex(API_KEY_ID_PATTERN) });
export const statusListParamsSchema = z.object({ id: z.string().regex(/^[A-Za-z0-9-]{1,64}$/) });

export const pageQuerySchema = z.object({
  skip: z.coerce.number().int().min(0).max(1_000_000).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100)
});

export const auditQuerySchema = z.object({
  action: z.string().max(100).optional(),
  target: z.string().max(300).optional(),
  limit: z.coerce.number().int().min(1).max(1000).default(100)
});

export type RegisterAgentInput = z.infer<typeof registerAgentSchema>;
export type GrantTemplate = z.infer<typeof grantTemplateSchema>;
export type GrantTemplateInput = z.input<typeof grantTemplateSchema>;
export type IssueRequest = z.infer<typeof issueRequestSchema>;
export type StatusRequest = z.infer<typeof statusRequestSchema>;
/** What a caller sends to POST /credentials/status (`type` and `status` have defaults). */
export type StatusRequestInput = z.input<typeof statusRequestSchema>;
