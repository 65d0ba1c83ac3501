import { z } from 'zod';
import { LIMITS } from './limits.js';

/** A non-negative decimal amount as a string ("200", "19.99"): no floating point in money. */
export const decimalAmountSchema = z.string().regex(/^(0|[1-9]\d{0,14})(\.\d{1,6})?$/, 'a non-negative decimal string');
export const currencySchema = z.string().regex(/^[A-Z]{3}$/, 'an ISO 4217 currency code');
const token = z.string().min(1).max(256);

export const moneySchema = z.strictObject({ value: decimalAmountSchema, currency: currencySchema });

/** Payments up to `maxAmount` per transaction, optionally at listed merchants and categories. */
export const paymentAuthorizationSchema = z.strictObject({
  type: z.literal('PaymentAuthorization'),
  maxAmount: moneySchema,
  /** Informational for the stateless verifier: spending per period is enforced by the payer's ledger. */
  budget: z.strictObject({ value: decimalAmountSchema, currency: currencySchema, period: z.string().regex(/^P(?!$)(\d+Y)?(\d+M)?(\d+W)?(\d+D)?$/) }).optional(),
  /** Merchant DIDs or domain names; absent means any merchant. */
  merchants: z.array(token).min(1).max(LIMITS.maxListEntries).optional(),
  /** Merchant categories; absent means any category. */
  categories: z.array(token).min(1).max(LIMITS.maxListEntries).optional()
});

/** An action on resources matching a pattern (`*` matches within one `/` segment, `**` across). */
export const actionAuthorizationSchema = z.strictObject({
  type: z.literal('ActionAuthorization'),
  action: token,
  resource: z.string().min(1).max(512)
});

export const capabilitySchema = z.discriminatedUnion('type', [paymentAuthorizationSchema, actionAuthorizationSchema]);

export const CAPABILITY_TYPES = ['PaymentAuthorization', 'ActionAuthorization'] as const;

export type PaymentAuthorization = z.infer<typeof paymentAuthorizationSchema>;
export type ActionAuthorization = z.infer<typeof actionAuthorizationSchema>;
export type Capability = z.infer<typeof capabilitySchema>;
