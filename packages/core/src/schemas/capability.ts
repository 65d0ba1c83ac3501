import { z } from 'zod';
import { LIMITS } from './limits.js';

/**
 * The one money rule. Every amount in signed and stored data and in responses is a decimal
 * string: non-negative, at most 15 integer digits and 6 decimal places, no exponent, sign or
 * leading zero ("200", "19.99"), so no float ever stands for money. Where a caller gives an
 * amount (a grant, a capability requirement), a JSON number is accepted too and becomes the
 * decimal string it was written as (decimalAmountInputSchema).
 */
const DECIMAL_AMOUNT = /^(0|[1-9]\d{0,14})(\.\d{1,6})?$/;
const RULE = 'a non-negative decimal string with at most 15 integer digits and 6 decimal places, such as "19.99"';

/** An amount in signed or stored data: the decimal string only. */
export const decimalAmountSchema = z.string().regex(DECIMAL_AMOUNT, `must be ${RULE}`);

/**
 * An amount from a caller: the decimal string, or a number converted to it. A number is taken
 * only when that is exact: at most 15 significant digits (a double then gives back the very
 * decimal it was written as) and within the string rule; else it is refused, not rounded.
 */
export const decimalAmountInputSchema = z.union(
  [
    z.number().nonnegative().finite().transform((value, ctx) => {
      const text = String(value);
      if (DECIMAL_AMOUNT.test(text) && text.replace('.', '').replace(/^0+/, '').length <= 15) return text;
      ctx.addIssue({ code: 'custom', message: `${text} cannot be an exact amount: send ${RULE}`, input: value });
      return z.NEVER;
    }),
    decimalAmountSchema
  ],
  // one message for the field rather than zod's "Invalid input" over both forms
  { error: (issue) => (typeof issue.input === 'number' ? `${issue.input} cannot be an exact amount: send ${RULE}` : `must be ${RULE}`) }
);

export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code');
const token = z.string().min(1).max(256);

export const moneySchema = z.strictObject({ value: decimalAmountSchema, currency: currencySchema });

/** A PaymentAuthorization whose amounts are read with `amount` (stored form, or caller input). */
function paymentAuthorizationOf<A extends z.ZodType<string, unknown>>(amount: A) {
  return z.strictObject({
    type: z.literal('PaymentAuthorization'),
    maxAmount: z.strictObject({ value: amount, currency: currencySchema }),
    /** Informational for the stateless verifier: spending per period is enforced by the payer's ledger. */
    budget: z.strictObject({ value: amount, currency: currencySchema, period: z.string().regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/) }).optional(),
    /** Merchant DIDs or domain names; absent means any merchant. */
    merchants: z.array(token).min(1).max(LIMITS.maxListEntries).optional(),
    /** Merchant categories; absent means any category. */
    categories: z.array(token).min(1).max(LIMITS.maxListEntries).optional()
  });
}

/** Payments up to `maxAmount` per transaction, optionally at listed merchants and categories. */
export const paymentAuthorizationSchema = paymentAuthorizationOf(decimalAmountSchema);

/** An action on resources matching a pattern (`*` matches within one `/` segment, `**` across). */
export const actionAuthorizationSchema = z.strictObject({
  type: z.literal('ActionAuthorization'),
  action: token,
  resource: z.string().min(1).max(512)
});

/** A capability as signed in a credential and stored in a grant: amounts are decimal strings. */
export const capabilitySchema = z.discriminatedUnion('type', [paymentAuthorizationSchema, actionAuthorizationSchema]);

/** A capability as an operator gives it (a grant): amounts may also be exact JSON numbers; parses to capabilitySchema's form. */
export const capabilityInputSchema = z.discriminatedUnion('type', [paymentAuthorizationOf(decimalAmountInputSchema), actionAuthorizationSchema]);

export const CAPABILITY_TYPES = ['PaymentAuthorization', 'ActionAuthorization'] as const;

export type PaymentAuthorization = z.infer<typeof paymentAuthorizationSchema>;
export type ActionAuthorization = z.infer<typeof actionAuthorizationSchema>;
export type Capability = z.infer<typeof capabilitySchema>;
