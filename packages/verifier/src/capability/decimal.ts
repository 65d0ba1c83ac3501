const SCALE = 6;

/** A decimal amount ("19.99" or 19.99) as an integer count of millionths, for exact comparison. */
export function toMicroUnits(value: string | number): bigint {
  const text = typeof value === 'number' ? numberToDecimal(value) : value;
  const [whole = '0', fraction = ''] = text.split('.');
  return BigInt(whole) * 10n ** BigInt(SCALE) + BigInt(fraction.padEnd(SCALE, '0').slice(0, SCALE) || '0');
}

function numberToDecimal(value: number): string {
  const fixed = value.toFixed(SCALE);
  // more precision than money needs would otherwise be rounded away unnoticed
  if (Number(fixed) !== value) throw new RangeError(`${value} has more than ${SCALE} decimal places`);
  return fixed;
}
