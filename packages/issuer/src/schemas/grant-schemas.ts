import { z } from 'zod';
import { capabilityInputSchema, LIMITS } from '@agentvc/core';

const did = z.string().regex(/^did:[a-z0-9]+:[A-Za-z0-9._:%-]+$/, 'a DID').max(256);

export const registerAgentSchema = z.strictObject({
  did,
  name: z.string().min(1).max(200),
  owner: z.string().min(1).max(200)
});

/** A grant: capability templates with limits, and how long credentials from it are valid. */
export const grantTemplateSchema = z.strictObject({
  /** Amounts as decimal strings, or exact JSON numbers that are stored as those strings (the money rule in @agentvc/core). */
  capabilities: z.array(capabilityInputSchema).min(1).max(LIMITS.maxCapabilities),
  /** Validity of each issued credential; short by default. */
  validitySeconds: z.number().int().min(60).max(30 * 24 * 3600).default(3600),
  /** Whether credentials from this grant also get a suspension status entry. */
  suspendable: z.boolean().default(false),
  /** When the grant itself stops producing credentials. */
  expiresAt: z.iso.datetime({ offset: true }).optional()
});

export type RegisterAgentInput = z.infer<typeof registerAgentSchema>;
export type GrantTemplate = z.infer<typeof grantTemplateSchema>;
export type GrantTemplateInput = z.input<typeof grantTemplateSchema>;
