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
  maxStringLength: 2048,
  /** Nesting depth of JSON objects and arrays in any credential or presentation. */
  maxDepth: 16,
  /** JSON objects in one credential, and in one presentation with its credentials. */
  maxObjectsPerCredential: 256,
  maxObjectsPerPresentation: 1024,
  /**
   * Objects without an `id` (blank nodes): what makes RDF canonicalization costly. An issued
   * capability credential has about two per capability plus its proof.
   */
  maxBlankNodesPerCredential: 80,
  maxBlankNodesPerPresentation: 256
} as const;
