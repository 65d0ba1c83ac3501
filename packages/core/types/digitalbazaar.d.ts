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

/** Shapes shared by the suite declarations below. */
declare module '@agentvc/ld-types' {
  export type JsonObject = Record<string, unknown>;
  export type DocumentLoader = (url: string) => Promise<{ contextUrl: null; documentUrl: string; document: unknown }>;
  export interface LdSigner {
    id?: string;
    algorithm: string;
    sign(input: { data: Uint8Array }): Promise<Uint8Array>;
  }
  export interface ProofPurpose {
    readonly term: string;
  }
  export interface LdSuite {
    readonly type: string;
  }
  export interface CanonizeOptions {
    documentLoader: DocumentLoader;
    skipExpansion?: boolean;
    expansionMap?: unknown;
  }
  export interface VerifyResult {
    verified: boolean;
    error?: { name?: string; message?: string; errors?: Array<{ name?: string; message?: string }> };
    results?: Array<{ proof: JsonObject; verified: boolean; verificationMethod?: JsonObject; error?: { message?: string } }>;
  }
}

declare module '@digitalbazaar/ed25519-signature-2020' {
  import type { CanonizeOptions, LdSigner, LdSuite } from '@agentvc/ld-types';
  export class Ed25519Signature2020 implements LdSuite {
    constructor(options?: { signer?: LdSigner; key?: unknown; date?: Date | string; canonizeOptions?: { maxWorkFactor?: number } });
    readonly type: string;
    /** RDFC-1.0 N-Quads of `input` (jsonld-signatures LinkedDataSignature). */
    canonize(input: Record<string, unknown>, options: CanonizeOptions): Promise<string>;
  }
}

declare module '@digitalbazaar/data-integrity' {
  import type { LdSigner, LdSuite } from '@agentvc/ld-types';
  export interface Cryptosuite {
    name: string;
  }
  export class DataIntegrityProof implements LdSuite {
    constructor(options: { signer?: LdSigner; cryptosuite: Cryptosuite; date?: Date | string });
    readonly type: string;
  }
}

declare module '@digitalbazaar/eddsa-jcs-2022-cryptosuite' {
  import type { Cryptosuite } from '@digitalbazaar/data-integrity';
  export function createSignCryptosuite(): Cryptosuite;
  export function createVerifyCryptosuite(): Cryptosuite;
}

declare module '@digitalbazaar/ed25519-multikey' {
  import type { LdSigner } from '@agentvc/ld-types';
  export function from(key: unknown): Promise<{ signer(): LdSigner }>;
}

declare module 'jsonld-signatures' {
  import type { DocumentLoader, JsonObject, LdSuite, ProofPurpose, VerifyResult } from '@agentvc/ld-types';
  interface PurposeOptions {
    controller?: JsonObject;
    date?: Date | string;
    maxTimestampDelta?: number;
  }
  const jsigs: {
    verify(
      document: JsonObject,
      options: { suite: LdSuite | LdSuite[]; purpose: ProofPurpose; documentLoader: DocumentLoader }
    ): Promise<VerifyResult>;
    purposes: {
      AuthenticationProofPurpose: new (options: PurposeOptions & { challenge: string; domain?: string }) => ProofPurpose;
      AssertionProofPurpose: new (options?: PurposeOptions) => ProofPurpose;
    };
  };
  export default jsigs;
}

declare module '@digitalbazaar/vc' {
  import type { DocumentLoader, JsonObject, LdSuite, ProofPurpose, VerifyResult } from '@agentvc/ld-types';
  export class CredentialIssuancePurpose implements ProofPurpose {
    constructor(options?: { controller?: JsonObject; date?: Date | string; maxTimestampDelta?: number });
    readonly term: string;
  }
  export function issue(options: {
    credential: JsonObject;
    suite: LdSuite;
    documentLoader: DocumentLoader;
    now?: Date | string;
  }): Promise<JsonObject>;
  export function createPresentation(options: {
    verifiableCredential?: JsonObject | JsonObject[];
    id?: string;
    holder?: string;
    now?: Date | string;
    version?: number;
  }): JsonObject;
  export function signPresentation(options: {
    presentation: JsonObject;
    suite: LdSuite;
    documentLoader: DocumentLoader;
    challenge: string;
    domain?: string;
  }): Promise<JsonObject>;
  export function verifyCredential(options: {
    credential: JsonObject;
    suite: LdSuite | LdSuite[];
    documentLoader: DocumentLoader;
    now?: Date | string;
    checkStatus?: (options: unknown) => Promise<{ verified: boolean }>;
  }): Promise<VerifyResult>;
  export function verify(options: {
    presentation: JsonObject;
    suite: LdSuite | LdSuite[];
    documentLoader: DocumentLoader;
    challenge: string;
    domain?: string;
    now?: Date | string;
    checkStatus?: (options: unknown) => Promise<{ verified: boolean }>;
  }): Promise<VerifyResult & { presentationResult?: VerifyResult; credentialResults?: VerifyResult[] }>;
}

declare module 'jsonld' {
  import type { DocumentLoader, JsonObject } from '@agentvc/ld-types';
  interface ProcessingOptions {
    documentLoader: DocumentLoader;
    /** Throw instead of silently dropping terms, keys or values that do not expand. */
    safe?: boolean;
    /** compact: the input is already expanded. */
    skipExpansion?: boolean;
  }
  const jsonld: {
    expand(input: JsonObject, options: ProcessingOptions): Promise<JsonObject[]>;
    compact(input: JsonObject | JsonObject[], context: unknown, options: ProcessingOptions): Promise<JsonObject>;
  };
  export default jsonld;
}
