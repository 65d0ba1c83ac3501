import type { ActionAuthorization, PaymentAuthorization } from '@agentvc/core';
import { problem, type Problem } from '../problem.js';
import type { GrantedCapability } from '../verification-result.js';
import { toMicroUnits } from './decimal.js';
import type { ParsedRequirement } from './parse-requirement.js';

/** The order checks run in: a candidate that fails later came closer to granting. */
const STEP: Partial<Record<Problem['code'], number>> = {
  CAPABILITY_CURRENCY_MISMATCH: 1,
  CAPABILITY_AMOUNT_EXCEEDED: 2,
  CAPABILITY_MERCHANT_NOT_ALLOWED: 3,
  CAPABILITY_CATEGORY_NOT_ALLOWED: 4,
  CAPABILITY_ACTION_NOT_ALLOWED: 1,
  CAPABILITY_RESOURCE_NOT_ALLOWED: 2
};

/**
 * Whether any granted capability covers the requirement. Returns the first that does, or why
 * the closest candidates (those that passed the most checks) fell short.
 */
export function evaluateRequirement(
  requirement: ParsedRequirement,
  granted: GrantedCapability[]
): { grantedBy?: GrantedCapability; problems: Problem[] } {
  const candidates = granted.filter((g) => g.capability.type === requirement.type);
  if (candidates.length === 0) {
    return { problems: [problem('CAPABILITY_NOT_GRANTED', `no verified credential grants ${requirement.type}`)] };
  }
  const reasons = new Map<string, Problem>();
  for (const candidate of candidates) {
    const shortfall = requirement.type === 'PaymentAuthorization'
      ? paymentShortfall(requirement, candidate.capability as PaymentAuthorization)
      : actionShortfall(requirement, candidate.capability as ActionAuthorization);
    if (!shortfall) return { grantedBy: candidate, problems: [] };
    if (!reasons.has(shortfall.code)) reasons.set(shortfall.code, shortfall);
  }
  const furthest = Math.max(...[...reasons.keys()].map((code) => STEP[code as Problem['code']] ?? 0));
  return { problems: [...reasons.values()].filter((p) => (STEP[p.code] ?? 0) === furthest) };
}

type PaymentRequirement = Extract<ParsedRequirement, { type: 'PaymentAuthorization' }>;
type ActionRequirement = Extract<ParsedRequirement, { type: 'ActionAuthorization' }>;

function paymentShortfall(requirement: PaymentRequirement, capability: PaymentAuthorization): Problem | undefined {
  const { amount, merchant, category } = requirement;
  if (amount.currency !== capability.maxAmount.currency) {
    return problem('CAPABILITY_CURRENCY_MISMATCH', `payments are authorized in ${capability.maxAmount.currency}, not ${amount.currency}`);
  }
  if (toMicroUnits(amount.value) > toMicroUnits(capability.maxAmount.value)) {
    return problem('CAPABILITY_AMOUNT_EXCEEDED', `${amount.value} ${amount.currency} is over the ${capability.maxAmount.value} limit`);
  }
  if (capability.merchants && !(merchant !== undefined && capability.merchants.some((m) => sameMerchant(m, merchant)))) {
    return problem('CAPABILITY_MERCHANT_NOT_ALLOWED', `merchant ${merchant ?? '(none given)'} is not allowed`);
  }
  if (capability.categories && !(category !== undefined && capability.categories.includes(category))) {
    return problem('CAPABILITY_CATEGORY_NOT_ALLOWED', `category ${category ?? '(none given)'} is not allowed`);
  }
  return undefined;
}

/** DIDs compare exactly; domain names case-insensitively (no implicit subdomains). */
function sameMerchant(allowed: string, merchant: string): boolean {
  return allowed.startsWith('did:') ? allowed === merchant : allowed.toLowerCase() === merchant.toLowerCase();
}

function actionShortfall(requirement: ActionRequirement, capability: ActionAuthorization): Problem | undefined {
  if (capability.action !== requirement.action) {
    return problem('CAPABILITY_ACTION_NOT_ALLOWED', `action ${requirement.action} is not authorized`);
  }
  if (!resourcePattern(capability.resource).test(requirement.resource)) {
    return problem('CAPABILITY_RESOURCE_NOT_ALLOWED', `resource ${requirement.resource} is outside ${capability.resource}`);
  }
  return undefined;
}

/** `*` matches within one `/`-separated segment, `**` across segments; all else is literal. */
function resourcePattern(pattern: string): RegExp {
  const source = pattern
    .split('**')
    .map((part) => part.split('*').map((literal) => literal.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('[^/]*'))
    .join('.*');
  return new RegExp(`^${source}$`);
}
