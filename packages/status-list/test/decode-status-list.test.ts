import { deflateSync, gzipSync } from 'node:zlib';
import { decodeStatusList, STATUS_LIST_LIMITS } from '@agentvc/status-list';
import { decodeList } from '@digitalbazaar/vc-status-list';

const invalid = { code: 'STATUS_LIST_INVALID' };
const encode = (bytes: Uint8Array): string => gzipSync(bytes).toString('base64url');

describe('decodeStatusList', () => {
  it('refuses malformed base64, non-gzip and empty input with STATUS_LIST_INVALID', async () => {
    const encodedLists = [
      '',
      '!!!!@@@@',
      `${encode(new Uint8Array(16))}*`,
      Buffer.from('not gzip at all').toString('base64url'),
      deflateSync(new Uint8Array(16)).toString('base64url'),
      encode(new Uint8Array(16)).slice(0, -6),
      encode(new Uint8Array(0)),
      42 as unknown as string
    ];
    for (const encodedList of encodedLists) {
      await expect(decodeStatusList({ encodedList })).rejects.toMatchObject(invalid);
    }
  });

  it('refuses an encodedList longer than the character cap before decoding it', async () => {
    const encodedList = 'A'.repeat(STATUS_LIST_LIMITS.maxEncodedListLength + 1);
    await expect(decodeStatusList({ encodedList })).rejects.toMatchObject({ ...invalid, message: expect.stringContaining('characters') });
  });

  it('refuses a gzip bomb while inflating, without allocating it', async () => {
    // 64 MiB of zeros compress to ~64 KB: well under the character cap, far over the bit cap.
    const encodedList = encode(Buffer.alloc(64 * 1024 * 1024));
    expect(encodedList.length).toBeLessThan(STATUS_LIST_LIMITS.maxEncodedListLength);
    const before = process.memoryUsage().arrayBuffers;
    await expect(decodeStatusList({ encodedList })).rejects.toMatchObject({ ...invalid, message: expect.stringContaining('inflates beyond') });
    expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(16 * 1024 * 1024);
  });

  it('accepts a list of exactly the maximum length and refuses one byte more', async () => {
    const maxBytes = STATUS_LIST_LIMITS.maxLength / 8;
    const full = Buffer.alloc(maxBytes);
    full[maxBytes - 1] = 0x01;
    const list = await decodeStatusList({ encodedList: encode(full) });
    expect(list.length).toBe(STATUS_LIST_LIMITS.maxLength);
    expect(list.getStatus(STATUS_LIST_LIMITS.maxLength - 1)).toBe(true);
    await expect(decodeStatusList({ encodedList: encode(Buffer.alloc(maxBytes + 1)) })).rejects.toMatchObject(invalid);
  });

  it('sizes a small list from its own bytes, not from a pooled buffer behind them', async () => {
    const list = await decodeStatusList({ encodedList: encode(Uint8Array.of(0x80, 0x01)) });
    expect(list.length).toBe(16);
    expect([0, 1, 14, 15].map((i) => list.getStatus(i))).toEqual([true, false, false, true]);
    // Re-encoding must carry just those 2 bytes (zlib hands back a 2-byte view of a 16 KiB ArrayBuffer).
    const reencoded = await decodeList({ encodedList: await list.encode() });
    expect(reencoded.length).toBe(16);
  });

  it('accepts padded standard base64, which the spec permits', async () => {
    const encodedList = gzipSync(Uint8Array.of(0xff)).toString('base64');
    expect((await decodeStatusList({ encodedList })).getStatus(7)).toBe(true);
  });
});
