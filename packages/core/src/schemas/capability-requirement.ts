import { z } from 'zod';
import { currencySchema, decimalAmountSchema } from './capability.js';

const amountValue = z.union([z.number().nonnegative().finite(), decimalAmountSchema]);
const token = z.string().min(1).max(256);

/** What a relying party asks a presentation to authorize. Unknown fields are refused. */
export const capabilityRequirementSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('PaymentAuthorization'),
    amount: z.strictObject({ value: amountValue, currency: currencySchema }),
    merchant: token.optional(),
    category: token.optional()
  }),
  z.strictObject({
    type: z.literal('ActionAuthorization'),
    action: token,
    resource: z.string().min(1).max(512)
  })
]);

export type CapabilityRequirement = z.infer<typeof capabilityRequirementSchema>;
