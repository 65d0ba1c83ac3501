import { z } from 'zod';
import { LIMITS } from './limits.js';

const text = z.string().min(1).max(LIMITS.maxStringLength);
/** XML Schema dateTime with an explicit zone, as VC 1.1 and 2.0 require for validity dates. */
export const dateTimeSchema = z.iso.datetime({ offset: true });
const oneOrMany = <T extends z.ZodType>(item: T, max: number) => z.union([item, z.array(item).min(1).max(max)]);

export const contextSchema = z.array(z.union([text, z.record(z.string(), z.unknown())])).min(1).max(LIMITS.maxContexts);
export const typeSchema = oneOrMany(text, LIMITS.maxTypes);

export const proofSchema = z.looseObject({
  type: text,
  proofPurpose: text,
  verificationMethod: text,
  created: z.string().max(64).optional(),
  challenge: text.optional(),
  domain: oneOrMany(text, LIMITS.maxListEntries).optional(),
  cryptosuite: text.optional(),
  proofValue: text.optional()
});

export const credentialStatusSchema = z.looseObject({
  id: text.optional(),
  type: text,
  statusPurpose: text.optional(),
  statusListIndex: text.optional(),
  statusListCredential: text.optional()
});

export const credentialSubjectSchema = z.looseObject({ id: text.optional() });

/** A W3C verifiable credential (VC 1.1 or 2.0) as far as agentvc relies on its shape. */
export const verifiableCredentialSchema = z.looseObject({
  '@context': contextSchema,
  id: text.optional(),
  type: typeSchema,
  issuer: z.union([text, z.looseObject({ id: text })]),
  issuanceDate: dateTimeSchema.optional(),
  expirationDate: dateTimeSchema.optional(),
  validFrom: dateTimeSchema.optional(),
  validUntil: dateTimeSchema.optional(),
  credentialSubject: oneOrMany(credentialSubjectSchema, LIMITS.maxListEntries),
  credentialStatus: oneOrMany(credentialStatusSchema, 8).optional(),
  proof: oneOrMany(proofSchema, 8)
});

export type VerifiableCredential = z.infer<typeof verifiableCredentialSchema>;
export type CredentialStatus = z.infer<typeof credentialStatusSchema>;
export type Proof = z.infer<typeof proofSchema>;
