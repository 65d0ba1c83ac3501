import { capabilityInputSchema, capabilityRequirementSchema, capabilitySchema, decimalAmountSchema } from '@agentvc/core';

const payment = (value: unknown, budget?: unknown) => ({
  type: 'PaymentAuthorization',
  maxAmount: { value, currency: 'USD' },
  ...(budget === undefined ? {} : { budget: { value: budget, currency: 'USD', period: 'P1M' } })
});
const requirement = (value: unknown) => ({ type: 'PaymentAuthorization', amount: { value, currency: 'USD' } });

// every money field follows one rule: a decimal string in signed and stored data; at an input,
// a JSON number too, which becomes the decimal string it was written as
describe('the money rule', () => {
  it.each(['0', '5', '19.99', '200', '0.000001', '123456789012345.123456'])('accepts the decimal string %p everywhere', (value) => {
    expect(decimalAmountSchema.parse(value)).toBe(value);
    expect(capabilitySchema.parse(payment(value, value))).toMatchObject({ maxAmount: { value }, budget: { value } });
    expect(capabilityInputSchema.parse(payment(value, value))).toMatchObject({ maxAmount: { value }, budget: { value } });
    expect(capabilityRequirementSchema.parse(requirement(value))).toMatchObject({ amount: { value } });
  });

  it.each([
    [20, '20'],
    [19.99, '19.99'],
    [0, '0'],
    [0.000001, '0.000001'],
    [1e3, '1000'],
    [123456789012345, '123456789012345'],
    [12345678.123456, '12345678.123456']
  ])('takes the number %p at an input as the string %p', (value, text) => {
    expect(capabilityInputSchema.parse(payment(value, value))).toMatchObject({ maxAmount: { value: text }, budget: { value: text } });
    expect(capabilityRequirementSchema.parse(requirement(value))).toMatchObject({ amount: { value: text } });
  });

  it('refuses a number in signed or stored data (a credential, a stored grant)', () => {
    expect(capabilitySchema.safeParse(payment(20)).success).toBe(false);
    expect(capabilitySchema.safeParse(payment('20', 20)).success).toBe(false);
    expect(decimalAmountSchema.safeParse(20).success).toBe(false);
  });

  it.each([
    ['an exponent string', '1e3'],
    ['a negative string', '-1'],
    ['a negative number', -1],
    ['NaN', Number.NaN],
    ['Infinity', Number.POSITIVE_INFINITY],
    ['a huge string', '1234567890123456'],
    ['a huge number', 1e21],
    ['a number past 15 significant digits (rounded by JSON parsing)', 123456789012345.6],
    ['more than 6 decimal places', '0.0000001'],
    ['a number with more than 6 decimal places', 0.0000001],
    ['a leading zero', '01'],
    ['a bare point', '1.'],
    ['a leading point', '.5'],
    ['spaces', ' 1'],
    ['a comma', '1,5'],
    ['an empty string', ''],
    ['null', null],
    ['a boolean', true]
  ])('refuses %s everywhere, naming the rule', (_name, value) => {
    for (const schema of [capabilitySchema, capabilityInputSchema]) {
      const parsed = schema.safeParse(payment(value));
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual(['maxAmount', 'value']);
    }
    const parsed = capabilityRequirementSchema.safeParse(requirement(value));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues.map((i) => i.path.join('.'))).toContain('amount.value');
  });

  it('says why a number is refused', () => {
    const parsed = capabilityRequirementSchema.safeParse(requirement(0.0000001));
    expect(parsed.error?.issues[0]?.message).toMatch(/1e-7 cannot be an exact amount: send a non-negative decimal string/);
    expect(capabilityInputSchema.safeParse(payment('1e3')).error?.issues[0]?.message).toMatch(/must be a non-negative decimal string with at most 15 integer digits and 6 decimal places/);
  });
});
