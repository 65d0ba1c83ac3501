// @digitalbazaar/vc-status-list 8.x ships no TypeScript types; these declare its public exports.
declare module '@digitalbazaar/vc-status-list' {
  export class StatusList {
    constructor(options: { length: number } | { buffer: Uint8Array });
    readonly length: number;
    /** Throws TypeError/Error on a non-integer or out-of-range index. */
    getStatus(index: number): boolean;
    setStatus(index: number, status: boolean): void;
    /** gzip (pako) then base64url without padding. */
    encode(): Promise<string>;
    /** Inflates without any size limit: do not call on untrusted input. */
    static decode(options: { encodedList: string }): Promise<StatusList>;
  }

  export interface StatusList2021Credential {
    '@context': string[];
    id: string;
    type: string[];
    credentialSubject: { id: string; type: 'StatusList2021'; encodedList: string; statusPurpose: string };
  }

  export interface StatusList2021Entry {
    id: string;
    type: string;
    statusPurpose: string;
    statusListIndex: string;
    statusListCredential: string;
  }

  export interface CheckStatusResult {
    verified: boolean;
    results?: Array<{ verified: boolean; credentialStatus: StatusList2021Entry }>;
    error?: unknown;
  }

  export function createList(options: { length: number }): Promise<StatusList>;
  export function decodeList(options: { encodedList: string }): Promise<StatusList>;
  export function createCredential(options: { id: string; list: StatusList; statusPurpose: string }): Promise<StatusList2021Credential>;
  export function checkStatus(options: {
    credential: object;
    documentLoader: (url: string) => Promise<{ document: unknown; documentUrl?: string }>;
    suite?: object | object[];
    verifyStatusListCredential?: boolean;
    verifyMatchingIssuers?: boolean;
  }): Promise<CheckStatusResult>;
  export function statusTypeMatches(options: { credential: object }): boolean;
  export function assertStatusList2021Context(options: { credential: object }): void;
  export function getCredentialStatus(options: { credential: object; statusPurpose: string }): StatusList2021Entry;
}
