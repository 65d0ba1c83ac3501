import { promisify } from 'node:util';
import { gunzip } from 'node:zlib';
import { AgentVcError } from '@agentvc/core';
import { StatusList as LibraryStatusList } from '@digitalbazaar/vc-status-list';
import { wrapStatusList } from './lib/wrap-status-list.js';
import type { StatusList } from './status-list.js';
import { STATUS_LIST_LIMITS } from './status-list-limits.js';

const gunzipAsync = promisify(gunzip);
// base64url as the library writes it, or padded base64 as the spec allows. Checked up front because
// Node's decoder silently skips any other character instead of failing.
const BASE64 = /^[A-Za-z0-9_\-+/]+={0,2}$/;

export interface DecodeStatusListOptions {
  /** `credentialSubject.encodedList` of a StatusList2021 credential; untrusted. */
  encodedList: string;
}

/**
 * Decodes an untrusted `encodedList`; anything malformed or oversized throws AgentVcError 'STATUS_LIST_INVALID'.
 * Inflation goes through zlib with an output cap rather than the library's `decodeList`, whose pako
 * inflate has no limit (a 340 KB string inflates to 256 MiB there); the bits still land in the library's list.
 */
export async function decodeStatusList({ encodedList }: DecodeStatusListOptions): Promise<StatusList> {
  if (typeof encodedList !== 'string' || encodedList.length === 0) {
    throw new AgentVcError('STATUS_LIST_INVALID', 'encodedList must be a non-empty string.');
  }
  if (encodedList.length > STATUS_LIST_LIMITS.maxEncodedListLength) {
    throw new AgentVcError('STATUS_LIST_INVALID', `encodedList exceeds ${STATUS_LIST_LIMITS.maxEncodedListLength} characters.`);
  }
  if (!BASE64.test(encodedList)) throw new AgentVcError('STATUS_LIST_INVALID', 'encodedList is not base64url.');
  const maxBytes = STATUS_LIST_LIMITS.maxLength / 8;
  let bytes: Buffer;
  try {
    bytes = await gunzipAsync(Buffer.from(encodedList, 'base64'), { maxOutputLength: maxBytes });
  } catch (cause) {
    const tooLarge = (cause as { code?: unknown }).code === 'ERR_BUFFER_TOO_LARGE';
    const reason = tooLarge ? `inflates beyond ${maxBytes} bytes` : 'is not gzip data';
    throw new AgentVcError('STATUS_LIST_INVALID', `encodedList ${reason}.`, { cause });
  }
  if (bytes.length === 0) throw new AgentVcError('STATUS_LIST_INVALID', 'encodedList decodes to an empty list.');
  // Copy: the library wraps `buffer.buffer`, and zlib may return a view into a larger pooled ArrayBuffer.
  return wrapStatusList(new LibraryStatusList({ buffer: new Uint8Array(bytes) }));
}
