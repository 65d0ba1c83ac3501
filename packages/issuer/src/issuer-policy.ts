import { STATUS_LIST_LENGTH } from '@agentvc/core';

/** Issuer-wide limits; credentials are short-lived by default. */
export interface IssuerPolicy {
  /** Validity of credentials issued through the VC-API without an expirationDate. */
  defaultValiditySeconds: number;
  /** How long a DID-auth challenge may be answered. */
  challengeTtlSeconds: number;
  /** Entries per status list. */
  statusListLength: number;
  /** expirationDate of a signed status list, from its signing; re-signed on read after half of it. */
  statusListValiditySeconds: number;
  /** Audit records are deleted this long after their last event; 0 keeps them forever. */
  auditRetentionDays: number;
}

export const DEFAULT_ISSUER_POLICY: IssuerPolicy = {
  defaultValiditySeconds: 3600,
  challengeTtlSeconds: 300,
  statusListLength: STATUS_LIST_LENGTH,
  statusListValiditySeconds: 600,
  auditRetentionDays: 365
};
