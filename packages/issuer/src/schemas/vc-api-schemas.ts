import { z } from 'zod';
import { dateTimeSchema, LIMITS } from '@agentvc/core';

const text = z.string().min(1).max(LIMITS.maxStringLength);
const object = z.record(z.string(), z.unknown());

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

export type IssueRequest = z.infer<typeof issueRequestSchema>;
export type StatusRequest = z.infer<typeof statusRequestSchema>;
