import { randomInt } from 'node:crypto';
import { isAgentVcError } from '@agentvc/core';
import { createStatusList, decodeStatusList, STATUS_LIST_LENGTH } from '@agentvc/status-list';
import { createList, decodeList } from '@digitalbazaar/vc-status-list';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isAgentVcError(error) ? error.code : 'NOT_AGENTVC_ERROR';
  }
  return undefined;
}

describe('createStatusList', () => {
  it('round-trips 131,072 bits through encode/decode, and the library reads the same bits', async () => {
    const list = await createStatusList();
    expect(list.length).toBe(STATUS_LIST_LENGTH);
    expect(STATUS_LIST_LENGTH).toBe(131_072);
    const set = new Set([0, 131_071]);
    while (set.size < 200) set.add(randomInt(STATUS_LIST_LENGTH));
    for (const index of set) list.setStatus(index, true);
    list.setStatus(7, true);
    list.setStatus(7, false);
    set.delete(7);

    const encodedList = await list.encode();
    expect(encodedList).toMatch(/^[A-Za-z0-9_-]+$/);
    const ours = await decodeStatusList({ encodedList });
    const theirs = await decodeList({ encodedList });
    expect(ours.length).toBe(STATUS_LIST_LENGTH);
    expect(theirs.length).toBe(STATUS_LIST_LENGTH);
    for (let index = 0; index < STATUS_LIST_LENGTH; index++) {
      const expected = set.has(index);
      if (ours.getStatus(index) !== expected || theirs.getStatus(index) !== expected) {
        throw new Error(`bit ${index} differs: expected ${String(expected)}`);
      }
    }
  });

  it('decodes a list encoded by the library itself', async () => {
    const libraryList = await createList({ length: 1024 });
    libraryList.setStatus(3, true);
    libraryList.setStatus(1023, true);
    const decoded = await decodeStatusList({ encodedList: await libraryList.encode() });
    expect(decoded.length).toBe(1024);
    expect([3, 1023].map((i) => decoded.getStatus(i))).toEqual([true, true]);
    expect(decoded.getStatus(4)).toBe(false);
  });

  it('refuses out-of-range, negative and non-integer indexes with INVALID_OPTIONS', async () => {
    const list = await createStatusList({ length: 64 });
    for (const index of [64, -1, 1.5, Number.NaN, Number.POSITIVE_INFINITY, '3' as unknown as number]) {
      expect(codeOf(() => list.getStatus(index))).toBe('INVALID_OPTIONS');
      expect(codeOf(() => list.setStatus(index, true))).toBe('INVALID_OPTIONS');
    }
    expect(codeOf(() => list.setStatus(1, 1 as unknown as boolean))).toBe('INVALID_OPTIONS');
    expect(list.getStatus(63)).toBe(false);
  });

  it('refuses lengths that would not round-trip or exceed the cap', async () => {
    for (const length of [0, -8, 12, 8.5, 8 * 1024 * 1024 + 8]) {
      await expect(createStatusList({ length })).rejects.toMatchObject({ code: 'INVALID_OPTIONS' });
    }
  });
});
