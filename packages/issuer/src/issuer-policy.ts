/** Issuer-wide limits; credentials are short-lived by default. */
export interface IssuerPolicy {
  /** Validity of credentials issued through the VC-API without an expirationDate. */
  defaultValiditySeconds: number;
  /** How long a DID-auth challenge may be answered. */
  challengeTtlSeconds: number;
  /** Entries per status list. */
  statusListLength: number;
}

export const DEFAULT_ISSUER_POLICY: IssuerPolicy = {
  defaultValiditySeconds: 3600,
  challengeTtlSeconds: 300,
  statusListLength: 131_072
};
