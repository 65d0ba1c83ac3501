import { grantTemplateSchema } from '@agentvc/issuer';

const grant = (value: unknown, budget: unknown = '100') => ({
  capabilities: [{ type: 'PaymentAuthorization', maxAmount: { value, currency: 'USD' }, budget: { value: budget, currency: 'USD', period: 'P1M' } }]
});

// the money rule of @agentvc/core: a grant is an input, so a JSON number is taken too, and it
// is stored (and signed into credentials) as the decimal string it was written as
describe('grant money', () => {
  it.each([
    ['50', '50'],
    [50, '50'],
    [19.99, '19.99'],
    ['0.5', '0.5'],
    [0.000001, '0.000001']
  ])('takes maxAmount %p and keeps %p', (value, stored) => {
    const parsed = grantTemplateSchema.parse(grant(value, value));
    expect(parsed.capabilities[0]).toMatchObject({ maxAmount: { value: stored }, budget: { value: stored } });
  });

  it.each([['1e3'], ['-1'], [-1], [Number.NaN], ['1234567890123456'], [1e21], [0.0000001], [null]])('refuses maxAmount %p, naming the field and the rule', (value) => {
    const parsed = grantTemplateSchema.safeParse(grant(value));
    expect(parsed.success).toBe(false);
    expect(parsed.error?.issues[0]).toMatchObject({
      path: ['capabilities', 0, 'maxAmount', 'value'],
      message: expect.stringMatching(/a non-negative decimal string with at most 15 integer digits and 6 decimal places/)
    });
  });

  it('refuses a bad budget amount the same way', () => {
    expect(grantTemplateSchema.safeParse(grant('5', '1e3')).error?.issues[0]?.path).toEqual(['capabilities', 0, 'budget', 'value']);
  });
});
