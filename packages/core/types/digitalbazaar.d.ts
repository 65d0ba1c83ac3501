// The @digitalbazaar packages ship no TypeScript types; these declare the parts agentvc uses.
declare module '@digitalbazaar/ed25519-verification-key-2020' {
  export interface Ed25519Jwk {
    kty: 'OKP';
    crv: 'Ed25519';
    x: string;
    d?: string;
    [member: string]: unknown;
  }
  export class Ed25519VerificationKey2020 {
    static suite: string;
    static SUITE_CONTEXT: string;
    id?: string;
    controller?: string;
    type: string;
    publicKeyMultibase: string;
    privateKeyMultibase?: string;
    static generate(options?: { seed?: Uint8Array; id?: string; controller?: string }): Promise<Ed25519VerificationKey2020>;
    static from(options: Record<string, unknown>): Promise<Ed25519VerificationKey2020>;
    static fromFingerprint(options: { fingerprint: string }): Ed25519VerificationKey2020;
    static fromEd25519VerificationKey2018(options: { keyPair: { id?: string; controller?: string; publicKeyBase58: string } }): Ed25519VerificationKey2020;
    fingerprint(): string;
    export(options: { publicKey?: boolean; privateKey?: boolean; includeContext?: boolean }): {
      id?: string;
      type: string;
      controller?: string;
      publicKeyMultibase?: string;
      privateKeyMultibase?: string;
    };
    toJwk(options: { publicKey?: boolean; privateKey?: boolean }): Ed25519Jwk;
    signer(): { id?: string; algorithm: string; sign(input: { data: Uint8Array }): Promise<Uint8Array> };
    verifier(): { id?: string; algorithm: string; verify(input: { data: Uint8Array; signature: Uint8Array }): Promise<boolean> };
  }
}
