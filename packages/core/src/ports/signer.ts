/** A signer in the shape @digitalbazaar suites take, so a private key never enters the library. */
export interface Signer {
  /** The verification method id (a DID URL) that verifies this signer's signatures. */
  id: string;
  algorithm: 'Ed25519';
  sign(input: { data: Uint8Array }): Promise<Uint8Array>;
}
