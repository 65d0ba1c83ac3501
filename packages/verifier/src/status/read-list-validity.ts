import type { VerifiableCredential } from '@agentvc/core';

/** When a status list credential may be used: epoch ms, either end open when the list does not say. */
export interface ListValidity {
  notBefore?: number;
  notAfter?: number;
}

// The terms a StatusList2021Credential is written with; a list with any other key is refused.
// (Re-spellings — IRIs, compact IRIs, `@nest`, value objects — are refused for every document
// by the shape walk and the canonical-form check; this is the list's own expected shape.)
const CREDENTIAL_KEYS = new Set(['@context', 'id', 'type', 'issuer', 'issuanceDate', 'expirationDate', 'validFrom', 'validUntil', 'credentialSubject', 'proof', 'name', 'description']);
const SUBJECT_KEYS = new Set(['id', 'type', 'statusPurpose', 'encodedList']);

/**
 * The list's validity window from its plain date fields, or a reason it cannot be read: a key
 * outside the plain StatusList2021 shape. Dates are strings already (the schema checked them).
 */
export function readListValidity(list: VerifiableCredential): ListValidity | { unreadable: string } {
  const extra = Object.keys(list).find((key) => !CREDENTIAL_KEYS.has(key));
  const subject = list.credentialSubject as Record<string, unknown>;
  const extraInSubject = Object.keys(subject).find((key) => !SUBJECT_KEYS.has(key));
  if (extra !== undefined || extraInSubject !== undefined) {
    return { unreadable: `unexpected key ${JSON.stringify((extra ?? `credentialSubject.${extraInSubject}`).slice(0, 80))}` };
  }
  const starts = [list.issuanceDate, list.validFrom].filter((d): d is string => d !== undefined).map(Date.parse);
  const ends = [list.expirationDate, list.validUntil].filter((d): d is string => d !== undefined).map(Date.parse);
  return {
    ...(starts.length > 0 ? { notBefore: Math.max(...starts) } : {}),
    ...(ends.length > 0 ? { notAfter: Math.min(...ends) } : {})
  };
}
