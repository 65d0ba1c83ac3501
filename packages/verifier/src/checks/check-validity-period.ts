import type { VerifiableCredential } from '@agentvc/core';
import { problem, type Problem } from '../problem.js';

/**
 * VC 1.1 `issuanceDate`/`expirationDate` and VC 2.0 `validFrom`/`validUntil` against the
 * injected clock, allowing `skewMs` either way for clocks that disagree.
 */
export function checkValidityPeriod(credential: VerifiableCredential, now: Date, skewMs: number): Problem[] {
  const problems: Problem[] = [];
  const t = now.getTime();
  for (const field of ['issuanceDate', 'validFrom'] as const) {
    const value = credential[field];
    if (value !== undefined && Date.parse(value) - skewMs > t) {
      problems.push(problem('NOT_YET_VALID', `${field} ${value} is in the future`, field));
    }
  }
  for (const field of ['expirationDate', 'validUntil'] as const) {
    const value = credential[field];
    if (value !== undefined && Date.parse(value) + skewMs < t) {
      problems.push(problem('EXPIRED', `${field} ${value} has passed`, field));
    }
  }
  return problems;
}
