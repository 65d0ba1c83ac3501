/** Size limits applied at every edge that accepts credentials (verifier, issuer, wallet). */
export const LIMITS = {
  /** Serialized size of one credential or presentation. */
  maxDocumentBytes: 64 * 1024,
  /** Serialized size of a presentation with its embedded credentials. */
  maxPresentationBytes: 256 * 1024,
  maxContexts: 16,
  maxTypes: 16,
  maxCredentialsPerPresentation: 16,
  maxCapabilities: 32,
  maxListEntries: 256,
  maxStringLength: 2048
} as const;
