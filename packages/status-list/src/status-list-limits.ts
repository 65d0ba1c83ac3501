/** Default list length: a protocol constant of the contract (@agentvc/core). */
export { STATUS_LIST_LENGTH } from '@agentvc/core';

/** Bounds on lists we create or decode, so a hostile status list credential cannot balloon memory. */
export const STATUS_LIST_LIMITS = {
  /** Characters of `encodedList` accepted before decoding anything. */
  maxEncodedListLength: 1024 * 1024,
  /** Bits in a list (1 MiB of bytes). gzip inflates up to ~1000x, so this is enforced while inflating. */
  maxLength: 8 * 1024 * 1024
} as const;
