import { z } from 'zod';
import { currencySchema, decimalAmountInputSchema } from './capability.js';

const token = z.string().min(1).max(256);

/**
 * What a relying party asks a presentation to authorize. Unknown fields are refused. The
 * amount may be given as a decimal string or an exact number; parsed, it is the string.
 */
export const capabilityRequirementSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('PaymentAuthorization'),
    amount: z.strictObject({ value: decimalAmountInputSchema, currency: currencySchema }),
    merchant: token.optional(),
    category: token.optional()
  }),
  z.strictObject({
    type: z.literal('ActionAuthorization'),
    action: token,
    resource: z.string().min(1).max(512)
  })
]);

/** A requirement as a caller writes it (an amount may be a number; parsed, it is the decimal string). */
export type CapabilityRequirement = z.input<typeof capabilityRequirementSchema>;
