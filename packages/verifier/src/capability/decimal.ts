const SCALE = 6;

/**
 * A decimal amount string ("19.99", as decimalAmountSchema admits: at most 6 decimal places)
 * as an integer count of millionths, for exact comparison. Amounts given as numbers have been
 * turned into such strings by the schema already, so no float reaches a comparison.
 */
export function toMicroUnits(value: string): bigint {
  const [whole = '0', fraction = ''] = value.split('.');
  return BigInt(whole) * 10n ** BigInt(SCALE) + BigInt(fraction.padEnd(SCALE, '0') || '0');
}
