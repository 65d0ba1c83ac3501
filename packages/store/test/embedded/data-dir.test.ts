import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isAgentVcError } from '@agentvc/core';
import { createEmbeddedStore } from '@agentvc/store';

describe('embedded data directory', () => {
  let dataDir: string;
  beforeEach(async () => {
    dataDir = await mkdtemp(join(tmpdir(), 'agentvc-data-dir-'));
  });
  afterEach(() => rm(dataDir, { recursive: true, force: true }));

  it('is locked while a store has it open, and free again after close', async () => {
    const first = await createEmbeddedStore({ dataDir });
    await expect(createEmbeddedStore({ dataDir })).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await first.close();
    const second = await createEmbeddedStore({ dataDir });
    await second.close();
  });

  it('takes over a lock left by a process that no longer runs', async () => {
    // Pids are at most 2^22 on Linux; this one cannot be running.
    await writeFile(join(dataDir, 'LOCK'), String(2 ** 22 + 1));
    const store = await createEmbeddedStore({ dataDir });
    expect((await readFile(join(dataDir, 'LOCK'), 'utf8')).split(' ')[0]).toBe(String(process.pid));
    await store.close();
  });

  it('takes over a lock recorded with its own pid (a restart that got the killed process’s pid)', async () => {
    await writeFile(join(dataDir, 'LOCK'), `${process.pid} 1`);
    const store = await createEmbeddedStore({ dataDir });
    await store.close();
  });

  it('takes over a lock whose pid now belongs to an unrelated process, and refuses a live owner', async () => {
    const sleeper = spawn('sleep', ['30']);
    try {
      await new Promise((resolve) => sleeper.once('spawn', resolve));
      const started = (await readFile(`/proc/${sleeper.pid}/stat`, 'utf8')).split(') ')[1]?.split(' ')[19];
      await writeFile(join(dataDir, 'LOCK'), `${sleeper.pid} ${started}`);
      await expect(createEmbeddedStore({ dataDir })).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
      await writeFile(join(dataDir, 'LOCK'), `${sleeper.pid} 12345`);
      const store = await createEmbeddedStore({ dataDir });
      await store.close();
    } finally {
      sleeper.kill();
    }
  });

  it('writes one file per collection and compacts it on close', async () => {
    const store = await createEmbeddedStore({ dataDir });
    const counters = store.collection<{ _id: string; value: number }>('counters');
    await counters.insertOne({ _id: 'c', value: 0 });
    for (let i = 0; i < 50; i += 1) await counters.updateOne({ _id: 'c' }, { $inc: { value: 1 } });
    expect((await readFile(join(dataDir, 'counters.db'), 'utf8')).trim().split('\n')).toHaveLength(51);
    await store.close();
    expect((await readFile(join(dataDir, 'counters.db'), 'utf8')).trim().split('\n')).toEqual(['{"_id":"c","value":50}']);
  });

  it('reports a data file it can no longer write, rather than serving data that is not on disk', async () => {
    const store = await createEmbeddedStore({ dataDir });
    const items = store.collection('items');
    await items.insertOne({ _id: 'kept' });
    // Replace the data file with a directory: appends fail, and so does reloading.
    await rm(join(dataDir, 'items.db'));
    await mkdir(join(dataDir, 'items.db'));
    const failed = await items.insertOne({ _id: 'lost' }).catch((error: unknown) => error);
    expect(isAgentVcError(failed, 'STORE_UNAVAILABLE')).toBe(true);
    await expect(items.findOne({ _id: 'lost' })).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await expect(store.ping()).rejects.toMatchObject({ code: 'STORE_UNAVAILABLE' });
    await store.close();
  });

  it('refuses a data file it cannot read (nedb itself would crash the process)', async () => {
    await mkdir(join(dataDir, 'broken.db'));
    const store = await createEmbeddedStore({ dataDir });
    await expect(store.collection('broken').countDocuments({})).rejects.toMatchObject({
      code: 'STORE_UNAVAILABLE',
      message: `broken: cannot load the data file: ${join(dataDir, 'broken.db')} is not a regular file`
    });
    await store.collection('fine').insertOne({ _id: 'a' });
    await store.close();
  });
});
