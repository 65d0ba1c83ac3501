/** A StatusList2021 bitstring: bit `index` set means the credential at that index is revoked/suspended. */
export interface StatusList {
  /** Length in bits; always a multiple of 8. */
  readonly length: number;
  /** Throws AgentVcError 'INVALID_OPTIONS' unless `index` is an integer in [0, length). */
  getStatus(index: number): boolean;
  /** Throws AgentVcError 'INVALID_OPTIONS' on a bad index or a non-boolean value. */
  setStatus(index: number, value: boolean): void;
  /** The gzip + base64url `encodedList` of a StatusList2021 credential subject. */
  encode(): Promise<string>;
}
