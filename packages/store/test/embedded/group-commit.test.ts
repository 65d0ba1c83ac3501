import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createEmbeddedStore, type Store, type SyncFile } from '@agentvc/store';

/** An injected fsync that records its calls and, while `held`, waits to be released. */
function controlledSync() {
  const calls: string[] = [];
  const waiting: Array<() => void> = [];
  const control = {
    calls,
    held: false,
    syncFile: (async (path) => {
      calls.push(path);
      if (control.held) await new Promise<void>((resolve) => waiting.push(resolve));
    }) as SyncFile,
    releaseOne: () => waiting.shift()?.(),
    pending: () => waiting.length
  };
  return control;
}

/** Waits for a condition on outside work (file appends, queued fsyncs); asserts nothing on time. */
async function until(condition: () => boolean | Promise<boolean>, what: string): Promise<void> {
  for (let i = 0; i < 2000; i += 1) {
    if (await condition()) return;
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
  throw new Error(`never happened: ${what}`);
}

function track<T>(promise: Promise<T>): { promise: Promise<T>; settled: () => boolean } {
  let settled = false;
  void promise.then(
    () => (settled = true),
    () => (settled = true)
  );
  return { promise, settled: () => settled };
}

describe('embedded engine: acknowledged means fsynced (group commit)', () => {
  let dataDir: string;
  let store: Store | undefined;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'agentvc-fsync-'));
  });
  afterEach(async () => {
    await store?.close().catch(() => undefined);
    store = undefined;
    await rm(dataDir, { recursive: true, force: true });
  });

  const lineCount = async (name: string) => (await readFile(join(dataDir, `${name}.db`), 'utf8')).split('\n').filter(Boolean).length;

  it('acknowledges a write only after an fsync of its file that started after the append', async () => {
    const sync = controlledSync();
    store = await createEmbeddedStore({ dataDir, syncFile: sync.syncFile });
    const items = store.collection('items');
    await items.countDocuments({}); // loads the (empty) file
    sync.held = true;
    const write = track(items.insertOne({ _id: 'a' }));
    await until(() => sync.pending() === 1, 'the fsync of the first write');
    expect(sync.calls).toEqual([join(dataDir, 'items.db')]);
    expect(await lineCount('items')).toBe(1); // appended before the fsync was asked for
    // a read that saw the write waits for the same fsync; a write queued after the read shows
    // (by its append) that the read has run and is waiting
    const read = track(items.findOne({ _id: 'a' }));
    const next = track(items.insertOne({ _id: 'b' }));
    await until(() => lineCount('items').then((n) => n === 2), 'the append of the next write');
    expect([write.settled(), read.settled(), next.settled()]).toEqual([false, false, false]);
    sync.releaseOne();
    await write.promise;
    expect(await read.promise).toEqual({ _id: 'a' });
    // the next write needs an fsync that started after its own append
    await until(() => sync.pending() === 1, 'the fsync of the next write');
    expect(next.settled()).toBe(false);
    sync.releaseOne();
    await next.promise;
    expect(sync.calls).toHaveLength(2);
  });

  it('lets the writes that arrive during an fsync share the next one', async () => {
    const sync = controlledSync();
    store = await createEmbeddedStore({ dataDir, syncFile: sync.syncFile });
    const items = store.collection('items');
    await items.countDocuments({});
    sync.held = true;
    const first = track(items.insertOne({ _id: 'first' }));
    await until(() => sync.pending() === 1, 'the first fsync');
    const later = ['b', 'c', 'd', 'e', 'f'].map((_id) => track(items.insertOne({ _id })));
    await until(() => lineCount('items').then((n) => n === 6), 'the five later appends');
    expect(sync.calls).toHaveLength(1); // none of them started an fsync of its own
    expect(later.some((write) => write.settled())).toBe(false);

    sync.releaseOne();
    await first.promise;
    await until(() => sync.pending() === 1, 'the second fsync');
    expect(later.some((write) => write.settled())).toBe(false);
    sync.releaseOne();
    await Promise.all(later.map((write) => write.promise));
    expect(sync.calls).toHaveLength(2); // six writes, two fsyncs
  });

  it('never acknowledges a write whose fsync failed, and stops serving the collection', async () => {
    let fail = false;
    store = await createEmbeddedStore({
      dataDir,
      syncFile: async () => {
        if (fail) throw Object.assign(new Error('EIO: i/o error, fdatasync'), { code: 'EIO', syscall: 'fdatasync' });
      }
    });
    const items = store.collection('items');
    await items.insertOne({ _id: 'kept' });
    fail = true;
    await expect(items.insertOne({ _id: 'unsure' })).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    fail = false; // a later fsync that succeeds proves nothing about the pages the failed one lost
    await expect(items.findOne({ _id: 'kept' })).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await expect(store.ping()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
  });

  it('syncs nothing for reads when nothing is pending, and nothing at all in memory', async () => {
    const sync = controlledSync();
    store = await createEmbeddedStore({ dataDir, syncFile: sync.syncFile });
    const items = store.collection('items');
    await items.insertOne({ _id: 'a' });
    const afterWrite = sync.calls.length;
    for (let i = 0; i < 5; i += 1) await items.findOne({ _id: 'a' });
    expect(sync.calls.length).toBe(afterWrite);

    const memory = await createEmbeddedStore({ syncFile: sync.syncFile });
    await memory.collection('items').insertOne({ _id: 'b' });
    expect(sync.calls.length).toBe(afterWrite);
    await memory.close();
  });
});
