import { AgentVcError } from '@agentvc/core';
import type { StatusList as LibraryStatusList } from '@digitalbazaar/vc-status-list';
import type { StatusList } from '../status-list.js';

/** Wraps the library's list so caller mistakes surface as AgentVcError codes rather than bare TypeErrors. */
export function wrapStatusList(inner: LibraryStatusList): StatusList {
  const { length } = inner;
  const checkIndex = (index: number): void => {
    if (!Number.isInteger(index) || index < 0 || index >= length) {
      throw new AgentVcError('INVALID_OPTIONS', `Status list index must be an integer in [0, ${length - 1}], got ${String(index)}.`);
    }
  };
  return Object.freeze({
    length,
    getStatus(index: number): boolean {
      checkIndex(index);
      return inner.getStatus(index);
    },
    setStatus(index: number, value: boolean): void {
      checkIndex(index);
      if (typeof value !== 'boolean') throw new AgentVcError('INVALID_OPTIONS', 'Status value must be a boolean.');
      inner.setStatus(index, value);
    },
    encode: (): Promise<string> => inner.encode()
  });
}
